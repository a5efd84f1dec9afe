package org.shequ.core.rules;

import org.shequ.core.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.text.StringSubstitutor;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.Words;

/**
 * {@code kind: staff-exit}: a community worker who failed the yearly evaluation
 * {@code consecutive} years running or {@code total} years in all is flagged for exit (Puyang
 * 2019). Evaluations and the staff register may be in different files; the finding points at the
 * latest failed evaluation and names the worker's community when the register has it.
 */
final class StaffExitRule implements Check {
    private final RuleDef def;
    private final Kind evaluations;
    private final Kind staff;
    private final int consecutive;
    private final int total;
    private final Map<String, TreeMap<Long, Location>> failed = new TreeMap<>();
    private final Map<String, String[]> register = new HashMap<>();

    private StaffExitRule(RuleDef def, Kind evaluations, Kind staff, int consecutive, int total) {
        this.def = def;
        this.evaluations = evaluations;
        this.staff = staff;
        this.consecutive = consecutive;
        this.total = total;
    }

    static Supplier<Check> compile(RuleDef def, Dictionary dictionary) {
        Kind evaluations = Rules.kind(def, dictionary);
        Kind staff = dictionary.kind("staff").orElseThrow();
        for (String k : List.of("staff_id", "year", "result")) {
            evaluations.field(k).orElseThrow(() -> def.origin().problem("rule.unknownName", k, evaluations.name()));
        }
        int consecutive = Rules.intParam(def, "consecutive");
        int total = Rules.intParam(def, "total");
        return () -> new StaffExitRule(def, evaluations, staff, consecutive, total);
    }

    @Override
    public String id() {
        return def.id();
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        if (r.kind().name().equals(staff.name())) {
            String id = text(r, staff, "id");
            if (id != null) {
                register.put(id, new String[] {text(r, staff, "community"), text(r, staff, "name")});
            }
        } else if (r.kind().name().equals(evaluations.name()) && "fail".equals(text(r, evaluations, "result"))) {
            String id = text(r, evaluations, "staff_id");
            Field year = evaluations.field("year").orElseThrow();
            if (id != null && r.number(year) != null) {
                failed.computeIfAbsent(id, k -> new TreeMap<>()).put(r.number(year).longValue(), r.locationOf(year));
            }
        }
    }

    @Override
    public void endRun(CheckContext ctx) {
        failed.forEach((id, years) -> {
            int run = longestRun(new ArrayList<>(years.keySet()));
            if (run < consecutive && years.size() < total) {
                return;
            }
            String[] who = register.getOrDefault(id, new String[] {null, null});
            String separator = Words.get("rule.value.separator");
            String list = String.join(separator, years.keySet().stream().map(String::valueOf).toList());
            String name = who[1] == null ? id : Words.format("rule.staffExit.name", who[1], id);
            Text template = Text.of(def.doc().message);
            Text message = new Text(
                    new StringSubstitutor(Map.of("name", name, "years", list)).replace(template.zh())
                            + def.citation(Locale.CHINESE),
                    new StringSubstitutor(Map.of("name", name, "years", list.replace(separator, ", "))).replace(template.en())
                            + def.citation(Locale.ENGLISH));
            ctx.report(Finding.of(def.id(), def.severity()).at(years.lastEntry().getValue()).unit(who[0], null)
                    .message("rule.message", message)
                    .compared(years.size(), "< " + total + " failed, < " + consecutive + " running")
                    .build());
        });
    }

    private static int longestRun(List<Long> years) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < years.size(); i++) {
            run = i > 0 && years.get(i) == years.get(i - 1) + 1 ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }

    private static String text(Record r, Kind k, String key) {
        return k.field(key).map(r::text).orElse(null);
    }
}
