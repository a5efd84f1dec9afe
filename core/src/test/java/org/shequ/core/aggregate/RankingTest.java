package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.core.Problem;

/** Rows ranked by a metric: missing last, ties by code, the unregistered (crossed or not) never ranked. */
class RankingTest {
    private static Row row(String code, Double households) {
        return new Row(code, code, 1, households == null ? Map.of() : Map.of("households", households), Map.of(), Map.of());
    }

    private static final Level LEVEL = new Level("township×type", List.of(row("610324001|urban", 50.0), row("610324001|village", null),
            row("610324101|village", 80.0), row("610324102|village", 50.0), row("unknown|village", 999.0)),
            row("610324", 180.0 + 999));

    private static List<String> codes(Level l) {
        return l.rows().stream().map(Row::code).toList();
    }

    @Test
    void rankedMissingLastTiesByCodeUnknownAfter() {
        assertEquals(List.of("610324101|village", "610324001|urban", "610324102|village", "610324001|village", "unknown|village"),
                codes(new Ranking("households", true, 0).apply(LEVEL)));
        assertEquals(List.of("610324001|urban", "610324102|village", "610324101|village", "610324001|village", "unknown|village"),
                codes(new Ranking("households", false, 0).apply(LEVEL)));
    }

    @Test
    void aTopNeverHoldsTheUnregistered() {
        assertEquals(List.of("610324101|village", "610324001|urban"), codes(new Ranking("households", true, 2).apply(LEVEL)));
        assertEquals(4, new Ranking("households", true, 10).apply(LEVEL).rows().size(), "a top larger than the rows: all ranked rows, not the unknown");
    }

    @Test
    void aMetricIsRefusedOnlyWhenNoLevelHasIt() {
        Level empty = new Level("township", List.of(), row("610324", null), Period.year(2024));
        new Ranking("households", true, 0).check(List.of(empty, LEVEL)); // an empty period does not make the metric unknown
        assertEquals(List.of(), new Ranking("households", true, 0).apply(empty).rows());
        Problem p = assertThrows(Problem.class, () -> new Ranking("nothing", true, 0).check(List.of(empty, LEVEL)));
        assertEquals("aggregate.sortUnknown", p.key());
    }
}
