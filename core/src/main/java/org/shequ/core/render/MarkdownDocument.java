package org.shequ.core.render;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

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

    private final String name;
    private final String markdown;
    private final Node root;
    private final Map<String, List<String>> front;

    private MarkdownDocument(String name, String markdown, Node root, Map<String, List<String>> front) {
        this.name = name;
        this.markdown = markdown;
        this.root = root;
        this.front = front;
    }

    /** Parses Markdown; {@code name} is what findings and errors call the document. */
    public static MarkdownDocument parse(String name, String markdown) {
        Node root;
        try {
            root = PARSER.parse(markdown);
        } catch (RuntimeException e) {
            throw new org.shequ.core.Problem(e, "render.frontMatter", name); // the front-matter extension fails on some values, e.g. a lone "
        }
        YamlFrontMatterVisitor v = new YamlFrontMatterVisitor();
        root.accept(v);
        return new MarkdownDocument(name, markdown, root, v.getData());
    }

    public String name() { return name; }
    public String markdown() { return markdown; }
    public Node root() { return root; }

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
