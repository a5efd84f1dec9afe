// The peer of `shequ aggregate --by township,county,city,province`: one DuckDB query that reads the
// national CSV once and computes, for every township, county, city and province (GROUPING SETS over the
// 9-, 6-, 4- and 2-digit prefixes of the code), exactly the metrics aggregate writes: units, urban and
// rural units, the 28 sums, the 13 yes-counts, the household-weighted satisfaction, the units with a
// facility, and the six ratios of sums, each over the units whose inputs do not contradict their row.
// Writes one JSON object per group (COPY … FORMAT json).
//   node bench/duckdb-onepass.mjs FILE.csv OUT.json      (after: npm install --prefix bench)
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, out] = process.argv.slice(2);
// the dictionary's key and the Chinese header of the project's own files (scripts/Synth.java)
const sums = [
  ['households', '户数（户）'], ['population', '常住人口（人）'], ['service_area', '综合服务设施面积（m²）'],
  ['office_area', '办公用房面积（m²）'], ['outdoor_area', '室外活动场地面积（m²）'], ['fulltime_staff', '专职工作人员（人）'],
  ['social_workers', '持证社工（人）'], ['grid_workers', '网格员（人）'], ['grid_leads', '网格长（人）'],
  ['grid_instructors', '网格指导员（人）'], ['group_leads', '居(村)民小组长（人）'], ['building_leads', '楼栋长（人）'],
  ['unit_leads', '单元长（人）'], ['social_orgs', '社区社会组织（个）'], ['deliberation_cases', '议事成功案例（个）'],
  ['visits', '入户走访（人次）'], ['articles', '宣传文章（篇）'], ['funds', '工作经费（万元）'], ['dibao_households', '低保户数（户）'],
  ['dibao_persons', '低保人数（人）'], ['tekun_persons', '特困供养人数（人）'], ['orphans', '孤儿（人）'],
  ['unsupported_children', '事实无人抚养儿童（人）'], ['temp_assist_households', '临时救助户数（户）'],
  ['temp_assist_persons', '临时救助人数（人）'], ['elderly_allowance', '高龄津贴人数（人）'],
  ['disability_care_households', '重度残疾人护理补贴户数（户）'], ['disability_care_persons', '重度残疾人护理补贴人数（人）'],
];
const yes = [
  ['standardized', '是否规范化建设'], ['party_org', '党组织'], ['committee', '居(村)委会'], ['center_convenience', '便民服务中心'],
  ['center_security', '综治服务中心'], ['center_culture', '文体活动中心'], ['center_health', '卫生服务中心'],
  ['center_elderly', '老年人日间照料中心'], ['center_children', '儿童服务中心'], ['center_volunteer', '志愿服务中心'],
  ['charter', '居民公约'], ['model_village', '村务公开民主管理示范村'],
];
// a file written with the dictionary's keys as headers (shequ convert --headers key) names its columns by key
const columns = readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 4096).split('\n')[0].replace(/^\uFEFF/, '').trim().split(',');
const byKey = columns[0] === 'code';
const header = Object.fromEntries([...sums, ...yes, ['code', '统一代码'], ['type', '社区类型'], ['satisfaction', '群众满意度（%）']]
  .map(([k, h]) => [h, byKey ? k : h]));
// a file may have only some of the columns (only the required ones): a metric of a column it lacks is null, as shequ
// writes a metric no unit reported
const has = h => columns.includes(header[h] ?? h);
const q = h => has(h) ? `"${header[h] ?? h}"` : 'NULL';
const num = h => `TRY_CAST(${q(h)} AS DECIMAL(18,6))`;
// without a type column the type is inferred from the code's village number, as shequ does: 001–199 a residents' committee
const urban = has('社区类型') ? `(${q('社区类型')} IN ('城市社区', 'urban'))`
  : `(TRY_CAST(substr(code, 10, 3) AS INTEGER) BETWEEN 1 AND 199)`;
const satisfaction = `TRY_CAST(replace(${q('群众满意度（%）')}, '%', '') AS DECIMAL(18,6))`;
const households = num('户数（户）');
const ratio = (a, b, k) => `round(CAST(${a} AS DOUBLE) * ${k} / nullif(CAST(${b} AS DOUBLE), 0), 4)`;
// a part above its whole (DATA-CONSISTENCY) makes both values no input of a ratio, as in shequ: offices above the
// facility leave the area out of m² per 100 households, of the office share and of the coverage; households above
// the population leave both out of m² per 100 households and of staff per 10,000 people (the sums keep them)
const above = (a, b) => has(a) && has(b) ? `coalesce(${num(a)} > ${num(b)}, false)` : 'false';
const areaOdd = above('办公用房面积（m²）', '综合服务设施面积（m²）');
const peopleOdd = above('户数（户）', '常住人口（人）');
const sumWhere = (h, cond) => has(h) ? `coalesce(sum(${num(h)}) FILTER (WHERE ${cond}), 0)` : 'NULL';
const sql = `
WITH g AS (
  SELECT
    CASE WHEN grouping(substr(code, 1, 9)) = 0 THEN 'township' WHEN grouping(substr(code, 1, 6)) = 0 THEN 'county'
         WHEN grouping(substr(code, 1, 4)) = 0 THEN 'city' ELSE 'province' END AS level,
    coalesce(substr(code, 1, 9), substr(code, 1, 6), substr(code, 1, 4), substr(code, 1, 2)) AS code,
    count(*) AS units,
    count(*) FILTER (WHERE ${urban}) AS urban_units,
    count(*) FILTER (WHERE NOT ${urban}) AS rural_units,
    ${sums.map(([k, h]) => has(h) ? `coalesce(sum(${num(h)}), 0) AS ${k}` : `NULL AS ${k}`).join(',\n    ')},
    ${yes.map(([k, h]) => has(h) ? `count(*) FILTER (WHERE ${q(h)} IN ('是', 'true')) AS ${k}` : `NULL AS ${k}`).join(',\n    ')},
    sum(${satisfaction} * ${households}) FILTER (WHERE ${satisfaction} IS NOT NULL AND ${households} IS NOT NULL) AS sat_weighted,
    sum(${households}) FILTER (WHERE ${satisfaction} IS NOT NULL AND ${households} IS NOT NULL) AS sat_weight,
    count(*) FILTER (WHERE NOT ${urban} AND ${num('综合服务设施面积（m²）')} > 0) AS rural_with_facility,
    count(*) FILTER (WHERE ${urban} AND ${num('综合服务设施面积（m²）')} > 0) AS urban_with_facility,
    ${sumWhere('综合服务设施面积（m²）', `NOT ${areaOdd} AND NOT ${peopleOdd}`)} AS per100_area,
    ${sumWhere('户数（户）', `NOT ${areaOdd} AND NOT ${peopleOdd}`)} AS per100_households,
    ${sumWhere('办公用房面积（m²）', `NOT ${areaOdd}`)} AS share_office,
    ${sumWhere('综合服务设施面积（m²）', `NOT ${areaOdd}`)} AS share_area,
    ${sumWhere('专职工作人员（人）', `NOT ${peopleOdd}`)} AS staff_staff,
    ${sumWhere('常住人口（人）', `NOT ${peopleOdd}`)} AS staff_population,
    count(*) FILTER (WHERE NOT ${urban} AND NOT ${areaOdd} AND ${num('综合服务设施面积（m²）')} > 0) AS coverage_rural_with,
    count(*) FILTER (WHERE NOT ${urban} AND NOT ${areaOdd}) AS coverage_rural,
    count(*) FILTER (WHERE ${urban} AND NOT ${areaOdd} AND ${num('综合服务设施面积（m²）')} > 0) AS coverage_urban_with,
    count(*) FILTER (WHERE ${urban} AND NOT ${areaOdd}) AS coverage_urban
  FROM (SELECT *, ${q('统一代码')} AS code FROM read_csv('${file}', header = true, all_varchar = true))
  GROUP BY GROUPING SETS ((substr(code, 1, 9)), (substr(code, 1, 6)), (substr(code, 1, 4)), (substr(code, 1, 2)))
)
SELECT level, code, units, urban_units, rural_units,
  ${sums.map(([k]) => k).join(', ')}, ${yes.map(([k]) => k).join(', ')},
  round(CAST(sat_weighted AS DOUBLE) / nullif(CAST(sat_weight AS DOUBLE), 0), 4) AS satisfaction,
  rural_with_facility, urban_with_facility,
  ${ratio('per100_area', 'per100_households', 100)} AS service_area_per_100,
  ${ratio('share_office', 'share_area', 100)} AS office_share,
  ${ratio('staff_staff', 'staff_population', 10000)} AS workers_per_10k,
  ${ratio('social_orgs', 'units', 1)} AS social_orgs_per_unit,
  ${ratio('coverage_rural_with', 'coverage_rural', 100)} AS rural_coverage,
  ${ratio('coverage_urban_with', 'coverage_urban', 100)} AS urban_coverage
FROM g`;
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();
await db.run(`COPY (${sql}) TO '${out}' (FORMAT json)`);
