package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveModel;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What shequ takes from FreeMarker's internals still works: a template that never ends stops when
 * its thread is interrupted, and the line of the instruction it is at can be read. An upgrade of
 * FreeMarker that removes either fails here, not in a county's run.
 */
class InterruptibleTest {
    private static final Configuration CONFIG = new Configuration(Configuration.VERSION_2_3_34);

    @Test
    void aTemplateThatNeverEndsStopsWhenInterrupted() throws Exception {
        Template t = new Template("loop.ftl", new StringReader("<#list 1..9999999999 as i><#assign x = i></#list>"), CONFIG);
        Interruptible.make(t);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                t.process(Map.of(), new StringWriter());
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        worker.start();
        Thread.sleep(200);
        worker.interrupt();
        worker.join(10_000);
        assertFalse(worker.isAlive(), "the template ran on after its thread was interrupted");
        assertNotNull(ended.get(), "it ended by an exception");
    }

    @Test
    void theLineOfTheInstructionIsKnown() throws Exception {
        AtomicInteger line = new AtomicInteger(-1);
        TemplateDirectiveModel where = (env, params, loopVars, body) -> line.set(Interruptible.line(Environment.getCurrentEnvironment()));
        Template t = new Template("where.ftl", new StringReader("a\nb\n<@where/>\n"), CONFIG);
        t.process(Map.of("where", where), new StringWriter());
        assertEquals(3, line.get());
    }
}
