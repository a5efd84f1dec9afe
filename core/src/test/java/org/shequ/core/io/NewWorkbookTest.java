package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** In memory up to 50,000 cells, streamed above; either way the same workbook comes out. */
class NewWorkbookTest {

    @Test
    void theKindFollowsTheCells() throws Exception {
        Workbook small = NewWorkbook.forCells(NewWorkbook.IN_MEMORY);
        Workbook large = NewWorkbook.forCells(NewWorkbook.IN_MEMORY + 1);
        try {
            assertInstanceOf(XSSFWorkbook.class, small);
            assertInstanceOf(SXSSFWorkbook.class, large);
        } finally {
            NewWorkbook.close(small);
            NewWorkbook.close(large);
        }
    }

    @Test
    void bothKindsWriteTheSameCells() throws Exception {
        assertEquals(cells(write(NewWorkbook.forCells(10))), cells(write(NewWorkbook.forCells(Long.MAX_VALUE))));
        assertEquals(List.of("汇总!A1 城关街道 @", "汇总!B1 30.0 #,##0.00", "汇总!A2 天度镇 @", "汇总!B2 0.5 0.0%"), cells(write(NewWorkbook.forCells(10))));
    }

    /** POI names itself the author of a new workbook; shequ's name none unless told whose it is. */
    @Test
    void newWorkbooksNameNoAuthorUnlessDescribed() throws Exception {
        for (long cells : new long[] {10, Long.MAX_VALUE}) {
            assertEquals(null, properties(write(NewWorkbook.forCells(cells))).getCreator());
            Workbook wb = NewWorkbook.forCells(cells);
            NewWorkbook.describe(wb, "扶风县民政局", "社区达标情况一览表");
            var p = properties(write(wb));
            assertEquals("扶风县民政局", p.getCreator());
            assertEquals("社区达标情况一览表", p.getTitle());
        }
        try (XSSFWorkbook wb = NewWorkbook.inMemory(); SXSSFWorkbook s = NewWorkbook.streaming()) {
            assertEquals(null, wb.getProperties().getCoreProperties().getCreator());
            assertEquals(null, s.getXSSFWorkbook().getProperties().getCoreProperties().getCreator());
        }
    }

    private static org.apache.poi.ooxml.POIXMLProperties.CoreProperties properties(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getProperties().getCoreProperties();
        }
    }

    private static byte[] write(Workbook wb) throws Exception {
        try {
            CellStyles styles = CellStyles.of(wb);
            Sheet s = wb.createSheet("汇总");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("城关街道");
            r.createCell(1).setCellValue(30.0);
            r.getCell(1).setCellStyle(styles.measure());
            Row r2 = s.createRow(1);
            r2.createCell(0).setCellValue("天度镇");
            r2.createCell(1).setCellValue(0.5);
            r2.getCell(1).setCellStyle(styles.rate());
            s.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NewWorkbook.write(wb, out);
            return out.toByteArray();
        } finally {
            NewWorkbook.close(wb);
        }
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> all = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("2000-01-01T00:00Z", wb.getProperties().getCoreProperties().getCreated().toInstant().toString().replace(":00Z", "Z"));
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        CellStyle st = c.getCellStyle();
                        String format = st.getDataFormatString().equals("General") ? "@" : st.getDataFormatString();
                        all.add(s.getSheetName() + "!" + c.getAddress() + " " + c + " " + format);
                    }
                }
            }
        }
        return all;
    }
}
