<#--
  达标情况一览表（a per-unit compliance table): every community against every rule in force,
  the pass rates of the level below the place (townships of a county), and the units that fail, with the rules they fail.
  Needs nothing beyond the data; formats xlsx, html and md suit it best.
-->
<#assign t = total.m>

# ${place.name}${period?c}年社区达标情况一览表

对照现行规则${rules?keys?size}条，${place.whole}${units?size}个社区中全部达标的${units?size - units_failing}个，有未达标项目的${units_failing}个。

## 各${parts_label!"镇（街）"}达标情况

| ${parts_label!"镇（街）"} | 社区数 | 每百户设施面积（平方米） | 面积达标率 | 未达标社区 |
|---|---|---|---|---|
<#list parts![] as r>
<#assign names = r.failing_units>
| ${r.name} | ${r.units} | ${fixed(r.m.service_area_per_100, 1)}<#if r.missing.service_area_per_100??>※</#if> | <#if r.m["pass_rate.STD-SPACE-100"]??>${pct(r.m["pass_rate.STD-SPACE-100"])}<#else>—</#if> | <#if names?size gt 10>${join(brief(names), 10)}${names?size}个<#elseif names?has_content>${join(brief(names))}<#else>无</#if> |
</#list>
<#if total.missing.service_area_per_100??>

注：带“※”的数字有社区缺户数或设施面积（共${total.missing.service_area_per_100}个），不完整，未报的社区见问题清单。
</#if>
<#if unregistered??>

注：${unregistered.note}
</#if>

## 各社区达标情况

<#if units?size gt units_listed_max>
${place.whole}有${units?size}个社区，超过逐个列出的上限（${units_listed_max}个），本表不逐个列出；请按${parts_label!"镇（街）"}分别建立工作区生成，未达标的社区见问题清单。
<#else>
| 序号 | 镇（街） | 社区 | 类型 | 户数 | 每百户设施面积（平方米） | 是否达标 | 未达标项目 |
|---|---|---|---|---|---|---|---|
<#list units as u>
| ${u?counter} | ${u.township_name} | ${u.name!"（无名称）"} | ${u.type} | <#if u.households??>${num(u.households, 0)}<#else>—</#if> | <#if u.service_area_per_100??>${fixed(u.service_area_per_100, 1)}<#else>—</#if> | <#if u.passed>是<#else>否</#if> | <#if u.failed?has_content>${join(u.failed_titles)}<#else>—</#if> |
</#list>
</#if>
