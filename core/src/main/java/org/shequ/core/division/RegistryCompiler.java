package org.shequ.core.division;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Run by the build: reads the registry's CSV files (code, name, …; a header row; villages one gzip
 * file per province, as {@code scripts/import-divisions.sh} lays them out) and writes each as a
 * {@link PreparedTable} into the classes folder, where {@link DivisionRegistry} finds it.
 * <pre>RegistryCompiler SOURCE-DIR TARGET-DIR</pre>
 */
public final class RegistryCompiler {
    private RegistryCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        int tables = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(source, "*.{csv,csv.gz}")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.csv(\\.gz)?$", "");
                try (OutputStream out = Files.newOutputStream(target.resolve(name + PreparedTable.SUFFIX))) {
                    PreparedTable.write(read(file), out);
                }
                tables++;
            }
        }
        if (tables == 0) {
            throw new IOException("no registry CSV files in " + source);
        }
    }

    static CodeTable read(Path file) throws IOException {
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord r : parser) {
                String code = r.get(0);
                if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    continue; // the header row
                }
                codes.add(code);
                names.add(r.get(1));
            }
        }
        if (codes.isEmpty()) {
            throw new IOException("no codes in " + file);
        }
        Level level = Level.ofDigits(codes.get(0).length()).orElseThrow(() -> new IOException("not a division code: " + codes.get(0)));
        return new CodeTable(level, codes, names);
    }
}
