#!/usr/bin/env bash
# The runs an analyst waits for, whole processes through ./shequ, timed with hyperfine in one run next to a
# bare picocli "hello" jar on the same java (the floor of any Java command line: it computes nothing):
#   1. a CI check of a 50-row county CSV               (goal: at most 1.2× hello)
#   2. render of the county work report to docx         (goal: at most 1.0 s)
#   3. run of the sample workspace, all its documents   (goal: at most 1.0 s)
# The warm-up run of each command makes the start-up cache it uses, so no timed run includes making one.
#
#   bench/startup.sh [RUNS]        (default 20 runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-20}
./shequ --version >/dev/null 2>&1
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
time_commands "$runs" \
  validate "$(q ./shequ validate "$small" -q)" \
  hello "$(q java -jar "$hello/hello.jar" world)" \
  render "$(q ./shequ render "$ws" --template work-report --format docx -o "$out/render" -q)" \
  run "$(q ./shequ run "$ws" -q)"
{
  echo "$runs runs each after a warm-up run, $(machine)"
  report validate "shequ validate, 50 rows"
  report hello "picocli hello jar"
  report render "shequ render work-report docx"
  report run "shequ run samples/fufeng"
  awk -v s="$(seconds validate)" -v h="$(seconds hello)" 'BEGIN {printf "ratio validate/hello: %.2f (goal: at most 1.2)\n", s / h}'
} | tee "$out/startup.txt"
