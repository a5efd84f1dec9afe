package org.shequ.core.output.inspect;

import java.util.function.Supplier;

/** The formats of {@code shequ inspect}; one writer class each. */
public enum InspectFormat {
    TEXT(TextInspection::new),
    JSON(JsonInspection::new);

    private final Supplier<InspectWriter> writer;

    InspectFormat(Supplier<InspectWriter> writer) {
        this.writer = writer;
    }

    public InspectWriter writer() {
        return writer.get();
    }
}
