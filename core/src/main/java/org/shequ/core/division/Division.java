package org.shequ.core.division;

/** One unit of the division registry: its code, its registered name and its level. */
public record Division(String code, String name, Level level) {

    /** For a village-level unit: 001–199 are residents' committees, 200–399 village committees. */
    public boolean residentsCommittee() {
        return level == Level.VILLAGE && UnitNumber.of(code) < 200;
    }
}
