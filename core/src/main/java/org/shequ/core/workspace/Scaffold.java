package org.shequ.core.workspace;

import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import org.shequ.core.render.ChineseUsage;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shequ.core.Problem;
import org.shequ.core.division.Division;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.TemplateWorkbook;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A new workspace: shequ.yaml with comments, the Excel fill-in template of every kind, a small
 * example sheet with three real units of the jurisdiction that validates cleanly, and a copy of
 * the work-report template in templates/ to edit (a workspace's template overrides the bundled
 * one of the same name).
 */
public final class Scaffold {
    private Scaffold() {
    }

    /** Creates the workspace; {@code zh}: Chinese file and report names (示例数据.csv, 社区治理工作情况汇报), else English ones. */
    public static List<Path> create(Path dir, String jurisdiction, Period period, boolean zh) {
        if (Files.exists(dir.resolve(Workspace.FILE))) {
            throw new Problem("init.exists", dir.toString());
        }
        Division where = DivisionRegistry.bundled().find(jurisdiction)
                .orElseThrow(() -> new Problem("division.unknown", jurisdiction));
        List<Division> units = DivisionRegistry.bundled().villagesUnder(jurisdiction);
        List<Path> written = new ArrayList<>();
        Path yaml = dir.resolve(Workspace.FILE);
        AtomicFile.write(yaml, out -> out.write(config(where, period, zh).getBytes(StandardCharsets.UTF_8)));
        written.add(yaml);
        Path template = dir.resolve(Words.get("scaffold.templateFile"));
        AtomicFile.write(template, out -> TemplateWorkbook.write(Dictionary.builtIn().kinds(), out));
        written.add(template);
        Path example = dir.resolve(name(zh, "init.exampleFile"));
        AtomicFile.write(example, out -> example(units.subList(0, Math.min(3, units.size())), period, out));
        written.add(example);
        Path report = dir.resolve("templates/work-report.md.ftl");
        AtomicFile.write(report, out -> {
            try (var in = Scaffold.class.getResourceAsStream("/org/shequ/render/templates/work-report.md.ftl")) {
                in.transferTo(out);
            }
        });
        written.add(report);
        return written;
    }

    /** A name the new workspace gives (its example file, its documents), in the language. */
    private static String name(boolean zh, String key) {
        return Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format(key, List.of());
    }

    private static String config(Division where, Period period, boolean zh) {
        return Words.format("scaffold.config", where.code(), where.name(), period, period.zh(), level(where.name()),
                name(zh, "init.workReport"),
                // the document dated the 15th of the month after the period
                YearMonth.of(period.year(), period.lastMonth()).plusMonths(1).atDay(15), name(zh, "init.compliance"));
    }

    /** 县, 区, 市 or the whole name: what 县委、县政府 is made of. */
    private static String level(String name) {
        return ChineseUsage.whole(name).substring(1);
    }

    /** The example sheet's columns, by the key of each one's header in words.properties. */
    private static final List<String> EXAMPLE_COLUMNS = List.of("code", "name", "type", "period", "households",
            "population", "serviceArea", "officeArea", "party", "committee", "buildingHeads", "gridWorkers");

    private static void example(List<Division> units, Period period, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180);
        p.printRecord(EXAMPLE_COLUMNS.stream().map(c -> Words.get("scaffold.example.column." + c)).toList());
        int i = 0;
        for (Division d : units) {
            int households = 800 + 150 * i++;
            p.printRecord(d.code(), d.name(), d.residentsCommittee() ? Words.get("scaffold.example.type.urban") : Words.get("scaffold.example.type.village"), period.value(), households,
                    households * 3, households * 35 / 100, households * 8 / 100, Words.get("scaffold.example.yes"), Words.get("scaffold.example.yes"), households / 40, households / 150);
        }
        p.flush();
    }
}
