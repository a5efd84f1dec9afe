package org.shequ.core.validate;

import org.shequ.core.schema.Field;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.Location;

/**
 * The binder thread's side of the checks: runs the {@link Check#local() local} checks on each
 * record as it is typed and attaches their findings to it, then passes the record on. The calling
 * thread reports them (suppressions applied there) before its own checks, so the work of the
 * per-field checks moves off the busier thread without changing what is found.
 */
final class LocalChecks implements TableBinder.Sink, CheckContext {
    private final List<Check> checks;
    private final TableBinder.Sink next;
    private final DivisionRegistry registry;
    private final Settings settings;
    private final String file;
    private List<Finding> found;

    LocalChecks(List<Check> checks, TableBinder.Sink next, DivisionRegistry registry, Settings settings, String file) {
        this.checks = checks;
        this.next = next;
        this.registry = registry;
        this.settings = settings;
        this.file = file;
    }

    @Override
    public void bound(Binding binding) {
        next.bound(binding);
    }

    @Override
    public void record(Record record) {
        found = null;
        for (Check c : checks) {
            c.record(record, this);
        }
        if (found != null) {
            record.early(found);
        }
        next.record(record);
    }

    @Override
    public void problem(Location where, String key, Severity severity, Object... args) {
        next.problem(where, key, severity, args);
    }

    @Override
    public void finding(Finding finding) {
        next.finding(finding);
    }

    @Override
    public void layout(TableLayout layout) {
        next.layout(layout);
    }

    @Override
    public void report(Finding finding) {
        if (found == null) {
            found = new ArrayList<>(2);
        }
        found.add(finding);
    }

    @Override
    public void judged(String rule, Record record, boolean passed) {
        throw new IllegalStateException(rule + " tells listeners what it judged: it cannot be a local check");
    }

    @Override
    public void notJudged(String rule, Record record, Field field, Unjudged why) {
        throw new IllegalStateException(rule + " tells listeners what it judged: it cannot be a local check");
    }

    @Override
    public DivisionRegistry registry() {
        return registry;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public String file() {
        return file;
    }
}
