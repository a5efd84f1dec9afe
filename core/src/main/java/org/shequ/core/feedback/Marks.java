package org.shequ.core.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.shequ.core.Messages;
import org.shequ.core.Words;
import org.shequ.core.io.Visible;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;

/**
 * How a cell is marked for its findings: filled red for an error, yellow for a warning (an info
 * finding only comments), and a comment with each message and rule. A cell's own style is kept
 * and only its fill changes (one derived style per original style and colour, so a workbook's
 * styles do not multiply); comments stop at the workbook's {@link Budget}, beyond which the fill
 * and the findings list carry the message.
 */
final class Marks {
    private final Workbook wb;
    private final Messages messages;
    private final CreationHelper helper;
    private final Map<Long, CellStyle> derived = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();
    private final int limit;
    private int comments;

    Marks(Workbook wb, Messages messages, Budget budget) {
        this.limit = budget.comments();
        this.wb = wb;
        this.messages = messages;
        this.helper = wb.getCreationHelper();
    }

    /** The text of a finding as the clerk reads it: the message and the rule. */
    String text(Finding f) {
        return Words.format("feedback.finding", Visible.text(messages.format(f.messageKey(), f.args())), f.rule());
    }

    void mark(Cell cell, List<Finding> findings) {
        Severity worst = Severity.INFO;
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity().atLeast(worst)) {
                worst = f.severity();
            }
            lines.add(text(f));
        }
        if (worst != Severity.INFO) {
            cell.setCellStyle(fill(cell.getCellStyle(), worst));
        }
        if (comments < limit) {
            comment(cell, String.join("\n", lines));
        }
    }

    private CellStyle fill(CellStyle original, Severity severity) {
        short colour = severity == Severity.ERROR ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex();
        long key = ((long) original.getIndex() << 8) | colour;
        return derived.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(original);
            s.setFillForegroundColor(colour);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    private void comment(Cell cell, String text) {
        Comment existing = cell.getCellComment();
        if (existing != null) {
            // the clerk's own comment stays; the findings follow it
            existing.setString(helper.createRichTextString(existing.getString().getString() + "\n——\n" + text));
            comments++;
            return;
        }
        Sheet sheet = cell.getSheet();
        Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex()); // the cell the comment is created at is the anchor's first
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment c = drawing.createCellComment(anchor);
        c.setString(helper.createRichTextString(text));
        c.setAuthor("shequ");
        cell.setCellComment(c);
        comments++;
    }
}
