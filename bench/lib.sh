# Shared by the bench scripts: the national file, timing with GNU time, medians.
# Source it from a script that has cd'ed to the repository root.
out=bench/out
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "bench: GNU time is missing: apt-get install time" >&2; exit 2; }

# national_file: prints the path of the national CSV, writing it once (188 MB).
national_file() {
  ./shequ --version >/dev/null
  if [ ! -s "$out/national.csv" ]; then
    java -cp cli/target/shequ.jar scripts/Synth.java national "$out/national.csv" >&2
  fi
  echo "$out/national.csv"
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

# measure NAME CMD...: runs CMD once, appends "seconds kilobytes" to $out/NAME.times. Exit 0
# and 1 (findings) are results; any other exit stops the benchmark with the command's stderr.
measure() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -f "%e %M" -o "$out/$name.last" "$@" >/dev/null 2>"$out/$name.err" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "bench: $name failed (exit $rc): $*" >&2
    cat "$out/$name.err" >&2
    exit 1
  fi
  tail -n 1 "$out/$name.last" >> "$out/$name.times"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# report NAME LABEL: one line with the median time and peak RSS of NAME's runs
report() {
  local t m
  t=$(cut -d' ' -f1 "$out/$1.times" | median)
  m=$(cut -d' ' -f2 "$out/$1.times" | median)
  printf '%-34s median %6.2f s   peak RSS %5d MB\n' "$2" "$t" $((m / 1024))
}

seconds() { cut -d' ' -f1 "$out/$1.times" | median; }
