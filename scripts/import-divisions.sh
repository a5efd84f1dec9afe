#!/usr/bin/env bash
# Imports the NBS 2023 division registry into core/src/main/registry, split for lazy loading:
# one gzip file per province for the 620,573 village-level units, one for the 41,352
# townships, and the three small upper levels as they are. Run it when a new registry
# edition arrives:  scripts/import-divisions.sh ../shared/data/divisions-2023
# The build prepares each file as sorted arrays for the jar (org.shequ.core.division.RegistryCompiler).
set -euo pipefail
src=${1:?usage: scripts/import-divisions.sh DIR-WITH-provinces.csv-...}
root=$(cd "$(dirname "$0")/.." && pwd)
dst=$root/core/src/main/registry
rm -rf "$dst" && mkdir -p "$dst"
cp "$src/provinces.csv" "$src/cities.csv" "$src/areas.csv" "$dst/"
cp "$src/LICENSE" "$root/core/src/main/resources/org/shequ/division/data/"
gzip -9n < "$src/streets.csv" > "$dst/streets.csv.gz"
# villages: keep code and name (the parents are prefixes of the code); one file per province
zcat "$src/villages.csv.gz" | awk -v dst="$dst" -F'\n' '
  NR == 1 { next }
  { p = substr($0, 1, 2); i = index($0, ","); j = index(substr($0, i + 1), ",");
    line = substr($0, 1, i + j - 1);
    f = dst "/villages-" p ".csv"; print line > f }'
for f in "$dst"/villages-*.csv; do gzip -9n "$f"; done
ls "$dst" | wc -l
