package org.shequ.core.validate;

/**
 * Why a rule that applies to a unit could not judge it: the unit is then neither compliant nor
 * failing but "not judged" (无法判断), and every document says so instead of counting it either way.
 */
public enum Unjudged {
    /** The file has no column for a value the rule needs. */
    NO_COLUMN,
    /** The value is empty (or marked not applicable). */
    BLANK,
    /** The value did not parse or lies outside its field's range. */
    INVALID,
    /** The value contradicts another of its row (DATA-CONSISTENCY): which of the two is wrong is not known. */
    CONTRADICTED,
    /** A value the rule divides by is 0 (户数为 0). */
    ZERO,
    /** The rule's expression has no value for the unit for another reason. */
    UNDEFINED,
    /**
     * The unit's numbers are all another unit's (DATA-COPY): a verdict on them would be the other unit's, so the
     * unit is called neither compliant nor failing (its rules still ran; only the documents' verdict is withheld).
     */
    COPIED
}
