package org.shequ.core.division;

/**
 * The last three digits of a 12-digit code (the village number). 001–199 are residents'
 * committees (communities), 200–399 village committees (DOMAIN.md).
 */
public final class UnitNumber {
    private UnitNumber() {
    }

    public static int of(String code) {
        return Integer.parseInt(code.substring(9, 12));
    }

    public static boolean community(String code) {
        int n = of(code);
        return n >= 1 && n <= 199;
    }

    public static boolean village(String code) {
        int n = of(code);
        return n >= 200 && n <= 399;
    }
}
