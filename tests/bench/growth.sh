#!/usr/bin/env bash
# CareerExplorer growth benchmark (issue 16): not part of `dotnet test`. How the cost of an
# uncached page grows with the number of roles: for each size, a scale database with that many
# generated roles on top of the seed and every bundled official release (the same database as
# run.sh's, reused from tests/bench/results/ when there), the Release app with the output cache
# off, and wrk (2 threads, 8 connections) against the roles list, two searches and the static CSS
# file as the baseline. Only the URLs are fixed here, not how the app answers them.
#
#   tests/bench/growth.sh [--sizes "1000 4000 10000"] [--duration 10s] [--seed 42]
#
# Prints a table and writes it to tests/bench/results/growth-<stamp>.md. Needs wrk and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES="1000 4000 10000" DURATION=10s SEED=42 PORT=${BENCH_PORT:-5398}
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for n in $SIZES; do [[ $n =~ ^[0-9]+$ ]] || { echo "--sizes takes whole numbers, not '$n'" >&2; exit 2; }; done
read -r -a sizes <<<"$(printf '%s\n' $SIZES | sort -n | uniq | tr '\n' ' ')"
[ ${#sizes[@]} -gt 0 ] || { echo "--sizes is empty" >&2; exit 2; }

. tests/bench/lib.sh
need_tools
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3" >&2; exit 1; }
report="$OUT/growth-$stamp.md"
publish_app

# The databases first: generating is the long part, and the measurements then run back to back.
declare -A db_of times_of
for n in "${sizes[@]}"; do
  scale_db "$n" "$SEED"
  db_of[$n]=$scale_db_path
  times_of[$n]=$scale_db_times
done

declare -a names=("static file (baseline)" "/Roles" "/Roles?q=data&sort=salary-desc" "/Roles?q=statis (prefix)")
declare -a paths=("" "/Roles" "/Roles?q=data&sort=salary-desc" "/Roles?q=statis")
declare -A roles_of load_of rps_of p50_of p99_of
problems=
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

for n in "${sizes[@]}"; do
  echo "Measuring with $n generated roles (uncached, 8 connections, $DURATION a page)..."
  start_app "${db_of[$n]}" false false # releases are in; no background import, no output cache
  wait_for "$BASE/health"
  roles_of[$n]=$(sqlite3 "${db_of[$n]}" "select count(*) from Roles")
  load_of[$n]=$(cut -d' ' -f1 /proc/loadavg)
  paths[0]=$(static_file_url)
  for p in "${paths[@]}"; do
    curl -sf -o /dev/null "$BASE$p" || { echo "warm-up failed for $p" >&2; exit 1; }
    wrk -t2 -c8 -d3s --timeout 30s "$BASE$p" >/dev/null
  done
  for i in "${!paths[@]}"; do
    # A generous timeout: a slow page is measured, not counted as a socket error.
    wrk_run "${paths[$i]}" 8 --timeout 30s
    rps_of[$n,$i]=$rps p50_of[$n,$i]=$p50 p99_of[$n,$i]=$p99
    printf '  %-32s %8.1f requests/s  p50 %8s ms  p99 %8s ms\n' "${names[$i]}" "$rps" "$p50" "$p99"
    [ "$errors" = 0 ] && [ "$non2xx" = 0 ] || problems+="${names[$i]} with $n generated roles: $errors socket errors, $non2xx non-2xx responses. "
  done
  stop_app
done

smallest=${sizes[0]}
{
  echo "# CareerExplorer growth benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); wrk on the same machine: 2 threads, 8 connections, $DURATION a page, after a 3 s warm-up."
  echo "App: Release (ReadyToRun), output cache off (every request rendered), no background import."
  echo "Data: for each size, that many generated roles (seed $SEED) on top of the seed data and every bundled official release (data/oews, data/onet/29.0, data/projections)."
  echo "Cost vs $(thousands "$smallest"): requests/s with $(thousands "$smallest") generated roles divided by requests/s at this size (1.00 = no growth)."
  echo
  echo "| roles in the database (generated) | page | requests/s | p50 ms | p99 ms | cost vs $(thousands "$smallest") |"
  echo "| --- | --- | ---: | ---: | ---: | ---: |"
  for i in "${!paths[@]}"; do
    for n in "${sizes[@]}"; do
      printf '| %s (%s) | %s | %.1f | %s | %s | %s |\n' "$(thousands "${roles_of[$n]}")" "$(thousands "$n")" "${names[$i]}" \
        "${rps_of[$n,$i]}" "${p50_of[$n,$i]}" "${p99_of[$n,$i]}" \
        "$(awk -v a="${rps_of[$smallest,$i]}" -v b="${rps_of[$n,$i]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }')"
    done
  done
  echo
  echo "Errors: ${problems:-no socket errors and no non-2xx responses.}"
  for n in "${sizes[@]}"; do
    echo "With $(thousands "$n") generated roles: load average ${load_of[$n]} before measuring; database ${db_of[$n]} (${times_of[$n]:+built in this run: }${times_of[$n]:-reused from an earlier run})."
  done
} | tee "$report"
echo
echo "Written to $report"
