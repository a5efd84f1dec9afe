package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A workbook or document written twice, in any time zone, is the same bytes; every entry carries the stamp. */
class StampTest {
    @Test
    void sourceDateEpochIsAFourDigitYearOrRefused() {
        assertEquals(946_684_800L, Stamp.seconds(null));
        assertEquals(946_684_800L, Stamp.seconds(" "));
        assertEquals(1_700_000_000L, Stamp.seconds("1700000000"));
        assertEquals(253_402_300_799L, Stamp.seconds("253402300799"), "9999-12-31T23:59:59Z");
        for (String bad : List.of("253402300800", "999999999999", "-1", "1e9", "yesterday")) {
            org.shequ.core.Problem p = org.junit.jupiter.api.Assertions.assertThrows(org.shequ.core.Problem.class, () -> Stamp.seconds(bad));
            assertEquals("stamp.epoch", p.key());
        }
    }

    @Test
    void everyPackageCarriesTheMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("a");
            Stamp.write(wb, out);
        }
        java.nio.file.Path f = java.nio.file.Files.createTempFile("stamp", ".xlsx");
        try {
            java.nio.file.Files.write(f, out.toByteArray());
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                assertEquals(Stamp.MARK, z.getComment());
            }
        } finally {
            java.nio.file.Files.delete(f);
        }
    }

    @Test
    void everyEntryCarriesTheStampInEveryTimeZone() throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            byte[] first = null;
            for (String zone : List.of("Asia/Shanghai", "UTC", "America/New_York", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                byte[] docx = docx();
                for (LocalDateTime t : entryTimes(docx)) {
                    assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), t, zone);
                }
                if (first == null) {
                    first = docx;
                }
                assertArrayEquals(first, docx, zone);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void aWorkbookWrittenLaterIsTheSameBytes() throws Exception {
        byte[] a = xlsx();
        Thread.sleep(2_100); // past a zip time's two-second resolution
        assertArrayEquals(a, xlsx());
        assertTrue(entryTimes(a).size() >= 5);
    }

    /** A streaming workbook (a national table) is stamped too, in every time zone. */
    @Test
    void aStreamingWorkbookIsStampedToo() throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("Asia/Shanghai", "America/New_York")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                org.apache.poi.ss.usermodel.Workbook wb = NewWorkbook.forCells(NewWorkbook.IN_MEMORY + 1);
                try {
                    wb.createSheet("汇总").createRow(0).createCell(0).setCellValue("城关街道");
                    NewWorkbook.write(wb, out);
                } finally {
                    NewWorkbook.close(wb);
                }
                List<LocalDateTime> times = entryTimes(out.toByteArray());
                assertTrue(times.size() >= 5, times.toString());
                for (LocalDateTime t : times) {
                    assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), t, zone);
                }
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void theCallersStreamStaysOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表");
            Stamp.write(wb, out);
        }
        out.write('x'); // still usable
        assertTrue(out.size() > 1000);
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("社区治理工作情况汇报");
            Stamp.write(doc, out);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("汇总").createRow(0).createCell(0).setCellValue(30.0);
            Stamp.write(wb, out);
        }
        return out.toByteArray();
    }

    /** Each entry's time as the clock reading it records (zip times have no zone). */
    private static List<LocalDateTime> entryTimes(byte[] zip) throws IOException {
        List<LocalDateTime> times = new ArrayList<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                times.add(LocalDateTime.ofInstant(e.getLastModifiedDate().toInstant(), ZoneId.systemDefault()));
            }
        }
        return times;
    }
}
