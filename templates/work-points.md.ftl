<#ftl attributes={"needs": ["office", "date", "number", "addressee"]}>
<#--
  工作要点（the kind of seed 003): the notice issuing next year's work points, with the
  township target table (目标任务分解表) as its attachment, filled in with this year's progress.
  Needs: office, date, number (发文字号), addressee; targets come from the workspace's target table.
-->
<#assign t = total.m>
<#assign next = period + 1>
<#assign spaceMin = rules["STD-SPACE-100"].params.min>
<#assign h = 0>
---
number: ${yaml(doc.number)}
addressee: ${yaml(doc.addressee)}
office: ${yaml(doc.office)}
date: ${yaml(doc.date)}
---

# 关于印发${next?c}年${place.whole}社区建设工作要点的通知

现将《${next?c}年${place.whole}社区建设工作要点》印发你们，请结合实际认真学习，抓好贯彻落实。

附件：镇（街）目标任务分解表

---

# ${next?c}年社区建设工作要点

${next?c}年${place.whole}社区建设工作要以补短板、强服务、减负担为重点。截至${period?c}年底，${place.whole}${total.units}个社区综合服务设施每百户${num(t.service_area_per_100, 1)}平方米${total.unreported.service_area_per_100!}。

<#assign h = h + 1>
## ${heading(1, h)}补齐综合服务设施短板

<#assign spaceFailing = total.failing["STD-SPACE-100"]![]>
<#if spaceFailing?has_content>
${heading(3, 1)}<#if spaceFailing?size gt 10>${join(brief(spaceFailing), 10)}<#else>${join(brief(spaceFailing))}等</#if>${spaceFailing?size}个社区综合服务设施面积低于每百户${spaceMin}平方米，所在${parts_label!"镇（街）"}要制定改造计划，年内达标。
<#else>
${heading(3, 1)}巩固综合服务设施建设成果，各社区综合服务设施面积保持不低于每百户${spaceMin}平方米。
</#if>

<#list ["center_convenience", "center_security", "center_culture", "center_health", "center_elderly", "center_children", "center_volunteer"] as key>
<#if t[key] lt total.units>
<#assign gap = total.units - t[key]>
${heading(3, key?index + 2)}推进${labels[key].zh}建设，尚未建立的${gap}个社区年内补齐。

</#if>
</#list>
<#assign h = h + 1>
## ${heading(1, h)}落实年度目标任务

<#assign behind = targets?filter(x -> x.actual?? && !x.met)>
<#if behind?has_content>
${period?c}年目标任务中，${join(behind?map(x -> x.township + x.indicator), 5)}未按期完成，相关镇（街）要在${next?c}年一季度前补齐。
<#else>
${period?c}年目标任务已全部完成，各镇（街）要对照附件巩固提升。
</#if>

---

## 附件

# 镇（街）目标任务分解表

| 镇（街） | 指标 | 目标 | 完成期限 | ${period?c}年实际 | 完成进度 | 尚差 |
|---|---|---|---|---|---|---|
<#list targets as x>
| ${x.township} | ${x.indicator} | ${num(x.target, 2)} | <#if x.due??>${cdate(x.due)}<#else>—</#if> | <#if x.actual??>${num(x.actual, 2)}<#else>—</#if> | <#if x.progress??>${pct(x.progress)}<#else>—</#if> | <#if x.remaining??>${num(x.remaining, 2)}<#else>—</#if> |
</#list>
