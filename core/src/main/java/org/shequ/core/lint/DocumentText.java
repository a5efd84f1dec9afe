package org.shequ.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.shequ.core.Problem;
import org.shequ.core.io.Encoding;
import java.util.Comparator;
import org.apache.poi.UnsupportedFileFormatException;

/**
 * The text of a document as lint reads it, line by line: plain text as it is (encoding
 * detected as for data files); Markdown through its syntax tree, so emphasis marks are not
 * placeholders but an unmatched {@code *} is, and code blocks (chart data) are skipped; docx
 * paragraph by paragraph, tables included, numbered as Word's paragraphs.
 */
public final class DocumentText {
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** For a front matter the extension cannot read (it fails on some values, e.g. a lone "): its lines are read as text. */
    private static final Parser WITHOUT_FRONT_MATTER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private DocumentText() {
    }

    public static List<TextLine> read(Path file, String name) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".docx")) {
                try {
                    return docx(file);
                } catch (UnsupportedFileFormatException e) {
                    throw e;
                } catch (RuntimeException | NoClassDefFoundError e) {
                    // whatever else POI throws on a damaged docx, and a zip entry in a codec that is not bundled
                    throw new Problem(e, "lint.unreadable", name, e instanceof LinkageError ? "" : e.getMessage());
                }
            }
            String text = decode(file, name);
            return lower.endsWith(".md") || lower.endsWith(".markdown") ? markdown(text) : plain(text);
        } catch (IOException | UnsupportedFileFormatException e) {
            throw new Problem(e, "lint.unreadable", name, e.getMessage());
        }
    }

    private static String decode(Path file, String name) throws IOException {
        Encoding.Detected d = Encoding.detect(file, null);
        if (!d.ok()) {
            throw new Problem("lint.encoding", name, d.failure().line(), d.failure().bytes());
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return d.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, d.bomLength(), bytes.length - d.bomLength())).toString();
        } catch (CharacterCodingException e) {
            Encoding.Undecodable u = Encoding.locate(file, d.charset(), d.bomLength()).orElseThrow();
            throw new Problem("lint.encoding", name, u.line(), u.bytes());
        }
    }

    public static List<TextLine> plain(String text) {
        List<TextLine> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(new TextLine(i + 1, lines[i]));
            }
        }
        return out;
    }

    /** Puts each text, code span and literal delimiter on its source line; a table's cells and the front matter as written; no code blocks. */
    private static final class Collector extends AbstractVisitor {
        private final String[] source;
        private final Map<Integer, StringBuilder> lines;
        private final List<TextLine> cells;

        Collector(String[] source, Map<Integer, StringBuilder> lines, List<TextLine> cells) {
            this.source = source;
            this.lines = lines;
            this.cells = cells;
        }

        @Override
        public void visit(Text t) {
            append(t, t.getLiteral());
        }

        @Override
        public void visit(Code c) {
            append(c, c.getLiteral());
        }

        @Override
        public void visit(Emphasis e) {
            if (!literal(e)) {
                visitChildren(e);
                return;
            }
            append(e, e.getOpeningDelimiter());
            visitChildren(e);
            List<SourceSpan> spans = e.getSourceSpans();
            int last = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
            lines.computeIfAbsent(last, k -> new StringBuilder()).append(e.getClosingDelimiter());
        }

        @Override
        public void visit(FencedCodeBlock block) {
        }

        @Override
        public void visit(IndentedCodeBlock block) {
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                table(block, cells);
                return;
            }
            if (block instanceof YamlFrontMatterBlock) {
                for (SourceSpan s : block.getSourceSpans()) {
                    if (s.getLineIndex() < source.length) {
                        lines.computeIfAbsent(s.getLineIndex() + 1, k -> new StringBuilder()).append(source[s.getLineIndex()]);
                    }
                }
                return;
            }
            visitChildren(block);
        }

        private void append(Node n, String literal) {
            int line = n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
            lines.computeIfAbsent(line, k -> new StringBuilder()).append(literal);
        }
    }

    /** The text of Markdown by source line: text and code spans, front matter as written, no code blocks. */
    public static List<TextLine> markdown(String text) {
        Node root;
        try {
            root = MARKDOWN.parse(text);
        } catch (RuntimeException e) {
            root = WITHOUT_FRONT_MATTER.parse(text);
        }
        String[] source = text.split("\r\n|\r|\n", -1);
        Map<Integer, StringBuilder> lines = new TreeMap<>();
        List<TextLine> cells = new ArrayList<>();
        root.accept(new Collector(source, lines, cells));
        List<TextLine> out = new ArrayList<>();
        lines.forEach((line, b) -> {
            if (!b.toString().isBlank()) {
                out.add(new TextLine(line, b.toString()));
            }
        });
        out.addAll(cells);
        out.sort(Comparator.comparingInt(TextLine::line));
        return out;
    }

    /** A Markdown table as one text line per cell, body cells labelled with their column's header. */
    private static void table(Node table, List<TextLine> out) {
        List<String> headers = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                int line = row.getSourceSpans().isEmpty() ? 0 : row.getSourceSpans().get(0).getLineIndex() + 1;
                int column = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), column++) {
                    String text = inline(cell);
                    if (head) {
                        headers.add(text);
                    }
                    if (!text.isBlank()) {
                        out.add(new TextLine(line, text, head || column >= headers.size() ? null : headers.get(column)));
                    }
                }
            }
        }
    }

    private static String inline(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                b.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                b.append(c.getLiteral());
            }

            @Override
            public void visit(Emphasis e) {
                boolean keep = literal(e);
                if (keep) {
                    b.append(e.getOpeningDelimiter());
                }
                visitChildren(e);
                if (keep) {
                    b.append(e.getClosingDelimiter());
                }
            }
        });
        return b.toString().strip();
    }

    /**
     * Chinese official text has no italics: a single {@code *} or {@code _} pair around Chinese
     * text ("全县共有*个社区，其中城市社区*个") is two placeholders, not emphasis, so it is checked
     * as written. Bold ({@code **}) stays bold.
     */
    private static boolean literal(Emphasis e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            }
        }
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<TextLine> docx(Path file) throws IOException {
        List<TextLine> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            int n = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    n = add(out, n, p, null);
                } else if (e instanceof XWPFTable t) {
                    List<String> headers = new ArrayList<>();
                    for (int r = 0; r < t.getRows().size(); r++) {
                        List<XWPFTableCell> cells = t.getRows().get(r).getTableCells();
                        for (int c = 0; c < cells.size(); c++) {
                            if (r == 0) {
                                headers.add(cells.get(c).getText().strip());
                            }
                            String label = r == 0 || c >= headers.size() ? null : headers.get(c);
                            for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                                n = add(out, n, p, label);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int add(List<TextLine> out, int n, XWPFParagraph p, String label) {
        int line = n + 1;
        if (!p.getText().isBlank()) {
            out.add(new TextLine(line, p.getText(), label));
        }
        return line;
    }
}
