package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import java.util.List;
import java.util.Map;
import org.shequ.core.validate.Record;

/**
 * The staff register's people in a group: how many, and of those whose value is known, how many
 * hold a social-work certificate (持证), are under 35 in the period, and met the training hours
 * (the rule {@link #TRAINING} judged them and they passed). Each share is over the people it is
 * known for, never over all: a register without birth years has no under-35 share, not 0 %.
 */
final class StaffCounts {
    /** The rule whose verdicts are the training hours met (fufeng-2018's; a user pack's training rule takes this ID to count). */
    static final String TRAINING = "STAFF-TRAINING";
    static final int YOUNG = 35;

    long people;
    long certifiedKnown;
    long certified;
    long ageKnown;
    long young;
    long trainingJudged;
    long trainingMet;

    /** One person of the register, with the rules' verdicts on them. */
    static StaffCounts of(Record r, List<Metrics.Judgement> verdicts) {
        StaffCounts one = new StaffCounts();
        one.people = 1;
        Boolean q = r.kind().field("qualified").map(r::bool).orElse(null);
        if (q != null) {
            one.certifiedKnown = 1;
            one.certified = q ? 1 : 0;
        }
        Period period = r.period();
        Double born = r.kind().field("birth_year").map(r::sound).orElse(null);
        if (period != null && born != null) {
            one.ageKnown = 1;
            one.young = period.year() - born.longValue() < YOUNG ? 1 : 0;
        }
        for (Metrics.Judgement j : verdicts) {
            if (j.rule().equals(TRAINING) && j.judged()) {
                one.trainingJudged = 1;
                one.trainingMet = j.passed() ? 1 : 0;
            }
        }
        return one;
    }

    void add(StaffCounts o) {
        people += o.people;
        certifiedKnown += o.certifiedKnown;
        certified += o.certified;
        ageKnown += o.ageKnown;
        young += o.young;
        trainingJudged += o.trainingJudged;
        trainingMet += o.trainingMet;
    }

    /** The staff metrics of a group that has people on the register. */
    void into(Map<String, Number> m) {
        m.put("staff_people", people);
        if (certifiedKnown > 0) {
            m.put("staff_certified_share", Metrics.share(certified, certifiedKnown));
        }
        if (ageKnown > 0) {
            m.put("staff_young_share", Metrics.share(young, ageKnown));
        }
        if (trainingJudged > 0) {
            m.put("staff_training_share", Metrics.share(trainingMet, trainingJudged));
        }
    }
}
