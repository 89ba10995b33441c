#!/usr/bin/env bash
# Side by side: `kvalitetspeng calc --out` against the pandas, polars and DuckDB references and
# the floor (polars parsing every column), on generated datasets. Paired runs: each round runs
# every engine once, one after the other, each its own process, so that a slow moment of the
# (shared) machine falls on all of them alike. Reported: medians over the rounds of wall time,
# CPU time (user + sys) and peak RSS, and the median over the rounds of each engine's wall time
# divided by ours in the same round. Prints a Markdown table.
#
#   pip install pandas polars duckdb pyarrow
#   cargo build --release
#   RUNS=5 bash bench/compare.sh 500 5000 50000        # providers: 120 k, 1.2 M and 12 M rows
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/kvalitetspeng
runs=${RUNS:-5}
engines=(ours pandas polars duckdb floor)
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
once() { # command...: prints "wall cpu rss_kb"
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f "%e %U %S %M" "$@" >/dev/null 2>&1
  read -r wall user sys rss <"$t"
  rm -f "$t"
  echo "$wall $(echo "$user + $sys" | bc) $rss"
}
echo "| rows | engine | wall s | CPU s | peak MB | wall ÷ ours (paired) |"
echo "|---:|---|---:|---:|---:|---:|"
for providers in "$@"; do
  dir=/tmp/kvp-bench-$providers
  [ -f "$dir/results.csv" ] || "$bin" generate --out-dir "$dir" --providers "$providers" >/dev/null
  rows=$(($(wc -l <"$dir/results.csv") - 1))
  # The agreement check to the öre (stderr), once per size.
  "$bin" calc --rules "$dir/rules.ron" --results "$dir/results.csv" --out "$dir/out.csv" >/dev/null 2>&1
  for engine in pandas polars duckdb; do
    python3 bench/reference.py "$dir" "$dir/out.csv" --engine "$engine" | tail -1 >&2
  done
  declare -A wall=() cpu=() rss=() ratio=()
  for _ in $(seq "$runs"); do
    declare -A this=()
    for engine in "${engines[@]}"; do
      if [ "$engine" = ours ]; then
        r=$(once "$bin" calc --rules "$dir/rules.ron" --results "$dir/results.csv" --out "$dir/out.csv")
      else
        r=$(once python3 bench/reference.py "$dir" --engine "$engine")
      fi
      read -r w c m <<<"$r"
      this[$engine]=$w
      wall[$engine]+="$w "; cpu[$engine]+="$c "; rss[$engine]+="$m "
    done
    for engine in "${engines[@]}"; do
      ratio[$engine]+="$(echo "${this[$engine]} / ${this[ours]}" | bc -l) "
    done
  done
  for engine in "${engines[@]}"; do
    w=$(tr ' ' '\n' <<<"${wall[$engine]}" | grep . | median)
    c=$(tr ' ' '\n' <<<"${cpu[$engine]}" | grep . | median)
    m=$(tr ' ' '\n' <<<"${rss[$engine]}" | grep . | median)
    q=$(tr ' ' '\n' <<<"${ratio[$engine]}" | grep . | median)
    printf '| %s | %s | %.2f | %.2f | %.0f | %.2f |\n' "$rows" "$engine" "$w" "$c" "$(echo "$m / 1024" | bc -l)" "$q"
  done
  unset wall cpu rss ratio
done
