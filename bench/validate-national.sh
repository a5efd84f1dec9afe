#!/usr/bin/env bash
# Times `shequ validate` on the national file (all 620,573 village-level units, every field of
# the communities dictionary) next to Miller aggregating the same file, in the same run.
#
#   bench/validate-national.sh [RUNS]        (default 3 runs each, alternating)
#
# Needs: Java 17 + Maven (the jar is built by ./shequ), Miller (`apt-get install miller`) and GNU
# time (`apt-get install time`). Prints median wall time and peak RSS of each, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
command -v mlr >/dev/null || { echo "bench: Miller is missing: apt-get install miller" >&2; exit 2; }
file=$(national_file)
rm -f "$out"/shequ.times "$out"/miller.times
for i in $(seq "$runs"); do
  measure shequ ./shequ validate "$file" --format json -o "$out/national-findings.json" -q
  measure miller mlr --icsv --ojson stats1 -a sum,count -f '户数（户）,常住人口（人）,综合服务设施面积（m²）' -g '社区类型' "$file"
done
{
  echo "national file: $(wc -l < "$file") lines, $(du -m "$file" | cut -f1) MB; $runs runs each on $(nproc) cores"
  report shequ "shequ validate"
  report miller "miller stats1"
  awk -v s="$(seconds shequ)" -v m="$(seconds miller)" 'BEGIN {printf "ratio shequ/miller: %.2f (below 1 is faster)\n", s / m}'
} | tee "$out/validate-national.txt"
