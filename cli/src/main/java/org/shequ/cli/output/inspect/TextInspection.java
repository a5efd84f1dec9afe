package org.shequ.cli.output.inspect;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.shequ.core.Messages;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Lines;
import org.shequ.core.validate.RowKind;
import org.shequ.core.validate.TableLayout;

/** A readable account per file: each table's header, columns and skipped rows, then the notes. */
final class TextInspection implements InspectWriter {

    @Override
    public void write(List<Inspector.FileLayout> files, Messages m, Writer out) throws IOException {
        boolean zh = m.chinese();
        for (Inspector.FileLayout f : files) {
            out.write(f.file() + "\n");
            for (TableLayout t : f.tables()) {
                table(t, zh, out);
            }
            for (Finding n : f.notes()) {
                String where = n.location().sheet() == null ? "" : n.location().sheet() + (n.location().line() > 0 ? "!" + n.location().line() : "") + " ";
                if (n.location().sheet() == null && n.location().line() > 0) {
                    where = n.location().line() + " ";
                }
                out.write("  " + where + n.severity().label(zh) + "  " + n.rule() + "  " + m.format(n.messageKey(), n.args()) + "\n");
            }
            out.write("\n");
        }
        out.flush();
    }

    private static void table(TableLayout t, boolean zh, Writer out) throws IOException {
        String sheet = t.sheet() == null ? "" : (zh ? "工作表“" + t.sheet() + "”" : "sheet \"" + t.sheet() + "\"");
        if (t.binding() == null) {
            out.write("  " + sheet + (zh ? "：没有可识别的表头，未读取任何记录\n" : (sheet.isEmpty() ? "" : ": ") + "no recognisable header, no records read\n"));
            return;
        }
        List<Integer> lines = t.binding().lines();
        String band = lines.size() == 1 ? Integer.toString(lines.get(0)) : lines.get(0) + "–" + lines.get(lines.size() - 1);
        out.write("  " + sheet + (sheet.isEmpty() ? "" : zh ? "：" : ": ")
                + (zh ? t.binding().kind().label() + "，" + t.records() + " 条记录；表头在第 " + band + " 行"
                : t.binding().kind().name() + ", " + t.records() + " records; header on line " + band) + period(t, zh) + "\n");
        for (Column c : t.binding().columns()) {
            out.write("    " + c.letter() + "  " + (c.header().isEmpty() ? (zh ? "（无表头）" : "(no header)") : c.header())
                    + "  →  " + target(c, zh) + "\n");
        }
        for (Map.Entry<RowKind, List<Integer>> e : t.skipped().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.write("    " + (zh ? "跳过" : "skipped") + " " + kind(e.getKey(), zh) + " " + e.getValue().size()
                    + (zh ? " 行：第 " : e.getValue().size() == 1 ? " row: line " : " rows: lines ") + Lines.compact(e.getValue()) + (zh ? " 行" : "") + "\n");
        }
    }

    private static String period(TableLayout t, boolean zh) {
        if (t.period() == null) {
            return t.periodFrom() == TableLayout.PeriodSource.COLUMN ? (zh ? "；年度取自各行的年度列" : "; period from each row's column") : "";
        }
        String from = switch (t.periodFrom()) {
            case TITLE -> zh ? "（取自标题“" + t.title() + "”）" : " (from the title \"" + t.title() + "\")";
            case WORKSPACE -> zh ? "（工作区或 --period 设定）" : " (set by the workspace or --period)";
            default -> "";
        };
        return (zh ? "；没有年度的行按 " : "; rows without a period: ") + t.period() + from;
    }

    private static String target(Column c, boolean zh) {
        return switch (c.status()) {
            case FIELD -> c.field().key() + (zh ? "（" + c.field().label() + "）" : " (" + c.field().en() + ")")
                    + (c.via() != null && !c.header().endsWith(c.via()) ? (zh ? " 按“" + c.via() + "”" : " as \"" + c.via() + "\"") : "")
                    + unit(c, zh);
            case WRONG_UNIT -> zh ? c.field().key() + "？单位“" + c.unit() + "”不是" + c.field().label() + "的单位（" + c.field().unit() + "），未读取"
                    : c.field().key() + "? \"" + c.unit() + "\" is no unit of " + c.field().en() + " (" + c.field().unit() + "): not read";
            case LAYOUT -> zh ? "序号等，不是数据" : "row numbers, not data";
            case UNKNOWN -> zh ? "未知列：值保留，不校验" : "unknown: kept, not checked";
            case DUPLICATE -> zh ? "与前面的列重复对应 " + c.field().key() + "，未读取" : "a second column for " + c.field().key() + ": not read";
            case EMPTY -> zh ? "无表头" : "no header";
        };
    }

    /** The unit a column is read in: the field's own ([户]), or the header's converted to it ([元 → 万元 ÷10000]). */
    private static String unit(Column c, boolean zh) {
        if (c.conversion() != null) {
            return "  [" + c.unit() + " → " + c.field().unit() + " " + c.conversion().written() + "]";
        }
        String unit = c.field().unit();
        return unit == null || unit.isEmpty() ? "" : "  [" + unit + "]";
    }

    static String kind(RowKind k, boolean zh) {
        if (!zh) {
            return k.key();
        }
        return switch (k) {
            case UNIT -> "单位";
            case TOTAL -> "小计、合计";
            case BREAKDOWN -> "“其中”分项";
            case NOTE -> "注释、说明";
            case SIGNATURE -> "落款（填表人、审核人等）";
            case TITLE -> "重复的标题";
            case HEADER -> "重复的表头";
            case COLUMN_NUMBERS -> "栏次";
            case SECTION -> "分组标题";
            case NO_DATA -> "无数据行";
            case BLANK -> "空行";
        };
    }
}
