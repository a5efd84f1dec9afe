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
}
