package org.shequ.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import java.util.regex.Pattern;

/**
 * Chooses the reader for a file: by its extension for CSV/TSV and YAML, by its first bytes for
 * workbooks (an .xls that is really XLSX, or the other way round, is still read).
 */
public final class Readers {
    private final ReadLimits limits;

    public Readers(ReadLimits limits) {
        this.limits = limits;
    }

    /** The reader for {@code file}, or empty when its kind of file is not one shequ reads. */
    public Optional<TableReader> forFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "csv", "tsv", "txt" -> Optional.of(new CsvReader(limits));
            case "yaml", "yml" -> Optional.of(new YamlReader(limits));
            case "xlsx", "xlsm", "xls", "et" -> Optional.of(workbook(file));
            default -> Optional.empty();
        };
    }

    /** Whether a path names a file shequ can read. */
    private static final Pattern READABLE = Pattern.compile(".*\\.(csv|tsv|txt|ya?ml|xlsx|xlsm|xls|et)",
            Pattern.DOTALL);

    public static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // DOTALL: a name with a line break in it (a\nb.csv) is a file like any other, never skipped unseen
        return READABLE.matcher(name).matches() && !name.startsWith("~$");
    }

    private TableReader workbook(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = Files.size(file) == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> new XlsxReader(limits);
            case OLE2 -> new XlsReader(limits);
            default -> (source, handler) -> {
                handler.begin(null, Shape.SHEET);
                handler.problem(ReadProblem.of(0, Files.size(file) == 0 ? "DATA-PARSE.empty" : "DATA-PARSE.notWorkbook"));
                handler.end();
            };
        };
    }
}
