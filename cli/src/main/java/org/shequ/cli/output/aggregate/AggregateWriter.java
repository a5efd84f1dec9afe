package org.shequ.cli.output.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.shequ.core.aggregate.Indicator;
import org.shequ.core.aggregate.Level;

/** Writes aggregated levels in one format. */
public interface AggregateWriter {

    void write(List<Level> levels, View view, OutputStream out) throws IOException;

    /** The language, the period and the indicators (for headers and units). */
    record View(Locale locale, Long period, List<Indicator> indicators) {
        public boolean zh() {
            return "zh".equals(locale.getLanguage());
        }

        public String levelName(String by) {
            if (!zh()) {
                return by;
            }
            return switch (by) {
                case "township" -> "乡镇（街道）";
                case "county" -> "县（区）";
                case "city" -> "市";
                case "province" -> "省";
                default -> by;
            };
        }
    }
}
