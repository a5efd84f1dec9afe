package org.shequ.core.aggregate;

import org.shequ.core.Rounded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rounding a metric in doubles gives exactly what rounding its decimal form half up gives. */
class MetricsRoundTest {

    /** The definition: the shortest decimal form of v, half up, as a double (a whole v as a long). */
    private static Number reference(double v, int places) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
    }

    private static void same(double v, int places) {
        assertEquals(reference(v, places), Metrics.round(v, places), () -> v + " to " + places + " places");
    }

    @Test
    void sumsOfDecimalsLikeTheNationalFile() {
        SplittableRandom random = new SplittableRandom(20231);
        for (int i = 0; i < 200_000; i++) {
            double sum = 0;
            int terms = 1 + random.nextInt(400);
            for (int t = 0; t < terms; t++) {
                sum += random.nextInt(0, 300_000) / 10.0; // areas with one decimal, like 866.3
            }
            same(sum, 6);
            same(sum / (1 + random.nextInt(5_000)), 4);
        }
    }

    @Test
    void anyMagnitudeAndSign() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 16));
            same(v, 4);
            same(v, 6);
        }
    }

    @Test
    void tiesAndNearTies() {
        for (double v : new double[] {0.00005, 0.00015, 1.23445, 1.23455, 2.5e-5, 97.44445, -0.00005, -1.23455,
                12345.6000005, 0.1234565, 1e-7, -1e-7, 0.3, 22.0000000001, 21.9999999999, 1234567.8900005}) {
            same(v, 4);
            same(v, 6);
            same(Math.nextUp(v), 4);
            same(Math.nextDown(v), 6);
        }
    }

    @Test
    void decimalsRoundHalfUpAndWholeValuesAreLongs() {
        assertEquals(45.3688, Metrics.round(new BigDecimal("45.36875"), 4));
        assertEquals(-45.3688, Metrics.round(new BigDecimal("-45.36875"), 4));
        assertEquals(30L, Metrics.round(new BigDecimal("30.00000000000000001"), 4));
        assertEquals(0.5, Metrics.share(1, 2));
        assertEquals(0.6667, Metrics.share(2, 3).doubleValue());
        assertEquals(1L, Metrics.share(3, 3));
    }

    /** A share prints four places and keeps its exact value, so that a document rounds it once. */
    @Test
    void aShareKeepsItsExactValueForWhoRoundsItAgain() {
        Number sixOfEleven = Metrics.share(6, 11);
        assertEquals(0.5455, sixOfEleven.doubleValue());
        assertEquals("0.5455", sixOfEleven.toString());
        assertEquals("54.5", Rounded.exact(sixOfEleven).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                "54.5454…, not 54.6 from 0.5455");
        // a true tie stays a tie: 19,829 of 20,000 is 0.99145 exactly, 99.15 % half up
        assertEquals(new BigDecimal("0.99145"), Rounded.exact(Metrics.share(19_829, 20_000)));
        assertEquals(0.5, Metrics.share(1, 2), "exact at four places: a plain number");
    }
}
