package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The typed model as a template sees it: hashes named in snake_case, no null names, records turned only when read. */
class TemplateHashesTest {
    record Inner(String unitName, long count) {
    }

    record Outer(String periodLabel, Double servicePer100, Inner inner, List<Inner> items, Map<String, Inner> byRule, String none) {
    }

    @Test
    void componentsAreNamedAsTemplatesWriteThem() {
        assertEquals("period_label", TemplateHashes.name("periodLabel"));
        assertEquals("service_area_per_100", TemplateHashes.name("serviceAreaPer100"));
        assertEquals("m", TemplateHashes.name("m"));
        assertEquals("findings_by_rule", TemplateHashes.name("findingsByRule"));
    }

    @Test
    void aRecordIsAHashOfItsComponentsInOrderWithoutNulls() {
        Map<String, Object> h = TemplateHashes.of(new Outer("2023年", 30.0, new Inner("城北社区", 2),
                List.of(new Inner("甲", 1)), Map.of("STD-SPACE-100", new Inner("乙", 3)), null));
        assertEquals(List.of("period_label", "service_per_100", "inner", "items", "by_rule"), List.copyOf(h.keySet()));
        assertFalse(h.containsKey("none"), "a null component is no name");
        assertEquals(Map.of("unit_name", "城北社区", "count", 2L), h.get("inner"));
        assertEquals(List.of(Map.of("unit_name", "甲", "count", 1L)), h.get("items"));
        assertEquals(Map.of("unit_name", "乙", "count", 3L), ((Map<?, ?>) h.get("by_rule")).get("STD-SPACE-100"));
    }

    @Test
    void aListsRecordsAreTurnedOnlyWhenRead() {
        AtomicInteger made = new AtomicInteger();
        List<Inner> lazy = ReportModel.whenRead(List.of(1, 2, 3), i -> {
            made.incrementAndGet();
            return new Inner("u" + i, i);
        });
        List<?> seen = (List<?>) TemplateHashes.value(lazy);
        assertEquals(3, seen.size());
        assertEquals(0, made.get(), "nothing made before it is read");
        assertEquals(Map.of("unit_name", "u2", "count", 2L), seen.get(1));
        assertEquals(1, made.get());
    }
}
