package org.shequ.core.workspace;

import java.util.Locale;
import org.shequ.core.Messages;
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
        Path template = dir.resolve("templates/填报模板.xlsx");
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
        return """
                # shequ 工作区 / shequ workspace
                # 辖区：统计用区划代码（县级 6 位、乡级 9 位等）；不在辖区内的单位会被提示。
                # jurisdiction: the division code the units lie under.
                jurisdiction: "%s"   # %s
                # 年度：数据表没有“年度”列时使用。/ period for rows without one.
                period: %s
                title: %s%s社区基本情况
                # 输入文件（相对本目录，可用通配符）；可为每项指定 kind、sheet、encoding。
                # inputs: paths or globs; each may name its kind, sheet and encoding.
                inputs:
                  - data/**
                # 输出目录 / output folder
                output: out
                # 规则包（内置名称或相对路径）/ rule packs: built-in names or paths
                rules: [national]
                # 发文机关与文档事实；run 按 reports 生成文档（模板可放在 templates/ 下修改）
                # documents: run renders each report; a template in templates/ overrides the bundled one
                office: %s民政局
                facts:
                  addressee: %s委、%s政府
                reports:
                  - template: work-report
                    name: %s
                    formats: [md, html, docx]
                    facts: {date: %s}
                  - template: compliance
                    name: %s
                    formats: [xlsx, html]
                # 增加字段或别名（无需改代码）/ add fields or aliases:
                # fields:
                #   communities:
                #     - {key: elevators, label: 电梯数, type: integer, unit: 部, min: 0}
                # aliases:
                #   communities:
                #     households: [总户数]
                """.formatted(where.code(), where.name(), period, where.name(), period.zh(), where.name(), level(where.name()),
                level(where.name()), name(zh, "init.workReport"),
                // the document dated the 15th of the month after the period
                YearMonth.of(period.year(), period.lastMonth()).plusMonths(1).atDay(15), name(zh, "init.compliance"));
    }

    /** 县, 区, 市 or the whole name: what 县委、县政府 is made of. */
    private static String level(String name) {
        return ChineseUsage.whole(name).substring(1);
    }

    private static void example(List<Division> units, Period period, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180);
        p.printRecord("统一代码", "社区名称", "社区类型", "年度", "户数（户）", "常住人口（人）", "综合服务设施面积（平方米）",
                "办公用房面积（平方米）", "党组织", "居(村)委会", "楼栋长（人）", "网格员（人）");
        int i = 0;
        for (Division d : units) {
            int households = 800 + 150 * i++;
            p.printRecord(d.code(), d.name(), d.residentsCommittee() ? "城市社区" : "行政村", period.value(), households,
                    households * 3, households * 35 / 100, households * 8 / 100, "是", "是", households / 40, households / 150);
        }
        p.flush();
    }
}
