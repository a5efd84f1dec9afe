#!/usr/bin/env bash
# The main job on a national workspace (jurisdiction 全国, the national pack, the bundled work report in md
# and docx) over the national file where a quarter of the units fail STD-SPACE-100, at the launcher's
# default heap: time and peak RSS of the whole `run`, of the same run without documents, and of `validate`
# and `feedback` of the same file alone: the feedback step (feedback less validate) as a share of the run.
#
# Given another shequ.jar (an earlier build), the whole run of each jar side by side as well (the same java command
# for both, without the launcher's start-up caches), with their ratio.
#
#   bench/run-national.sh [RUNS] [OTHER.jar]   (default 1 run each; a run takes about half a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-1}
other=${2:-}
java_opts="-Xms32m -Xmx360m -XX:+UseParallelGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150"
file=$(realpath "$(failing_file)")
for ws in run-national run-national-nodocs; do
  rm -rf "${out:?}/$ws"
  mkdir -p "$out/$ws"
  {
    echo "jurisdiction: 全国"
    echo "period: 2023"
    echo "inputs: [$file]"
    echo "rules: [national]"
    echo "office: 民政部门"
    echo "facts: {addressee: 领导, date: 2024-01-15, occasion: 会议}"
    if [ "$ws" = run-national ]; then
      echo "reports:"
      echo "  - {template: work-report, name: 汇报, formats: [md, docx]}"
    fi
  } > "$out/$ws/shequ.yaml"
done
args=(run-national "$(q ./shequ run "$out/run-national" -q)"
  run-national-nodocs "$(q ./shequ run "$out/run-national-nodocs" -q)"
  validate-national "$(q ./shequ validate "$file" --rules national -q -o "$out/validate-national.csv" --format csv)"
  feedback-national "$(q ./shequ feedback "$file" --rules national -o "$out/feedback-national")")
if [ -n "$other" ]; then
  # shellcheck disable=SC2086 # the options are words
  args+=(run-national-this "$(q java $java_opts -jar cli/target/shequ.jar run "$out/run-national" -q)"
    run-national-other "$(q java $java_opts -jar "$other" run "$out/run-national" -q)")
fi
WARMUP=0 time_commands "$runs" "${args[@]}"
{
  echo "national workspace: $(($(wc -l < "$file") - 1)) units; $runs run(s) each after a warm-up run, $(machine), default heap"
  report run-national "run with the work report"
  report run-national-nodocs "run without documents"
  report validate-national "validate alone"
  report feedback-national "feedback alone (validates, then marks)"
  awk -v r="$(seconds run-national)" -v v="$(seconds validate-national)" -v f="$(seconds feedback-national)" \
    'BEGIN {printf "feedback step (feedback less validate): %.1f s, %.0f %% of the run\n", f - v, (f - v) * 100 / r}'
  if [ -n "$other" ]; then
    report run-national-this "run, this build (java -jar)"
    report run-national-other "run, $other"
    awk -v a="$(seconds run-national-this)" -v b="$(seconds run-national-other)" 'BEGIN {printf "ratio this/other %.2f\n", a / b}'
  fi
  ls "$out/run-national/out"
} | tee "$out/run-national.txt"
