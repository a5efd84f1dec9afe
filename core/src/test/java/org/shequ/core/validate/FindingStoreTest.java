package org.shequ.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.core.io.Location;
import org.shequ.core.Text;

/**
 * Findings beyond one chunk are spilled to disk and merged back in order, equal to the findings
 * sorted in memory; a rule's message made for one finding is written by value, so the table of
 * shared objects does not grow with the number of findings (it held every message before).
 */
class FindingStoreTest {
    private static Finding finding(int i) {
        // lines out of order, in three files, each with its own message in both languages
        return Finding.of("STD-SPACE-100", Severity.ERROR)
                .at(new Location("f" + (i % 3) + ".csv", null, (i * 7919) % 50_000 + 2, "service_area"))
                .unit(String.format("61032410%04d", i % 10_000), "社区" + i)
                .message("rule.message", new Text("第" + i + "个社区每百户面积不足", "unit " + i + " below the minimum"))
                .compared(i * 0.5, "≥ 30")
                .build();
    }

    @Test
    void spilledFindingsComeBackSortedAndWhole() {
        FindingStore store = new FindingStore();
        List<Finding> all = new ArrayList<>();
        int n = FindingStore.CHUNK * 2 + 5;
        for (int i = 0; i < n; i++) {
            Finding f = finding(i);
            all.add(f);
            store.add(f);
        }
        all.sort(Finding.ORDER);
        List<Finding> back = new ArrayList<>(store.sorted());
        assertEquals(n, back.size());
        assertEquals(all, back, "the merge of the spilled chunks is the sorted list, every value kept");
        assertEquals(n, store.count(Severity.ERROR));
        assertTrue(store.codec.tableSize() <= 1, "messages are written by value, not kept: " + store.codec.tableSize());
    }
}
