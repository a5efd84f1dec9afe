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
 *       the Fufeng county sample workspace (122 units, documented defects)
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
        towns.add(dup);
        towns.add(towns.size() / 2, ghost);
        Files.createDirectories(dir.resolve("data"));
        csv(dir.resolve("data/城关街道.csv"), Charset.forName("GB18030"), chengguan);
        xlsx(dir.resolve("data/各镇社区基本情况.xlsx"), towns);
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
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build())) {
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

    /** A workbook as offices make them: a title row merged across the top, then the header. */
    static void xlsx(Path file, List<Map<String, String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("社区基本情况");
            List<String> h = headers();
            s.createRow(0).createCell(0).setCellValue("扶风县2023年各镇社区基本情况统计表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, h.size() - 1));
            Row head = s.createRow(1);
            for (int i = 0; i < h.size(); i++) {
                head.createCell(i).setCellValue(h.get(i));
            }
            int n = 2;
            for (Map<String, String> v : rows) {
                Row row = s.createRow(n++);
                int c = 0;
                for (Field f : KIND.fields()) {
                    String text = v.get(f.key());
                    var cell = row.createCell(c++);
                    if (f.type().numeric() && f.type() != org.shequ.core.schema.FieldType.PERCENT && text.matches("-?\\d+(\\.\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        cell.setCellValue(text);
                    }
                }
            }
            s.createFreezePane(0, 2);
            wb.write(out);
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
