package org.shequ.core.forms;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.core.io.CellText;
import org.shequ.core.rules.RuleDef;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.schema.EnumValue;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.TemplateWorkbook;
import java.util.Map;

/**
 * The 填报说明 of a form, from the dictionary and the rule packs in force: how to fill it, each
 * field with its unit, type, range and whether it is required, and each standard the sheet is
 * checked against, with the clause of the document that sets it (the threshold in its words).
 */
final class Instructions {
    private Instructions() {
    }

    static List<String> of(Kind kind, RuleSet rules, Map<String, String> quantities, Period period, Period lastPeriod) {
        List<String> lines = new ArrayList<>();
        lines.add(period.zh() + kind.label() + "填报说明");
        lines.add("");
        lines.add("一、每个工作表是一个镇（街），每行一个村（社区）。灰色的统一代码、名称、所属镇（街）和年度已按区划代码库填好，不能修改；"
                + "单位有增减或代码有误的，请在表外说明，不要增删行。");
        lines.add("二、其余各项按下列说明填写，单元格会检查填入的是否为数字、是否在范围内；是/否和类型从下拉列表中选。没有的填 0，不知道的留空，不要填“无”“—”。");
        lines.add(lastPeriod == null ? "三、本表没有上期数据可供参考。"
                : "三、“" + FormWorkbook.REFERENCE + "”工作表是" + lastPeriod.zh() + "报送的数据（照报送时的写法，包括当时有误的），仅供对照，"
                + "不要在其中填写，也不必删除；从中复制时请用“选择性粘贴—数值”，以免带走格式和检查。");
        lines.add("四、社区类型按上期填好，可以改；上期的类型与统一代码的村级编号矛盾（001–199 是居委会，200–399 是村委会）的没有填，请从下拉列表中选。");
        lines.add("五、金额以万元为单位（1 万元 = 10000 元），不要按元填写。");
        lines.add("");
        lines.add("各项说明");
        for (Field f : kind.fields()) {
            StringBuilder s = new StringBuilder(f.header()).append("：");
            s.append(switch (f.type()) {
                case INTEGER -> "整数";
                case DECIMAL -> "数字，可有小数";
                case PERCENT -> "百分数";
                case BOOLEAN -> "是或否";
                case ENUM -> "从" + String.join("、", f.values().stream().map(EnumValue::label).toList()) + "中选";
                case CODE -> "12 位统一代码";
                case YEAR -> "年份";
                case PERIOD -> "年度或期间，如 2023、2023H1（上半年）、2023Q1（第一季度）、2023-03（3月）";
                case DATE -> "日期";
                default -> "文字";
            });
            String range = TemplateWorkbook.range(f);
            if (!range.isEmpty()) {
                s.append("，").append(range);
            }
            if (f.required()) {
                s.append("，必填");
            }
            lines.add(s.toString());
        }
        List<String> relations = new ArrayList<>();
        kind.consistency().forEach(r -> relations.add(r.small().label() + "不大于" + r.large().label()));
        kind.outliers().forEach(r -> relations.add(r.small().label() + "不多于" + r.large().label()));
        if (!relations.isEmpty()) {
            lines.add("");
            lines.add("各项之间的检查：" + String.join("；", relations) + "。百分数不要写成小数（95% 不写 0.95）。");
        }
        List<RuleDef> checked = rules.rules().stream()
                .filter(r -> r.enabled() && !r.level() && kind.name().equals(r.on())).toList();
        if (!checked.isEmpty()) {
            lines.add("");
            lines.add("审核依据的标准（达不到的会被列为问题）");
            for (RuleDef r : checked) {
                lines.add(r.title().in(Locale.CHINESE) + threshold(r, kind, quantities) + r.citation(Locale.CHINESE) + "（" + r.id() + "）");
            }
        }
        return lines;
    }

    /**
     * The threshold a rule checks, with the parameters in force (a county's pack may relax the
     * document's figure, so the figure is the pack's, not the clause's): "：室外活动场地面积 ≥ 800".
     */
    private static String threshold(RuleDef r, Kind kind, Map<String, String> quantities) {
        String expected = r.doc() == null ? null : r.doc().expected;
        if (expected == null || expected.isBlank()) {
            return "";
        }
        for (var p : r.params().entrySet()) {
            Object v = p.getValue();
            String text = v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : String.valueOf(v);
            expected = expected.replace("${" + p.getKey() + "}", text);
        }
        if (expected.contains("${")) {
            return ""; // a limit that depends on the unit (by role, by type): the title says it
        }
        expected = expected.replace(">=", "≥").replace("<=", "≤");
        String value = r.doc().value;
        String label = value == null ? "" : kind.field(value.strip()).map(Field::header).orElse(quantities.getOrDefault(value.strip(), ""));
        return "：" + (label.isEmpty() ? "" : label + " ") + expected;
    }

    static void sheet(XSSFWorkbook wb, XSSFCellStyle head, String name, List<String> lines) {
        XSSFSheet sheet = wb.createSheet(name);
        sheet.setColumnWidth(0, 120 * 256);
        XSSFCellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(CellText.safe(lines.get(i)));
            row.getCell(0).setCellStyle(i == 0 ? head : wrap);
        }
    }
}
