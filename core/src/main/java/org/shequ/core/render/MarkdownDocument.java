package org.shequ.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.shequ.core.Problem;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Yaml;
import java.util.Arrays;

/**
 * A rendered document: its Markdown text and the syntax tree that every other format is built
 * from (commonmark with GFM tables and a YAML front matter). The front matter carries what a
 * government document places outside its body: {@code number} (发文字号), {@code addressee}
 * (主送机关), {@code office} (署名), {@code date} (成文日期) and {@code cc} (抄送). The signature
 * goes before the first thematic break (the attachments) or at the end.
 */
public final class MarkdownDocument {
    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), YamlFrontMatterExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** The line that closes a front matter, as the extension recognises it. */
    private static final Pattern FRONT_MATTER_END = Pattern.compile("^(-{3}|\\.{3})(\\s.*)?");
    private static final ObjectMapper YAML = new ObjectMapper(Yaml.factory(ReadLimits.DEFAULT));
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private final String name;
    private final String markdown;
    private final Node root;
    private final Map<String, List<String>> front;
    private final List<Figures.Placed> figures;

    private MarkdownDocument(String name, String markdown, Node root, Map<String, List<String>> front, List<Figures.Placed> figures) {
        this.name = name;
        this.markdown = markdown;
        this.root = root;
        this.front = front;
        this.figures = figures;
    }

    /** Parses Markdown; {@code name} is what findings and errors call the document. */
    public static MarkdownDocument parse(String name, String markdown) {
        return parse(name, markdown, List.of());
    }

    /** As {@link #parse(String, String)}, with where each number of the Markdown comes from (shown in the HTML). */
    public static MarkdownDocument parse(String name, String markdown, List<Figures.Placed> figures) {
        Node root;
        try {
            root = PARSER.parse(markdown);
        } catch (RuntimeException e) {
            throw new Problem(e, "render.frontMatter", name); // the front-matter extension fails on some values, e.g. a lone "
        }
        return new MarkdownDocument(name, markdown, root, front(root, markdown, name), List.copyOf(figures));
    }

    /**
     * The front matter's values, read as the YAML it is. The extension finds where it ends, but
     * reads values itself and knows only the escapes \" and \\: a line break or a control character
     * that {@code yaml()} wrote as \n or \u0007 would reach the document as those letters.
     */
    private static Map<String, List<String>> front(Node root, String markdown, String name) {
        if (!(root.getFirstChild() instanceof YamlFrontMatterBlock)) {
            return Map.of();
        }
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        int end = 1;
        while (end < lines.length && !FRONT_MATTER_END.matcher(lines[end]).matches()) {
            end++;
        }
        Object read;
        try {
            read = YAML.readValue(String.join("\n", Arrays.asList(lines).subList(1, end)), Object.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new Problem(e, "render.frontMatterYaml", name, line, e.getOriginalMessage());
        }
        if (read == null) {
            return Map.of();
        }
        if (!(read instanceof Map<?, ?> map)) {
            throw new Problem("render.frontMatterYaml", name, 2, "key: value");
        }
        Map<String, List<String>> front = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            List<?> values = v == null ? List.of() : v instanceof List<?> l ? l : List.of(v);
            List<String> texts = new ArrayList<>();
            for (Object o : values) {
                if (o instanceof Map<?, ?> || o instanceof List<?>) {
                    throw new Problem("render.frontMatterYaml", name, 2, e.getKey() + ": a text or a list of texts");
                }
                // a fact written over several lines (YAML's |) is one line of the document: 抄送 甲 乙
                texts.add(o == null ? "" : LINE_BREAKS.matcher(String.valueOf(o).strip()).replaceAll(" "));
            }
            front.put(String.valueOf(e.getKey()), texts);
        }
        return front;
    }

    public String name() { return name; }
    public String markdown() { return markdown; }
    public Node root() { return root; }
    public List<Figures.Placed> figures() { return figures; }

    /** A front-matter value, or null. */
    public String front(String key) {
        List<String> v = front.get(key);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
    }

    /**
     * Where the signature (office and date) goes: before the first thematic break ({@code ---},
     * which starts an attachment on a new page), or null for the end of the document.
     */
    public Node signatureBefore() {
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.ThematicBreak) {
                return n;
            }
        }
        return null;
    }

    /** The title: the first level-1 heading's text, else the file's name. */
    public String title() {
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                return Inline.text(h);
            }
        }
        return name;
    }
}
