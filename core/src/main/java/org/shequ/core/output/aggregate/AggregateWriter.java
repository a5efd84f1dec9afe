package org.shequ.core.output.aggregate;

import java.util.Set;
import org.shequ.core.Words;
import org.shequ.core.rules.Indicators;
import org.shequ.core.workspace.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.shequ.core.rules.Indicator;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Grouping;
import org.shequ.core.schema.Dictionary;

/** Writes aggregated levels in one format: the levels of each period, period after period, never added together. */
public interface AggregateWriter {

    void write(List<Level> levels, View view, OutputStream out) throws IOException;

    /** The language and the indicators (for headers and units). */
    record View(Locale locale, List<Indicator> indicators) {
        /** The view of a plan's aggregates: the bundled indicators and the workspace's own, in the language. */
        public static View of(Plan plan, Locale locale) {
            return new View(locale, Indicators.builtIn(plan.workspace() == null ? List.of() : plan.workspace().indicators(), "").all());
        }

        public boolean zh() {
            return "zh".equals(locale.getLanguage());
        }

        /** A level's name, with its period when the levels written are of several periods. */
        public String levelName(Level level, List<Level> all) {
            boolean periods = all.stream().map(Level::period).distinct().count() > 1;
            String name = levelName(level.by());
            return periods && level.period() != null ? level.period().zh() + " " + name : name;
        }

        /** A level's name as a heading and a sheet name: the same in every language (a sheet name is a name). */
        /** The levels with a heading of their own (words.properties, level.BY). */
        private static final Set<String> LEVELS = Set.of("community", "township", "county", "city", "province");

        public String levelName(String by) {
            int cross = by.indexOf(Grouping.CROSS);
            if (cross > 0) {
                String field = by.substring(cross + 1);
                String label = Dictionary.builtIn().kind("communities").flatMap(k -> k.field(field))
                        .map(f -> f.label(Locale.CHINESE)).orElse(field);
                return levelName(by.substring(0, cross)) + " × " + label;
            }
            return LEVELS.contains(by) ? Words.get("level." + by) : by;
        }
    }
}
