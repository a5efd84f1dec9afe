#!/usr/bin/env bash
# Fuzzes every @FuzzTest target with Jazzer, one after the other, each for its maxDuration (10 min):
#   scripts/fuzz.sh [TARGET...]      e.g. scripts/fuzz.sh ReadersFuzzTest#csv
# mvn -B verify only replays the seeds (src/test/resources/org/shequ/core/fuzz/*Inputs); this
# explores. A finding (an exception other than a refusal, or a hang) fails the run and leaves the
# input under core/src/test/resources/…Inputs/ as a new seed to keep. The corpus grows in
# core/.cifuzz-corpus (not committed). Prints each target's result and the size of its corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(ReadersFuzzTest#csv ReadersFuzzTest#xlsx ReadersFuzzTest#yaml ConfigFuzzTest#workspace ConfigFuzzTest#rulePack
           ConfigFuzzTest#accessList DocumentsFuzzTest#template DocumentsFuzzTest#lint FeedbackFuzzTest#feedback FeedbackFuzzTest#run)
fi
mvn -B -q -DskipTests install >/dev/null
for t in "${targets[@]}"; do
  log=$(mktemp)
  rc=0
  JAZZER_FUZZ=1 mvn -B -o test -pl core -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || rc=$?
  # how far it got: the inputs in the corpus (each one reached code no earlier input reached)
  class=${t%%#*}; method=${t#*#}
  corpus=$(find "core/.cifuzz-corpus/org.shequ.core.fuzz.$class/$method" -type f 2>/dev/null | wc -l)
  printf '%-32s %s, corpus %s inputs\n' "$t" "$([ $rc -eq 0 ] && echo ok || echo FAILED)" "$corpus"
  [ $rc -eq 0 ] || { grep -E "ERROR|Exception|crash" "$log" | head -20; }
  rm -f "$log"
done
