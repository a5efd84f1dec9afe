#!/usr/bin/env bash
# Times `shequ validate` on the national file (all 620,573 village-level units, every field of
# the communities dictionary) next to Miller aggregating the same file, in the same run.
#
#   bench/validate-national.sh [RUNS]        (default 3 runs each, alternating)
#
# Needs: Java 17 + Maven (the jar is built by ./shequ), Miller (`apt-get install miller`) and GNU
# time (`apt-get install time`). Writes bench/out/national.csv once (188 MB) and prints median
# wall time and peak RSS of each tool, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=bench/out
mkdir -p "$out"
command -v mlr >/dev/null || { echo "bench: Miller is missing: apt-get install miller" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is missing: apt-get install time" >&2; exit 2; }
./shequ --version >/dev/null
if [ ! -s "$out/national.csv" ]; then
  java -cp cli/target/shequ.jar scripts/Synth.java national "$out/national.csv"
fi
file="$out/national.csv"
shequ_cmd=(./shequ validate "$file" --format json -o "$out/national-findings.json" -q)
mlr_cmd=(mlr --icsv --ojson stats1 -a sum,count -f '户数（户）,常住人口（人）,综合服务设施面积（m²）' -g '社区类型' "$file")

measure() { # name cmd...: appends "seconds kilobytes" to $out/$name.times
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.last" "$@" >/dev/null
  cat "$out/$name.last" >> "$out/$name.times"
}
rm -f "$out"/*.times
for i in $(seq "$runs"); do
  measure shequ "${shequ_cmd[@]}"
  measure miller "${mlr_cmd[@]}"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
s_t=$(cut -d' ' -f1 "$out/shequ.times" | median); s_m=$(cut -d' ' -f2 "$out/shequ.times" | median)
m_t=$(cut -d' ' -f1 "$out/miller.times" | median); m_m=$(cut -d' ' -f2 "$out/miller.times" | median)
{
  echo "national file: $(wc -l < "$file") lines, $(du -m "$file" | cut -f1) MB; $runs runs each on $(nproc) cores"
  printf 'shequ validate   median %6.2f s   peak RSS %5d MB\n' "$s_t" $((s_m / 1024))
  printf 'miller stats1    median %6.2f s   peak RSS %5d MB\n' "$m_t" $((m_m / 1024))
  awk -v s="$s_t" -v m="$m_t" 'BEGIN {printf "ratio shequ/miller: %.2f (below 1 is faster)\n", s / m}'
} | tee "$out/validate-national.txt"
