package org.shequ.core.schema;

/**
 * A declared relation between two numeric fields of a kind: {@code small} may not exceed
 * {@code large}. Used for consistency (a part and its whole) and for plausibility (a count
 * that cannot exceed the number of households).
 */
public record Relation(Field small, Field large) {
}
