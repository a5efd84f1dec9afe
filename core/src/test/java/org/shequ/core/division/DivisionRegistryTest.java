package org.shequ.core.division;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        assertEquals(java.util.Set.of("villages-61", "streets"), fresh.loaded());
    }

    @Test
    void allLevelsAreBundled() {
        assertEquals(31, registry.children("").size());
        assertEquals(620_573, registry.villagesUnder("").size());
    }

    /** The prepared tables in the jar say exactly what the imported CSV files say, row for row. */
    @Test
    void preparedTablesMatchTheImportedCsv() throws java.io.IOException {
        java.nio.file.Path source = java.nio.file.Path.of("src/main/registry");
        int rows = 0;
        try (var files = java.nio.file.Files.newDirectoryStream(source, "*.{csv,csv.gz}")) {
            for (java.nio.file.Path file : files) {
                CodeTable csv = RegistryCompiler.read(file);
                for (int i = 0; i < csv.size(); i++) {
                    String code = String.format("%0" + csv.level().digits() + "d", csv.codes()[i]);
                    assertEquals(csv.names()[i], registry.nameOf(code), code);
                    rows++;
                }
            }
        }
        assertEquals(31 + 342 + 2_978 + 41_352 + 620_573, rows);
    }

    @Test
    void aPreparedTableRoundTrips() throws java.io.IOException {
        CodeTable t = new CodeTable(Level.TOWNSHIP, List.of("610324101", "110101001", "610324001"), List.of("天度镇", "东华门街道", "城关街道"));
        var bytes = new java.io.ByteArrayOutputStream();
        PreparedTable.write(t, bytes);
        CodeTable back = PreparedTable.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of(110101001L, 610324001L, 610324101L), java.util.Arrays.stream(back.codes()).boxed().toList());
        assertEquals(List.of("东华门街道", "城关街道", "天度镇"), List.of(back.names()));
        assertEquals(Level.TOWNSHIP, back.level());
        bytes.reset();
        bytes.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        assertThrows(java.io.IOException.class, () -> PreparedTable.read(new java.io.ByteArrayInputStream(bytes.toByteArray())));
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
