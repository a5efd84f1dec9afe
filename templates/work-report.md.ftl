<#ftl attributes={"needs": ["office", "addressee", "date"]}>
<#--
  工作情况汇报（work report to the leadership, the kind of seeds 000 and 001).
  Every number comes from the data; the thresholds come from the rule packs in force.
  Needs in shequ.yaml: office (发文机关); facts or the report's facts: addressee (主送), date (成文日期).
-->
<#assign t = total.m>
<#assign space = rules["STD-SPACE-100"]>
<#assign spaceMin = space.params.min>
<#assign urban = by_type.urban>
<#assign rural = by_type.rural>
<#assign urbanFailing = brief(urban.failing["STD-SPACE-100"]![])>
<#assign ruleIds = total.judged?keys>
<#assign h = 0>
<#-- 增加 N / 减少 N / 持平, for a metric's change since the previous period -->
<#macro change d unit><#if !(d.change??)>无可比数据<#elseif d.change gt 0>增加${num(d.change, 2)}${unit}<#elseif d.change lt 0>减少${num(-d.change, 2)}${unit}<#else>持平</#if>${d.unreported!}</#macro>
---
addressee: ${yaml(doc.addressee)}
office: ${yaml(doc.office)}
date: ${yaml(doc.date)}
---

# 关于${place.name}${period?c}年社区治理工作情况的汇报

根据${doc.occasion!"工作安排"}，现将${place.name}${period?c}年社区基层治理工作情况汇报如下：

<#assign h = h + 1>
## ${heading(1, h)}基本情况

<#assign u = total.unreported>
${place.whole}共有城乡社区${total.units}个，其中城市社区${t.urban_units}个、农村社区${t.rural_units}个，覆盖${wan(t.households)}户${u.households!}、${wan(t.population)}人${u.population!}；社区专职工作人员${t.fulltime_staff}人${u.fulltime_staff!}，每万名居民拥有专职工作人员${num(t.workers_per_10k, 1)}人。${place.whole}社区综合服务设施面积合计${wan(t.service_area)}平方米${u.service_area!}，每百户${num(t.service_area_per_100, 1)}平方米${u.service_area_per_100!}。

<#if diff?? && diff.total??>
<#assign dt = diff.total.m>
与上一年度相比，<#if diff.units_compared>${place.whole}<#if diff.added?has_content>新增社区${diff.added?size}个（${join(brief(diff.added?map(u -> u.name)), 5)}）<#else>社区无新增</#if>，<#if diff.removed?has_content>撤并${diff.removed?size}个（${join(brief(diff.removed?map(u -> u.name)), 5)}）<#else>无撤并</#if>；</#if>户数<@change dt.households "户"/>，综合服务设施面积<@change dt.service_area "平方米"/>。

</#if>
<#if history?has_content>
```chart
type: column
title: 近年每百户综合服务设施面积（平方米）
unit: 平方米
data:
<#list history as p>
<#if p.total?? && p.total.m.service_area_per_100??>
  - [${yaml(p.period?c + "年")}, ${fixed(p.total.m.service_area_per_100, 1)}]
</#if>
</#list>
  - [${yaml(period?c + "年")}, ${fixed(t.service_area_per_100, 1)}]
```

</#if>
<#if parts??>
| ${parts_label} | 社区数 | 户数 | 每百户设施面积（平方米） | 面积达标率 |
|---|---|---|---|---|
<#list parts as r>
| ${r.name} | ${r.units} | ${r.m.households}<#if r.missing.households??>※</#if> | ${fixed(r.m.service_area_per_100, 1)}<#if r.missing.service_area_per_100??>※</#if> | <#if r.m["pass_rate.STD-SPACE-100"]??>${pct(r.m["pass_rate.STD-SPACE-100"])}<#else>—</#if> |
</#list>
| 合计 | ${total.units} | ${t.households}<#if total.missing.households??>※</#if> | ${fixed(t.service_area_per_100, 1)}<#if total.missing.service_area_per_100??>※</#if> | <#if t["pass_rate.STD-SPACE-100"]??>${pct(t["pass_rate.STD-SPACE-100"])}<#else>—</#if> |
<#if total.missing.households?? || total.missing.service_area_per_100??>

注：带“※”的数字有社区未报所需数据，合计不完整（户数${total.missing.households!0}个社区未报，每百户面积${total.missing.service_area_per_100!0}个社区缺户数或面积），未报的社区见问题清单。
</#if>
<#if unregistered??>

注：${unregistered.note}
</#if>
</#if>

<#assign h = h + 1>
## ${heading(1, h)}工作开展情况

### ${heading(2, 1)}社区规范化建设情况

一是推进社区综合服务设施建设。截至${period?c}年底，在${place.whole}${urban.units}个城市社区中，<#if urbanFailing?has_content>除<#if urbanFailing?size gt 10>${join(urbanFailing, 10)}${urbanFailing?size}个城市社区<#else>${join(urbanFailing)}</#if>综合服务设施面积未达标外，其他${urban.units - urbanFailing?size}个<#else>全部</#if>城市社区综合服务设施面积不低于每百户${spaceMin}平方米<#if t.urban_coverage??>；城市社区综合服务设施覆盖率${percent(t.urban_coverage)}</#if><#if t.rural_coverage??>，农村社区综合服务设施覆盖率${percent(t.rural_coverage)}</#if>。

二是落实“一有七中心”标准。${place.whole}设立党组织的社区${t.party_org}个、设立居（村）民委员会的${t.committee}个，建有便民服务中心的${t.center_convenience}个、综治服务中心的${t.center_security}个、文体活动中心的${t.center_culture}个、卫生服务中心的${t.center_health}个、老年人日间照料中心的${t.center_elderly}个、儿童服务中心的${t.center_children}个、志愿服务中心的${t.center_volunteer}个。

三是加强社区工作者队伍建设。${place.whole}社区专职工作人员${t.fulltime_staff}人，其中持证社会工作者${t.social_workers}人；网格员${t.grid_workers}人、网格长${t.grid_leads}人，居（村）民小组长${t.group_leads}人、楼栋长${t.building_leads}人。

### ${heading(2, 2)}社区治理和服务情况

${place.whole}共培育社区社会组织${t.social_orgs}个，平均每个社区${num(t.social_orgs_per_unit, 1)}个；全年开展协商议事${t.deliberation_cases}件，入户走访居民${wan(t.visits)}人次<#if t.satisfaction??>，居民满意度${percent(t.satisfaction)}</#if>。

<#if burden.tasks gt 0>
### ${heading(2, 3)}社区减负增效情况

对照社区工作事项准入清单，全年各部门交由社区承担的工作事项${burden.tasks}项，其中未经准入的${burden.not_allowed}项，占${pct(burden.share)}；要求社区出具的证明${burden.certificates}项。
</#if>

```chart
type: bar
title: 各${parts_label!"镇（街）"}综合服务设施每百户面积达标率
unit: '%'
max: 100
data:
<#list parts![] as r>
<#if r.m["pass_rate.STD-SPACE-100"]??>
  - [${yaml(r.name)}, ${fixed(r.m["pass_rate.STD-SPACE-100"] * 100, 1)}]
</#if>
</#list>
```

```chart
type: column
title: 各社区每百户综合服务设施面积分布（平方米）
unit: 个社区
data:
<#list distribution.service_area_per_100 as b>
  - [${yaml(b.label)}, ${b.count}]
</#list>
```

<#assign h = h + 1>
## ${heading(1, h)}存在的问题

<#assign n = 0>
<#list ruleIds as id>
<#if total.failing[id]?? && rules[id]??>
<#assign n = n + 1>
${n}. ${rules[id].title}：${total.judged[id].units}个社区中有${total.judged[id].failed}个未达标（${join(brief(total.failing[id]), 5)}）。

</#if>
</#list>
<#if n == 0>
经数据校验，各项标准全部达标。

</#if>
数据校验共发现错误${summary.error}条、警告${summary.warning}条，已逐条反馈各${parts_label!"镇（街）"}核实更正。

<#assign h = h + 1>
## ${heading(1, h)}下一步工作打算

<#assign behind = targets?filter(x -> x.actual?? && !x.met)>
<#if behind?has_content>
对照年度目标任务分解表，尚有${behind?size}项目标未完成：<#list behind as x>${x.township}${x.indicator}目标${num(x.target, 1)}、实际${num(x.actual!0, 1)}<#sep>；</#list>。下一步将逐项督促落实，确保按期完成。
<#else>
年度目标任务已全部完成。下一步将巩固提升，推动社区治理工作再上新台阶。
</#if>
