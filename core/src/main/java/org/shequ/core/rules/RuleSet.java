package org.shequ.core.rules;

import org.shequ.core.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.shequ.core.Problem;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Check;
import org.shequ.core.schema.ValueParser;
import org.shequ.core.validate.Severity;

/**
 * The rules in force for a run: the chosen packs with their {@code extends} chains, each pack's
 * overrides, then the workspace's. Every rule compiles here, before any data is read, so a bad
 * expression, an unknown field or a wrong parameter type stops the run (exit 2) with the pack
 * file, line and rule ID.
 */
public final class RuleSet {
    private final List<Pack> packs;
    private final List<RuleDef> rules;
    private final Map<String, Supplier<Check>> factories;
    private final List<String> files;

    private RuleSet(List<Pack> packs, List<RuleDef> rules, Map<String, Supplier<Check>> factories, List<String> files) {
        this.files = List.copyOf(files);
        this.packs = List.copyOf(packs);
        this.rules = List.copyOf(rules);
        this.factories = factories;
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of(), Map.of(), List.of());
    }

    /**
     * Resolves {@code refs} (built-in names or paths, relative to {@code baseDir}) with the
     * workspace's overrides ({@code workspaceFile} names shequ.yaml in messages).
     */
    public static RuleSet resolve(List<String> refs, Map<String, PackDoc.OverrideDoc> overrides, String workspaceFile,
                                  Path baseDir, Dictionary dictionary) {
        return resolve(refs, overrides, workspaceFile, baseDir, dictionary, Indicators.builtIn(List.of(), "indicators").derived());
    }

    /**
     * As {@link #resolve(List, Map, String, Path, Dictionary)}, with the derived quantities a rule may name
     * (that one: the bundled indicators; a workspace adds its own).
     */
    public static RuleSet resolve(List<String> refs, Map<String, PackDoc.OverrideDoc> overrides, String workspaceFile,
                                  Path baseDir, Dictionary dictionary, Derived derived) {
        PackLoader loader = new PackLoader(baseDir);
        Map<String, Pack> cache = new HashMap<>();
        Map<String, Draft> merged = new LinkedHashMap<>();
        List<Pack> chosen = new ArrayList<>();
        for (String ref : new LinkedHashSet<>(refs)) {
            Pack pack = cache.computeIfAbsent(ref, loader::load);
            chosen.add(pack);
            for (Draft d : effective(pack, loader, cache, new LinkedHashSet<>()).values()) {
                Draft other = merged.putIfAbsent(d.doc.id, d);
                if (other != null && !other.sameAs(d)) {
                    throw new Problem("rule.conflict", d.doc.id, other.file, d.file);
                }
            }
        }
        overrides.forEach((id, o) -> {
            Draft d = merged.get(id);
            if (d == null) {
                throw new Problem("rule.overrideUnknown", workspaceFile, id);
            }
            if (o.source != null) {
                throw new Problem("rule.overrideSource", workspaceFile, id);
            }
            d.apply(o, workspaceFile, o.line);
        });
        List<RuleDef> defs = new ArrayList<>();
        Map<String, Supplier<Check>> factories = new LinkedHashMap<>();
        for (Draft d : merged.values()) {
            RuleDef def = d.def();
            defs.add(def);
            if (!def.enabled()) {
                continue;
            }
            Rules.Compiler compiler = Rules.KINDS.get(def.kind());
            if (compiler == null) {
                throw def.origin().problem("rule.unknownRuleKind", def.kind(), String.join(", ", Rules.KINDS.keySet().stream().sorted().toList()));
            }
            Supplier<Check> factory = compiler.compile(def, dictionary, derived);
            if (factory != null) {
                factories.put(def.id(), factory);
            }
        }
        List<String> files = cache.values().stream().map(Pack::file).filter(f -> !f.startsWith("builtin:")).sorted().toList();
        return new RuleSet(chosen, defs, factories, files);
    }

    /** The pack files read (a pack and its parents), not the built-in ones: inputs no output may replace. */
    public List<String> files() {
        return files;
    }

    /** The rules of one pack after its ancestors and its own overrides, keyed by ID in order. */
    private static Map<String, Draft> effective(Pack pack, PackLoader loader, Map<String, Pack> cache, Set<String> chain) {
        if (!chain.add(pack.id())) {
            throw new Problem("pack.cycle", pack.file(), String.join(" → ", chain) + " → " + pack.id());
        }
        Map<String, Draft> rules = new LinkedHashMap<>();
        List<PackDoc.SourceDoc> sources = new ArrayList<>(pack.sources());
        if (pack.parent() != null) {
            if (Objects.equals(pack.parent(), pack.id())) {
                throw new Problem("pack.cycle", pack.file(), pack.id() + " → " + pack.id());
            }
            Pack parent = cache.computeIfAbsent(pack.parent(), loader::load);
            effective(parent, loader, cache, chain).forEach((id, d) -> rules.put(id, d.copy()));
        }
        for (PackDoc.RuleDoc r : pack.doc().rules) {
            if (rules.containsKey(r.id)) {
                throw new Problem("rule.redefined", pack.file(), pack.line(r.id), r.id, rules.get(r.id).file);
            }
            rules.put(r.id, new Draft(r, pack, sources, loader, cache));
        }
        pack.doc().overrides.forEach((id, o) -> {
            Draft d = rules.get(id);
            if (d == null) {
                throw new Problem("rule.overrideUnknown", pack.file() + ":" + pack.line(id), id);
            }
            d.apply(o, pack.file(), pack.line(id));
            if (o.source != null) {
                d.cite(o.source, pack, loader, cache);
            }
        });
        chain.remove(pack.id());
        return rules;
    }

    public List<Pack> packs() {
        return packs;
    }

    /** Every rule in force, enabled or not, in pack order. */
    public List<RuleDef> rules() {
        return rules;
    }

    public Optional<RuleDef> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Fresh checks for one run. */
    public List<Check> checks() {
        List<Check> out = new ArrayList<>();
        factories.values().forEach(f -> out.add(f.get()));
        return out;
    }

    /** A rule being resolved: its definition, where it was defined, and what was changed since. */
    private static final class Draft {
        final PackDoc.RuleDoc doc;
        final Pack pack;
        final String file;
        final int line;
        PackDoc.SourceDoc source;
        String clause;
        Map<String, Object> params;
        Severity severity;
        boolean enabled = true;

        Draft(PackDoc.RuleDoc doc, Pack pack, List<PackDoc.SourceDoc> sources, PackLoader loader, Map<String, Pack> cache) {
            this.doc = doc;
            this.pack = pack;
            this.file = pack.file();
            this.line = pack.line(doc.id);
            this.params = new LinkedHashMap<>(doc.params);
            params.forEach((name, value) -> checkNumber(file, line, doc.id, name, value));
            this.severity = doc.severity;
            this.source = doc.source == null ? null : findSource(doc.source.doc, pack, loader, cache);
            this.clause = doc.source == null ? null : doc.source.clause;
        }

        private Draft(Draft d) {
            this.doc = d.doc;
            this.pack = d.pack;
            this.file = d.file;
            this.line = d.line;
            this.source = d.source;
            this.clause = d.clause;
            this.params = new LinkedHashMap<>(d.params);
            this.severity = d.severity;
            this.enabled = d.enabled;
        }

        Draft copy() {
            return new Draft(this);
        }

        /** A pack's override may cite its own document for an inherited rule. */
        void cite(PackDoc.SourceRef ref, Pack by, PackLoader loader, Map<String, Pack> cache) {
            source = findSource(ref.doc, by, loader, cache);
            clause = ref.clause;
        }

        private PackDoc.SourceDoc findSource(String id, Pack pack, PackLoader loader, Map<String, Pack> cache) {
            for (Pack p = pack; p != null; p = p.parent() == null ? null : cache.computeIfAbsent(p.parent(), loader::load)) {
                for (PackDoc.SourceDoc s : p.sources()) {
                    if (Objects.equals(s.id, id)) {
                        return s;
                    }
                }
            }
            throw new Problem("rule.unknownSource", pack.file(), pack.line(doc.id), doc.id, String.valueOf(id));
        }

        void apply(PackDoc.OverrideDoc o, String where, int atLine) {
            if (o.enabled != null) {
                enabled = o.enabled;
            }
            if (o.severity != null) {
                severity = o.severity;
            }
            o.params.forEach((name, value) -> {
                if (!params.containsKey(name)) {
                    throw new Problem("rule.paramUnknown", where, atLine, doc.id, name, String.join(", ", params.keySet()));
                }
                Object old = params.get(name);
                if (!sameType(old, value)) {
                    throw new Problem("rule.paramWrongType", where, atLine, doc.id, name, String.valueOf(value), typeOf(old));
                }
                checkNumber(where, atLine, doc.id, name, value);
                params.put(name, value);
            });
        }

        boolean sameAs(Draft d) {
            return doc == d.doc && params.equals(d.params) && severity == d.severity && enabled == d.enabled;
        }

        RuleDef def() {
            return new RuleDef(doc.id, doc.kind, Text.of(doc.title), severity, doc.on, doc.applies, Map.copyOf(params),
                    doc, source, clause, pack.id(),
                    new Expressions.Origin(file, line, doc.id), enabled);
        }

        /** A numeric parameter must be a finite number no larger than a value can be (10^15): 1e309 is refused. */
        private static void checkNumber(String where, int atLine, String id, String name, Object value) {
            if (value instanceof Number n && !(Math.abs(n.doubleValue()) <= ValueParser.LARGEST)) {
                throw new Problem("rule.paramRange", where, atLine, id, name, String.valueOf(value));
            }
        }

        private static boolean sameType(Object a, Object b) {
            return (a instanceof Number && b instanceof Number) || (a instanceof String && b instanceof String)
                    || (a instanceof Boolean && b instanceof Boolean) || (a instanceof List && b instanceof List);
        }

        private static String typeOf(Object v) {
            return v instanceof Number ? "number" : v instanceof Boolean ? "boolean" : v instanceof List ? "list" : "text";
        }
    }
}
