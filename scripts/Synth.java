import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.core.division.Division;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;

/**
 * Deterministic synthetic community sheets for real units of the bundled registry.
 *
 *   java -cp cli/target/shequ.jar scripts/Synth.java sample samples/fufeng
 *       the Fufeng county sample workspace (122 units, documented defects; the seven towns in the
 *       county's form as clerks fill it, one sheet per town, and one sheet of it as a WPS CSV export)
 *   java -cp cli/target/shequ.jar scripts/Synth.java access samples/longshan
 *       the 龙山区 access sample: communities, the task ledger and the workbook of approvals
 *   java -cp cli/target/shequ.jar scripts/Synth.java national FILE.csv
 *       all 620,573 village-level units with every field of the communities dictionary
 *
 * Values are plausible for the unit's kind (residents' or village committee) and seeded by the
 * unit's code, so the same command always writes the same bytes.
 */
public class Synth {
    static final Kind KIND = Dictionary.builtIn().kind("communities").orElseThrow();

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "sample" -> sample(Path.of(args[1]));
            case "national" -> national(Path.of(args[1]));
            case "access" -> access(Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** One unit's values by field key, as the text an analyst would type. */
    static Map<String, String> unit(Division d, long period) {
        Random r = new Random(Long.parseLong(d.code()) * 31 + period);
        boolean urban = d.residentsCommittee();
        int hh = urban ? 600 + r.nextInt(3400) : 180 + r.nextInt(720);
        int pop = (int) (hh * (2.4 + r.nextDouble() * 0.9));
        double per100 = 30 + r.nextDouble() * 28;
        double service = Math.round(hh * per100 / 100 * 10) / 10.0;
        double office = Math.round(service * (0.15 + r.nextDouble() * 0.14) * 10) / 10.0;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", d.code());
        v.put("name", d.name());
        v.put("township", DivisionRegistry.bundled().find(d.code().substring(0, 9)).map(Division::name).orElse(""));
        v.put("type", urban ? "城市社区" : "行政村");
        v.put("period", Long.toString(period));
        v.put("households", Integer.toString(hh));
        v.put("population", Integer.toString(pop));
        v.put("service_area", plain(service));
        v.put("office_area", plain(office));
        v.put("outdoor_area", Integer.toString(1000 + r.nextInt(1500)));
        v.put("standardized", "是");
        v.put("party_org", "是");
        v.put("committee", "是");
        for (String c : List.of("center_convenience", "center_security", "center_culture", "center_health",
                "center_elderly", "center_children", "center_volunteer")) {
            v.put(c, r.nextInt(10) < 9 ? "是" : "否");
        }
        v.put("windows", "民政、人社、计生、文化、综治");
        v.put("plaques", "居务监督委员会、综治维稳信访工作站、警务室");
        v.put("fulltime_staff", Integer.toString(urban ? 6 + r.nextInt(8) : 3 + r.nextInt(4)));
        v.put("social_workers", Integer.toString(1 + r.nextInt(3)));
        v.put("grid_workers", Integer.toString(Math.max(2, hh / 150)));
        v.put("grid_leads", Integer.toString(1 + r.nextInt(2)));
        v.put("grid_instructors", "1");
        v.put("group_leads", Integer.toString(urban ? 4 + r.nextInt(8) : 6 + r.nextInt(10)));
        v.put("building_leads", Integer.toString(urban ? hh / 40 : 0));
        v.put("unit_leads", Integer.toString(urban ? hh / 15 : 0));
        v.put("social_orgs", Integer.toString(urban ? 10 + r.nextInt(6) : 3 + r.nextInt(5)));
        v.put("charter", "是");
        v.put("deliberation_cases", Integer.toString(2 + r.nextInt(4)));
        v.put("model_village", urban ? "否" : (r.nextInt(8) == 0 ? "是" : "否"));
        v.put("visits", Integer.toString(hh * (1 + r.nextInt(2))));
        v.put("articles", Integer.toString(2 + r.nextInt(6)));
        v.put("satisfaction", plain(Math.round((90 + r.nextDouble() * 9.5) * 10) / 10.0) + "%");
        v.put("funds", plain(Math.round((5 + r.nextDouble() * 25) * 10) / 10.0));
        int dh = Math.max(1, hh * (1 + r.nextInt(3)) / 100);
        v.put("dibao_households", Integer.toString(dh));
        v.put("dibao_persons", Integer.toString(dh + r.nextInt(dh + 1)));
        v.put("tekun_persons", Integer.toString(r.nextInt(6)));
        v.put("orphans", Integer.toString(r.nextInt(3)));
        v.put("unsupported_children", Integer.toString(r.nextInt(3)));
        int th = r.nextInt(8);
        v.put("temp_assist_households", Integer.toString(th));
        v.put("temp_assist_persons", Integer.toString(th + r.nextInt(th + 1)));
        v.put("elderly_allowance", Integer.toString(pop / 60));
        int ch = r.nextInt(10);
        v.put("disability_care_households", Integer.toString(ch));
        v.put("disability_care_persons", Integer.toString(ch + r.nextInt(2)));
        return v;
    }

    static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static List<String> headers() {
        return KIND.fields().stream().map(Field::header).toList();
    }

    static void national(Path file) throws IOException {
        List<Division> all = DivisionRegistry.bundled().villagesUnder("");
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(headers());
            for (Division d : all) {
                p.printRecord(unit(d, 2023).values());
            }
        }
        System.err.println(file + ": " + all.size() + " units");
    }

    /** The Fufeng sample: 城关街道 as a GBK CSV, the seven towns as one XLSX, staff as YAML. */
    static void sample(Path dir) throws IOException {
        List<Division> units = DivisionRegistry.bundled().villagesUnder("610324");
        List<Map<String, String>> chengguan = new ArrayList<>();
        List<Map<String, String>> towns = new ArrayList<>();
        for (Division d : units) {
            (d.code().startsWith("610324001") ? chengguan : towns).add(unit(d, 2023));
        }
        // the deliberate defects, each listed in samples/fufeng/README.md
        Map<String, String> dup = new LinkedHashMap<>(towns.get(towns.size() - 1));   // the same unit twice
        Map<String, String> ghost = new LinkedHashMap<>(towns.get(1));
        ghost.put("code", "610324101999");                                            // not in the registry
        ghost.put("name", "新建社区");
        edit(chengguan, "610324001004", v -> put(put(v, "service_area", "120"), "office_area", "180")); // office > service
        edit(chengguan, "610324001005", v -> put(v, "households", "1,2O5"));          // letter O: not a number
        edit(chengguan, "610324001201", v -> put(v, "type", "城市社区"));              // village number, urban
        edit(towns, "610324101200", v -> put(v, "households", "-35"));                // negative households
        edit(towns, "610324102200", v -> put(v, "name", "东官村委会"));                 // not the registered name
        edit(towns, "610324103200", v -> put(v, "building_leads", "900"));            // more than households
        edit(towns, "610324104201", v -> put(v, "satisfaction", "120%"));             // over 100 %
        edit(towns, "610324105200", v -> put(v, "service_area", ""));                 // required, empty
        // defects against the standards (rule packs fufeng-2018 and the sample's own rules/local.yaml)
        edit(towns, "610324106200", v -> put(put(v, "households", "600"), "service_area", "127.8"));   // 21.3 m² per 100
        edit(towns, "610324106201", v -> put(put(v, "households", "500"), "service_area", "150"));     // exactly 30.0: passes
        edit(towns, "610324107200", v -> put(v, "outdoor_area", "850"));                              // < 1000, >= 800
        edit(towns, "610324107001", v -> put(v, "deliberation_cases", "1"));                          // fewer than 2
        edit(towns, "610324104203", v -> put(v, "articles", "1"));                                    // fewer than 2 articles
        edit(chengguan, "610324001006", v -> put(put(v, "service_area", "400"), "office_area", "140")); // 35 % offices
        edit(chengguan, "610324001007", v -> put(v, "building_leads", "0"));                          // a grid level empty
        for (Map<String, String> v : towns) {
            if (v.get("code").startsWith("610324105") && v.get("type").equals("行政村")) {
                v.put("building_leads", "—");                                                         // not applicable in a village
                v.put("unit_leads", "—");
            }
        }
        towns.add(dup);
        int ghostAt = 0;
        while (towns.get(ghostAt).get("code").compareTo("610324102") < 0) {
            ghostAt++;
        }
        towns.add(ghostAt, ghost);                                                                    // last on 天度镇's sheet
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("exports"));
        csv(dir.resolve("data/城关街道.csv"), Charset.forName("GB18030"), chengguan);
        List<Map<String, String>> before = new ArrayList<>();
        for (Division d : units) {
            before.add(lastYear(unit(d, 2023)));
        }
        history(dir.resolve("data/2022年社区基本情况.csv"), before);                                 // last year's sheet, kept beside
        xlsx(dir.resolve("data/各镇社区基本情况.xlsx"), towns, "610324103");                          // 绛帐镇's 小计: 100 households too many
        List<Map<String, String>> jiangzhang = towns.stream().filter(v -> v.get("code").startsWith("610324103")).toList();
        List<List<String>> sheet = townshipSheet("绛帐镇", jiangzhang, 100);
        sheet.add(signature());
        sheetCsv(dir.resolve("exports/绛帐镇.csv"), sheet);                                          // the same sheet saved as CSV by WPS
    }

    /** The unit a year earlier: up to 4 % fewer households and residents, everything else as now. */
    static Map<String, String> lastYear(Map<String, String> now) {
        Random r = new Random(Long.parseLong(now.get("code")) * 17);
        double f = 1 - r.nextDouble() * 0.04;
        Map<String, String> v = new LinkedHashMap<>(now);
        v.put("period", "2022");
        v.put("households", Long.toString(Math.round(Long.parseLong(now.get("households")) * f)));
        v.put("population", Long.toString(Math.round(Long.parseLong(now.get("population")) * f)));
        return v;
    }

    /** Last year's sheet as the county keeps it: one CSV (UTF-8 with BOM), every unit, a 年度 column. */
    static void history(Path file, List<Map<String, String>> rows) throws IOException {
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            w.write('\uFEFF');
            p.printRecord(headers());
            for (Map<String, String> v : rows) {
                p.printRecord(v.values());
            }
        }
    }

    static Map<String, String> put(Map<String, String> v, String k, String value) {
        v.put(k, value);
        return v;
    }

    static void edit(List<Map<String, String>> rows, String code, UnaryOperator<Map<String, String>> change) {
        for (Map<String, String> v : rows) {
            if (v.get("code").equals(code)) {
                change.apply(v);
                return;
            }
        }
        throw new IllegalStateException("no unit " + code);
    }

    static void csv(Path file, Charset charset, List<Map<String, String>> rows) throws IOException {
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), charset);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            List<String> h = new ArrayList<>(headers());
            h.add("备注");
            p.printRecord(h);
            for (Map<String, String> v : rows) {
                List<String> cells = new ArrayList<>(v.values());
                cells.add("");
                p.printRecord(cells);
            }
        }
    }

    /**
     * The county's form as township clerks fill it in WPS or Excel: one sheet per township, a title
     * merged across the top, a two-row header whose parents span their children (综合服务设施面积 over
     * 总面积, 其中：办公用房, 室外活动场地; 低保 over 户数, 人数, …), the units, a blank row, the 小计,
     * a signature line split over cells; the last sheet ends with the 合计 of all seven towns; a
     * hidden sheet holds the drop-down values. Parent → its children's field keys, in column order.
     */
    static final List<Object[]> FORM = List.of(
            new Object[] {"序号", List.of()},
            new Object[] {null, List.of("code")}, new Object[] {null, List.of("name")},
            new Object[] {null, List.of("township")}, new Object[] {null, List.of("type")},
            new Object[] {null, List.of("households")}, new Object[] {null, List.of("population")},
            new Object[] {"综合服务设施面积（平方米）", List.of("service_area", "office_area", "outdoor_area")},
            new Object[] {null, List.of("standardized")},
            new Object[] {"组织建设", List.of("party_org", "committee")},
            new Object[] {"服务中心（一有七中心）", List.of("center_convenience", "center_security", "center_culture",
                    "center_health", "center_elderly", "center_children", "center_volunteer")},
            new Object[] {null, List.of("windows")}, new Object[] {null, List.of("plaques")},
            new Object[] {"工作力量（人）", List.of("fulltime_staff", "social_workers")},
            new Object[] {"网格化管理（人）", List.of("grid_workers", "grid_leads", "grid_instructors", "group_leads",
                    "building_leads", "unit_leads")},
            new Object[] {null, List.of("social_orgs")}, new Object[] {null, List.of("charter")},
            new Object[] {null, List.of("deliberation_cases")}, new Object[] {null, List.of("model_village")},
            new Object[] {null, List.of("visits")}, new Object[] {null, List.of("articles")},
            new Object[] {null, List.of("satisfaction")}, new Object[] {null, List.of("funds")},
            new Object[] {"低保", List.of("dibao_households", "dibao_persons")},
            new Object[] {null, List.of("tekun_persons")}, new Object[] {null, List.of("orphans")},
            new Object[] {null, List.of("unsupported_children")},
            new Object[] {"临时救助", List.of("temp_assist_households", "temp_assist_persons")},
            new Object[] {null, List.of("elderly_allowance")},
            new Object[] {"重度残疾人护理补贴", List.of("disability_care_households", "disability_care_persons")},
            new Object[] {"备注", List.of()});
    /** A child's header under its parent, where it differs from the field's own header. */
    static final Map<String, String> CHILD = Map.of("service_area", "总面积", "office_area", "其中：办公用房",
            "outdoor_area", "室外活动场地", "dibao_households", "户数", "dibao_persons", "人数",
            "temp_assist_households", "户数", "temp_assist_persons", "人数",
            "disability_care_households", "户数", "disability_care_persons", "人数");

    /** The form's columns: the field key of each (null for 序号 and 备注). */
    static List<String> formKeys() {
        List<String> keys = new ArrayList<>();
        for (Object[] g : FORM) {
            @SuppressWarnings("unchecked") List<String> children = (List<String>) g[1];
            if (children.isEmpty()) {
                keys.add(null);
            } else {
                keys.addAll(children);
            }
        }
        return keys;
    }

    /** The county workbook: a sheet per township; {@code wrongSubtotal} adds 100 households to one 小计. */
    static void xlsx(Path file, List<Map<String, String>> rows, String wrongSubtotal) throws IOException {
        Map<String, List<Map<String, String>>> byTownship = new LinkedHashMap<>();
        for (Map<String, String> v : rows) {
            byTownship.computeIfAbsent(v.get("code").substring(0, 9), k -> new ArrayList<>()).add(v);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            List<String> codes = new ArrayList<>(byTownship.keySet());
            for (int t = 0; t < codes.size(); t++) {
                String code = codes.get(t);
                String name = DivisionRegistry.bundled().find(code).map(Division::name).orElseThrow();
                if (t == 1) {
                    Sheet lists = wb.createSheet("下拉选项");
                    String[] types = {"社区类型", "城市社区", "村改居社区", "农村社区", "行政村"};
                    for (int i = 0; i < types.length; i++) {
                        lists.createRow(i).createCell(0).setCellValue(types[i]);
                    }
                    wb.setSheetHidden(wb.getSheetIndex(lists), true);
                }
                List<List<String>> grid = townshipSheet(name, byTownship.get(code), code.equals(wrongSubtotal) ? 100 : 0);
                if (t == codes.size() - 1) {
                    grid.add(total("合计", rows, 0));
                }
                grid.add(signature());
                Sheet s = wb.createSheet(name);
                write(s, grid);
                s.addMergedRegion(new CellRangeAddress(0, 0, 0, formKeys().size() - 1));
                int c = 0;
                for (Object[] g : FORM) {
                    @SuppressWarnings("unchecked") List<String> children = (List<String>) g[1];
                    int span = Math.max(1, children.size());
                    if (g[0] != null && span > 1) {
                        s.addMergedRegion(new CellRangeAddress(1, 1, c, c + span - 1));
                    } else {
                        s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                    }
                    c += span;
                }
                s.createFreezePane(3, 3);
            }
            wb.write(out);
        }
    }

    /** A township's sheet as text cells: title, the two header rows, the units, a blank row, the 小计. */
    static List<List<String>> townshipSheet(String township, List<Map<String, String>> units, int subtotalError) {
        List<List<String>> grid = new ArrayList<>();
        List<String> keys = formKeys();
        grid.add(new ArrayList<>(List.of("扶风县2023年城乡社区基本情况统计表（" + township + "）")));
        List<String> parents = new ArrayList<>();
        List<String> children = new ArrayList<>();
        for (Object[] g : FORM) {
            @SuppressWarnings("unchecked") List<String> kids = (List<String>) g[1];
            if (kids.size() > 1 || (g[0] != null && kids.size() == 1)) {
                for (int i = 0; i < kids.size(); i++) {
                    parents.add(i == 0 ? (String) g[0] : "");
                    children.add(CHILD.getOrDefault(kids.get(i), KIND.field(kids.get(i)).orElseThrow().header()));
                }
            } else {
                parents.add(g[0] != null ? (String) g[0] : KIND.field(kids.get(0)).orElseThrow().header());
                children.add("");
            }
        }
        grid.add(parents);
        grid.add(children);
        int n = 1;
        for (Map<String, String> v : units) {
            List<String> row = new ArrayList<>();
            for (String k : keys) {
                row.add(k == null ? (row.isEmpty() ? Integer.toString(n) : "") : v.get(k));
            }
            n++;
            grid.add(row);
        }
        grid.add(new ArrayList<>());
        grid.add(total("小计", units, subtotalError));
        return grid;
    }

    /** A 小计/合计 row: each numeric column summed as the clerk's SUM does (text counts 0). */
    static List<String> total(String label, List<Map<String, String>> units, int householdsError) {
        List<String> row = new ArrayList<>();
        for (String k : formKeys()) {
            Field f = k == null ? null : KIND.field(k).orElseThrow();
            if (row.size() == 1) {
                row.add(label);
            } else if (f != null && (f.type() == org.shequ.core.schema.FieldType.INTEGER || f.type() == org.shequ.core.schema.FieldType.DECIMAL)) {
                double sum = 0;
                for (Map<String, String> v : units) {
                    String t = v.get(k);
                    sum += t != null && t.matches("-?\\d+(\\.\\d+)?") ? Double.parseDouble(t) : 0;
                }
                row.add(plain(Math.round((sum + (k.equals("households") ? householdsError : 0)) * 10) / 10.0));
            } else {
                row.add("");
            }
        }
        return row;
    }

    /** 填表人 and 审核人 as clerks type them, over several cells (审核人 lands in the 户数 column). */
    static List<String> signature() {
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(formKeys().size(), ""));
        row.set(1, "填表人：");
        row.set(2, "王芳");
        row.set(formKeys().indexOf("households"), "审核人：李建国");
        row.set(formKeys().indexOf("service_area"), "联系电话：0917-5212345");
        row.set(formKeys().indexOf("standardized") + 1, "填报日期：2024年1月8日");
        return row;
    }

    /** Cells as a spreadsheet holds them: numbers as numbers (but codes and percentages as text), the rest as text. */
    static void write(Sheet s, List<List<String>> grid) {
        List<String> keys = formKeys();
        for (int r = 0; r < grid.size(); r++) {
            Row row = s.createRow(r);
            List<String> cells = grid.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (text == null || text.isEmpty()) {
                    continue;
                }
                var cell = row.createCell(c);
                Field f = c < keys.size() && keys.get(c) != null ? KIND.field(keys.get(c)).orElseThrow() : null;
                boolean number = r > 2 && text.matches("-?\\d+(\\.\\d+)?")
                        && (f == null || f.type().numeric() && f.type() != org.shequ.core.schema.FieldType.PERCENT);
                if (number) {
                    cell.setCellValue(Double.parseDouble(text));
                } else {
                    cell.setCellValue(text);
                }
            }
        }
    }

    /** A sheet as WPS saves it as CSV (GBK, CRLF): every row as wide as the form, merged cells empty. */
    static void sheetCsv(Path file, List<List<String>> grid) throws IOException {
        int width = formKeys().size();
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), Charset.forName("GB18030"));
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            for (List<String> row : grid) {
                List<String> cells = new ArrayList<>(row);
                while (cells.size() < width) {
                    cells.add("");
                }
                p.printRecord(cells);
            }
        }
    }

    /** Tasks a department may put on communities (id, item, department), from samples/longshan/access. */
    static final String[][] ALLOWED = {
            {"A01", "城乡居民医疗保险参保登记", "区医保局"}, {"A02", "低保申请受理与入户调查", "区民政局"},
            {"A03", "高龄津贴申领初审", "区民政局"}, {"A05", "计划生育服务登记", "区卫健局"},
            {"A06", "流动人口信息登记", "区公安分局"}, {"A08", "就业失业登记", "区人社局"},
            {"A12", "禁毒宣传教育", "区公安分局"}, {"A13", "消防安全宣传", "区消防救援大队"},
            {"A15", "法治宣传教育", "区司法局"}, {"A19", "生活垃圾分类宣传", "区城管局"},
            {"A21", "老年人健康体检组织", "区卫健局"}, {"S03", "社区家庭医生签约", "区卫健局"},
            {"P02", "老年人优待证代办", "区民政局"}, {"D09", "社区居民委员会换届选举", "区民政局"}};

    /** The 龙山区 access sample: 49 units, a ledger of a few hundred tasks, approvals and certificates. */
    static void access(Path dir) throws IOException {
        List<Division> units = DivisionRegistry.bundled().villagesUnder("220402");
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("access"));
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(dir.resolve("data/communities.csv")), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(headers());
            for (Division d : units) {
                p.printRecord(unit(d, 2023).values());
            }
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(dir.resolve("data/社区工作事项台账.csv")), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("编号", "社区代码", "下达部门", "事项名称", "事项编号", "类型", "下达日期", "依据文号");
            int n = 0;
            for (Division d : units) {
                Random r = new Random(Long.parseLong(d.code()));
                for (int t = 0; t < 6; t++) {
                    String[] a = ALLOWED[r.nextInt(ALLOWED.length)];
                    String date = String.format("2023-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
                    p.printRecord(String.format("T%04d", ++n), d.code(), a[2], a[1], r.nextBoolean() ? a[0] : "", "工作任务", date, "");
                }
            }
            // the deliberate cases, each listed in samples/longshan/README.md
            String[][] cases = {
                    {"220402001001", "区卫健局", "创建无烟单位检查", "", "工作任务", "2023-05-10"},              // unlisted
                    {"220402001002", "区医保局", "城乡居民医保参保登记", "", "工作任务", "2023-03-02"},          // unlisted, did you mean
                    {"220402002001", "区税务局", "协税护税", "", "工作任务", "2023-04-18"},                      // negative
                    {"220402002002", "区文明办", "文明城市创建", "A20", "工作任务", "2023-02-15"},              // exited 2023-01-01
                    {"220402003001", "区文明办", "文明城市创建", "", "工作任务", "2023-01-01"},                 // exited: the day of exit
                    {"220402003002", "区文明办", "文明城市创建", "", "工作任务", "2022-12-31"},                 // allowed: the day before
                    {"220402004001", "区文明办", "全国文明城市创建入户问卷", "", "工作任务", "2023-07-01"},      // approval expired
                    {"220402005001", "区文明办", "全国文明城市创建入户问卷", "", "工作任务", "2023-06-30"},      // allowed: the last day
                    {"220402100200", "区统计局", "第五次全国经济普查入户登记", "", "工作任务", "2023-09-01"},    // outside the approval's scope
                    {"220402001001", "区统计局", "第五次全国经济普查入户登记", "", "工作任务", "2023-09-01"},    // allowed: in scope
                    {"220402006001", "区派出所", "亲属关系证明", "", "出具证明", "2023-06-06"},                 // certificate not retained
                    {"220402006002", "区民政局", "困难群众家庭情况证明", "", "出具证明", "2023-06-07"},         // allowed certificate
                    {"220402007001", "区档案局", "社区档案管理达标评比", "", "考核评比", "2023-10-12"},         // evaluation
                    {"220402007002", "区财政局", "低保申请受理与入户调查", "", "工作任务", "2023-08-08"},       // department
                    {"220402008001", "区医保局", "医保参保登记", "", "工作任务", "2023-03-03"},                 // allowed: alias
                    {"220402008002", "区人社局", "协助做好城乡居民养老保险参保工作", "", "工作任务", "2023-03-04"}, // allowed: normalised
                    {"220403001001", "区民政局", "高龄津贴申领初审", "", "工作任务", "2023-03-05"},             // not a unit here
                    {"220402008004", "区民政局", "高龄津贴申领初审", "", "工作任务", "2023-02-30"}};            // no such date
            for (String[] c : cases) {
                p.printRecord(String.format("T%04d", ++n), c[0], c[1], c[2], c[3], c[4], c[5], "");
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("access/证明事项与准入审批.xlsx"))) {
            Sheet c = wb.createSheet("证明事项保留清单");
            String[][] rows = {
                    {"类型", "证明事项保留"}, {"文号", "辽司发〔2021〕12号"}, {"生效日期", "2021-03-01"}, {},
                    {"事项编号", "事项名称", "责任部门", "类别", "法律依据"},
                    {"C01", "困难群众家庭情况证明", "区民政局", "社会服务", "《社会救助暂行办法》第十一条"},
                    {"C02", "居住情况证明", "区公安分局", "公共安全", "《居住证暂行条例》第九条"},
                    {"C03", "临时救助申请证明", "区民政局", "社会服务", "《社会救助暂行办法》第四十九条"},
                    {"C04", "养老保险待遇资格认证协助证明", "区人社局", "就业和社会保险", "《中华人民共和国社会保险法》"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = c.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            Sheet a = wb.createSheet("准入审批");
            String[][] approvals = {
                    {"事项名称", "申请部门", "批准日期", "有效期至", "适用范围", "批准文号"},
                    {"全国文明城市创建入户问卷", "区文明办", "2023-03-01", "2023-06-30", "全部", "龙准字〔2023〕3号"},
                    {"第五次全国经济普查入户登记", "区统计局", "2023-08-01", "2024-04-30", "220402001001、220402001002", "龙准字〔2023〕9号"},
                    {"秸秆禁烧巡查", "区生态环境分局", "2023-04-01", "2023-04-30", "220402200202、220402200203", "龙准字〔2023〕5号"}};
            for (int i = 0; i < approvals.length; i++) {
                Row row = a.createRow(i);
                for (int j = 0; j < approvals[i].length; j++) {
                    row.createCell(j).setCellValue(approvals[i][j]);
                }
            }
            wb.write(out);
        }
    }
}
