package org.shequ.core.output.aggregate;

import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.schema.Period;
import org.shequ.core.io.CellStyles;
import org.shequ.core.io.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.shequ.core.aggregate.Targets;
import org.shequ.core.schema.Period;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.io.Stamp;

/**
 * The target table written back as the work points' attachment is filled in: the table's own
 * columns, then 实际完成, 完成进度 (a percentage cell), 尚差 and the year the actual is of (a plan
 * for next year has this year's actual and no progress), how many of the township's units
 * did not report the value (then there is no actual, unless those that did already reach the target),
 * and a remark saying why a row has no progress or what its actual is, numbers as numeric cells.
 */
public final class TargetsXlsx {
    private TargetsXlsx() {
    }

    /** The table's columns, each headed by messages' targets.column.NAME. */
    private static final List<String> COLUMNS = List.of("township", "indicator", "target", "due", "note", "actual", "progress",
            "remaining", "actualOf", "unitsNotReporting", "remark");

    public static void write(List<Targets.Progress> progress, boolean zh, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = NewWorkbook.inMemory()) {
            Sheet s = wb.createSheet(Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format("targets.sheet", List.of()));
            CellStyles styles = CellStyles.of(wb);
            CellStyle head = styles.head();
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##")); // targets are whole or 0.5-ish
            CellStyle percent = styles.rate();
            Messages messages = Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            String[] headers = COLUMNS.stream().map(c -> messages.format("targets.column." + c, List.of())).toArray(String[]::new);
            Row h = s.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(head);
                s.setColumnWidth(i, 16 * 256);
            }
            int n = 1;
            for (Targets.Progress p : progress) {
                Row r = s.createRow(n++);
                r.createCell(0).setCellValue(CellText.safe(p.target().township()));
                r.createCell(1).setCellValue(CellText.safe(p.target().indicator()));
                number(r, 2, p.target().target(), number);
                r.createCell(3).setCellValue(p.target().due() == null ? "" : p.target().due().toString());
                r.createCell(4).setCellValue(CellText.safe(p.target().note() == null ? "" : p.target().note()));
                number(r, 5, p.actual(), number);
                number(r, 6, p.progress(), percent);
                number(r, 7, p.remaining(), number);
                if (p.actualPeriod() != null) {
                    // a plan for next year is set beside this year's actual: the year says which
                    if (p.actualPeriod().isYear()) {
                        r.createCell(8).setCellValue(p.actualPeriod().year());
                    } else {
                        r.createCell(8).setCellValue(p.actualPeriod().toString());
                    }
                }
                if (p.unreported() > 0) {
                    r.createCell(9).setCellValue(p.unreported());
                }
                String remark = remark(p, messages, zh);
                if (remark != null) {
                    r.createCell(10).setCellValue(CellText.safe(remark));
                }
            }
            s.createFreezePane(0, 1);
            Stamp.write(wb, out);
        }
    }

    /**
     * Why a row has no progress, or what its actual is: a township or indicator the aggregates do not have, units
     * that did not report (no actual, unless those that did already reach the target), next year's plan beside this
     * year's actual, no data of the target's period; null for a target measured against its own period.
     */
    private static String remark(Targets.Progress p, Messages messages, boolean zh) {
        Targets.Target t = p.target();
        if (p.township() == null) {
            return messages.format("targets.remark.township", List.of(t.township()));
        }
        if (p.metric() == null) {
            return messages.format("targets.remark.indicator", List.of(t.indicator()));
        }
        if (p.partial()) {
            return messages.format("targets.remark.partial", List.of(p.unreported()));
        }
        if (p.unreported() > 0) {
            return messages.format("targets.remark.unreported", List.of(p.unreported()));
        }
        if (p.actual() != null && !p.current()) {
            return messages.format("targets.remark.plan", List.of(name(p.actualPeriod(), zh), name(t.period(), zh)));
        }
        if (p.actual() == null) {
            return messages.format("targets.remark.noData", List.of(name(t.period(), zh)));
        }
        return null;
    }

    /** A period as a remark names it: 2023年, 2023年第四季度; 2023, 2023Q4. */
    private static String name(Period period, boolean zh) {
        return period == null ? "" : zh ? period.zh() : period.toString();
    }

    private static void number(Row r, int col, Double v, CellStyle style) {
        if (v != null) {
            Cell c = r.createCell(col);
            c.setCellValue(v);
            c.setCellStyle(style);
        }
    }
}
