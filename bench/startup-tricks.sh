#!/usr/bin/env bash
# Each start-up option the launcher adds, timed with and without it on the command it serves, with
# hyperfine (Debian package "hyperfine"): warm-up runs first (the caches are made before any timing),
# then alternating runs; prints the medians and the ratio without / with. The launcher keeps an option
# only where the ratio is at least 1.10 (docs/performance.md quotes this script's table).
#
#   bench/startup-tricks.sh [RUNS] [national]   (default 15 runs each; "national" adds the inlining
#                                                 options on the national 4-level aggregate, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
runs=${1:-15}
out=bench/out/tricks
rm -rf "$out" && mkdir -p "$out"
./shequ --version >/dev/null
jar=$PWD/cli/target/shequ.jar
j17=$(command -v java)
j25=${SHEQU_AOT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
small=$out/small.csv          # the first 50 units of the sample county's 2022 sheet: a CI check
head -n 51 samples/fufeng/data/2022年社区基本情况.csv > "$small"
ws=$out/fufeng                # the sample workspace, all its documents: a county run
cp -r samples/fufeng "$ws" && rm -rf "$ws/out" "$ws/expected-documents"
base="-Xms32m -Xmx360m -XX:+UseParallelGC"
tier="-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m"
thp="-XX:+UseTransparentHugePages"

# the class-data archive and the JDK 25 caches, made as the launcher makes them
jsa=$out/shequ.jsa
"$j17" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off $base -jar "$jar" \
    aggregate samples/fufeng --by township,county --format json -o "$out/agg.json" -q >/dev/null 2>&1 || true
cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
aot_for() { # $1: name, then the training arguments
  local name=$1; shift
  if [ -x "$j25" ]; then
    "$j25" -XX:AOTCacheOutput="$out/$name.aot" -Xlog:aot=off -Xlog:cds=off $base $tier -jar "$jar" "$@" >/dev/null 2>&1 || true
  fi
}
aot_for validate validate "$small" -q
aot_for run run "$ws" -q

validate=(validate "$small" -q)
run=(run "$ws" -q)
table=$out/table.md
echo "| option | command | median with (s) | median without (s) | without / with |" > "$table"
echo "|---|---|---|---|---|" >> "$table"
# compare OPTION NAME "WITH" "WITHOUT": times both, appends the medians and the ratio to the table
compare() {
  local option=$1 name=$2 with=$3 without=$4
  hyperfine -N --warmup 3 --runs "$runs" -i --export-json "$out/$option-$name.json" \
      -n with "$with" -n without "$without" >/dev/null
  local medians
  medians=($(sed -n 's/.*"median": *\([0-9.]*\).*/\1/p' "$out/$option-$name.json"))
  awk -v o="$option" -v n="$name" -v a="${medians[0]}" -v b="${medians[1]}" \
      'BEGIN { printf "| %s | %s | %.3f | %.3f | %.2f |\n", o, n, a, b, b / a }' >> "$table"
}
q() { printf '%q ' "$@"; }
for c in validate run; do
  eval "args=(\"\${$c[@]}\")"
  compare "class-data archive (JDK 17)" "$c" "$(q "$j17" $cds $base $tier -jar "$jar" "${args[@]}")" \
      "$(q "$j17" $base $tier -jar "$jar" "${args[@]}")"
  compare "first JIT tier only" "$c" "$(q "$j17" $cds $base $tier -jar "$jar" "${args[@]}")" \
      "$(q "$j17" $cds $base -jar "$jar" "${args[@]}")"
  if grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    compare "transparent huge pages" "$c" "$(q "$j17" $cds $base $tier $thp -jar "$jar" "${args[@]}")" \
        "$(q "$j17" $cds $base $tier -jar "$jar" "${args[@]}")"
  fi
  if [ -s "$out/$c.aot" ]; then
    compare "JDK 25 AOT cache (vs JDK 17 with its archive)" "$c" \
        "$(q "$j25" -XX:AOTCache="$out/$c.aot" -Xlog:aot=off -Xlog:cds=off $base $tier -jar "$jar" "${args[@]}")" \
        "$(q "$j17" $cds $base $tier -jar "$jar" "${args[@]}")"
  fi
done
if [ "${2:-}" = national ]; then
  . bench/lib.sh
  national=$(national_file)
  runs=5
  agg=(aggregate "$national" --by township,county,city,province --format json -o "$out/national.json" -q)
  compare "smaller inlining (-XX:InlineSmallCode=1000 -XX:FreqInlineSize=150)" "national aggregate" \
      "$(q "$j17" $cds $base -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150 -jar "$jar" "${agg[@]}")" \
      "$(q "$j17" $cds $base -jar "$jar" "${agg[@]}")"
fi
{
  echo "${1:-15} runs each (national: 5) after 3 warm-up runs, $(nproc) cores, $("$j17" -version 2>&1 | head -1)"
  cat "$table"
} | tee bench/out/startup-tricks.txt
