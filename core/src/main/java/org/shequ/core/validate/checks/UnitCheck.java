package org.shequ.core.validate.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Units;
import org.shequ.core.validate.Binding;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import java.util.List;
import org.shequ.core.schema.FieldType;
import org.shequ.core.Numbers;
import org.shequ.core.Words;

/**
 * DATA-UNIT: what was done with the units a file writes. A column whose header names another unit
 * of its field's family (工作经费（元） for a field in 万元) is read converted: one note per column
 * says by what factor. A header naming a unit of another kind (户 under an area) is an error, and
 * the column is not read into the field (its values are kept). Cells that carry their own unit
 * (650㎡, 3.2万元) are converted too: one note per column of each table says how many.
 */
public final class UnitCheck implements Check {
    public static final String ID = "DATA-UNIT";
    private final Map<Field, int[]> cellUnits = new LinkedHashMap<>();
    private final Map<Field, String> example = new LinkedHashMap<>();
    private Location table;
    /** The numeric fields with a unit: those whose cells may carry another one. */
    private List<Field> measured = List.of();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void header(Binding binding, CheckContext ctx) {
        if (binding.header().equals(table)) {
            return; // the same table again (a YAML file's header grows)
        }
        flush(ctx);
        table = binding.header();
        measured = binding.kind().fields().stream()
                .filter(f -> (f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL)
                        && f.unit() != null && !f.unit().isEmpty() && binding.has(f)).toList();
        for (Column c : binding.columns()) {
            if (c.status() == Column.Status.WRONG_UNIT) {
                ctx.report(Finding.of(ID, Severity.ERROR).at(binding.header().withField(c.field().key()))
                        .message("DATA-UNIT.wrong", c.header(), c.letter(), c.unit(), c.field(), written(c.field().unit())).build());
            } else if (c.conversion() != null && c.status() == Column.Status.FIELD) {
                ctx.report(Finding.of(ID, Severity.INFO).at(binding.header().withField(c.field().key()))
                        .message("DATA-UNIT.converted", c.header(), c.letter(), c.unit(), written(c.field().unit()), c.conversion().written())
                        .build());
            }
        }
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        for (Field f : measured) {
            if (!(r.value(f) instanceof Number)) {
                continue;
            }
            String raw = r.raw(f);
            // the hot path: a number as written, or with the field's own unit (120户), is no conversion
            if (raw == null || raw.isEmpty() || Character.isDigit(raw.charAt(raw.length() - 1)) || raw.endsWith(f.unit())
                    || plainNumber(raw)) {
                continue;
            }
            Units.Unit written = Units.bundled().suffix(raw.strip());
            Units.Conversion c = written == null ? null : Units.bundled().conversion(written.name(), f.unit());
            if (c != null && !c.identity()) {
                cellUnits.computeIfAbsent(f, k -> new int[1])[0]++;
                example.putIfAbsent(f, raw.strip() + " → " + Numbers.plain(((Number) r.value(f)).doubleValue()));
            }
        }
    }

    /** Digits with a sign, point, commas or spaces only: a number without a unit (the hot path: no allocation). */
    private static boolean plainNumber(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',' && ch != '-' && ch != '+' && ch != ' ') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void endFile(CheckContext ctx) {
        flush(ctx);
        table = null;
    }

    /** A unit as a message writes it: m² is 平方米. */
    private static String written(String unit) {
        return "m²".equals(unit) ? Words.get("unit.square_metres") : unit;
    }

    private void flush(CheckContext ctx) {
        cellUnits.forEach((f, n) -> ctx.report(Finding.of(ID, Severity.INFO).at(table.withField(f.key()))
                .message("DATA-UNIT.cells", f, n[0], written(f.unit()), example.get(f)).build()));
        cellUnits.clear();
        example.clear();
    }
}
