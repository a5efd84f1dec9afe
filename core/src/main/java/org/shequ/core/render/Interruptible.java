package org.shequ.core.render;

import freemarker.core.Environment;
import freemarker.core._CoreAPI;
import freemarker.template.Template;

/**
 * The two things a bounded render needs that FreeMarker 2.3 offers only through its internal
 * {@code _CoreAPI}, kept here so that nothing else touches FreeMarker's internals: making a parsed
 * template check for thread interruption in its loops (without it an interrupted template that never
 * ends runs on; FreeMarker keeps this call for its online evaluator), and the line of the
 * instruction a template is at (for the one line that names where it stopped).
 * InterruptibleTest fails if an upgrade of FreeMarker takes either away.
 */
final class Interruptible {
    private Interruptible() {
    }

    /** Makes {@code t} end with an exception when its thread is interrupted. */
    static void make(Template t) {
        _CoreAPI.addThreadInterruptedChecks(t);
    }

    /** The line of the instruction {@code env} is at, best effort (0 when unknown). */
    static int line(Environment env) {
        try {
            var stack = env == null ? null : _CoreAPI.getInstructionStackSnapshot(env);
            return stack == null || stack.length == 0 ? 0 : stack[0].getBeginLine();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
