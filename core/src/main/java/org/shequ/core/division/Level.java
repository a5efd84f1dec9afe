package org.shequ.core.division;

import java.util.Optional;
import org.shequ.core.Words;

/** The five levels of the NBS division code and how many digits each takes. */
public enum Level {
    PROVINCE(2, "province"),
    CITY(4, "city"),
    COUNTY(6, "county"),
    TOWNSHIP(9, "township"),
    VILLAGE(12, "village");

    private final int digits;
    private final String en;

    Level(int digits, String en) {
        this.digits = digits;
        this.en = en;
    }

    public int digits() { return digits; }
    /** The level's name in Chinese (省级, 村级): division.level.* in words.properties. */
    public String zh() { return Words.get("division.level." + en); }
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
