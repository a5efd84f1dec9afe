package org.shequ.core.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.validate.Severity;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A rule pack as written in YAML. Lines are filled in by the loader for error messages. */
public final class PackDoc {
    public String id;
    public Map<String, String> title = Map.of();
    public String jurisdiction;
    @JsonProperty("extends") public String parent;
    public List<SourceDoc> sources = List.of();
    public List<RuleDoc> rules = new ArrayList<>();
    public Map<String, OverrideDoc> overrides = new LinkedHashMap<>();

    /** A document a pack's rules cite: title, 文号 (number), date, issuer. */
    public static final class SourceDoc {
        public String id;
        public String title;
        public String number;
        public String date;
        public String issuer;
    }

    /** Where a rule comes from: a source document of the pack and the clause within it. */
    public static final class SourceRef {
        public String doc;
        public String clause;
    }

    /** A change to an inherited rule: parameters, severity, or switching it off. */
    public static final class OverrideDoc {
        public Map<String, Object> params = new LinkedHashMap<>();
        public Severity severity;
        public Boolean enabled;
        public SourceRef source;
        /** The line of the override in a workspace's shequ.yaml, for what is said about it (0 when unknown). */
        @JsonIgnore
        public int line;
    }

    /** One rule as written. {@code kind} names how it is checked (expression by default). */
    public static final class RuleDoc {
        public String id;
        public String kind = "expression";
        public Map<String, String> title = Map.of();
        public Severity severity = Severity.ERROR;
        public String on = "communities";
        public List<String> applies;
        public String when;
        public Map<String, Object> params = new LinkedHashMap<>();
        public String value;
        public String limit;
        public String check;
        public String field;
        public List<String> fields = List.of();
        @JsonProperty("urban_fields") public List<String> urbanFields = List.of();
        public List<String> items = List.of();
        public String level;
        public String expected;
        public Map<String, String> message = Map.of();
        public SourceRef source;
    }
}
