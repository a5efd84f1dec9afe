package org.shequ.core.workspace;

import org.shequ.core.Vocabulary;
import org.shequ.core.schema.Period;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.Problem;
import org.shequ.core.schema.Dictionary;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.StrictUtf8Reader;
import org.shequ.core.io.Yaml;
import org.shequ.core.render.TemplateEngine;
import org.shequ.core.rules.Indicators;
import org.shequ.core.rules.PackDoc;
import org.shequ.core.validate.Suppression;

/**
 * A workspace: a folder with a {@code shequ.yaml} that names the jurisdiction, the period, the
 * input files, dictionary additions and the output folder. Unknown keys are an error, so a
 * misspelt setting is never silently ignored.
 */
public final class Workspace {
    public static final String FILE = "shequ.yaml";

    private final Path dir;
    private final Config config;

    private Workspace(Path dir, Config config) {
        this.dir = dir;
        this.config = config;
    }

    public static boolean isWorkspace(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    public static Workspace load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new Problem("workspace.missing", file.toString());
        }
        ObjectMapper yaml = new ObjectMapper(Yaml.factory(ReadLimits.DEFAULT))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            Config c = yaml.readValue(file.toFile(), Config.class);
            if (c != null) {
                checkJurisdiction(file, c.jurisdiction);
                checkReportNames(file, c.reports);
                overrideLines(file).forEach((id, line) -> {
                    if (c.overrides.get(id) != null) {
                        c.overrides.get(id).line = line;
                    }
                });
            }
            return new Workspace(dir, c == null ? new Config() : c);
        } catch (UnrecognizedPropertyException e) {
            throw unknownKey(file, e);
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content to map")) {
                return new Workspace(dir, new Config()); // an empty shequ.yaml (or only comments): every default
            }
            JsonLocation at = e.getLocation();
            throw new Problem(e, "workspace.invalid", file.toString(), at == null ? 0 : at.getLineNr(), e.getOriginalMessage());
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof Problem p) {
                throw p;
            }
            throw new Problem(e, "workspace.invalid", file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            undecodable(file, e);
            JsonLocation at = e.getLocation();
            throw new Problem(e, "workspace.invalid", file.toString(), at == null ? 0 : at.getLineNr(), e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            undecodable(file, e);
            if (e instanceof Problem p) {
                throw p;
            }
            throw new Problem(e, "workspace.invalid", file.toString(), 0, e.getMessage());
        }
    }

    /**
     * A report's name is a file name in the output folder: one with a folder in it (../../x, /etc/x,
     * a\b) would write outside it, and is refused before anything is read.
     */
    private static void checkReportNames(Path file, List<ReportSpec> reports) {
        for (ReportSpec r : reports == null ? List.<ReportSpec>of() : reports) {
            String name = r.fileName();
            if (name == null) {
                continue;
            }
            boolean path = name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                    || name.contains("\u0000") || name.strip().isEmpty() || name.matches("^[A-Za-z]:.*");
            if (path) {
                throw new Problem("workspace.reportName", file.toString(), name);
            }
        }
    }

    /**
     * A key shequ.yaml does not have (a typo: titel): its line, the nearest key it has, and the keys
     * allowed there; never the name of a Java class.
     */
    private static Problem unknownKey(Path file, UnrecognizedPropertyException e) {
        String key = e.getPropertyName();
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        String where = e.getPath().size() > 1 ? e.getPath().subList(0, e.getPath().size() - 1).stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + (r.getIndex() + 1) + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String nearest = known.stream().filter(k -> distance.apply(k, key) <= Math.max(2, key.length() / 3))
                .min(Comparator.comparingInt(k -> distance.apply(k, key))).orElse(null);
        JsonLocation at = e.getLocation();
        return new Problem(e, nearest != null ? "workspace.unknownKeyNear" : "workspace.unknownKey", file.toString(),
                at == null ? 0 : at.getLineNr(), key, where.isEmpty() ? "" : where + ".", String.join(", ", known), nearest == null ? "" : nearest);
    }

    /** The line of each rule under {@code overrides:}, for what is said about it; a second, streaming read of the file. */
    private static Map<String, Integer> overrideLines(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Yaml.factory(ReadLimits.DEFAULT)
                .createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return lines;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (p.nextToken() == JsonToken.START_OBJECT && key.equals("overrides")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        lines.put(p.currentName(), p.currentTokenLocation().getLineNr());
                        p.nextToken();
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file was read once already: without lines, what is said names the file
        }
        return lines;
    }

    /** A configuration file that is not UTF-8 stops with its byte and offset, never read as U+FFFD. */
    static void undecodable(Path file, Throwable e) {
        StrictUtf8Reader.Undecodable u = StrictUtf8Reader.cause(e);
        if (u != null) {
            throw new Problem(e, "config.encoding", file.toString(), u.bytes(), u.offset());
        }
    }

    /** The names of the whole country as {@code jurisdiction:} (a national workspace: no unit is outside it). */
    static final Set<String> NATIONAL = Set.copyOf(Vocabulary.words("Workspace.NATIONAL"));

    /**
     * A jurisdiction is a registered division code (2, 4, 6 or 9 digits) or the whole country: a
     * typo would otherwise warn every unit as outside it and leave the documents without a place.
     */
    private static void checkJurisdiction(Path file, String j) {
        if (j == null || NATIONAL.contains(j.trim())) {
            return;
        }
        boolean level = j.length() == 2 || j.length() == 4 || j.length() == 6 || j.length() == 9;
        if (!level || DivisionRegistry.bundled().nameOf(j) == null) {
            throw new Problem("workspace.jurisdiction", file.toString(), j);
        }
    }

    /**
     * A jurisdiction given on the command line ({@code --jurisdiction}), checked as shequ.yaml's is:
     * its code, or null for the whole country (全国).
     */
    public static String jurisdiction(String given) {
        String j = given.trim();
        if (NATIONAL.contains(j)) {
            return null;
        }
        try {
            checkJurisdiction(Path.of(Workspace.FILE), j);
        } catch (Problem p) {
            throw new Problem("option.jurisdiction", j);
        }
        return j;
    }

    public Path dir() { return dir; }

    /** The division code the units lie under; null when none is named or the workspace is national. */
    public String jurisdiction() { return national() ? null : config.jurisdiction; }

    /** Whether shequ.yaml names the whole country ({@code jurisdiction: 全国}). */
    public boolean national() { return config.jurisdiction != null && NATIONAL.contains(config.jurisdiction.trim()); }
    /** The period of shequ.yaml ({@code period: 2023}, {@code 2023Q1}, …), or null; one that names no period stops the run. */
    public Period period() {
        if (config.period == null || config.period.isBlank()) {
            return null;
        }
        return Period.parse(config.period).orElseThrow(() -> new Problem("workspace.period", dir.resolve(FILE).toString(), config.period));
    }
    public String title() { return config.title; }
    public List<InputSpec> inputs() { return config.inputs; }

    /** The output folder, relative to the workspace unless absolute. */
    public Path output() {
        return dir.resolve(config.output == null ? "out" : config.output);
    }

    /** The rule packs the workspace chooses (built-in names or paths relative to it). */
    public List<String> rules() { return config.rules; }
    public Map<String, PackDoc.OverrideDoc> overrides() { return config.overrides; }
    public List<Suppression> suppressions() { return config.suppressions; }

    /** The workspace's own derived indicators, added to the bundled ones. */
    public List<Indicators.Doc> indicators() { return config.indicators; }

    /** The levels {@code run} aggregates to (township by default). */
    public List<String> aggregateBy() { return config.aggregate; }

    /** The access lists, approvals and exits (YAML or XLSX paths relative to the workspace). */
    public List<String> access() { return config.access; }

    /** The issuing office (发文机关), signed under the documents. */
    public String office() { return config.office; }

    /** Facts every document may use (addressee, issuing office's details, …), as written. */
    public Map<String, Object> facts() { return config.facts; }

    /** The previous period's workspace (relative to this one), which documents compare with; null for none. */
    public Path previous() { return config.previous == null ? null : dir.resolve(config.previous); }

    /** How long a template may run ({@code render: {timeout: SECONDS}}; 30 s by default). */
    public Duration renderTimeout() {
        Integer t = config.render == null ? null : config.render.timeout;
        if (t != null && (t < 1 || t > 3600)) {
            throw new Problem("workspace.invalid", dir.resolve(FILE).toString(), 0, "render.timeout: 1–3600 seconds");
        }
        return t == null ? TemplateEngine.TIMEOUT : Duration.ofSeconds(t);
    }

    /** The documents {@code run} renders. */
    public List<ReportSpec> reports() { return config.reports; }

    /** The workspace's own templates: its {@code templates/} folder. */
    public Path templates() { return dir.resolve("templates"); }

    /** The built-in dictionary with this workspace's fields and aliases. */
    public Dictionary dictionary(Dictionary base) {
        return base.extend(config.fields, config.aliases);
    }

    /** shequ.yaml as written. */
    static final class Config {
        @JsonProperty public String jurisdiction;
        @JsonProperty public String period;
        @JsonProperty public String title;
        @JsonProperty public List<InputSpec> inputs = new ArrayList<>(List.of(InputSpec.of("data/**")));
        @JsonProperty public String output;
        @JsonProperty public Map<String, List<Dictionary.FieldDoc>> fields = new LinkedHashMap<>();
        @JsonProperty public Map<String, Map<String, List<String>>> aliases = new LinkedHashMap<>();
        @JsonProperty public List<String> rules = new ArrayList<>();
        @JsonProperty public Map<String, PackDoc.OverrideDoc> overrides = new LinkedHashMap<>();
        @JsonProperty public List<Suppression> suppressions = new ArrayList<>();
        @JsonProperty public List<String> access = new ArrayList<>();
        @JsonProperty public List<Indicators.Doc> indicators = new ArrayList<>();
        @JsonProperty public List<String> aggregate = new ArrayList<>(List.of("township"));
        @JsonProperty public String office;
        @JsonProperty public Map<String, Object> facts = new LinkedHashMap<>();
        @JsonProperty public List<ReportSpec> reports = new ArrayList<>();
        @JsonProperty public String previous;
        @JsonProperty public RenderConfig render = new RenderConfig();
    }

    /** shequ.yaml's {@code render:}: how long a template may run, in seconds. */
    static final class RenderConfig {
        @JsonProperty public Integer timeout;
    }
}
