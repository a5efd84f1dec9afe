package org.shequ.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;

/**
 * The Chinese that documents, workbooks and file names are written in, whatever the language of the
 * messages (words.properties): a period's name (2023年第一季度), a note under a table, a sheet's
 * heading. Addressed by key; a text with arguments is a {@link MessageFormat} pattern, as in the
 * message bundles.
 */
public final class Words {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.shequ.core.words", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Words() {
    }

    /** The words of {@code key}; a missing key is a defect, so it fails. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The words of {@code key} with its arguments put in ({0}, {1}, …); numbers are written without grouping. */
    public static String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        // parsed once per key; each use formats with a copy (a MessageFormat is not for two threads at once)
        MessageFormat parsed = FORMATS.computeIfAbsent(key, k -> new MessageFormat(get(k), Locale.ROOT));
        return ((MessageFormat) parsed.clone()).format(plain);
    }
}
