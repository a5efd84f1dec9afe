package org.shequ.core.run;

import org.shequ.core.workspace.PlanLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.io.OutputLock;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Documents;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.ReportSpec;
import org.shequ.core.workspace.Workspace;

/**
 * The start that {@code run} and {@code render} share: the workspace loaded, the reports to
 * render chosen and checked, one pass over the data, the documents ready.
 */
public record WorkspacePass(Plan plan, List<ReportSpec> reports, Documents.Pass pass) {

    /**
     * Loads the workspace, chooses the reports, refuses any output ({@code outputs}: the files the
     * command will write, from the plan and the reports) that would replace an input, and only
     * then reads the data, telling {@code progress} how far it is. Given {@code locked}, the output
     * folder is then locked, before anything is written, and the lock handed to it to hold until
     * the job ends ({@code run}).
     */
    public static WorkspacePass start(Path dir, Messages messages, Validator.Progress progress,
                                      Function<Workspace, List<ReportSpec>> reports,
                                      BiFunction<Plan, List<ReportSpec>, List<Path>> outputs,
                                      Consumer<OutputLock> locked) {
        if (!Workspace.isWorkspace(dir)) {
            throw new Problem("workspace.missing", dir.resolve(Workspace.FILE).toString());
        }
        Plan plan = PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
        List<ReportSpec> asked = reports.apply(plan.workspace());
        outputs.apply(plan, asked).forEach(plan::guard);
        Documents.Pass pass = Documents.run(plan, plan.workspace().aggregateBy(), progress, messages, asked);
        if (locked != null) {
            // once the reports and the data are known good: a run that stops before writes nothing, not even the lock
            locked.accept(OutputLock.acquire(plan.workspace().output()));
        }
        progress.done();
        return new WorkspacePass(plan, asked, pass);
    }
}
