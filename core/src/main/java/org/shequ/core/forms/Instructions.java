package org.shequ.core.forms;

import org.shequ.core.Words;
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
        lines.add(Words.format("forms.instructions.title", period.zh(), kind.label()));
        lines.add("");
        lines.add(Words.get("forms.instructions.1"));
        lines.add(Words.get("forms.instructions.2"));
        lines.add(lastPeriod == null ? Words.get("forms.instructions.3.none")
                : Words.format("forms.instructions.3", FormWorkbook.REFERENCE, lastPeriod.zh()));
        lines.add(Words.get("forms.instructions.4"));
        lines.add(Words.get("forms.instructions.5"));
        lines.add("");
        lines.add(Words.get("forms.instructions.fields"));
        for (Field f : kind.fields()) {
            String type = switch (f.type()) {
                case INTEGER -> Words.get("forms.instructions.type.integer");
                case DECIMAL -> Words.get("forms.instructions.type.decimal");
                case PERCENT -> Words.get("forms.instructions.type.percent");
                case BOOLEAN -> Words.get("forms.instructions.type.boolean");
                case ENUM -> Words.format("forms.instructions.type.enum",
                        String.join(Words.get("forms.listSeparator"), f.values().stream().map(EnumValue::label).toList()));
                case CODE -> Words.get("forms.instructions.type.code");
                case YEAR -> Words.get("forms.instructions.type.year");
                case PERIOD -> Words.get("forms.instructions.type.period");
                case DATE -> Words.get("forms.instructions.type.date");
                default -> Words.get("forms.instructions.type.text");
            };
            StringBuilder s = new StringBuilder(Words.format("forms.instructions.field", f.header(), type));
            String range = TemplateWorkbook.range(f);
            if (!range.isEmpty()) {
                s.append(Words.format("forms.instructions.field.range", range));
            }
            if (f.required()) {
                s.append(Words.get("forms.instructions.field.required"));
            }
            lines.add(s.toString());
        }
        List<String> relations = new ArrayList<>();
        kind.consistency().forEach(r -> relations.add(Words.format("forms.instructions.notGreater", r.small().label(), r.large().label())));
        kind.outliers().forEach(r -> relations.add(Words.format("forms.instructions.notMore", r.small().label(), r.large().label())));
        if (!relations.isEmpty()) {
            lines.add("");
            lines.add(Words.format("forms.instructions.relations", String.join(Words.get("forms.instructions.relations.separator"), relations)));
        }
        List<RuleDef> checked = rules.rules().stream()
                .filter(r -> r.enabled() && !r.level() && kind.name().equals(r.on())).toList();
        if (!checked.isEmpty()) {
            lines.add("");
            lines.add(Words.get("forms.instructions.standards"));
            for (RuleDef r : checked) {
                lines.add(Words.format("forms.instructions.standard", r.title().in(Locale.CHINESE), threshold(r, kind, quantities),
                        r.citation(Locale.CHINESE), r.id()));
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
        return Words.format("forms.instructions.threshold", label.isEmpty() ? "" : label + " ", expected);
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
