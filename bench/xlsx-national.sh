#!/usr/bin/env bash
# Times `shequ aggregate` (every check, every value read) on the national rows as XLSX next to the
# same rows as CSV, in the same run (goal: XLSX at most 1.5× CSV), with the CPU each used. The workbook is made once from the
# CSV with `shequ convert` (130 MB, inline strings, as a streamed export writes them); both must give
# the same township rows, byte for byte.
#
#   bench/xlsx-national.sh [RUNS]        (default 3 runs each, after a warm-up run)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
csv=$(national_file)
xlsx=$out/national.xlsx
if [ ! -s "$xlsx" ] || [ "$csv" -nt "$xlsx" ]; then
  ./shequ convert "$csv" "$xlsx" >&2
fi
# the outputs of an earlier run of this script, perhaps in another language (another header: shequ would not replace them)
rm -f "$out/national-xlsx-townships.csv" "$out/national-csv-townships.csv"
time_commands "$runs" \
  xlsx "$(q ./shequ aggregate "$xlsx" --by township --format csv -o "$out/national-xlsx-townships.csv" -q)" \
  csv "$(q ./shequ aggregate "$csv" --by township --format csv -o "$out/national-csv-townships.csv" -q)"
cmp -s "$out/national-xlsx-townships.csv" "$out/national-csv-townships.csv" \
  || { echo "bench: the XLSX and the CSV gave different township rows" >&2; exit 1; }
{
  echo "national rows: $(($(wc -l < "$csv") - 1)); $runs runs each after a warm-up run, $(machine)"
  report xlsx "shequ aggregate national.xlsx"
  report csv "shequ aggregate national.csv"
  awk -v x="$(seconds xlsx)" -v c="$(seconds csv)" 'BEGIN {printf "ratio xlsx/csv: %.2f (goal: at most 1.5)\n", x / c}'
  # the CPU of all threads: on this machine's cores the time cannot fall below CPU / cores
  awk -v x="$(cpu xlsx)" -v c="$(cpu csv)" -v n="$(nproc)" -v cs="$(seconds csv)" 'BEGIN {
    printf "CPU (user + system, all threads): xlsx %.1f s, csv %.1f s; on %d cores the xlsx run takes at least %.1f s, %.2f of the csv run\n",
      x, c, n, x / n, x / n / cs }'
} | tee "$out/xlsx-national.txt"
