package org.shequ.core.validate;

import java.util.Locale;

/**
 * What a row below the header is. Only {@code UNIT} rows are records; the others are layout a
 * clerk's sheet carries, skipped and counted per sheet (DATA-LAYOUT), never silently.
 */
public enum RowKind {
    UNIT,
    /** 小计, 合计, 总计, 全县合计: compared with the units it covers (AGG-TOTAL). */
    TOTAL,
    /** 其中：城市社区 — a breakdown of the row above. */
    BREAKDOWN,
    /** 注：… */
    NOTE,
    /** 填表人、审核人、联系电话、填报日期, possibly split over several cells. */
    SIGNATURE,
    /** A title repeated between blocks. */
    TITLE,
    /** The header repeated between blocks. */
    HEADER,
    /** 甲 乙 1 2 3 …: the column numbers some statistical forms print under the header. */
    COLUMN_NUMBERS,
    /** A label for the rows that follow (一、城关街道). */
    SECTION,
    /** A row with nothing in any data column (only a 序号). */
    NO_DATA,
    /** An empty row between rows of data. */
    BLANK;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
