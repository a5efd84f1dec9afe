<#ftl attributes={"needs": ["office", "date", "proposal.meeting", "proposal.number", "proposal.title", "proposal.proposer"]}>
<#--
  提案（建议）答复（the kind of seeds 002 and 004): a reply to a deputies' or committee's proposal.
  Needs: office, date, and proposal: {meeting, number, title, proposer}; optional cc (抄送).
  Every number comes from the data.
-->
<#assign t = total.m>
<#assign p = doc.proposal>
<#assign space = rules["STD-SPACE-100"]>
<#assign h = 0>
---
addressee: ${yaml(p.proposer)}
office: ${yaml(doc.office)}
date: ${yaml(doc.date)}
<#if doc.cc??>
cc: ${yaml(doc.cc)}
</#if>
---

# 对${p.meeting}第${p.number}号提案的答复

贵单位在${p.meeting}上提出的《${p.title}》收悉，现结合${place.own}社区治理工作情况答复如下：

<#assign h = h + 1>
## ${heading(1, h)}${place.own}社区基本情况

<#assign u = total.unreported>
${place.own}共有城乡社区${total.units}个，其中城市社区${t.urban_units}个、农村社区${t.rural_units}个，覆盖${wan(t.households)}户${u.households!}、${wan(t.population)}人${u.population!}。社区综合服务设施面积合计${wan(t.service_area)}平方米${u.service_area!}，每百户${num(t.service_area_per_100, 1)}平方米${u.service_area_per_100!}；${space.title}的社区占${pct(t["pass_rate.STD-SPACE-100"])}。

<#assign h = h + 1>
## ${heading(1, h)}社区治理工作开展情况

${heading(3, 1)}推进“一有七中心”建设。<#if t.party_org == total.units>${place.own}社区均建立了党组织<#else>${place.own}建立党组织的社区${t.party_org}个</#if>；建有便民服务中心的社区${t.center_convenience}个、综治服务中心${t.center_security}个、文体活动中心${t.center_culture}个、卫生服务中心${t.center_health}个、老年人日间照料中心${t.center_elderly}个、儿童服务中心${t.center_children}个、志愿服务中心${t.center_volunteer}个。

${heading(3, 2)}发挥社区社会组织协同作用。${place.own}已培育社区社会组织${t.social_orgs}个，平均每个社区${num(t.social_orgs_per_unit, 1)}个；全年开展协商议事${t.deliberation_cases}件。

${heading(3, 3)}加强社区工作者队伍建设。${place.own}社区专职工作人员${t.fulltime_staff}人${u.fulltime_staff!}，每万名居民${num(t.workers_per_10k, 1)}人，其中持证社会工作者${t.social_workers}人；配备网格员${t.grid_workers}人、楼栋长${t.building_leads}人。

<#if burden.tasks gt 0>
${heading(3, 4)}推进社区减负增效。对照社区工作事项准入清单，全年交由社区承担的工作事项${burden.tasks}项，其中未经准入的${burden.not_allowed}项，已督促有关部门清理规范。

</#if>
<#assign h = h + 1>
## ${heading(1, h)}下一步工作

<#assign behind = targets?filter(x -> x.actual?? && !x.met)>
<#if behind?has_content>
对照年度目标任务，${join(behind?map(x -> x.township + x.indicator), 3)}尚未完成，我们将逐项推进。
</#if>
下一步，我们将认真吸纳贵单位的意见建议，继续补齐社区综合服务设施短板，推动社区治理体系和治理能力现代化。再次感谢贵单位对社区治理工作的关心与支持。
