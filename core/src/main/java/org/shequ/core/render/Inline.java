package org.shequ.core.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a node: its text and code spans; a soft line break joins Chinese lines without a space. */
final class Inline {
    private Inline() {
    }

    static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                b.append('\n');
            }
        });
        return b.toString();
    }
}
