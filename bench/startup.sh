#!/usr/bin/env bash
# Times the runs an analyst waits for, whole processes through ./shequ, next to their peers in the same run:
#   1. a CI check of a 50-row county CSV  vs  a bare picocli "hello" jar on the same java (goal: ≤ 1.5×)
#   2. render of the county work report to docx (goal: ≤ 1.0 s)
#   3. run of the sample workspace samples/fufeng, all its documents (goal: ≤ 1.5 s)
#
#   bench/startup.sh [RUNS]        (default 10 runs each, alternating)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-10}
./shequ --version >/dev/null   # builds the jar and its start-up archive once, outside the timing
# the peer: Hello.java compiled against the same picocli the jar bundles
picocli_version=$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' pom.xml)
picocli=$HOME/.m2/repository/info/picocli/picocli/$picocli_version/picocli-$picocli_version.jar
hello=$out/hello
if [ ! -f "$hello/hello.jar" ] || [ bench/hello/Hello.java -nt "$hello/hello.jar" ]; then
  rm -rf "$hello" && mkdir -p "$hello/classes"
  javac -d "$hello/classes" -cp "$picocli" bench/hello/Hello.java
  (cd "$hello/classes" && jar xf "$picocli" picocli) # one jar, as shequ.jar is
  jar --create --file "$hello/hello.jar" --main-class Hello -C "$hello/classes" .
fi
small=$out/small.csv   # the first 50 units of the sample county's 2022 sheet
head -n 51 samples/fufeng/data/2022年社区基本情况.csv > "$small"
ws=$out/fufeng
rm -rf "$ws" && cp -r samples/fufeng "$ws" && rm -rf "$ws/out" "$ws/expected-documents"
names="validate hello render run"
for n in $names; do rm -f "$out/$n.times"; done
for i in $(seq "$runs"); do
  measure validate ./shequ validate "$small" -q
  measure hello java -jar "$hello/hello.jar" world
  measure render ./shequ render "$ws" --template work-report --format docx -o "$out/render" -q
  measure run ./shequ run "$ws" -q
done
{
  echo "$runs runs each on $(nproc) cores, $(java -version 2>&1 | head -1)"
  report validate "shequ validate, 50 rows"
  report hello "picocli hello jar"
  report render "shequ render work-report docx"
  report run "shequ run samples/fufeng"
  awk -v s="$(seconds validate)" -v h="$(seconds hello)" 'BEGIN {printf "ratio validate/hello: %.2f (goal: at most 1.5)\n", s / h}'
} | tee "$out/startup.txt"
