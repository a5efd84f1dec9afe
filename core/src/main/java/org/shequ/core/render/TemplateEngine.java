package org.shequ.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.shequ.core.Problem;
import java.io.Writer;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.TemplateModelException;
import freemarker.template.MalformedTemplateNameException;
import freemarker.core.Environment;

/**
 * FreeMarker, locked down for templates that a workspace may bring: no {@code ?new} (the
 * {@code ALLOWS_NOTHING_RESOLVER}), no {@code ?api}, a wrapper that exposes only maps, lists,
 * texts, numbers, booleans and dates (so there is no {@code .class} or method to reach), loading
 * only from the workspace's {@code templates/} folder and the bundled templates (no {@code ../},
 * no links out of the folder), and every printed value escaped for Markdown. A missing value
 * stops the render with the template's name, line and column (exit 2): a document never has a
 * blank where a number should be.
 */
public final class TemplateEngine {
    /** The templates shipped in the jar, in the order {@code shequ render --help} lists them. */
    public static final List<String> BUNDLED = List.of("work-report", "proposal-reply", "work-points", "compliance");
    public static final String SUFFIX = ".md.ftl";
    static final String BUNDLED_PATH = "/org/shequ/render/templates";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-]+");

    /** How long a template may run, by default (shequ.yaml's {@code render: {timeout: …}} changes it). */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The most a template may write (64 M characters): beyond any county or city document. */
    static final long OUTPUT_LIMIT = 64L << 20;
    /** The stack a template runs on: ample for any document, so that runaway recursion ends quickly. */
    private static final long STACK = 8L << 20;

    private final Configuration config;
    private final Path own;
    private final Duration timeout;
    private final Set<Template> interruptible = Collections.newSetFromMap(new IdentityHashMap<>());

    /** An engine for the bundled templates and, when {@code ownTemplates} exists, the workspace's own. */
    public TemplateEngine(Path ownTemplates) {
        this(ownTemplates, TIMEOUT);
    }

    /** As {@link #TemplateEngine(Path)}, with the time a template may run. */
    public TemplateEngine(Path ownTemplates, Duration timeout) {
        this.timeout = timeout;
        this.own = ownTemplates != null && Files.isDirectory(ownTemplates) ? ownTemplates : null;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (own != null) {
            try {
                loaders.add(new FileTemplateLoader(own.toFile(), false)); // canonical-path check: no links out
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUNDLED_PATH));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        c.setLocalizedLookup(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setRegisteredCustomOutputFormats(List.<OutputFormat>of(MarkdownOutputFormat.INSTANCE));
        c.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((e, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.SIMPLIFIED_CHINESE);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        this.config = c;
    }

    /** How long a template may run. */
    public Duration timeout() {
        return timeout;
    }

    /** The names of the templates this engine can render: the bundled ones and the workspace's own. */
    public List<String> available() {
        TreeSet<String> names = new TreeSet<>(BUNDLED);
        if (own != null) {
            try (Stream<Path> files = Files.list(own)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                        .map(n -> n.substring(0, n.length() - SUFFIX.length())).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(names);
    }

    private static final Pattern FACT = Pattern.compile("\\bdoc\\.([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * A value the template needs and the model lacks; when it is one of the document's facts
     * ({@code doc.office}), the message says so and where shequ.yaml gives it.
     */
    private static Problem missing(TemplateException e, String blamed) {
        Matcher fact = FACT.matcher(blamed == null ? "" : blamed);
        if (fact.find()) {
            return new Problem(e, "render.templateMissingFact", e.getTemplateSourceName(), orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber()), fact.group(1));
        }
        return new Problem(e, "render.templateMissingValue", e.getTemplateSourceName(), orZero(e.getLineNumber()),
                orZero(e.getColumnNumber()), blamed);
    }

    /**
     * The facts the template says it needs, dotted for nested ones ({@code proposal.number}):
     * {@code <#ftl attributes={"needs": ["office", "date"]}>} at its top; none when it says
     * nothing. Loading it here also reports a template that does not parse, before any data is read.
     */
    public List<String> needs(String name) {
        return attribute(name, "needs", "needs: a list of fact names");
    }

    /**
     * The lengths of period the template is written for ({@code year}, {@code half}, {@code quarter},
     * {@code month}): {@code <#ftl attributes={"periods": ["year"]}>} for an annual document (next
     * year's work points); every length when it says nothing.
     */
    public List<String> periods(String name) {
        return attribute(name, "periods", "periods: a list of year, half, quarter, month");
    }

    /** A list attribute of the template's {@code <#ftl>} header, as texts; empty when it has none. */
    private List<String> attribute(String name, String key, String expected) {
        Object value;
        try {
            value = config.getTemplate(checked(name) + SUFFIX).getCustomAttribute(key);
        } catch (IOException | SecurityException e) {
            throw problem(name, e);
        }
        List<String> items = new ArrayList<>();
        if (value instanceof TemplateSequenceModel seq) {
            try {
                for (int i = 0; i < seq.size(); i++) {
                    items.add(String.valueOf(seq.get(i)));
                }
            } catch (TemplateModelException e) {
                throw new Problem(e, "render.templateError", name + SUFFIX, 1, 1, expected);
            }
        } else if (value instanceof Iterable<?> list) {
            list.forEach(f -> items.add(String.valueOf(f)));
        } else if (value != null) {
            throw new Problem("render.templateError", name + SUFFIX, 1, 1, expected);
        }
        return items;
    }

    /** Renders template {@code name} (without {@code .md.ftl}) on the model, to Markdown. */
    public String render(String name, Map<String, Object> model) {
        return render(name, model, null).markdown();
    }

    /**
     * Renders template {@code name} on the model, to Markdown with the source of every number it
     * printed through a helper; {@code quantities} defines the metrics ({@code fig}, {@code val}), null for none.
     */
    public Figures.Rendered render(String name, Map<String, Object> model, Quantities quantities) {
        Map<String, Object> root = new HashMap<>(model);
        Figures figures = new Figures();
        root.putAll(TemplateFunctions.all(figures, quantities));
        try {
            return figures.extract(bounded(config.getTemplate(checked(name) + SUFFIX), name, root));
        } catch (TemplateException | IOException | SecurityException e) {
            throw problem(name, e);
        }
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new Problem("render.templateName", name);
        }
        return name;
    }

    /** What loading or running template {@code name} failed on, as the one line a user reads (exit 2). */
    private Problem problem(String name, Exception e) {
        if (e instanceof TemplateNotFoundException) {
            return new Problem("render.templateMissing", name, String.join(", ", available()));
        }
        if (e instanceof ParseException p) {
            return new Problem(p, "render.templateError", p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(),
                    firstLine(p.getEditorMessage()));
        }
        if (e instanceof InvalidReferenceException r) {
            return missing(r, r.getBlamedExpressionString());
        }
        if (e instanceof TemplateException t) {
            if (TemplateFunctions.noValue(t)) {
                // yaml(doc.office) without an office: a missing value too; the call is named by the instruction it failed in
                String stack = t.getFTLInstructionStack();
                String at = stack == null ? "" : stack.lines().findFirst().orElse("");
                if (FACT.matcher(at).find()) {
                    return missing(t, at);
                }
            }
            return new Problem(t, "render.templateError", t.getTemplateSourceName(), orZero(t.getLineNumber()),
                    orZero(t.getColumnNumber()), firstLine(t.getMessageWithoutStackTop()));
        }
        if (e instanceof MalformedTemplateNameException m) {
            return new Problem(m, "render.templateName", m.getTemplateName());
        }
        if (e instanceof SecurityException) {
            return new Problem(e, "render.templateOutside", name, own);
        }
        return new Problem(e, "render.templateMissing", name, String.join(", ", available()));
    }

    /**
     * Runs a template on a thread of its own, so that whatever a workspace's template does it ends:
     * after {@link #timeout} it is interrupted (FreeMarker checks for that in every loop), beyond
     * {@link #OUTPUT_LIMIT} characters its output is refused, and runaway recursion ends in a short
     * stack. Each is a one-line problem naming the template and line (exit 2).
     */
    private String bounded(Template t, String name, Map<String, Object> root) throws TemplateException, IOException {
        synchronized (interruptible) {
            if (interruptible.add(t)) {
                Interruptible.make(t);
            }
        }
        Capped out = new Capped();
        AtomicReference<Environment> env = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                Environment e = t.createProcessingEnvironment(root, out);
                env.set(e);
                e.process();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "shequ-template", STACK);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(timeout.toMillis());
            if (worker.isAlive()) {
                int line = Interruptible.line(env.get());
                worker.interrupt();
                worker.join(5_000);
                throw new Problem("render.timeout", t.getSourceName(), line, timeout.toSeconds());
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new Problem(e, "render.timeout", t.getSourceName(), 0, timeout.toSeconds());
        }
        rethrow(failure.get(), t, env.get());
        return out.toString();
    }

    /** What ended a template's processing, as a one-line problem (or the exception itself); nothing when it ended well. */
    private static void rethrow(Throwable f, Template t, Environment env) throws TemplateException, IOException {
        if (f instanceof StackOverflowError) {
            throw new Problem(f, "render.recursion", t.getSourceName(), Interruptible.line(env));
        }
        if (f instanceof OutOfMemoryError) {
            // a value the template built (a text doubled in a loop), not the data: more heap would only take longer to fill
            throw new Problem(f, "render.tooLarge", t.getSourceName()); // the line is gone with the stack
        }
        if (f instanceof Capped.TooLong tooLong) {
            throw new Problem(f, "render.tooLong", t.getSourceName(), tooLong.line, OUTPUT_LIMIT >> 20);
        }
        if (f instanceof TemplateException te && te.getCause() instanceof Capped.TooLong tooLong) {
            throw new Problem(f, "render.tooLong", t.getSourceName(), tooLong.line, OUTPUT_LIMIT >> 20);
        }
        if (f instanceof TemplateException te) {
            throw te;
        }
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    /** A text buffer that refuses more than {@link #OUTPUT_LIMIT} characters. */
    private static final class Capped extends Writer {
        private final StringBuilder b = new StringBuilder();

        static final class TooLong extends IOException {
            final int line;

            TooLong(int line) {
                super("output limit");
                this.line = line;
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (b.length() + (long) len > OUTPUT_LIMIT) {
                throw new TooLong(Interruptible.line(Environment.getCurrentEnvironment()));
            }
            b.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (b.length() + (long) len > OUTPUT_LIMIT) {
                throw new TooLong(Interruptible.line(Environment.getCurrentEnvironment()));
            }
            b.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
