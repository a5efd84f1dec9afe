package org.shequ.core.division;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionRegistryTest {
    final DivisionRegistry registry = DivisionRegistry.bundled();

    @Test
    void fufengHas122UnitsIn8Townships() {
        List<Division> townships = registry.children("610324");
        assertEquals(8, townships.size());
        assertEquals("城关街道", townships.get(0).name());
        assertEquals(122, registry.villagesUnder("610324").size());
    }

    @Test
    void unitWithParents() {
        List<Division> path = registry.path("610324001001");
        assertEquals(List.of("陕西省", "宝鸡市", "扶风县", "城关街道", "飞凤社区居委会"),
                path.stream().map(Division::name).toList());
        assertTrue(path.get(4).residentsCommittee());
        assertFalse(registry.find("610324001201").orElseThrow().residentsCommittee());
    }

    @Test
    void unknownAndMalformedCodes() {
        assertTrue(registry.find("610324101999").isEmpty());
        assertTrue(registry.find("6103241019").isEmpty());
        assertTrue(registry.find("abc").isEmpty());
        assertTrue(registry.find("990000000000").isEmpty());
    }

    @Test
    void aCountyCheckLoadsOnlyItsProvince() {
        DivisionRegistry fresh = new DivisionRegistry();
        assertTrue(fresh.find("610324001001").isPresent());
        assertTrue(fresh.find("610324001").isPresent());
        assertEquals(java.util.Set.of("villages-61.csv.gz", "streets.csv.gz"), fresh.loaded());
    }

    @Test
    void allLevelsAreBundled() {
        assertEquals(31, registry.children("").size());
        assertEquals(620_573, registry.villagesUnder("").size());
    }

    @Test
    void namesTolerateSuffixVariants() {
        assertTrue(UnitNames.same("飞凤社区", "飞凤社区居委会"));
        assertTrue(UnitNames.same("飞凤社区居民委员会", "飞凤社区居委会"));
        assertTrue(UnitNames.same("西官村", "西官村委会"));
        assertTrue(UnitNames.same("西官村民委员会", "西官村委会"));
        assertTrue(UnitNames.same("城关街道办事处", "城关街道"));
        assertTrue(UnitNames.same("天度镇人民政府", "天度镇"));
        assertFalse(UnitNames.same("东官村委会", "午井村委会"));
    }
}
