package org.shequ.core.rules;

import org.shequ.core.Text;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.Problem;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.StrictUtf8Reader;
import org.shequ.core.io.Yaml;

/**
 * Reads rule packs: built-in ones by name (national, fufeng-2018 …), user packs by path. Each
 * rule's line is kept, so a problem in a pack names its file, line and rule ID.
 */
public final class PackLoader {
    /** The packs bundled in the jar, in the order {@code rules list} shows them. */
    public static final List<String> BUILT_IN = List.of("national", "fufeng-2018", "puyang-2019", "liaoyuan-2021", "guizhou-county");
    private static final String BASE = "/org/shequ/rules/packs/";

    private ObjectMapper mapper; // made when the first pack is read: a run without packs never sets up YAML
    private final Path baseDir;

    /** {@code baseDir} resolves relative pack paths (the workspace folder, or the current one). */
    public PackLoader(Path baseDir) {
        this.baseDir = baseDir;
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = Yaml.mapper(ReadLimits.DEFAULT);
        }
        return mapper;
    }

    public static boolean builtIn(String name) {
        return BUILT_IN.contains(name);
    }

    /** The pack named {@code ref}: a built-in name, or a path to a YAML file. */
    public Pack load(String ref) {
        if (builtIn(ref)) {
            try (InputStream in = PackLoader.class.getResourceAsStream(BASE + ref + ".yaml")) {
                return parse(in, "builtin:" + ref);
            } catch (IOException e) {
                throw new Problem(e, "pack.invalid", "builtin:" + ref, 0, e.getMessage());
            }
        }
        Path file = baseDir.resolve(ref);
        if (!Files.isRegularFile(file)) {
            throw new Problem("pack.unknown", ref, String.join(", ", BUILT_IN));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException | RuntimeException e) {
            StrictUtf8Reader.Undecodable u = StrictUtf8Reader.cause(e);
            if (u != null) {
                throw new Problem(e, "config.encoding", file.toString(), u.bytes(), u.offset());
            }
            if (e instanceof Problem p) {
                throw p;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new Problem(e, "pack.invalid", file.toString(), 0, e.getMessage());
        }
    }

    private Pack parse(InputStream in, String name) throws IOException {
        PackDoc doc = new PackDoc();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser p = mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Problem("pack.invalid", name, line(p), "a rule pack is a mapping (id, title, rules …)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "id" -> doc.id = p.getValueAsString();
                    case "title" -> doc.title = mapper().readValue(p, new TypeReference<Map<String, String>>() { });
                    case "jurisdiction" -> doc.jurisdiction = p.getValueAsString();
                    case "extends" -> doc.parent = p.getValueAsString();
                    case "sources" -> doc.sources = mapper().readValue(p, new TypeReference<List<PackDoc.SourceDoc>>() { });
                    case "rules" -> doc.rules = rules(p, lines, name);
                    case "overrides" -> doc.overrides = overrides(p, lines);
                    default -> throw new Problem("pack.invalid", name, line(p), "unknown key: " + key);
                }
            }
            if (p.nextToken() != null) {
                throw new Problem("pack.invalid", name, line(p), "content after the pack's mapping");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Problem(e, "pack.invalid", name, line, e.getOriginalMessage());
        }
        if (doc.id == null || doc.id.isBlank()) {
            throw new Problem("pack.invalid", name, 1, "the pack has no id");
        }
        return new Pack(doc.id, Text.of(doc.title), doc.jurisdiction, name, doc.parent, doc.sources, doc, lines);
    }

    private List<PackDoc.RuleDoc> rules(JsonParser p, Map<String, Integer> lines, String name) throws IOException {
        List<PackDoc.RuleDoc> out = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new Problem("pack.invalid", name, line(p), "rules must be a list");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int line = line(p);
            PackDoc.RuleDoc rule = mapper().readValue(p, PackDoc.RuleDoc.class);
            if (rule.id == null || rule.id.isBlank()) {
                throw new Problem("pack.invalid", name, line, "a rule has no id");
            }
            if (lines.putIfAbsent(rule.id, line) != null) {
                throw new Problem("rule.duplicate", name, line, rule.id, name, lines.get(rule.id));
            }
            out.add(rule);
        }
        return out;
    }

    private Map<String, PackDoc.OverrideDoc> overrides(JsonParser p, Map<String, Integer> lines) throws IOException {
        Map<String, PackDoc.OverrideDoc> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            p.nextToken();
            lines.putIfAbsent(id, line(p));
            out.put(id, mapper().readValue(p, PackDoc.OverrideDoc.class));
        }
        return out;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
