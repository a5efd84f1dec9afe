package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Whether a file that an output would replace is shequ's to replace. A file of a kind shequ reads
 * as data (a workbook, a CSV, a YAML table) is replaced only when it is an earlier output: a
 * workbook whose package carries {@link Stamp#MARK} (Excel or WPS saving it again drops the mark:
 * it is then the user's), or a CSV or YAML file whose first line with a letter in it is the same as
 * the new output's (the same header: the same command's earlier output). An empty file is
 * replaced; findings, pages, JSON and documents are replaced as before. {@code --force} replaces
 * whatever is there.
 */
public final class Ownership {
    private static final Set<String> TABLES = Set.of("csv", "tsv", "xlsx", "xlsm", "xls", "yaml", "yml");
    private static final int HEAD = 64 * 1024;

    private Ownership() {
    }

    /** Whether {@code written} (the new output, complete) may replace {@code existing}. */
    public static boolean mayReplace(Path existing, Path written) {
        try {
            if (!Files.isRegularFile(existing) || Files.size(existing) == 0) {
                return true;
            }
            String name = existing.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!TABLES.contains(ext)) {
                return true;
            }
            byte[] head = head(existing);
            if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
                return marked(existing);
            }
            if (ext.equals("xls") || ext.equals("xlsx") || ext.equals("xlsm")) {
                return false; // a workbook shequ did not write (it writes no .xls)
            }
            String first = firstLine(head);
            return first != null && first.equals(firstLine(head(written)));
        } catch (IOException e) {
            return false; // unreadable: not known to be shequ's
        }
    }

    private static boolean marked(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return Stamp.MARK.equals(z.getComment());
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** The first line with a letter in it (a BOM dropped), or null. */
    private static String firstLine(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1); // bytes compared as they are, whatever the encoding
        for (String line : text.split("\r?\n", -1)) {
            String l = line.startsWith("\u00ef\u00bb\u00bf") ? line.substring(3) : line;
            if (l.chars().anyMatch(c -> Character.isLetter(c) || c >= 0x80)) {
                return l;
            }
        }
        return null;
    }
}
