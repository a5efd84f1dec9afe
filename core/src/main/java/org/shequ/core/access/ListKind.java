package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.schema.HeaderNames;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;

/**
 * The kinds of access list (DATA.md), with the words offices use for them. A kind's label (its
 * full name, 依法履行职责事项清单) is in words.properties; it is read too.
 */
public enum ListKind {
    /** what offices call the list of duties: 依法履行职责, 履职事项 */
    DUTIES("duties", Vocabulary.word("ListKind.DUTIES.1"), Vocabulary.word("ListKind.DUTIES.2")),
    /** what offices call the list of assistance to government: 协助政府, 协助事项 */
    ASSISTANCE("assistance", Vocabulary.word("ListKind.ASSISTANCE.1"), Vocabulary.word("ListKind.ASSISTANCE.2")),
    /** what offices call the catalogue of public services: 公共服务目录, 公共服务 */
    SERVICES("services", Vocabulary.word("ListKind.SERVICES.1"), Vocabulary.word("ListKind.SERVICES.2")),
    /** what offices call the catalogue of government services done on behalf: 代办政务目录, 代办 */
    PROXY("proxy", Vocabulary.word("ListKind.PROXY.1"), Vocabulary.word("ListKind.PROXY.2")),
    /** what offices call the list of certificates kept: 证明事项, 证明 */
    CERTIFICATES("certificates", Vocabulary.word("ListKind.CERTIFICATES.1"), Vocabulary.word("ListKind.CERTIFICATES.2")),
    /** what offices call the negative list: 负面, 禁止事项 */
    NEGATIVE("negative", Vocabulary.word("ListKind.NEGATIVE.1"), Vocabulary.word("ListKind.NEGATIVE.2"));

    private final List<String> names;

    ListKind(String... names) {
        this.names = List.of(names);
    }

    /** The kind's full name, as lists are titled (依法履行职责事项清单). */
    public String label() {
        return switch (this) {
            case DUTIES -> Words.get("access.listKind.duties");
            case ASSISTANCE -> Words.get("access.listKind.assistance");
            case SERVICES -> Words.get("access.listKind.services");
            case PROXY -> Words.get("access.listKind.proxy");
            case CERTIFICATES -> Words.get("access.listKind.certificates");
            case NEGATIVE -> Words.get("access.listKind.negative");
        };
    }

    public String key() {
        return names.get(0);
    }

    /** The kind a word names: its key, label or a usual wording; empty for anything else. */
    public static Optional<ListKind> of(String text) {
        String t = HeaderNames.normalise(text);
        for (ListKind k : values()) {
            if (t.equals(HeaderNames.normalise(k.label())) || k.names.stream().anyMatch(n -> t.equals(HeaderNames.normalise(n)))) {
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
