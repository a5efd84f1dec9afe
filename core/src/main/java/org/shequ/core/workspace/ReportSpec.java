package org.shequ.core.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document shequ.yaml asks {@code run} to write: the template, the formats, the file name
 * (the template's name unless given) and the facts only this document has (addressee, document
 * number, the proposal answered), which override the workspace's {@code facts}.
 */
public final class ReportSpec {
    @JsonProperty public String template;
    @JsonProperty public List<String> formats = new ArrayList<>(List.of("md", "html", "docx"));
    @JsonProperty public String name;
    @JsonProperty public Map<String, Object> facts = new LinkedHashMap<>();

    public static ReportSpec of(String template, List<String> formats) {
        ReportSpec s = new ReportSpec();
        s.template = template;
        s.formats = new ArrayList<>(formats);
        return s;
    }

    /** The output file's name without extension. */
    public String fileName() {
        return name == null || name.isBlank() ? template : name;
    }
}
