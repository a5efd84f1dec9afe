<#ftl attributes={"needs": ["office", "date", "proposal.meeting", "proposal.number", "proposal.title", "proposal.proposer"]}>
<#--
  提案（建议）答复（the kind of seeds 002 and 004): a reply to a deputies' or committee's proposal.
  Needs: office, date, and proposal: {meeting, number, title, proposer}; optional cc (抄送).
  Every number comes from the data through a helper that says where it comes from (NAME.sources.json);
  a figure no unit reported reads 未报, never 0.
-->
<#assign t = total.m>
<#assign p = doc.proposal>
<#assign h = 0>
---
kind: ${yaml(doc.kind!"函")}
addressee: ${yaml(p.proposer)}
office: ${yaml(doc.office)}
date: ${yaml(doc.date)}
<#if doc.cc??>
cc: ${yaml(doc.cc)}
</#if>
<#list ["flag", "signer", "issuer", "printed"] as k><#if doc[k]??>
${k}: ${yaml(doc[k])}
</#if></#list>
<#if doc.number??>
number: ${yaml(doc.number)}
</#if>
---

# 对${src(p.meeting, "fact", "会议")}第${src(p.number, "fact", "提案编号")}号提案的答复

贵单位在${src(p.meeting, "fact", "会议")}上提出的《${src(p.title, "fact", "提案标题")}》收悉，现结合${place.own}社区治理工作情况答复如下：

<#assign h = h + 1>
## ${heading(1, h)}${place.own}社区基本情况

<#if !(t.expected_units??)>本次汇总的城乡社区${fig(total, "units")}<#if unregistered?? && unregistered.units gt 0>（含统计用区划代码中未登记、代码待核实的单位${count(unregistered.units, "代码未登记的单位")}个）</#if>，其中<#elseif t.absent_units == 0>${place.own}共有城乡社区${fig(total, "expected_units")}<#if unregistered?? && unregistered.units gt 0>（含统计用区划代码中未登记、代码待核实的单位${count(unregistered.units, "代码未登记的单位")}个）</#if>，其中<#else>${place.own}应报送数据的城乡社区${fig(total, "expected_units")}<#if unregistered?? && unregistered.units gt 0>（含统计用区划代码中未登记、代码待核实的单位${count(unregistered.units, "代码未登记的单位")}个）</#if>，实际报送${fig(total, "units")}，缺报${fig(total, "absent_units")}，以下数字只反映已报送的社区。报送的社区中</#if>城市社区${fig(total, "urban_units")}、农村社区${fig(total, "rural_units")}。户数${fig(total, "households", "万户")}、常住人口${fig(total, "population", "万人")}。社区综合服务设施面积合计${fig(total, "service_area", "万平方米")}，每百户综合服务设施面积${fig(total, "service_area_per_100")}，每百户面积达标率${fig(total, "pass_rate.STD-SPACE-100")}。

<#assign h = h + 1>
## ${heading(1, h)}社区治理工作开展情况

${heading(3, 1)}推进“一有七中心”建设。<#if reported(total, "party_org") && !incomplete(total, ["party_org"]) && t.party_org == total.expected>${place.own}社区均建立了党组织<#else>${place.own}建立党组织的社区${fig(total, "party_org")}</#if>；建有各类服务中心的社区数：${clauses(total, ["center_convenience", "center_security", "center_culture", "center_health", "center_elderly", "center_children", "center_volunteer"])}。

${heading(3, 2)}发挥社区社会组织协同作用。${place.own}${clauses(total, ["social_orgs"])}<#if reported(total, "social_orgs_per_unit")>，平均每个社区${fig(total, "social_orgs_per_unit")}</#if>；${clauses(total, ["deliberation_cases"])}。

${heading(3, 3)}加强社区工作者队伍建设。${place.own}社区${clauses(total, ["fulltime_staff", "workers_per_10k", "social_workers", "grid_workers", "building_leads"])}。

<#if burden.tasks gt 0>
${heading(3, 4)}推进社区减负增效。对照社区工作事项准入清单，全年交由社区承担的工作事项${count(burden.tasks, "下达社区的工作事项")}项，其中未经准入的${count(burden.not_allowed, "未经准入的事项")}项，将督促有关部门清理规范。

</#if>
<#if (summary.data_errors + summary.data_doubts) gt 0>
以上数字按报送的数据计算：无法识别或超出范围的数值未计入，重复报送的单位只计一次，其他有误或存疑的数据照报送的计入；数据审核发现的<#if summary.data_errors gt 0>数据错误${count(summary.data_errors, "数据检查的错误")}处</#if><#if summary.data_errors gt 0 && summary.data_doubts gt 0>、</#if><#if summary.data_doubts gt 0>疑点${count(summary.data_doubts, "数据检查的警告（缺报名单除外）")}处</#if>尚待核实更正。

</#if>
<#assign h = h + 1>
## ${heading(1, h)}下一步工作

<#assign behind = targets?filter(x -> x.current && !x.met)>
<#if behind?has_content>
对照年度目标任务，截至${period_end(period)}，${join(behind?map(x -> x.township + x.indicator), 3)}<#if behind?size gt 3>${count(behind?size, "尚未完成的目标")}项目标</#if>尚未完成，我们将逐项推进。
</#if>
<#assign unmeasured = targets?filter(x -> !x.current)>
<#if unmeasured?has_content>
<#if behind?has_content>另有<#else>对照年度目标任务，</#if>${count(unmeasured?size, "未能核算完成情况的目标")}项目标（${join(unmeasured?map(x -> x.township + x.indicator), 3)}）未能核算完成情况。
</#if>
下一步，我们将认真吸纳贵单位的意见建议，继续补齐社区综合服务设施短板，推动社区治理体系和治理能力现代化。感谢贵单位对社区治理工作的关心与支持。
