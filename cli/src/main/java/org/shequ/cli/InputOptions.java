package org.shequ.cli;

import org.shequ.core.schema.Period;
import java.nio.file.Path;
import java.util.List;
import org.shequ.core.workspace.Inputs;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Option;
import java.util.ArrayList;

/** Options that say how to read the inputs, overriding detection and the workspace. */
public final class InputOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "CSV 编码（默认自动：UTF-8，否则 GB18030）/ CSV encoding (default: detected)")
    String encoding;

    @Option(names = "--kind", paramLabel = "KIND", description = "表类型：communities、staff、evaluations、assignments、targets（默认按表头识别）")
    String kind;

    @Option(names = "--sheet", split = ",", paramLabel = "NAME", description = "工作表名，可重复或逗号分隔（默认：所有有可识别表头的可见工作表）/ sheet name(s), default: every visible sheet with a header")
    List<String> sheet = new ArrayList<>();

    @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "年度或期间（2023、2023H1、2023Q1、2023-03），用于没有年度列的表 / period (2023, 2023H1, 2023Q1, 2023-03) for rows without one")
    Period period;

    @Option(names = "--rules", paramLabel = "PACK", description = "规则包（可重复）：内置名称或 YAML 路径；取代工作区的 rules / rule pack, repeatable")
    List<String> rules = new ArrayList<>();

    @Option(names = "--jurisdiction", paramLabel = "CODE",
            description = "辖区：区划代码或“全国”；列出代码库中该辖区未报送的单位（缺报），汇总给出应报、实报、缺报 / jurisdiction: registered units that sent nothing are listed")
    String jurisdiction;

    Plan plan(List<String> paths) {
        List<String> given = paths == null || paths.isEmpty() ? List.of(".") : paths;
        List<Path> resolved = given.stream().map(Path::of).toList();
        return Plan.of(resolved, given, new Plan.Overrides(Inputs.charset(encoding), kind, sheet, period, rules, jurisdiction));
    }
}
