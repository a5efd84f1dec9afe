<#ftl attributes={"periods": ["year", "half", "quarter", "month"]}>
<#--
  达标情况一览表（a per-unit compliance table): every community against every rule in force,
  the pass rates of the level below the place (townships of a county), and the units that fail, with the rules they fail.
  A unit is 达标 only when every rule that applies judged it and it failed none; one a rule could not judge
  (a value missing or invalid) is 无法判断, with the reason, and counted apart.
  Needs nothing beyond the data; formats xlsx, html and md suit it best.
-->
# ${place.name}${period_name(period)}社区达标情况一览表

<#assign enabled = rules?keys?filter(id -> rules[id].enabled)><#assign yearOnly = enabled?filter(id -> rules[id].year_only)><#assign inForce = enabled?filter(id -> !rules[id].year_only)><#assign elsewhere = inForce?filter(id -> (rules[id].on!"") != "communities")>对照现行规则中逐个社区核算的${count(inForce?size - elsewhere?size, "逐个社区核算的现行规则")}条，${place.whole}<#if (total.absent!0) gt 0>报送数据的</#if>${count(units?size, "列入本表的社区")}个社区中，各项均达标的${count(units_passed, "各项均达标的社区")}个，有未达标项目的${count(units_failing, "有未达标项目的社区")}个<#if units_unjudged gt 0>，所需数据未报或有误、无法判断是否达标的${count(units_unjudged, "无法判断是否达标的社区")}个</#if>。<#if (total.absent!0) gt 0>另有${count(total.absent, "缺报的社区")}个社区未报送数据，不在本表中，见问题清单。</#if><#if elsewhere?has_content>另有${count(elsewhere?size, "不逐个社区核算的规则")}条规则（${join(elsewhere?map(id -> "“" + rules[id].title + "”"), 3)}）按层级合计或其他表（如社区工作者名册）核算，不计入本表的“是否达标”<#assign elseFailed = elsewhere?filter(id -> (problems_by_rule[id]!0) gt 0)?has_content><#assign elseUnchecked = elsewhere?filter(id -> (unchecked_by_rule[id]!0) + (columns_missing_by_rule[id]!0) gt 0)?has_content><#if elseFailed || elseUnchecked>，<#if elseFailed>发现的不符合项</#if><#if elseFailed && elseUnchecked>和</#if><#if elseUnchecked>未能核算的情况</#if>见问题清单</#if>。</#if><#if yearOnly?has_content>另有${count(yearOnly?size, "按全年核算、本期不适用的规则")}条规则（${join(yearOnly?map(id -> "“" + rules[id].title + "”"), 3)}）是全年的标准，本期的数据只是一年的一部分，不适用，未核算。</#if>

## 各${parts_label!"镇（街）"}达标情况

| ${parts_label!"镇（街）"} | 社区数 | 每百户综合服务设施面积（平方米） | 每百户面积达标率 | 未达标社区 |
|---|---|---|---|---|
<#list parts![] as r>
<#assign names = r.failing_units>
| ${r.name} | ${cell(r, "units")}<#if (r.absent!0) gt 0>（缺报${count(r.absent, r.name + "缺报的社区")}）</#if> | ${cell(r, "service_area_per_100")} | ${cell(r, "pass_rate.STD-SPACE-100", "%")} | <#if r.units == 0>—（未报送）<#elseif names?size gt 10>${join(brief(names), 10)}${count(names?size, r.name + "未达标的社区")}个<#elseif names?has_content>${join(brief(names))}<#else>无</#if><#if r.units gt 0 && r.unjudged_only gt 0>（另有${count(r.unjudged_only, r.name + "未能核算、又无未达标项目的社区")}个未能核算）</#if> |
</#list>
<#if incomplete(total, ["service_area_per_100", "pass_rate.STD-SPACE-100"])>

注：带“※”的数字不完整：每百户面积按户数、面积都有且无误的社区计算（有${count(total.missing.service_area_per_100!0, "户数或面积缺失或有误的社区")}个社区户数或面积缺失或有误<#if (total.absent!0) gt 0>，含未报送的社区</#if>），达标率只计能够核算的社区；未报的社区见问题清单。
</#if>
<#if unregistered??>

注：另有代码未在统计用区划代码中登记的单位${count(unregistered.units, "代码未登记的单位")}个（${join(unregistered.names)}），未列入分${parts_label!"镇（街）"}统计，合计中已计入，详见问题清单。
</#if>

## 各社区达标情况

<#if units?size gt units_listed_max>
${place.whole}有${count(units?size, "社区")}个社区，超过逐个列出的上限（${count(units_listed_max, "逐个列出的上限")}个），本表不逐个列出；请按${parts_label!"镇（街）"}分别建立工作区生成，未达标的社区见问题清单。
<#else>
| 序号 | 镇（街） | 社区 | 类型 | 户数 | 每百户综合服务设施面积（平方米） | 是否达标 | 未达标或未能核算的项目 |
|---|---|---|---|---|---|---|---|
<#list units as u>
| ${ordinal(u?counter)} | ${u.township_name} | ${u.name!"（无名称）"} | ${u.type} | ${uval(u, "households")} | ${uval(u, "service_area_per_100")} | ${src(u.verdict, "verdict", "是否达标")} | <#if u.failed?has_content>${src(join(u.failed_titles), "rule", "未达标的规则")}</#if><#if u.failed?has_content && u.unjudged_titles?has_content>；</#if><#if u.unjudged_titles?has_content>未能核算：${src(join(u.unjudged_titles), "rule", "未能核算的规则")}</#if><#if !u.failed?has_content && !u.unjudged_titles?has_content>—</#if> |
</#list>
</#if>
