package org.shequ.core.rules;

import org.shequ.core.schema.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Settings;
import org.shequ.core.validate.Validator;
import org.shequ.core.validate.checks.DataChecks;

/** Test helper: records written as YAML (one file per kind), validated with the DATA checks and packs. */
final class RuleHarness {
    /** An urban community that meets every bundled standard exactly at its boundary. */
    static Map<String, String> urban() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", "610324001001");
        m.put("name", "飞凤社区");
        m.put("type", "城市社区");
        m.put("period", "2023");
        m.put("households", "1000");
        m.put("population", "3000");
        m.put("service_area", "300");
        m.put("office_area", "90");
        m.put("outdoor_area", "1000");
        m.put("party_org", "是");
        m.put("committee", "是");
        for (String c : List.of("center_convenience", "center_security", "center_culture", "center_health",
                "center_elderly", "center_children", "center_volunteer")) {
            m.put(c, "是");
        }
        m.put("windows", "民政、人社、计生、文化、综治");
        m.put("plaques", "居务监督委员会、警务室");
        m.put("fulltime_staff", "1");
        m.put("social_workers", "1");
        m.put("grid_workers", "1");
        m.put("grid_leads", "1");
        m.put("grid_instructors", "1");
        m.put("group_leads", "1");
        m.put("building_leads", "1");
        m.put("social_orgs", "10");
        m.put("charter", "是");
        m.put("deliberation_cases", "2");
        return m;
    }

    /** A village committee meeting the rural standards at their boundary (no building leads). */
    static Map<String, String> village() {
        Map<String, String> m = urban();
        m.put("code", "610324001201");
        m.put("name", "西官村");
        m.put("type", "行政村");
        m.put("social_orgs", "3");
        m.put("building_leads", "0");
        return m;
    }

    static Map<String, String> staff(String role, String hours) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", "S-1");
        m.put("name", "王建华");
        m.put("community", "610324001001");
        m.put("role", role);
        m.put("training_hours", hours);
        return m;
    }

    static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Validates {@code files} (kind → records) against {@code packs}. */
    static Report run(Path dir, List<String> packs, Map<String, List<Map<String, String>>> files) {
        RuleSet rules = RuleSet.resolve(packs, Map.of(), "", dir, Dictionary.builtIn());
        return run(dir, rules, files);
    }

    static Report run(Path dir, RuleSet rules, Map<String, List<Map<String, String>>> files) {
        List<SourceFile> sources = files.entrySet().stream().map(e -> write(dir, e.getKey(), e.getValue())).toList();
        return new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(), new Settings(Period.year(2023), null, ReadLimits.DEFAULT),
                () -> {
                    List<Check> all = new java.util.ArrayList<>(DataChecks.all());
                    all.addAll(rules.checks());
                    return all;
                }).validate(sources, List.of(), Validator.Progress.NONE);
    }

    private static SourceFile write(Path dir, String kind, List<Map<String, String>> records) {
        StringBuilder s = new StringBuilder();
        for (Map<String, String> r : records) {
            String prefix = "- ";
            for (Map.Entry<String, String> e : r.entrySet()) {
                s.append(prefix).append(e.getKey()).append(": '").append(e.getValue().replace("'", "''")).append("'\n");
                prefix = "  ";
            }
        }
        Path file = dir.resolve(kind + ".yaml");
        try {
            Files.writeString(file, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceFile(file, kind + ".yaml", null, null, kind);
    }

    private RuleHarness() {
    }
}
