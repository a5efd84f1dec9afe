package org.shequ.core.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Binding;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.TableLayout;

/**
 * Where each finding of a file stands in it: the sheet's column of the finding's field, from the
 * header as it was bound when the file was read; a finding without a field (a duplicate, an
 * unregistered code, a total row that does not add up on no single field) marks its row's first
 * cell.
 */
final class Places {
    private final Map<String, Binding> bindings = new HashMap<>();

    Places(List<TableLayout> tables) {
        for (TableLayout t : tables) {
            if (t.binding() != null) {
                bindings.put(String.valueOf(t.sheet()), t.binding());
            }
        }
    }

    /** The 0-based column of a finding, or 0 (the row's first cell). */
    int column(Finding f) {
        Binding b = bindings.get(String.valueOf(f.location().sheet()));
        if (b == null || f.location().field() == null) {
            return 0;
        }
        for (Column c : b.columns()) {
            Field field = c.field();
            if (field != null && field.key().equals(f.location().field()) && c.status() == Column.Status.FIELD) {
                return c.index();
            }
        }
        return 0;
    }

    /** The header a finding's column is known by, for the findings list. */
    String header(Finding f) {
        Binding b = bindings.get(String.valueOf(f.location().sheet()));
        if (b == null || f.location().field() == null) {
            return "";
        }
        int col = column(f);
        List<Column> cols = b.columns();
        return col < cols.size() ? cols.get(col).header() : f.location().field();
    }

    /** The 0-based column of the unit code, or -1. */
    int codeColumn(String sheet) {
        Binding b = bindings.get(String.valueOf(sheet));
        if (b == null) {
            return -1;
        }
        Field unit = b.kind().unitFieldOrNull();
        for (Column c : b.columns()) {
            if (c.status() == Column.Status.FIELD && c.field() == unit) {
                return c.index();
            }
        }
        return -1;
    }

    /** How many columns a sheet's header has. */
    int width(String sheet) {
        Binding b = bindings.get(String.valueOf(sheet));
        return b == null ? 0 : b.width();
    }

    /** The line of a sheet's last header row (rows up to it are the header, copied into every part of a split). */
    int headerEnd(String sheet) {
        Binding b = bindings.get(String.valueOf(sheet));
        return b == null ? 0 : b.lines().get(b.lines().size() - 1);
    }
}
