package org.shequ.core.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One entry of a workspace's {@code inputs:}: a path or glob relative to the workspace, written
 * as a plain string or as a mapping that also names the kind, the sheet(s) or the encoding. The same
 * workbook may be listed twice with different sheets.
 */
public final class InputSpec {
    @JsonProperty public String path;
    @JsonProperty public String kind;
    /** One sheet name or a list; none: every visible sheet with a header. */
    @JsonProperty public List<String> sheet = List.of();
    @JsonProperty public String encoding;

    public InputSpec() {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InputSpec of(String path) {
        InputSpec s = new InputSpec();
        s.path = path;
        return s;
    }
}
