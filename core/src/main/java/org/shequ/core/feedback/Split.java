package org.shequ.core.feedback;

/**
 * How a file's marked rows are parted into workbooks: all in one, one per township (a county's
 * run, {@code feedback --split township}), or one per province (a file larger than
 * {@link Feedback#WHOLE_ROWS}, a national file: each province gets the rows it has to correct).
 */
enum Split {
    NONE(0, ""),
    TOWNSHIP(9, "未分镇"),
    PROVINCE(2, "未分省");

    /** The digits of a unit's code that name its part. */
    final int digits;
    /** The part of rows before the first that has a code. */
    final String none;

    Split(int digits, String none) {
        this.digits = digits;
        this.none = none;
    }
}
