#!/usr/bin/env bash
# Times `shequ aggregate` to all four levels on the national file next to one DuckDB query that computes
# exactly the same metrics in one pass from the file (bench/duckdb-onepass.mjs, threads=2), in the same run.
# Before timing, both are run on three files — Chinese headers, the dictionary's keys as headers, and a file
# where a quarter of the units fail national standards — and must agree on every group and value
# (bench/compare-aggregates.mjs). Goal: shequ at most 1.5× DuckDB.
#
#   bench/aggregate-onepass.sh [RUNS]        (default 3 runs each, after a warm-up run)
#
# Needs Node.js and npm (DuckDB is installed from the npm registry into bench/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
need_duckdb
file=$(national_file)
keys=$(keys_file)
failing=$(failing_file)
by=township,county,city,province
for f in "$file" "$keys" "$failing"; do
  ./shequ aggregate "$f" --by "$by" --format json -o "$out/onepass-shequ.json" -q || [ $? -eq 1 ]
  node bench/duckdb-onepass.mjs "$f" "$out/onepass-duckdb.json"
  printf '%s: ' "$(basename "$f")" >&2
  node bench/compare-aggregates.mjs "$out/onepass-shequ.json" "$out/onepass-duckdb.json" >&2
done
time_commands "$runs" \
  onepass-shequ "$(q ./shequ aggregate "$file" --by "$by" --format json -o "$out/onepass-shequ.json" -q)" \
  onepass-duckdb "$(q node bench/duckdb-onepass.mjs "$file" "$out/onepass-duckdb.json")"
{
  echo "national file: $(($(wc -l < "$file") - 1)) units; $runs runs each after a warm-up run, $(machine)"
  report onepass-shequ "shequ aggregate (4 levels)"
  report onepass-duckdb "duckdb one pass, same metrics"
  awk -v s="$(seconds onepass-shequ)" -v d="$(seconds onepass-duckdb)" 'BEGIN {printf "ratio shequ/duckdb: %.2f (goal: at most 1.5)\n", s / d}'
} | tee "$out/aggregate-onepass.txt"
