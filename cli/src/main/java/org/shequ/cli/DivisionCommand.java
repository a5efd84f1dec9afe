package org.shequ.cli;

import org.shequ.core.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.Problem;
import org.shequ.core.division.Division;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.division.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shequ division CODE}: a unit of the NBS 2023 registry with its parents, and the units
 * directly under it ({@code shequ division 610324} lists Fufeng's 8 townships).
 */
@Command(resourceBundle = "org.shequ.cli.usage", name = "division", mixinStandardHelpOptions = true)
final class DivisionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CODE", descriptionKey = "DivisionCommand.code")
    String code;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        String c = code.strip();
        if (!c.matches("\\d+") || Level.ofDigits(c.length()).isEmpty()) {
            throw new Problem("division.malformed", code);
        }
        DivisionRegistry registry = DivisionRegistry.bundled();
        Division unit = registry.find(c).orElseThrow(() -> new Problem("division.unknown", c));
        boolean zh = Lang.chinese(lang.locale());
        Messages m = Messages.of(lang.locale());
        PrintWriter out = spec.commandLine().getOut();
        int depth = 0;
        for (Division d : registry.path(c)) {
            out.println("  ".repeat(depth++) + d.code() + "  " + d.name() + "  (" + (zh ? d.level().zh() : d.level().en()) + ")"
                    + (d.level() == Level.VILLAGE ? "  " + m.format(d.residentsCommittee() ? "division.residents" : "division.village", List.of()) : ""));
        }
        List<Division> children = registry.children(unit.code());
        if (!children.isEmpty()) {
            out.println();
            out.println(m.format("division.children", List.of(children.size(), zh ? children.get(0).level().zh() : children.get(0).level().en())));
            for (Division d : children) {
                out.println("  " + d.code() + "  " + d.name());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
