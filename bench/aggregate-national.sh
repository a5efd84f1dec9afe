#!/usr/bin/env bash
# Times `shequ aggregate` to all four levels (township, county, city, province) on the national file
# next to DuckDB's GROUP BY on the same file (bench/duckdb-aggregate.mjs), in the same run.
#
#   bench/aggregate-national.sh [RUNS]        (default 3 runs each, alternating)
#
# Needs Node.js and npm (DuckDB is installed from the npm registry into bench/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
need_duckdb
file=$(national_file)
rm -f "$out"/aggregate.times "$out"/duckdb.times
for i in $(seq "$runs"); do
  measure aggregate ./shequ aggregate "$file" --by township,county,city,province --format json -o "$out/national-aggregates.json" -q
  measure duckdb node bench/duckdb-aggregate.mjs "$file"
done
{
  echo "national file: $(wc -l < "$file") lines; $runs runs each on $(nproc) cores"
  report aggregate "shequ aggregate (4 levels, + checks)"
  report duckdb "duckdb GROUP BY (4 levels)"
  awk -v s="$(seconds aggregate)" -v d="$(seconds duckdb)" 'BEGIN {printf "ratio shequ/duckdb: %.2f (goal: at most 3)\n", s / d}'
} | tee "$out/aggregate-national.txt"
