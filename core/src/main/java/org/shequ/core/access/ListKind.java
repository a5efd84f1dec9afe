package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.schema.HeaderNames;

/** The kinds of access list (DATA.md), with the words offices use for them. */
public enum ListKind {
    DUTIES("依法履行职责事项清单", "duties", "依法履行职责", "履职事项"),
    ASSISTANCE("依法协助政府工作事项清单", "assistance", "协助政府", "协助事项"),
    SERVICES("公共服务指导目录", "services", "公共服务目录", "公共服务"),
    PROXY("代办政务服务指导目录", "proxy", "代办政务目录", "代办"),
    CERTIFICATES("证明事项保留清单", "certificates", "证明事项", "证明"),
    NEGATIVE("负面清单", "negative", "负面", "禁止事项");

    private final String label;
    private final List<String> names;

    ListKind(String label, String... names) {
        this.label = label;
        this.names = List.of(names);
    }

    public String label() {
        return label;
    }

    public String key() {
        return names.get(0);
    }

    /** The kind a word names: its key, label or a usual wording; empty for anything else. */
    public static Optional<ListKind> of(String text) {
        String t = HeaderNames.normalise(text);
        for (ListKind k : values()) {
            if (t.equals(HeaderNames.normalise(k.label)) || k.names.stream().anyMatch(n -> t.equals(HeaderNames.normalise(n)))) {
                return Optional.of(k);
            }
        }
        for (ListKind k : values()) {
            if (t.contains(HeaderNames.normalise(k.names.get(1)))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
