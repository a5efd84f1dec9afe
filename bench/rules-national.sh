#!/usr/bin/env bash
# Times the rule packs over the national file: `shequ validate` with the DATA checks only, with
# all rules of the national pack, and with every bundled pack, side by side in one run; given another shequ.jar
# (an earlier build), its run with every pack beside this build's, with their ratio (the same java options).
#
#   bench/rules-national.sh [RUNS] [OTHER.jar]        (default 3 runs each, after a warm-up run)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
other=${2:-}
file=$(national_file)
all=(--rules national --rules fufeng-2018 --rules puyang-2019 --rules liaoyuan-2021 --rules guizhou-county)
args=(data "$(q ./shequ validate "$file" --format json -o "$out/rules-data.json" -q)"
  national "$(q ./shequ validate "$file" --rules national --format json -o "$out/rules-national.json" -q)"
  all "$(q ./shequ validate "$file" "${all[@]}" --format json -o "$out/rules-all.json" -q)")
if [ -n "$other" ]; then
  java_opts="-Xms32m -Xmx360m -XX:+UseParallelGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150"
  args+=(all-this "$(q java $java_opts -jar cli/target/shequ.jar validate "$file" "${all[@]}" --format json -o "$out/rules-all-this.json" -q)"
    all-other "$(q java $java_opts -jar "$other" validate "$file" "${all[@]}" --format json -o "$out/rules-all-other.json" -q)")
fi
time_commands "$runs" "${args[@]}"
{
  echo "national file: $(wc -l < "$file") lines; $runs runs each after a warm-up run, $(machine)"
  report data "DATA checks only"
  report national "+ national pack (all its rules)"
  report all "+ all five bundled packs"
  awk -v d="$(seconds data)" -v n="$(seconds national)" -v a="$(seconds all)" \
    'BEGIN {printf "cost of the national pack: %.2f s (%.0f ns per unit); of all packs: %.2f s\n", n - d, (n - d) * 1e9 / 620573, a - d}'
  if [ -n "$other" ]; then
    report all-this "all packs, this build (java -jar)"
    report all-other "all packs, $other"
    awk -v a="$(seconds all-this)" -v b="$(seconds all-other)" 'BEGIN {printf "ratio this/other %.2f\n", a / b}'
  fi
} | tee "$out/rules-national.txt"
