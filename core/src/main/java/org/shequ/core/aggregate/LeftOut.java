package org.shequ.core.aggregate;

/**
 * The sums one indicator reads, over the units of a group that lack one of its inputs (or whose input contradicts
 * its row): what the indicator subtracts from the group's sums, so that it is computed over the units that reported
 * every input. Only the sums the indicator reads are kept ({@code slots}, as {@link Metrics} numbers them: the
 * numeric sums, then the counts of yes, then the unit indicators' counts), with the units by type: some 60 bytes a
 * group and indicator. A national file with a quarter of its units contradicted has one for each of several
 * indicators of each of its 44,703 groups, which full copies of the group's sums did not leave room for.
 */
final class LeftOut {
    long units;
    long urban;
    long rural;
    private final int[] slots;
    private final double[] values;

    LeftOut(int[] slots) {
        this.slots = slots;
        this.values = new double[slots.length];
    }

    /** The sums so far of a group, all of whose units until now lacked an input of the indicator. */
    static LeftOut of(int[] slots, Accumulator a, int numeric, int booleans) {
        LeftOut l = new LeftOut(slots);
        l.units = a.units;
        l.urban = a.urban;
        l.rural = a.rural;
        for (int k = 0; k < slots.length; k++) {
            int s = slots[k];
            l.values[k] = s < numeric ? a.sums[s] : s < numeric + booleans ? a.trues[s - numeric] : a.counts[s - numeric - booleans];
        }
        return l;
    }

    void add(Accumulator.Unit u, int numeric, int booleans) {
        units++;
        if (u.urban) {
            urban++;
        } else {
            rural++;
        }
        for (int k = 0; k < slots.length; k++) {
            int s = slots[k];
            values[k] += s < numeric ? u.values[s] : (s < numeric + booleans ? u.yes[s - numeric] : u.counts[s - numeric - booleans]) ? 1 : 0;
        }
    }

    /** The sum of a slot the indicator reads; NaN for one it does not. */
    double value(int slot) {
        for (int k = 0; k < slots.length; k++) {
            if (slots[k] == slot) {
                return values[k];
            }
        }
        return Double.NaN;
    }
}
