#!/usr/bin/env bash
# `feedback` on the national file with a quarter of the units failing (the feedback step of a national run), timed
# with hyperfine; given another shequ.jar (an earlier build), the two side by side in the same run, with their ratio.
#
#   bench/feedback-national.sh [RUNS] [OTHER.jar]      (default 3 runs, after a warm-up run; a run takes about 25 s)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
other=${2:-}
file=$(realpath "$(failing_file)")
java_opts="-Xms32m -Xmx360m -XX:+UseParallelGC"
report_file=$out/feedback-national.txt
args=(feedback-this "$(q java $java_opts -jar cli/target/shequ.jar feedback "$file" --rules national -o "$out/feedback-this")")
[ -n "$other" ] && args+=(feedback-other "$(q java $java_opts -jar "$other" feedback "$file" --rules national -o "$out/feedback-other")")
time_commands "$runs" "${args[@]}"
{
  echo "national feedback, $runs run(s) each after a warm-up run, $(machine)"
  report feedback-this "this build"
  if [ -n "$other" ]; then
    report feedback-other "$other"
    awk -v a="$(seconds feedback-this)" -v b="$(seconds feedback-other)" 'BEGIN {printf "ratio this/other %.2f\n", a / b}'
  fi
} > "$report_file"
cat "$report_file"
