# Shared by the bench scripts: the national file, timing with hyperfine (Debian package "hyperfine"),
# peak memory with GNU time (package "time").
# Source it from a script that has cd'ed to the repository root.
out=bench/out
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "bench: GNU time is missing: apt-get install time" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }

# national_file: prints the path of the national CSV, writing it once (188 MB).
national_file() {
  ./shequ --version >/dev/null
  if [ ! -s "$out/national.csv" ]; then
    java -cp cli/target/shequ.jar scripts/Synth.java national "$out/national.csv" >&2
  fi
  echo "$out/national.csv"
}

# keys_file: prints the path of the national CSV with the dictionary's keys as headers, converting it once.
keys_file() {
  local file keys=$out/national-keys.csv
  file=$(national_file)
  [ -s "$keys" ] && [ "$keys" -nt "$file" ] || ./shequ convert "$file" "$keys" --headers key >&2
  echo "$keys"
}

# need_duckdb: stops unless Node.js is here; installs DuckDB from the npm registry into bench/node_modules once.
need_duckdb() {
  command -v node >/dev/null || { echo "bench: Node.js is missing" >&2; exit 2; }
  [ -d bench/node_modules/@duckdb/node-api ] || (cd bench && npm install --no-audit --no-fund >&2)
}

# failing_file: prints the path of the national CSV in which every fourth unit's service area is 10 m²
# (a quarter of the units fail STD-SPACE-100 of the national pack), writing it once.
failing_file() {
  local file
  file=$(national_file)
  if [ ! -s "$out/national-failing.csv" ] || [ "$file" -nt "$out/national-failing.csv" ]; then
    awk -F, -v OFS=, 'NR > 1 && NR % 4 == 0 { $8 = 10 } { print }' "$file" > "$out/national-failing.csv"
  fi
  echo "$out/national-failing.csv"
}

# time_commands RUNS NAME CMD [NAME CMD ...]: each command (a string, as a shell reads it) is run once first:
# a check that it ends with 0 or 1 (findings; any other exit stops the benchmark with its stderr), and the
# run that makes any start-up cache the command uses. Then hyperfine times them all in one run: $WARMUP
# more warm-up runs each (default 1), then RUNS runs each; last, one run each under GNU time for its peak RSS.
# Writes $out/NAME.median (seconds), $out/NAME.cpu (mean user + system seconds, all threads) and $out/NAME.rss (KB).
time_commands() {
  local runs=$1; shift
  local args=() names=() cmds=() name cmd rc
  while [ $# -gt 0 ]; do
    name=$1 cmd=$2; shift 2
    rc=0
    bash -c "$cmd" >/dev/null 2>"$out/$name.err" || rc=$?
    if [ "$rc" -gt 1 ]; then
      echo "bench: $name failed (exit $rc): $cmd" >&2
      cat "$out/$name.err" >&2
      exit 1
    fi
    names+=("$name")
    cmds+=("$cmd")
    args+=(-n "$name" "$cmd")
  done
  hyperfine -i --warmup "${WARMUP:-1}" --runs "$runs" --export-json "$out/hyperfine.json" "${args[@]}" >&2
  local medians users systems i=0
  medians=($(sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$out/hyperfine.json"))
  users=($(sed -n 's/.*"user": *\([0-9.e-]*\).*/\1/p' "$out/hyperfine.json"))
  systems=($(sed -n 's/.*"system": *\([0-9.e-]*\).*/\1/p' "$out/hyperfine.json"))
  for name in "${names[@]}"; do
    echo "${medians[$i]}" > "$out/$name.median"
    awk -v u="${users[$i]}" -v s="${systems[$i]}" 'BEGIN { print u + s }' > "$out/$name.cpu"
    /usr/bin/time -f "%M" -o "$out/$name.rss" bash -c "${cmds[$i]}" >/dev/null 2>&1 || true
    i=$((i + 1))
  done
}

# report NAME LABEL: one line with the median time and peak RSS of NAME
report() {
  printf '%-40s median %6.2f s   peak RSS %5d MB\n' "$2" "$(seconds "$1")" $(($(tail -n 1 "$out/$1.rss") / 1024))
}

seconds() { cat "$out/$1.median"; }
cpu() { cat "$out/$1.cpu"; }

# machine: one line naming the machine and the java, for every report
machine() {
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(java -version 2>&1 | head -1)"
}

# q ARGS...: the arguments as one string a shell reads back as the same arguments
q() { printf '%q ' "$@"; }
