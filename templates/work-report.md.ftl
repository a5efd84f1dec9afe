<#ftl attributes={"needs": ["office", "addressee", "date"], "periods": ["year", "half", "quarter", "month"]}>
<#--
  工作情况汇报（work report to the leadership, the kind of seeds 000 and 001).
  Every number comes from the data through a helper that says where it comes from (NAME.sources.json):
  fig(row, key) writes a metric with its unit and what it does not cover, or 未报 when no unit reported it;
  cell(row, key) is a table cell (※ when incomplete); val(row, key) a chart's number. Thresholds come from
  the rule packs in force (param). A sentence that states a fact is written only when the data shows it.
  Needs in shequ.yaml: office (发文机关); facts or the report's facts: addressee (主送), date (成文日期).
-->
<#assign t = total.m>
<#assign space = rules["STD-SPACE-100"]>
<#assign urban = by_type.urban>
<#-- a year, or a half, quarter or month: what the report compares with and how it names its span -->
<#assign annual = (period_span!"year") == "year">
<#assign urbanFailing = brief(urban.failing["STD-SPACE-100"]![])>
<#assign urbanUnjudged = urban.unjudged["STD-SPACE-100"]![]>
<#assign urbanPassed = (urban.judged["STD-SPACE-100"].passed)!0>
<#assign ruleIds = total.judged?keys>
<#assign h = 0>
<#-- 增加 N / 减少 N / 持平, for a metric's change since the previous period -->
<#-- a change of a total both periods have whole; else of the units that reported it in both, said so; a total lacking units is never compared with one that does not -->
<#macro change key unit><#local d = diff.total.m[key]><#local odd = diff.paired_contradicted[key]!0><#local short = d.missing_after gt 0 || d.missing_before gt 0 || odd gt 0><#if short><#local note><#if d.missing_after gt 0>本期${count(d.missing_after, "本期未报的社区")}个社区未报或有误</#if><#if d.missing_after gt 0 && d.missing_before gt 0>、</#if><#if d.missing_before gt 0>上期${count(d.missing_before, "上期未报的社区")}个社区未报或有误</#if><#if odd gt 0><#if d.missing_after gt 0 || d.missing_before gt 0>；</#if>${count(odd, "数值与同一行另一数值矛盾、未比较的社区")}个社区的${diff.contradicts[key]!"数值与同一行的另一数值矛盾"}，未比较</#if></#local><#if (diff.paired_units[key]!0) gt 0><#local p = diff.paired.m[key]><#if p.change gt 0>增加${delta(diff.paired, key)}${unit}<#elseif p.change lt 0>减少${delta(diff.paired, key)}${unit}<#else>持平</#if>（按两期都报送的${count(diff.paired_units[key], "两期都报送该项的社区")}个社区比较；${note}）<#else>无法比较（${note}）</#if><#elseif !(d.change??)>无可比数据<#elseif d.change gt 0>增加${delta(diff.total, key)}${unit}<#elseif d.change lt 0>减少${delta(diff.total, key)}${unit}<#else>持平</#if></#macro>
---
kind: ${yaml(doc.kind!"汇报")}
addressee: ${yaml(doc.addressee)}
office: ${yaml(doc.office)}
date: ${yaml(doc.date)}
<#list ["flag", "signer", "issuer", "printed"] as k><#if doc[k]??>
${k}: ${yaml(doc[k])}
</#if></#list>
<#if doc.number??>
number: ${yaml(doc.number)}
</#if>
<#if doc.cc??>
cc: ${yaml(doc.cc)}
</#if>
---

# 关于${place.name}${period_name(period)}社区治理工作情况的汇报

根据${doc.occasion!"工作安排"}，现将${place.name}${period_name(period)}社区基层治理工作情况汇报如下：

<#assign h = h + 1>
## ${heading(1, h)}基本情况

<#if !(t.expected_units??)>本次汇总的城乡社区${fig(total, "units")}<#if unregistered?? && unregistered.units gt 0>（含统计用区划代码中未登记、代码待核实的单位${count(unregistered.units, "代码未登记的单位")}个）</#if>，其中<#elseif t.absent_units == 0>${place.whole}共有城乡社区${fig(total, "expected_units")}<#if unregistered?? && unregistered.units gt 0>（含统计用区划代码中未登记、代码待核实的单位${count(unregistered.units, "代码未登记的单位")}个）</#if>，均报送了报表，其中<#else>${place.whole}应报送数据的城乡社区${fig(total, "expected_units")}<#if unregistered?? && unregistered.units gt 0>（含统计用区划代码中未登记、代码待核实的单位${count(unregistered.units, "代码未登记的单位")}个）</#if>，实际报送${fig(total, "units")}，缺报${fig(total, "absent_units")}（报送率${fig(total, "report_rate")}），以下数字只反映已报送的社区。报送的社区中</#if>城市社区${fig(total, "urban_units")}、农村社区${fig(total, "rural_units")}。户数${fig(total, "households", "万户")}、常住人口${fig(total, "population", "万人")}；${clauses(total, ["fulltime_staff", "workers_per_10k"])}。${place.whole}社区综合服务设施面积合计${fig(total, "service_area", "万平方米")}，每百户综合服务设施面积${fig(total, "service_area_per_100")}。

<#if diff?? && diff.total??>
<#assign before = annual?then("上一年度", "上期")>
<#-- who came and went, by what the data and the registry show: a unit missing this year whose code is still registered did not report (it was not merged away); a code seen only this year and not registered is one to check, not a new community -->
与${before}相比，<#if diff.units_compared><#assign arrived = diff.added?filter(u -> (u.registered!false))><#assign strange = diff.added?filter(u -> u.registered?? && !u.registered)><#assign silent = diff.removed?filter(u -> (u.registered!false))><#assign gone = diff.removed?filter(u -> u.registered?? && !u.registered)><#assign newOther = diff.added?filter(u -> !(u.registered??))><#assign goneOther = diff.removed?filter(u -> !(u.registered??))><#if !diff.added?has_content && !diff.removed?has_content>报送数据的社区与${before}相同；<#else><#if arrived?has_content || newOther?has_content>本期报送而${before}没有数据的社区${count(arrived?size + newOther?size, "本期报送而上期没有数据的社区")}个（${join(brief((arrived + newOther)?map(u -> u.name)), 5)}）；</#if><#if strange?has_content>本期新出现、代码不在统计用区划代码中的单位${count(strange?size, "本期新出现、代码未登记的单位")}个（${join(brief(strange?map(u -> u.name)), 5)}），待核实；</#if><#if silent?has_content>${before}报送而本期未报送的社区${count(silent?size, "上期报送而本期未报送的社区")}个（${join(brief(silent?map(u -> u.name)), 5)}）；</#if><#if goneOther?has_content>${before}报送而本期没有数据的单位${count(goneOther?size, "上期报送而本期没有数据的单位")}个（${join(brief(goneOther?map(u -> u.name)), 5)}）；</#if><#if gone?has_content>${before}报送、代码不在统计用区划代码中的单位${count(gone?size, "代码不在区划代码中的上期单位")}个（${join(brief(gone?map(u -> u.name)), 5)}），可能已撤并或上期代码有误；</#if></#if></#if>户数<@change "households" "户"/>，综合服务设施面积<@change "service_area" "平方米"/>。

</#if>
<#assign trend = history?filter(p -> p.total?? && reported(p.total, "service_area_per_100"))>
<#if trend?has_content && reported(total, "service_area_per_100")>
```chart
type: column
title: ${annual?then("近年", "近几期")}每百户综合服务设施面积（平方米）
unit: 平方米
data:
<#list trend as p>
  - [${yaml(p.period_label, "period")}, ${val(p.total, "service_area_per_100")}]
</#list>
  - [${yaml(period_label, "period")}, ${val(total, "service_area_per_100")}]
```
<#-- bars over different units are said so under the chart, each with its count: a bar cannot carry the ※ -->
<#assign bars = []>
<#list trend as p><#assign bars = bars + [{"label": p.period_label, "n": p.total.units + (p.total.absent!0) - (p.total.missing.service_area_per_100!0)}]></#list>
<#assign bars = bars + [{"label": period_label, "n": total.units + (total.absent!0) - (total.missing.service_area_per_100!0)}]>
<#if bars?filter(b -> b.n != bars[0].n)?has_content>

注：图中各${annual?then("年", "期")}的数值只计户数、面积都有且无误的社区，所计社区数不同：<#list bars as b>${src(b.label, "period", "期间")}${count(b.n, b.label + "户数、面积都有且无误的社区")}个<#sep>、</#list>。
</#if>

</#if>
<#if parts??>
| ${parts_label} | 社区数 | 户数 | 每百户综合服务设施面积（平方米） | 每百户面积达标率 |
|---|---|---|---|---|
<#list parts as r>
| ${r.name} | ${cell(r, "units")}<#if (r.absent!0) gt 0>（缺报${count(r.absent, r.name + "缺报的社区")}）</#if> | ${cell(r, "households")} | ${cell(r, "service_area_per_100")} | ${cell(r, "pass_rate.STD-SPACE-100", "%")} |
</#list>
| 合计 | ${cell(total, "units")}<#if (total.absent!0) gt 0>（缺报${count(total.absent, "缺报的社区")}）</#if> | ${cell(total, "households")} | ${cell(total, "service_area_per_100")} | ${cell(total, "pass_rate.STD-SPACE-100", "%")} |
<#if incomplete(total, ["households", "service_area_per_100", "pass_rate.STD-SPACE-100"])>

注：带“※”的数字不完整，只计报送了该项数据的社区（户数有${count(total.missing.households!0, "户数未报或有误的社区")}个社区未报或有误；每百户面积按户数、面积都有且无误的社区计算，有${count(total.missing.service_area_per_100!0, "户数或面积缺失或有误的社区")}个社区户数或面积缺失或有误<#if (total.absent!0) gt 0>（含未报送的社区）</#if>；达标率只计能够核算的社区）<#if parts?filter(r -> !reported(r, "households"))?has_content>；“—”表示该镇（街）没有社区报送该项</#if>。
</#if>
<#if unregistered??>

注：另有代码未在统计用区划代码中登记的单位${count(unregistered.units, "代码未登记的单位")}个（${join(unregistered.names)}），未列入分${parts_label!"镇（街）"}统计，合计中已计入，其代码待核实。
</#if>
</#if>

<#assign h = h + 1>
## ${heading(1, h)}工作开展情况

### ${heading(2, 1)}社区规范化建设情况

一是推进社区综合服务设施建设。<#if urban.units gt 0>截至${period_end(period)}，在<#if (total.absent!0) gt 0>报送数据的<#else>${place.whole}</#if>${count(urban.units, "城市社区")}个城市社区中，<#if urbanFailing?has_content><#assign failed><#if urbanFailing?size gt 10>${join(urbanFailing, 10)}${count(urbanFailing?size, "未达标的城市社区")}个城市社区<#else>${join(urbanFailing)}</#if></#assign><#if urbanPassed gt 0 || urbanUnjudged?has_content>除${failed}每百户综合服务设施面积未达标外，<#if urbanPassed gt 0>其他${count(urbanPassed, "达标的城市社区")}个城市社区每百户综合服务设施面积不低于${param(space, "min")}平方米<#else>其他城市社区未能核算</#if><#else>${failed}每百户综合服务设施面积未达标</#if><#elseif urbanPassed gt 0 && urbanPassed == urban.units>每百户综合服务设施面积均不低于${param(space, "min")}平方米<#elseif urbanPassed gt 0>${count(urbanPassed, "达标的城市社区")}个城市社区每百户综合服务设施面积不低于${param(space, "min")}平方米</#if><#if urbanUnjudged?has_content><#if urbanFailing?has_content || urbanPassed gt 0>；</#if>${join(urbanUnjudged?map(x -> brief(x.name) + x.reason), 5)}<#if urbanUnjudged?size gt 5>${count(urbanUnjudged?size, "未能核算的城市社区")}个城市社区</#if>，未能核算</#if>；</#if><#if t.urban_units gt 0>城市社区综合服务设施覆盖率${fig(total, "urban_coverage")}<#if t.rural_units gt 0>，</#if></#if><#if t.rural_units gt 0>农村社区综合服务设施覆盖率${fig(total, "rural_coverage")}</#if>。

二是落实“一有七中心”标准。${place.whole}设立党组织的社区${fig(total, "party_org")}、设立居（村）委会的社区${fig(total, "committee")}；建有各类服务中心的社区数：${clauses(total, ["center_convenience", "center_security", "center_culture", "center_health", "center_elderly", "center_children", "center_volunteer"])}。

三是加强社区工作者队伍建设。${place.whole}社区${clauses(total, ["fulltime_staff", "social_workers", "grid_workers", "grid_leads", "group_leads", "building_leads"])}。

### ${heading(2, 2)}社区治理和服务情况

${place.whole}${clauses(total, ["social_orgs"])}<#if reported(total, "social_orgs_per_unit")>，平均每个社区${fig(total, "social_orgs_per_unit")}</#if>；<#if !annual>${period_name(period)}</#if>${clauses(total, ["deliberation_cases"])}，入户走访${fig(total, "visits", "万人次")}，群众满意度<#if reported(total, "satisfaction")>按户数加权平均为</#if>${fig(total, "satisfaction")}。

<#if burden.tasks gt 0>
### ${heading(2, 3)}社区减负增效情况

对照社区工作事项准入清单，${annual?then("全年", "台账所列")}各部门交由社区承担的工作事项${count(burden.tasks, "下达社区的工作事项")}项，其中未经准入的${count(burden.not_allowed, "未经准入的事项")}项，占${ratio(burden.share, "未经准入的事项占比")}；要求社区出具的证明${count(burden.certificates, "要求社区出具的证明")}项。
</#if>

<#assign rated = (parts![])?filter(r -> reported(r, "pass_rate.STD-SPACE-100"))>
<#if rated?has_content>
```chart
type: bar
title: 各${parts_label!"镇（街）"}综合服务设施每百户面积达标率
unit: '%'
max: 100
data:
<#list rated as r>
  - [${yaml(r.name)}, ${val(r, "pass_rate.STD-SPACE-100")}]
</#list>
```
<#-- a bar cannot carry the ※: the townships whose rate leaves units out are named under the chart -->
<#assign partRated = rated?filter(r -> (r.absent!0) gt 0 || (r.judged["STD-SPACE-100"].unjudged!0) gt 0)>
<#if partRated?has_content>

注：图中达标率只计能够核算的社区；${join(partRated?map(r -> r.name), 5)}<#if partRated?size gt 5>${count(partRated?size, "达标率不含缺报或未能核算社区的镇（街）")}个${parts_label!"镇（街）"}</#if>有社区缺报或未能核算，不在其达标率之内。
</#if>

</#if>
```chart
type: column
title: 各社区每百户综合服务设施面积分布（平方米）
unit: 个社区
data:
<#list distribution.service_area_per_100 as b>
  - [${yaml(b.label, "bin", "每百户综合服务设施面积分组（平方米）")}, ${count(b.count, "每百户综合服务设施面积在该组的社区")}]
</#list>
```

<#assign h = h + 1>
## ${heading(1, h)}存在的问题

<#assign n = 0>
<#if (t.absent_units!0) gt 0>
<#assign n = n + 1>
${ordinal(n)}. 数据报送不全：应报送的${fig(total, "expected_units")}社区中有${fig(total, "absent_units")}未报送，缺报的社区见问题清单。

</#if>
<#list ruleIds as id>
<#assign j = total.judged[id]>
<#if rules[id]?? && (j.failed gt 0 || j.unjudged gt 0)>
<#assign n = n + 1>
${ordinal(n)}. “${src(rules[id].title, "rule", "规则 " + id + " 的标题")}”一项：<#if j.failed gt 0>${count(j.units, "规则核算的社区")}个社区中有${count(j.failed, "未达标的社区")}个未达标（${join(brief(total.failing[id]), 5)}）</#if><#if j.unjudged gt 0><#if j.failed gt 0>；另有</#if>${count(j.unjudged, "未能核算的社区")}个社区数据缺失或有误，未能核算（${join(brief(total.unjudged[id]![]), 5)}）</#if>。

</#if>
</#list>
<#-- the rules judged on another table (the staff register) or on a level: their errors and warnings, and the units they name -->
<#list rules?keys as id>
<#assign failures = problems_by_rule[id]!0>
<#assign unchecked = unchecked_by_rule[id]!0>
<#assign noColumn = columns_missing_by_rule[id]!0>
<#if rules[id].enabled && !(total.judged[id]??) && (rules[id].on!"") != "communities" && (failures + unchecked + noColumn) gt 0>
<#assign n = n + 1>
<#assign named = []>
<#list findings as f><#if f.rule == id && f.failed && f.unit_name?? && !named?seq_contains(f.unit_name)><#assign named = named + [f.unit_name]></#if></#list>
${ordinal(n)}. “${src(rules[id].title, "rule", "规则 " + id + " 的标题")}”一项：<#if failures gt 0>发现${count(failures, "规则 " + id + " 的不符合项")}处不符合<#if named?has_content>（涉及${join(brief(named), 5)}）</#if></#if><#if unchecked gt 0><#if failures gt 0>；另有<#else>有</#if>${count(unchecked, "规则 " + id + " 未能核算的记录")}处未能核算（所需数据缺失、有误，或规则无法计算）</#if><#if noColumn gt 0><#if (failures + unchecked) gt 0>；</#if>${count(noColumn, "缺少规则 " + id + " 所需列的文件")}个文件缺少所需的列，未能核算</#if>，详见问题清单。

<#elseif rules[id].enabled && (rules[id].on!"") == "staff" && !(total.m.staff_people??)>
<#assign n = n + 1>
${ordinal(n)}. “${src(rules[id].title, "rule", "规则 " + id + " 的标题")}”一项：未提供社区工作者名册，未能核算。

</#if>
</#list>
<#if n == 0 && ruleIds?has_content>
经数据校验，各项标准均已达标。

</#if>
<#-- the data's own errors and doubts (DATA-…, AGG-…): a standard a unit fails and a target behind are spoken of above; the lists of units that sent nothing too -->
<#if (summary.data_errors + summary.data_doubts) gt 0>数据审核共发现<#if summary.data_errors gt 0>数据错误${count(summary.data_errors, "数据检查的错误")}处</#if><#if summary.data_errors gt 0 && summary.data_doubts gt 0>、</#if><#if summary.data_doubts gt 0>疑点${count(summary.data_doubts, "数据检查的警告（缺报名单除外）")}处</#if><#if feedback.written>，已逐条列入反馈工作簿，待各${parts_label!"镇（街）"}核实更正</#if>；本汇报中的数字按报送的数据计算：无法识别或超出范围的数值未计入，重复报送的单位只计一次，其他有误或存疑的数据照报送的计入，尚未经核实更正。
<#else>数据审核未发现数据错误和疑点。
</#if>

<#assign h = h + 1>
## ${heading(1, h)}下一步工作打算

<#assign measured = targets?filter(x -> x.current)>
<#assign behind = measured?filter(x -> !x.met)>
<#assign unmeasured = targets?filter(x -> !x.current)>
<#if behind?has_content>
对照年度目标任务分解表，尚有${count(behind?size, "未完成的目标")}项目标未完成：<#list behind as x>${x.township}${x.indicator}目标${tval(x, "target", true)}、实际${tval(x, "actual", true)}<#sep>；</#list>。下一步将督促相关${parts_label!"镇（街）"}逐项落实，尽快完成。
<#elseif measured?has_content && !unmeasured?has_content>
年度目标任务已全部完成。下一步将巩固提升，推动社区治理工作再上新台阶。
<#else>
下一步将对照存在的问题逐项整改，推动社区治理工作再上新台阶。
</#if>
<#-- a township the table names that is none of the aggregates' (a typo): nothing to re-submit, the name to correct -->
<#assign unplaced = unmeasured?filter(x -> !(x.code??))>
<#assign unreportedTargets = unmeasured?filter(x -> x.code?? && x.metric??)>
<#assign uncollected = unmeasured?filter(x -> x.code?? && !(x.metric??))>
<#if unreportedTargets?has_content>
年度目标任务中有${count(unreportedTargets?size, "缺少实际数据的目标")}项缺少实际数据（${join(unreportedTargets?map(x -> x.township + x.indicator), 5)}），未能核算完成情况。
</#if>
<#if uncollected?has_content>
年度目标任务中有${count(uncollected?size, "指标不是汇总指标的目标")}项的指标不是汇总表中的指标（${join(uncollected?map(x -> x.township + x.indicator), 5)}），未能核算完成情况，见问题清单。
</#if>
<#if unplaced?has_content>
年度目标任务中有${count(unplaced?size, "镇（街）名称对不上的目标")}项的镇（街）名称与汇总的${parts_label!"镇（街）"}对不上（${join(unplaced?map(x -> x.township + x.indicator), 5)}），未能核算完成情况，见问题清单。
</#if>
