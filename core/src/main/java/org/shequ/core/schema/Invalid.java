package org.shequ.core.schema;

/**
 * A cell whose text does not parse as its field's type. {@code reason} is a message key suffix
 * (DATA-TYPE.integer, DATA-TYPE.date …) so the finding explains what was expected.
 */
public record Invalid(String reason) {
}
