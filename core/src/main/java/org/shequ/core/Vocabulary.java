package org.shequ.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a declaration whose Chinese is not shequ's own wording, so it stays in the code beside the
 * logic that uses it: the words shequ recognises in what clerks write (合计, 2023年第一季度, 单位：万元,
 * 居委会) and names it must spell as others define them (a font's name). Every other text shequ
 * shows is in a bundle: messages.properties / messages_zh.properties for what it says in either
 * language, words.properties for the Chinese its documents and workbooks are written in, and
 * usage.properties for the command line's help (TextsInBundlesTest).
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.FIELD})
public @interface Vocabulary {
    /** What the words are, and where they come from. */
    String value();
}
