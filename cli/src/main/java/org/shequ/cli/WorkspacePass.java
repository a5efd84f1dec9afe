package org.shequ.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Documents;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.ReportSpec;
import org.shequ.core.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The start that {@code run} and {@code render} share: the workspace loaded, the reports to
 * render chosen and checked, one pass over the data with progress on a terminal, the documents ready.
 */
record WorkspacePass(Plan plan, List<ReportSpec> reports, Documents.Pass pass) {

    static WorkspacePass start(Path dir, Messages messages, boolean quiet, CommandSpec spec,
                               Function<Workspace, List<ReportSpec>> reports) {
        if (!Workspace.isWorkspace(dir)) {
            throw new Problem("workspace.missing", dir.resolve(Workspace.FILE).toString());
        }
        Plan plan = Plan.of(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
        List<ReportSpec> asked = reports.apply(plan.workspace());
        Validator.Progress progress = TerminalProgress.of(spec.commandLine().getErr(), messages.chinese(), quiet);
        Documents.Pass pass = Documents.run(plan, plan.workspace().aggregateBy(), progress, messages, asked);
        if (progress instanceof TerminalProgress t) {
            t.clear();
        }
        return new WorkspacePass(plan, asked, pass);
    }
}
