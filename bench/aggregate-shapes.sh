#!/usr/bin/env bash
# The national aggregate on files of several shapes, each against DuckDB's one pass (bench/duckdb-onepass.mjs)
# in the same run: Chinese headers with every column, the dictionary's keys as headers, only the required columns
# (code, name, households, service area: every other metric is null, the type inferred from the code), no
# township-name column, the units in another order, and a quarter of the units failing. Each shape is first checked value for value
# (bench/compare-aggregates.mjs), then timed; one ratio per shape. Goal (issue: speed, round two): at most 1.0 on every shape.
#
#   bench/aggregate-shapes.sh [RUNS]        (default 1 run each, after a warm-up run; a shape takes about a minute)
#   SHAPES="required keys" bench/aggregate-shapes.sh 3      only these shapes
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-1}
need_duckdb
file=$(national_file)
keys=$(keys_file)
notownship=$out/national-no-township.csv
[ -s "$notownship" ] && [ "$notownship" -nt "$file" ] || cut -d, -f3 --complement "$file" > "$notownship"   # no quoted commas in it
shuffled=$out/national-shuffled.csv
if [ ! -s "$shuffled" ] || [ "$file" -nt "$shuffled" ]; then
  { head -n 1 "$file"; tail -n +2 "$file" | shuf --random-source=<(yes); } > "$shuffled"
fi
required=$out/national-required.csv
if [ ! -s "$required" ] || [ "$file" -nt "$required" ]; then
  # the dictionary's required columns of communities, found by their headers
  awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^(统一代码|社区名称|户数（户）|综合服务设施面积（m²）)$/) keep[++n] = i }
    { line = $keep[1]; for (j = 2; j <= n; j++) line = line OFS $keep[j]; print line }' "$file" > "$required"
fi
failing=$(failing_file)
by=township,county,city,province
report_file=$out/aggregate-shapes.txt
echo "national files: $(($(wc -l < "$file") - 1)) units; $runs run(s) each after a warm-up run, $(machine)" > "$report_file"
for shape in chinese:$file keys:$keys required:$required no-township:$notownship shuffled:$shuffled failing:$failing; do
  name=${shape%%:*}
  if [ -n "${SHAPES:-}" ] && [[ " $SHAPES " != *" $name "* ]]; then continue; fi
  f=${shape#*:}
  ./shequ aggregate "$f" --by "$by" --format json -o "$out/shape-shequ.json" -q || [ $? -eq 1 ]
  node bench/duckdb-onepass.mjs "$f" "$out/shape-duckdb.json"
  agree=$(node bench/compare-aggregates.mjs "$out/shape-shequ.json" "$out/shape-duckdb.json")
  time_commands "$runs" \
    "shape-$name-shequ" "$(q ./shequ aggregate "$f" --by "$by" --format json -o "$out/shape-shequ.json" -q)" \
    "shape-$name-duckdb" "$(q node bench/duckdb-onepass.mjs "$f" "$out/shape-duckdb.json")"
  awk -v n="$name" -v s="$(seconds "shape-$name-shequ")" -v d="$(seconds "shape-$name-duckdb")" -v a="$agree" \
    'BEGIN {printf "%-12s shequ %6.2f s   duckdb %6.2f s   ratio %.2f   (%s)\n", n, s, d, s / d, a}' >> "$report_file"
done
cat "$report_file"
