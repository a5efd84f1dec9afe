<#ftl attributes={"needs": ["office", "date", "number", "addressee"], "periods": ["year"]}>
<#--
  工作要点（the kind of seed 003): the notice issuing next year's work points, with next year's township
  target table (目标任务分解表) as its attachment when the inputs hold one (targets due next year): each
  target beside this year's actual, labelled as such, with no progress column (the year has not begun).
  Needs: office, date, number (发文字号), addressee; targets come from the workspace's target tables.
-->
<#assign t = total.m>
<#assign next = period + 1>
<#assign space = rules["STD-SPACE-100"]>
<#assign h = 0>
<#assign attached = targets_next?has_content>
---
kind: ${yaml(doc.kind!"通知")}
number: ${yaml(doc.number)}
addressee: ${yaml(doc.addressee)}
office: ${yaml(doc.office)}
date: ${yaml(doc.date)}
<#list ["flag", "signer", "issuer", "printed"] as k><#if doc[k]??>
${k}: ${yaml(doc[k])}
</#if></#list>
<#if doc.cc??>
cc: ${yaml(doc.cc)}
</#if>
---

# 关于印发${year(next)}年${place.whole}社区建设工作要点的通知

现将《${year(next)}年${place.whole}社区建设工作要点》印发给你们，请结合实际认真学习，抓好贯彻落实。

<#if attached>
附件：${year(next)}年镇（街）目标任务分解表

</#if>
---

# ${year(next)}年${place.whole}社区建设工作要点

${year(next)}年${place.whole}社区建设工作要以补短板、强服务、减负担为重点。截至${year(period)}年底，${place.whole}<#if (total.absent!0) gt 0>报送数据的</#if>社区每百户综合服务设施面积${fig(total, "service_area_per_100")}。

<#assign h = h + 1>
## ${heading(1, h)}补齐综合服务设施短板

<#assign spaceFailing = total.failing["STD-SPACE-100"]![]>
<#assign spaceUnjudged = total.unjudged["STD-SPACE-100"]![]>
<#assign n = 0>
<#if spaceFailing?has_content>
<#assign n = n + 1>
${heading(3, n)}${join(brief(spaceFailing), 10)}<#if spaceFailing?size gt 1>${count(spaceFailing?size, "每百户面积未达标的社区")}个社区</#if>每百户综合服务设施面积低于${param(space, "min")}平方米，所在${parts_label!"镇（街）"}要制定改造计划，年内达标。

<#elseif ((total.judged["STD-SPACE-100"].units)!0) gt 0>
<#assign n = n + 1>
${heading(3, n)}巩固综合服务设施建设成果，<#if spaceUnjudged?has_content>能够核算的${count(total.judged["STD-SPACE-100"].units, "每百户面积能够核算的社区")}个社区<#else>各社区</#if>每百户综合服务设施面积保持不低于${param(space, "min")}平方米。

</#if>
<#if spaceUnjudged?has_content>
<#assign n = n + 1>
${heading(3, n)}${join(brief(spaceUnjudged), 10)}<#if spaceUnjudged?size gt 1>${count(spaceUnjudged?size, "每百户面积未能核算的社区")}个社区</#if>户数或设施面积数据缺失或有误，未能核算，所在${parts_label!"镇（街）"}要核实后补报。

</#if>
<#assign centres = ["center_convenience", "center_security", "center_culture", "center_health", "center_elderly", "center_children", "center_volunteer"]?filter(key -> reported(total, key) && lacking(total, key) gt 0)>
<#if centres?has_content>
<#assign n = n + 1>
${heading(3, n)}推进“一有七中心”建设，尚未建立的年内补齐：<#list centres as key>${labels[key].zh}${count(lacking(total, key), "报告未建" + labels[key].zh + "的社区")}个社区<#sep>、</#list>。

</#if>
<#-- the figures above are of the units that reported: the townships that sent nothing are named, not counted as having everything -->
<#if (total.absent!0) gt 0>
<#assign lateParts = (parts![])?filter(r -> (r.absent!0) gt 0)>
<#assign n = n + 1>
${heading(3, n)}${count(total.absent, "未报送数据的社区")}个社区未报送数据<#if lateParts?has_content>（在${join(lateParts?map(r -> r.name), 5)}）</#if>，以上各项未含这些社区，所在${parts_label!"镇（街）"}要尽快补报。

</#if>
<#assign measured = targets?filter(x -> x.current)>
<#assign behind = measured?filter(x -> !x.met)>
<#if targets?has_content || attached>
<#assign h = h + 1>
## ${heading(1, h)}落实年度目标任务

<#assign unmeasured = targets?filter(x -> !x.current)>
<#if behind?has_content>
${year(period)}年目标任务中，${join(behind?map(x -> x.township + x.indicator), 5)}<#if behind?size gt 5>${count(behind?size, "未按期完成的目标")}项目标</#if>未按期完成，相关镇（街）要在${year(next)}年一季度末前补齐。
<#elseif measured?has_content && !unmeasured?has_content>
${year(period)}年目标任务已全部完成。
</#if>
<#-- a target whose indicator is no metric of the aggregates (not collected, or named otherwise) has nothing to re-submit -->
<#-- a township the table names that is none of the aggregates' (a typo): nothing to re-submit, the name to correct -->
<#assign unplaced = unmeasured?filter(x -> !(x.code??))>
<#assign unreportedTargets = unmeasured?filter(x -> x.code?? && x.metric??)>
<#assign uncollected = unmeasured?filter(x -> x.code?? && !(x.metric??))>
<#if unreportedTargets?has_content>
${year(period)}年目标任务中有${count(unreportedTargets?size, "缺少实际数据的目标")}项缺少实际数据（${join(unreportedTargets?map(x -> x.township + x.indicator), 5)}），未能核算完成情况，相关镇（街）要核实后补报。
</#if>
<#if uncollected?has_content>
${year(period)}年目标任务中有${count(uncollected?size, "指标不是汇总指标的目标")}项的指标不是汇总表中的指标（${join(uncollected?map(x -> x.township + x.indicator), 5)}），未能核算完成情况，见问题清单。
</#if>
<#if unplaced?has_content>
${year(period)}年目标任务中有${count(unplaced?size, "镇（街）名称对不上的目标")}项的镇（街）名称与汇总的${parts_label!"镇（街）"}对不上（${join(unplaced?map(x -> x.township + x.indicator), 5)}），未能核算完成情况，见问题清单。
</#if>
<#-- next year's table handed to a township that is none of the aggregates' (a typo): to correct before it goes out -->
<#assign unplacedNext = targets_next?filter(x -> !(x.code??))>
<#if unplacedNext?has_content>
附件中${year(next)}年目标任务有${count(unplacedNext?size, "镇（街）名称对不上的下一年目标")}项的镇（街）名称与汇总的${parts_label!"镇（街）"}对不上（${join(unplacedNext?map(x -> x.township + x.indicator), 5)}），下发前要核实更正。
</#if>
<#if attached>

各镇（街）要对照附件中的${year(next)}年目标任务，逐项抓好落实。
</#if>
</#if>
<#if attached>

---

## 附件

# ${year(next)}年镇（街）目标任务分解表

| 镇（街） | 指标 | ${year(next)}年目标 | 完成期限 | ${year(period)}年实际 |
|---|---|---|---|---|
<#list targets_next as x>
| ${x.township} | ${x.indicator} | ${tval(x, "target")} | <#if x.due??>${cdate(x.due)}<#else>—</#if> | <#if x.actual??>${tval(x, "actual")}<#else>—</#if> |
</#list>
<#if targets_next?filter(x -> !(x.actual??))?has_content>

注：“${year(period)}年实际”栏的“—”表示没有可以并列的实际数据：该${parts_label!"镇（街）"}有社区未报该项，或${parts_label!"镇（街）"}名称、指标与汇总表对不上（见问题清单）。
</#if>
</#if>
