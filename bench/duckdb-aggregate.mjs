// The peer bench/aggregate-national.sh times shequ against: DuckDB reads the national file once
// into a table and groups it to all four levels, summing every numeric column.
//   node bench/duckdb-aggregate.mjs FILE.csv      (after: npm install --prefix bench)
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(`CREATE TABLE units AS SELECT * FROM read_csv('${file}', header = true, all_varchar = false, types = {'统一代码': 'VARCHAR'})`);
const columns = (await (await db.runAndReadAll(`DESCRIBE units`)).getRowObjects())
  .filter(c => ['BIGINT', 'DOUBLE', 'INTEGER'].includes(c.column_type) && c.column_name !== '年度')
  .map(c => `sum("${c.column_name}") AS "${c.column_name}"`);
let rows = 0;
for (const digits of [9, 6, 4, 2]) {
  const result = await db.runAndReadAll(
    `SELECT substr("统一代码", 1, ${digits}) AS code, count(*) AS units, ${columns.join(', ')} FROM units GROUP BY 1 ORDER BY 1`);
  rows += result.getRows().length;
}
console.log(`duckdb: ${rows} groups over 4 levels`);
