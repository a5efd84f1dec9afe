package org.shequ.core;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words shequ reads (vocabulary.properties): what clerks, offices and workspaces write that
 * shequ recognises — 2023年第一季度, 单位：万元, 居委会, 文号, a document's kind in shequ.yaml
 * — and names others define that shequ must spell as they do (a font's name). Addressed by key
 * ({@code Class.FIELD}, the field that holds it), read verbatim; a list's words are written
 * {@code a | b | c}. With {@link Words} (the Chinese
 * shequ writes) and the message bundles (what it says in either language), no Java source holds a
 * Chinese text (TextsInBundlesTest).
 */
public final class Vocabulary {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.shequ.core.vocabulary", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Vocabulary() {
    }

    /** The words of a list under {@code key}, written {@code a | b | c}. */
    public static List<String> words(String key) {
        return List.of(word(key).split(" \\| "));
    }

    /** The words of {@code key}, verbatim; a missing key is a defect, so it fails. */
    public static String word(String key) {
        return BUNDLE.getString(key);
    }
}
