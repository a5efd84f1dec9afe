package org.shequ.core.forms;

import org.shequ.core.workspace.DataPass;
import org.shequ.core.schema.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.Problem;
import org.shequ.core.Words;
import org.shequ.core.division.Division;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.schema.EnumValue;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;
import org.shequ.core.division.UnitNumber;
import org.shequ.core.rules.Indicators;

/**
 * {@code shequ forms}: the fill-in forms for the period to be collected, one workbook per township
 * (or per county, a sheet per township), from the registry's units of the jurisdiction and the last
 * period's data ({@link FormWorkbook}). Without a jurisdiction, or with a filter ({@code --where}, over
 * the last period's rows), the units are those of the last period's data. The period is the one
 * asked for, else the one after the latest in the data.
 */
public final class Forms {
    /** What was written: the workbooks, how many units they list, the period collected and the period shown beside. */
    public record Written(List<Path> files, long units, Period period, Period lastPeriod) {
    }

    private Forms() {
    }

    public static Written write(Plan plan, Period asked, boolean byCounty, Path dir) {
        Kind kind = plan.dictionary().kind("communities").orElseThrow();
        Latest latest = new Latest(kind);
        DataPass.of(plan).validate(List.of(latest), Validator.Progress.NONE);
        Period period;
        if (asked != null) {
            period = asked;
        } else if (latest.period != null && latest.period.next() != null) {
            period = latest.period.next(); // the one after the latest of the data, of the same length (2023 → 2024, 2023Q4 → 2024Q1)
        } else if (plan.settings().period() != null) {
            period = plan.settings().period();
        } else {
            throw new Problem("forms.period");
        }
        Period lastPeriod = latest.period != null && latest.period.compareTo(period) < 0 ? latest.period : null;
        Map<String, Map<String, Object>> last = lastPeriod == null ? Map.of() : latest.values;
        // with a filter (--where), the units whose last period's row it selects
        Map<String, List<FormWorkbook.Township>> byFile = files(plan.where() == null ? plan.settings().jurisdiction() : null, last, kind,
                byCounty);
        if (byFile.isEmpty()) {
            throw new Problem("forms.noUnits");
        }
        // the derived quantities a rule may check (每百户综合服务设施面积（m²）), named as a header is
        Map<String, String> quantities = new HashMap<>();
        Indicators.builtIn(plan.workspace() == null ? List.of() : plan.workspace().indicators(), "").all()
                .forEach(i -> quantities.put(i.key(),
                        i.unit() == null || i.unit().isEmpty() ? i.zh() : Words.format("forms.quantity", i.zh(), i.unit())));
        List<String> instructions = Instructions.of(kind, plan.rules(), quantities, period, lastPeriod);
        FormWorkbook form = new FormWorkbook(kind, period);
        List<Path> written = new ArrayList<>();
        long units = 0;
        for (var e : byFile.entrySet()) {
            Path out = dir.resolve(e.getKey() + "-" + period.zh() + kind.label() + ".xlsx");
            AtomicFile.write(out, s -> form.write(e.getValue(), last, lastPeriod, instructions, s));
            written.add(out);
            units += e.getValue().stream().mapToLong(t -> t.units().size()).sum();
        }
        return new Written(List.copyOf(written), units, period, lastPeriod);
    }

    /** The workbooks to write, by file name: a township's units (or a county's townships), in code order. */
    private static Map<String, List<FormWorkbook.Township>> files(String jurisdiction, Map<String, Map<String, Object>> last, Kind kind,
                                                                  boolean byCounty) {
        DivisionRegistry registry = DivisionRegistry.bundled();
        Map<String, String> names = new TreeMap<>();
        if (jurisdiction != null) {
            for (Division d : registry.villagesUnder(jurisdiction)) {
                names.put(d.code(), d.name());
            }
        } else {
            last.forEach((code, values) -> {
                if (registry.contains(code)) {
                    names.put(code, registry.nameOf(code));
                }
            });
        }
        Field type = kind.field("type").orElse(null);
        Map<String, List<String[]>> byTownship = new TreeMap<>();
        names.forEach((code, name) -> {
            Object declared = last.getOrDefault(code, Map.of()).get("type");
            byTownship.computeIfAbsent(code.substring(0, 9), k -> new ArrayList<>())
                    .add(new String[] {code, name, type == null || !agrees(type, declared, code) ? null : declared.toString()});
        });
        Map<String, List<FormWorkbook.Township>> out = new LinkedHashMap<>();
        byTownship.forEach((code, units) -> {
            String township = name(registry, code);
            String file = byCounty ? name(registry, code.substring(0, 6)) : township;
            out.computeIfAbsent(file, k -> new ArrayList<>()).add(new FormWorkbook.Township(code, township, units));
        });
        return out;
    }

    /**
     * Whether last period's type may be filled in again: only when the code's village number agrees
     * with it (001–199 a residents' committee, 200–399 a village's), so a type DATA-TYPE-MISMATCH found
     * wrong is not handed back as the answer.
     */
    private static boolean agrees(Field type, Object declared, String code) {
        if (declared == null) {
            return false;
        }
        String key = type.enumKey(declared.toString());
        boolean urban = "urban".equals(key) || "converted".equals(key);
        boolean rural = "rural".equals(key) || "village".equals(key);
        return urban && UnitNumber.community(code) || rural && UnitNumber.village(code);
    }

    private static String name(DivisionRegistry registry, String code) {
        String n = registry.nameOf(code);
        return n == null ? code : n;
    }

    /** The values of the latest period's community rows, by unit code (the first row of a unit counts). */
    private static final class Latest implements RecordListener {
        private final Kind kind;
        Period period;
        Map<String, Map<String, Object>> values = new HashMap<>();

        Latest(Kind kind) {
            this.kind = kind;
        }

        @Override
        public void accept(Record r) {
            if (!r.kind().name().equals(kind.name()) || r.period() == null || r.unit() == null) {
                return;
            }
            if (period == null || r.period().compareTo(period) > 0) {
                period = r.period();
                values = new HashMap<>();
            } else if (r.period().compareTo(period) < 0) {
                return;
            }
            if (values.containsKey(r.unit())) {
                return;
            }
            Map<String, Object> row = new HashMap<>();
            for (Field f : r.kind().fields()) {
                // a number out of range, or a value that could not be read, as it was sent ("1,2O5", -35)
                Object typed = f.type().numeric() && r.valid(f) != null && r.sound(f) == null ? null : r.valid(f);
                Object v = typed == null && r.raw(f) != null && !r.raw(f).isBlank() ? r.raw(f).strip() : shown(f, typed);
                if (v != null) {
                    row.put(f.key(), v);
                }
            }
            values.put(r.unit(), row);
        }

        /** A value as the form shows it: numbers as numbers, yes/no and enumerations by their Chinese words. */
        private static Object shown(Field f, Object v) {
            if (v instanceof Boolean b) {
                return Words.get(b ? "forms.yes" : "forms.no");
            }
            if (v instanceof String s && !f.values().isEmpty()) {
                return f.values().stream().filter(e -> e.key().equals(s)).map(EnumValue::label).findFirst().orElse(s);
            }
            if (v instanceof List<?> list) {
                return String.join(Words.get("forms.listSeparator"), list.stream().map(String::valueOf).toList());
            }
            return v instanceof Number || v == null ? v : v.toString();
        }
    }
}
