package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;

/** One number format per quantity: a chart labels its values with the decimals the template wrote, as the table beside it. */
class ChartTest {
    private static final String BLOCK = "```chart\ntype: bar\ntitle: 达标率\nunit: '%'\nmax: 100\ndata:\n  - [\"城关街道\", 95.8]\n  - [\"天度镇\", 100.0]\n```\n";

    private static Chart chart(String md) {
        MarkdownDocument doc = MarkdownDocument.parse("t.md", md);
        return Chart.of((FencedCodeBlock) doc.root().getFirstChild(), "t.md");
    }

    @Test
    void aRateWrittenWithOneDecimalIsLabelledWithOne() throws IOException {
        Chart c = chart(BLOCK);
        assertEquals(1, c.decimals());
        assertEquals("100.0%", c.label(100), "not 100 beside the table's 100.0%");
        assertEquals("#,##0.0\"%\"", new DocxChart(c, 1).format());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(MarkdownDocument.parse("t.md", "# 标题\n\n" + BLOCK), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains(">100.0%</text>") && !html.contains(">100%</text>"), html);
        assertEquals(java.util.List.of(java.util.List.of("项目", "数值（%）"), java.util.List.of("城关街道", "95.8"), java.util.List.of("天度镇", "100.0")),
                Tables.of(c).rows(), "the xlsx's data as the labels");
    }

    @Test
    void countsAreWhole() {
        Chart c = chart("```chart\ntype: column\ntitle: 分布\nunit: 个社区\ndata:\n  - [\"20以下\", 3]\n  - [\"20–30\", 12]\n```\n");
        assertEquals(0, c.decimals());
        assertEquals("12个社区", c.label(12));
        assertFalse(new DocxChart(c, 1).format().contains("."));
    }
}
