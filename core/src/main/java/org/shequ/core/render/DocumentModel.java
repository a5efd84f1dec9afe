package org.shequ.core.render;

import java.util.List;
import java.util.Map;

/**
 * What a document's template sees, in one file: every name a template may use, with its type. A
 * template reads a record's components by their names in snake_case ({@code periodLabel} is
 * {@code period_label}, {@code servicePer100} would be {@code service_per_100}); a component that is
 * null is no name at all ({@code diff??} is false without a previous period). {@link TemplateHashes}
 * turns the records into the plain hashes and lists the template engine hands over: templates see no
 * Java object, only hashes, lists, texts, numbers and booleans (docs/documents.md, "模板沙箱"). Maps
 * here are keyed by data (a level's name, a rule's id, a field's key); docs/documents.md describes
 * each name, and ModelDocumentedTest fails on one it does not.
 */
public final class DocumentModel {
    private DocumentModel() {
    }

    /**
     * The whole model. {@code period} is a year as a number (templates count years: period + 1) or
     * a part of one as its text (2023Q1); {@code levels} holds each aggregated level's rows by its
     * name (township, county …), {@code townships} and {@code parts} the township rows and those of
     * the level below the jurisdiction, {@code total} the jurisdiction's; {@code units} each unit,
     * made when read; {@code findingsByRule} counts every finding of each rule, {@code problemsByRule}
     * its errors and warnings that say a unit (a person, a level) fails it, {@code uncheckedByRule} those that say
     * it could not judge one (a value missing, invalid, contradicted or 0 where it divides), {@code columnsMissingByRule}
     * the files that lack a column it needs.
     */
    public record Document(Map<String, Object> doc, Place place, Object period, String periodLabel, String periodSpan,
                           String title, Summary summary, Unregistered unregistered, Map<String, List<Row>> levels,
                           List<Row> townships, List<Row> parts, String partsLabel, Row total, Map<String, Label> labels,
                           Map<String, Rule> rules, List<FindingItem> findings, Map<String, Long> findingsByRule,
                           Map<String, Long> problemsByRule, Map<String, Long> uncheckedByRule, Map<String, Long> columnsMissingByRule,
                           List<Target> targets, List<Target> targetsNext, Burden burden, List<Unit> units,
                           long unitsFailing, long unitsUnjudged, long unitsPassed, long unitsListedMax,
                           Map<String, TypeGroup> byType, Map<String, List<Bin>> distribution, Diff diff,
                           List<History> history, Feedback feedback) {

        /** The same model with a document's own facts and whether this run writes feedback workbooks. */
        public Document with(Map<String, Object> facts, boolean feedbackWritten) {
            return new Document(facts, place, period, periodLabel, periodSpan, title, summary, unregistered, levels, townships,
                    parts, partsLabel, total, labels, rules, findings, findingsByRule, problemsByRule, uncheckedByRule, columnsMissingByRule, targets, targetsNext, burden, units,
                    unitsFailing, unitsUnjudged, unitsPassed, unitsListedMax, byType, distribution, diff, history,
                    new Feedback(feedbackWritten));
        }
    }

    /** The jurisdiction: its code, name (扶风县), whole (全县) and own (我县). */
    public record Place(String code, String name, String whole, String own) {
    }

    /**
     * What validation counted; {@code dataErrors} and {@code dataDoubts}: the errors and warnings about
     * the data themselves (the built-in checks, DATA-… and STAFF-COUNT, and the aggregate's, AGG-…), not a standard a
     * unit fails nor a target behind, and not the lists of units that sent nothing (DATA-UNREPORTED).
     */
    public record Summary(int files, long records, long error, long warning, long info, long suppressed, long dataErrors,
                          long dataDoubts) {
    }

    /** The units whose code is not in the division registry: how many, their names, the note under a table. */
    public record Unregistered(long units, List<String> names, String note) {
    }

    /**
     * A row of an aggregate level (or the total): what it is ({@code level}: township … or total;
     * {@code period}), how many units reported, were expected and are absent, every metric ({@code m}),
     * per rule the failing and unjudged units' names and the judged counts, the units failing any rule
     * (each once), per metric the units that did not report it ({@code missing}) and that as a document
     * says it ({@code unreported}: （3个社区未报）).
     */
    public record Row(String code, String name, String level, Object period, long units, long expected, long absent,
                      Map<String, ?> m, Map<String, List<String>> failing, List<String> failingUnits, Map<String, Judged> judged,
                      Map<String, Long> missing, Map<String, String> unreported, Map<String, List<String>> unjudged,
                      long unjudgedOnly) {
    }

    /** How many units a rule applied to, and of them passed, failed and could not be judged. */
    public record Judged(long units, long passed, long failed, long unjudged) {
    }

    /** A field's or indicator's names and unit. */
    public record Label(String zh, String en, String unit) {
    }

    /**
     * A rule in force: its texts, severity, source document, clause, parameters, whether it is on, and
     * what it judges ({@code on}: a table's kind, communities for each unit's row, staff for the register; or "level").
     */
    public record Rule(String id, String title, String titleEn, String severity, RuleSource source, String clause,
                       Map<String, Object> params, boolean enabled, String on, boolean yearOnly) {
    }

    /** The document a rule comes from: its title, number, date and issuer (each only when known). */
    public record RuleSource(String title, String number, String date, String issuer) {
    }

    /** A finding, its message in the document's language. */
    public record FindingItem(String rule, String severity, String file, String sheet, int line, String field, String unit,
                              String unitName, String message, boolean failed) {
    }

    /**
     * A target of the target table with its progress: {@code actual} only when every unit of the
     * township reported the metric, {@code current} when the actual is of the target's period,
     * {@code unreported} the units that did not report it.
     */
    public record Target(String township, String code, String indicator, String metric, double target, Double actual,
                         Double progress, Double remaining, String due, String note, Object period, Object actualPeriod,
                         boolean current, boolean met, long unreported, boolean partial) {
    }

    /** The access burden: tasks given to communities, those not on an access list, certificates demanded; by department and community. */
    public record Burden(long tasks, long notAllowed, long certificates, double share, List<BurdenCount> byDepartment,
                         List<BurdenCount> byCommunity) {
    }

    /** One department's or community's burden. */
    public record BurdenCount(String name, long tasks, long notAllowed, long certificates, double share) {
    }

    /**
     * A unit as reported: where, its type, households and service area, the rules it failed and
     * could not be judged by (with their titles), whether it passed every rule that applies, and its
     * verdict (是 / 否 / 无法判断（户数有误）).
     */
    public record Unit(String code, String name, String township, String townshipName, String file, int line, boolean urban,
                       String type, Double households, Double serviceArea, Double serviceAreaPer100, List<String> failed,
                       List<String> failedTitles, boolean passed, String verdict, Map<String, String> unjudged,
                       List<String> unjudgedTitles) {
    }

    /** The urban (or rural) units: how many, and per rule the failing units, the judged counts and the unjudged units with why. */
    public record TypeGroup(long units, Map<String, List<String>> failing, Map<String, Judged> judged,
                            Map<String, List<Unjudged>> unjudged) {
    }

    /** A unit a rule could not judge, and why (户数有误). */
    public record Unjudged(String name, String reason) {
    }

    /** A bin of a distribution: its label (10–20) and how many units fall in it. */
    public record Bin(String label, long count) {
    }

    /**
     * The comparison with the previous period: units added, removed and renamed, values that changed
     * by more than {@code threshold}, whether units were compared one by one, and each level's rows with each
     * metric before and after ({@code levels}), the total likewise.
     */
    public record Diff(List<Named> added, List<Named> removed, List<Renamed> renamed, List<Change> changes, double threshold,
                       Map<String, List<DiffRow>> levels, DiffRow total, boolean unitsCompared, DiffRow paired,
                       Map<String, Long> pairedUnits, Map<String, Long> pairedContradicted, Map<String, String> contradicts) {
    }

    /**
     * A unit by its code and name; {@code registered}: its code is in the bundled division registry, so a unit reported
     * last year and not this year still exists (未报送, not 撤并), and one reported only this year with a code outside it
     * is a code to check, not a new community; null when the year compared to is not the registry's (2023).
     */
    public record Named(String code, String name, Boolean registered) {
    }

    /** A unit that changed its name. */
    public record Renamed(String code, String before, String after) {
    }

    /** A unit's value that changed by more than the threshold: which field (its key and label), before and after. */
    public record Change(String code, String name, String field, String label, double before, double after) {
    }

    /** A level's row in both periods: each metric's {@link Delta}. */
    public record DiffRow(String code, String name, Map<String, Delta> m) {
    }

    /**
     * A metric in both periods: before, after, the change (when both are known), how many units did not
     * report it in each, and that as a document says it (（本期2个社区未报，增减不完整）, or empty).
     */
    public record Delta(Number before, Number after, Double change, long missingBefore, long missingAfter, String unreported) {
    }

    /** An earlier period of the same length: its period, name, total and township rows. */
    public record History(Object period, String periodLabel, Row total, List<Row> townships) {
    }

    /** Whether this run writes feedback workbooks (run does, render does not): only then may a document say 已逐条反馈. */
    public record Feedback(boolean written) {
    }
}
