#!/usr/bin/env bash
# Side by side: `kvalitetspeng calc --out` against the pandas, polars and DuckDB references and
# the floor (polars parsing every column), on generated datasets; medians of 3 runs of wall
# time, CPU time (user + sys) and peak RSS, each run its own process. Prints a Markdown table.
#
#   pip install pandas polars duckdb pyarrow
#   cargo build --release
#   bash bench/compare.sh 500 5000 50000        # providers: 120 k, 1.2 M and 12 M rows
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/kvalitetspeng
runs=${RUNS:-3}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...: prints "wall cpu rss"
  shift
  local w=() c=() m=()
  for _ in $(seq "$runs"); do
    local t
    t=$(mktemp)
    /usr/bin/time -o "$t" -f "%e %U %S %M" "$@" >/dev/null 2>&1
    read -r wall user sys rss <"$t"
    rm -f "$t"
    w+=("$wall"); c+=("$(echo "$user + $sys" | bc)"); m+=("$rss")
  done
  echo "$(printf '%s\n' "${w[@]}" | median) $(printf '%s\n' "${c[@]}" | median) $(printf '%s\n' "${m[@]}" | median)"
}
echo "| rows | engine | wall s | CPU s | peak MB | wall ÷ ours |"
echo "|---:|---|---:|---:|---:|---:|"
for providers in "$@"; do
  dir=/tmp/kvp-bench-$providers
  [ -f "$dir/results.csv" ] || "$bin" generate --out-dir "$dir" --providers "$providers" >/dev/null
  rows=$(($(wc -l <"$dir/results.csv") - 1))
  read -r ow oc om <<<"$(measure ours "$bin" calc --rules "$dir/rules.ron" --results "$dir/results.csv" --out "$dir/out.csv")"
  python3 bench/reference.py "$dir" "$dir/out.csv" --engine polars | tail -1 >&2
  for engine in ours pandas polars duckdb floor; do
    if [ "$engine" = ours ]; then
      read -r w c m <<<"$ow $oc $om"
    else
      read -r w c m <<<"$(measure "$engine" python3 bench/reference.py "$dir" --engine "$engine")"
    fi
    printf '| %s | %s | %.2f | %.2f | %.0f | %.2f |\n' "$rows" "$engine" "$w" "$c" "$(echo "$m / 1024" | bc -l)" "$(echo "$w / $ow" | bc -l)"
  done
done
