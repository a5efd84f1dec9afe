package org.shequ.core.division;

import java.util.Optional;

/** The five levels of the NBS division code and how many digits each takes. */
public enum Level {
    PROVINCE(2, "省级", "province"),
    CITY(4, "地级", "city"),
    COUNTY(6, "县级", "county"),
    TOWNSHIP(9, "乡级", "township"),
    VILLAGE(12, "村级", "village");

    private final int digits;
    private final String zh;
    private final String en;

    Level(int digits, String zh, String en) {
        this.digits = digits;
        this.zh = zh;
        this.en = en;
    }

    public int digits() { return digits; }
    public String zh() { return zh; }
    public String en() { return en; }

    public static Optional<Level> ofDigits(int digits) {
        for (Level l : values()) {
            if (l.digits == digits) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public Optional<Level> parent() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public Optional<Level> child() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
