package org.shequ.core.feedback;

import org.shequ.core.Words;

/**
 * How a file's marked rows are parted into workbooks: all in one, one per township (a county's
 * run, {@code feedback --split township}), or one per province (a file larger than
 * {@link Feedback#WHOLE_ROWS}, a national file: each province gets the rows it has to correct).
 */
enum Split {
    NONE(0, null),
    TOWNSHIP(9, "feedback.split.township.none"),
    PROVINCE(2, "feedback.split.province.none");

    /** The digits of a unit's code that name its part. */
    final int digits;
    /** The part of rows before the first that has a code. */
    final String none;

    /** {@code noneKey}: the words that name the part of rows before the first that has a code, null for none. */
    Split(int digits, String noneKey) {
        this.digits = digits;
        this.none = noneKey == null ? "" : Words.get(noneKey);
    }
}
