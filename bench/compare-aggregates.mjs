// Checks that shequ's aggregate json and DuckDB's one-pass result (bench/duckdb-onepass.mjs) agree on every
// group and every metric the query computes: counts and sums exactly (sums to 6 places), ratios and the weighted
// satisfaction to one unit in the 4th place (DuckDB divides in doubles; shequ rounds the exact quotient half up).
//   node bench/compare-aggregates.mjs SHEQU.json DUCKDB.json      exit 0 when they agree, 1 with the first differences
import { readFileSync } from 'node:fs';

const [shequFile, duckFile] = process.argv.slice(2);
const shequ = new Map();
for (const level of JSON.parse(readFileSync(shequFile, 'utf8'))) {
  for (const row of level.rows) {
    shequ.set(`${level.by} ${row.code}`, row.metrics);
  }
}
const ratios = new Set(['satisfaction', 'service_area_per_100', 'office_share', 'workers_per_10k', 'social_orgs_per_unit',
  'rural_coverage', 'urban_coverage']);
let groups = 0, values = 0, lastPlace = 0;
const differences = [];
for (const line of readFileSync(duckFile, 'utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line);
  const key = `${d.level} ${d.code}`;
  const s = shequ.get(key);
  groups++;
  if (!s) { differences.push(`${key}: not in shequ's result`); continue; }
  for (const [k, v] of Object.entries(d)) {
    if (k === 'level' || k === 'code') continue;
    values++;
    const a = s[k] === undefined || s[k] === null ? null : Number(s[k]);
    const b = v === null ? null : Number(v);
    if (a === null || b === null) {
      if (a !== b) differences.push(`${key} ${k}: shequ ${a}, duckdb ${b}`);
      continue;
    }
    const diff = Math.abs(a - b);
    if (ratios.has(k) ? diff > 1.0001e-4 : diff > 1e-6) differences.push(`${key} ${k}: shequ ${a}, duckdb ${b}`);
    else if (diff > 1e-9) lastPlace++;
  }
}
const shequGroups = shequ.size;
if (groups !== shequGroups) differences.push(`groups: shequ ${shequGroups}, duckdb ${groups}`);
if (differences.length) {
  console.error(`disagree on ${differences.length} values:\n` + differences.slice(0, 20).join('\n'));
  process.exit(1);
}
console.log(`agree: ${groups} groups, ${values} values (${lastPlace} ratios differ in the 4th place, from DuckDB's double division)`);
