package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks damaged in the ways that reach a county: a DOCTYPE or a bad byte in the document's
 * properties, a row numbered -5, a sheet whose relationship is missing or points outside, a sheet's
 * entry dropped, a 60 MB cell, a stored entry of 100 MB of white space. Validation reads what it
 * can; feedback and run copy every other file and name the damaged one in a finding, never exit 3;
 * a part too long for any cell is refused for its file before it is held in memory.
 */
class DamagedWorkbooksTest {
    @TempDir
    Path dir;

    private static final Path TOWNS = SampleWorkspaceTest.SAMPLES.resolve("fufeng/data/各镇社区基本情况.xlsx");

    /** A copy of the sample's towns workbook with each entry passed through {@code change} (null drops it). */
    private Path damaged(String name, BiFunction<String, byte[], byte[]> change) throws IOException {
        Path out = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(TOWNS));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] changed = change.apply(e.getName(), in.readAllBytes());
                if (changed != null) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(changed);
                    zip.closeEntry();
                }
            }
        }
        return out;
    }

    private static byte[] replace(byte[] data, String from, String to) {
        String s = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(s.contains(from), from);
        return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<Path> damagedSet() throws IOException {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        return List.of(
                damaged("doctype.xlsx", (n, d) -> n.equals("docProps/core.xml") ? replace(d, prolog, prolog + "<!DOCTYPE x [<!ENTITY a \"b\">]>") : d),
                damaged("badbyte.xlsx", (n, d) -> {
                    if (n.equals("docProps/app.xml")) {
                        d[60] = (byte) 0xff;
                    }
                    return d;
                }),
                damaged("negrow.xlsx", (n, d) -> n.equals("xl/worksheets/sheet2.xml") ? replace(d, "r=\"5\"", "r=\"-5\"") : d),
                damaged("extrel.xlsx", (n, d) -> n.equals("xl/_rels/workbook.xml.rels")
                        ? replace(d, "Target=\"worksheets/sheet2.xml\"", "Target=\"http://example.com/s.xml\" TargetMode=\"External\"") : d),
                damaged("dropped.xlsx", (n, d) -> n.equals("xl/worksheets/sheet2.xml") ? null : d));
    }

    @Test
    void feedbackCopiesEveryOtherFileAndNamesTheDamagedOnes() throws IOException {
        Path csv = Files.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng/data/城关街道.csv"), dir.resolve("城关街道.csv"));
        for (Path bad : damagedSet()) {
            Path out = dir.resolve("fb-" + bad.getFileName());
            Cli c = Cli.run("feedback", bad.toString(), csv.toString(), "-o", out.toString(), "--period", "2023", "--lang", "zh");
            assertTrue(c.code() <= 1, bad.getFileName() + ": " + c.err());
            assertTrue(Files.exists(out.resolve("城关街道-问题反馈.xlsx")), bad.getFileName() + ": the other file is sent back");
            assertTrue(c.err().contains("1 个工作簿已损坏，无法标注（问题见问题清单）：" + bad), c.err());
            assertFalse(Files.exists(out.resolve(bad.getFileName().toString().replace(".xlsx", "-问题反馈.xlsx"))), "no half copy");
        }
    }

    @Test
    void runWritesEveryFeedbackWorkbookItCanAndSaysWhichItCannot() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir.resolve("ws"));
        Path bad = damagedSet().get(2); // a row numbered -5
        Files.copy(bad, ws.resolve("data/负行号.xlsx"));
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml"))
                .replace("  - data/目标任务分解表.csv", "  - data/负行号.xlsx\n  - data/目标任务分解表.csv"));
        Cli c = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(1, c.code(), c.err());
        try (var files = Files.list(ws.resolve("out/feedback"))) {
            assertEquals(5, files.filter(p -> p.toString().endsWith("-问题反馈.xlsx")).count(), "the sample's five, not the damaged one");
        }
        assertTrue(Files.readString(ws.resolve("out/findings.txt")).contains("工作簿有损坏的部分，无法如实复制：未写出标注副本"));
    }

    @Test
    void aSixtyMegabyteCellIsAFindingForItsFileAndTheOthersAreRead() throws IOException {
        Random random = new Random(1);
        byte[] letters = new byte[60_000_000];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (byte) ('a' + random.nextInt(26)); // not compressible: no zip-bomb ratio to stop it sooner
        }
        Path big = damaged("big.xlsx", (n, d) -> {
            if (!n.equals("xl/sharedStrings.xml")) {
                return d;
            }
            String s = new String(d, java.nio.charset.StandardCharsets.UTF_8);
            int at = s.indexOf('>', s.indexOf("<t")) + 1;
            byte[] head = s.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] tail = s.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + letters.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(letters, 0, all, head.length, letters.length);
            System.arraycopy(tail, 0, all, head.length + letters.length, tail.length);
            return all;
        });
        Path csv = Files.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng/data/城关街道.csv"), dir.resolve("城关街道.csv"));
        Cli c = Cli.run("validate", big.toString(), csv.toString(), "--period", "2023", "--lang", "zh");
        assertEquals(1, c.code(), c.err());
        assertTrue(c.out().contains("DATA-PARSE  工作簿中有一段文字长得超出任何单元格（超过 1600 万字符），拒绝读取"), c.out());
        assertTrue(c.out().contains("2 个文件，25 条记录"), "城关街道's 25 units are read: " + c.out());
        Cli fb = Cli.run("feedback", big.toString(), csv.toString(), "-o", dir.resolve("fb").toString(), "--period", "2023", "--lang", "zh");
        assertTrue(fb.code() <= 1, fb.err());
        assertTrue(Files.exists(dir.resolve("fb/城关街道-问题反馈.xlsx")));
    }

    @Test
    void aHundredMegabytesOfWhiteSpaceStoredIsRefusedNotHeld() throws IOException {
        Path spaces = dir.resolve("spaces.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(TOWNS));
             OutputStream raw = Files.newOutputStream(spaces); ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] d = in.readAllBytes();
                ZipEntry out = new ZipEntry(e.getName());
                if (e.getName().equals("xl/worksheets/sheet1.xml")) { // 天度镇, a sheet that is read
                    d = replace(d, "<sheetData>", "<sheetData>" + " ".repeat(100_000_000));
                    out.setMethod(ZipEntry.STORED);
                    out.setSize(d.length);
                    out.setCompressedSize(d.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(d);
                    out.setCrc(crc.getValue());
                }
                zip.putNextEntry(out);
                zip.write(d);
                zip.closeEntry();
            }
        }
        Cli c = Cli.run("validate", spaces.toString(), "--period", "2023", "--lang", "zh");
        assertEquals(1, c.code(), c.err());
        assertTrue(c.out().contains("超过 1600 万字符"), c.out());
        assertFalse(c.err().contains("Exception"), c.err());
    }
}
