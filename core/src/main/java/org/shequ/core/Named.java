package org.shequ.core;

import java.util.Locale;

/** Something with a name in each language (a field's label, a period's name), as a message shows it. */
public interface Named {
    String name(Locale locale);
}
