package org.shequ.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.shequ.core.Problem;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.EnumValue;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Summary;
import org.shequ.core.validate.Unjudged;
import java.util.BitSet;
import org.shequ.core.validate.Severity;
import org.shequ.core.Vocabulary;

/**
 * A filter on records ({@code --where "满意度 < 90 && 社区类型 == '农村社区'"}): an expression of the
 * rule packs' language, in their sandbox, over one record's fields named by key or by their Chinese
 * label, alias or header (looked up in the community sheet's fields first). A quoted enumeration
 * label ('农村社区') stands for its value and 是/否 (quoted or not) for yes/no. A record is selected when the
 * expression is true; one whose kind lacks a field the filter reads, or whose value there is missing
 * or invalid, cannot be judged and is not selected (counted in {@link #unjudged}).
 *
 * <p>What a filtered run reports: only the findings on the rows of the selected records and those on
 * whole files (a file that could not be read, which the filter never saw); the units that sent nothing,
 * the level rules and the period notes are not reported, since with a filter the units expected are
 * not known. Aggregates add up the selected records only. Not thread-safe: one run's records, in turn.
 */
public final class Where {
    /** Names an expression may read besides the fields (those of rule packs). */
    private static final Set<String> BUILT_IN = Set.of("unit_type", "urban");
    /** the word for yes a filter may use, quoted or not: 是 */
    private static final char YES = Vocabulary.word("Where.YES").charAt(0);
    /** the word for no a filter may use, quoted or not: 否 */
    private static final char NO = Vocabulary.word("Where.NO").charAt(0);
    private static final Pattern POSITION = Pattern.compile("at (\\d+):(\\d+)");

    private final String source;
    private final JexlScript script;
    private final Set<String> reads;
    private final Map<Kind, Boolean> applies = new HashMap<>();
    private final RecordContext context = new RecordContext(Map.of());
    /** The lines of the selected records, by file and sheet. */
    private final Map<String, BitSet> lines = new HashMap<>();
    private Record last;
    private boolean lastSelected;
    private long seen;
    private long selected;
    private long unjudged;

    private Where(String source, JexlScript script) {
        this.source = source;
        this.script = script;
        this.reads = Expressions.variables(script);
    }

    /** Compiles a filter against the dictionary; a bad one is a problem naming the column it fails at (exit 2). */
    public static Where parse(String source, Dictionary dictionary) {
        Translation t = Translation.of(source, dictionary);
        JexlScript script = Expressions.compile(t.text, (shown, reason) -> t.problem(source, reason));
        Set<String> keys = new HashSet<>(BUILT_IN);
        dictionary.kinds().forEach(k -> k.fields().forEach(f -> keys.add(f.key())));
        for (String name : Expressions.variables(script)) {
            if (!keys.contains(name)) {
                Matcher at = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(source);
                throw new Problem("where.noField", source, at.find() ? at.start() + 1 : 1, name);
            }
        }
        return new Where(source, script);
    }

    public String source() {
        return source;
    }

    /** Whether the record is selected (counted once however often it is asked about in a row). */
    public boolean test(Record r) {
        if (r == last) {
            return lastSelected;
        }
        last = r;
        if (!applies.computeIfAbsent(r.kind(), k -> reads.stream().allMatch(n -> BUILT_IN.contains(n) || k.field(n).isPresent()))) {
            return lastSelected = false; // another kind of table (the staff register under a filter on communities)
        }
        seen++;
        for (String name : reads) {
            Field f = BUILT_IN.contains(name) ? null : r.kind().field(name).orElse(null);
            if (f != null && r.valid(f) == null) {
                unjudged++; // missing or invalid: neither equal nor unequal to anything, so not selected
                return lastSelected = false;
            }
        }
        Object v;
        try {
            v = script.execute(context.on(r));
        } catch (JexlException e) {
            unjudged++; // a field the record's kind lacks, or a value missing or invalid: nothing to compare
            return lastSelected = false;
        }
        if (!(v instanceof Boolean b)) {
            throw new Problem("where.notCondition", source, String.valueOf(v));
        }
        if (b) {
            selected++;
            BitSet of = lines.computeIfAbsent(key(r.location().file(), r.location().sheet()), k -> new BitSet());
            of.set(Math.max(0, r.line()));
            for (Field f : r.kind().fields()) {
                int line = r.locationOf(f).line();
                if (line != r.line() && line > 0) {
                    of.set(line); // a YAML record's other lines
                }
            }
        }
        return lastSelected = b;
    }

    /** The listeners, handed only the selected records. */
    public RecordListener before(List<RecordListener> listeners) {
        return new RecordListener() {
            @Override
            public void accept(Record record) {
                if (test(record)) {
                    listeners.forEach(l -> l.accept(record));
                }
            }

            @Override
            public void judged(String rule, Record record, boolean passed) {
                if (test(record)) {
                    listeners.forEach(l -> l.judged(rule, record, passed));
                }
            }

            @Override
            public void notJudged(String rule, Record record, Field field, Unjudged why) {
                if (test(record)) {
                    listeners.forEach(l -> l.notJudged(rule, record, field, why));
                }
            }

            @Override
            public void end() {
                listeners.forEach(RecordListener::end);
            }
        };
    }

    /**
     * The report with only the findings on selected records' rows, on whole files and on the header
     * rows (a missing column is every record's problem), counted again.
     */
    public Report select(Report report) {
        Map<String, Integer> headers = new HashMap<>();
        for (var t : report.layouts()) {
            if (t.binding() != null && !t.binding().lines().isEmpty()) {
                headers.put(key(t.file(), t.sheet()), t.binding().lines().get(t.binding().lines().size() - 1));
            }
        }
        List<Finding> kept = new ArrayList<>();
        long[] counts = new long[3];
        for (Finding f : report.findings()) {
            var at = f.location();
            String table = key(at.file(), at.sheet());
            BitSet selectedLines = lines.get(table);
            boolean keep = at.file() != null && (at.line() <= headers.getOrDefault(table, 0)
                    || selectedLines != null && selectedLines.get(at.line()));
            if (keep) {
                kept.add(f);
                counts[f.severity().ordinal()]++;
            }
        }
        Summary s = report.summary();
        Summary counted = new Summary(s.files(), s.records(), count(counts, Severity.ERROR),
                count(counts, Severity.WARNING), count(counts, Severity.INFO), s.suppressed());
        return new Report(counted, kept, report.layouts());
    }

    private static long count(long[] counts, Severity s) {
        return counts[s.ordinal()];
    }

    /** Records of the kinds the filter reads (those it was asked about). */
    public long seen() {
        return seen;
    }

    public long selected() {
        return selected;
    }

    /** Records it could not judge (a field it reads missing, invalid, or not in their kind): not selected. */
    public long unjudged() {
        return unjudged;
    }

    private static String key(String file, String sheet) {
        return file + '\u0000' + sheet;
    }

    /** The expression with labels turned into keys, and where each of its characters came from. */
    private record Translation(String text, int[] from) {

        static Translation of(String source, Dictionary dictionary) {
            Map<String, String> names = names(dictionary);
            List<String> longestFirst = new ArrayList<>(names.keySet());
            longestFirst.sort((a, b) -> b.length() - a.length());
            Map<String, String> literals = literals(dictionary);
            StringBuilder out = new StringBuilder();
            List<Integer> from = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = source.indexOf(c, i + 1);
                    if (end < 0) {
                        end = source.length() - 1; // unterminated: JEXL says where
                    }
                    String inside = source.substring(i + 1, Math.max(i + 1, end));
                    String replaced = end > i && literals.containsKey(inside) ? literals.get(inside) : source.substring(i, end + 1);
                    append(out, from, replaced, i);
                    i = end + 1;
                    continue;
                }
                String label = null;
                if (c > 0x7F) {
                    for (String n : longestFirst) {
                        if (source.startsWith(n, i)) {
                            label = n;
                            break;
                        }
                    }
                    boolean alone = i + 1 >= source.length() || !Character.isLetter(source.charAt(i + 1));
                    if (label == null && alone && (c == YES || c == NO)) {
                        append(out, from, c == YES ? "true" : "false", i); // 是 and 否 unquoted too
                        i++;
                        continue;
                    }
                    if (label == null) {
                        int end = i;
                        while (end < source.length() && Character.isLetter(source.charAt(end)) && source.charAt(end) > 0x7F) {
                            end++;
                        }
                        String word = source.substring(i, Math.max(end, i + 1));
                        throw new Problem("where.noField", source, i + 1, word);
                    }
                    append(out, from, names.get(label), i);
                    i += label.length();
                    continue;
                }
                append(out, from, String.valueOf(c), i);
                i++;
            }
            return new Translation(out.toString(), from.stream().mapToInt(Integer::intValue).toArray());
        }

        private static void append(StringBuilder out, List<Integer> from, String text, int at) {
            for (int k = 0; k < text.length(); k++) {
                out.append(text.charAt(k));
                from.add(at);
            }
        }

        /** JEXL's reason, its "at 1:12" in the translated text as the column of the expression as written. */
        Problem problem(String source, String reason) {
            Matcher m = POSITION.matcher(reason);
            if (!m.find()) {
                return new Problem("where.invalid", source, reason);
            }
            int column = Integer.parseInt(m.group(2));
            int at = column - 1 < from.length && column >= 1 ? from[column - 1] + 1 : column;
            String rest = reason.substring(m.end()).replaceFirst("^:\\s*", "");
            return new Problem("where.invalidAt", source, at, rest);
        }

        /** Labels, aliases and headers by the key they name: the community sheet's fields first. */
        private static Map<String, String> names(Dictionary dictionary) {
            Map<String, String> names = new HashMap<>();
            List<Kind> kinds = new ArrayList<>(dictionary.kinds());
            kinds.sort((a, b) -> Boolean.compare(!a.name().equals("communities"), !b.name().equals("communities")));
            for (Kind k : kinds) {
                for (Field f : k.fields()) {
                    names.putIfAbsent(f.label(), f.key());
                    names.putIfAbsent(f.header(), f.key());
                    f.aliases().forEach(a -> names.putIfAbsent(a, f.key()));
                }
            }
            return names;
        }

        /** Quoted words that stand for a value: an enumeration's label or alias (when only one value has it), 是 and 否. */
        private static Map<String, String> literals(Dictionary dictionary) {
            Map<String, Set<String>> keys = new HashMap<>();
            for (Kind k : dictionary.kinds()) {
                for (Field f : k.fields()) {
                    if (f.type() == FieldType.ENUM) {
                        for (EnumValue v : f.values()) {
                            keys.computeIfAbsent(v.label(), x -> new HashSet<>()).add(v.key());
                            v.aliases().forEach(a -> keys.computeIfAbsent(a, x -> new HashSet<>()).add(v.key()));
                        }
                    }
                }
            }
            Map<String, String> out = new HashMap<>();
            keys.forEach((word, all) -> {
                if (all.size() == 1 && !all.contains(word)) {
                    out.put(word, "'" + all.iterator().next() + "'");
                }
            });
            out.put(String.valueOf(YES), "true");
            out.put(String.valueOf(NO), "false");
            return out;
        }
    }
}
