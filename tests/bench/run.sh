#!/usr/bin/env bash
# CareerExplorer benchmark: not part of `dotnet test`. Builds Release, measures the cold start on a
# fresh database, fills a scale database (1,000 generated roles, 25,000 salary figures, ..., plus the
# nine real OEWS releases from data/oews: about 1,950 roles and 125,000 salary figures), then drives the
# app with wrk on loopback and compares each page with a static file served by the same app, first
# as served (output cache on), then with the output cache off (every request rendered).
#
#   tests/bench/run.sh [--roles 1000] [--duration 20s] [--connections 64] [--seed 42]
#
# Prints a table and writes it to tests/bench/results/. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROLES=1000 DURATION=20s CONNECTIONS=64 SEED=42 PORT=${BENCH_PORT:-5399}
while [ $# -gt 0 ]; do
  case "$1" in
    --roles) ROLES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

. tests/bench/lib.sh
need_tools time
report="$OUT/bench-$stamp.md"
publish_app

# 1. Cold start: process start to the first 200 on a role page, with a fresh database that is
#    created, migrated and seeded on the way, and the bundled OEWS releases starting to import in
#    the background, as a new install's first start does. Five starts, the median reported: one
#    start alone varies by a few hundred milliseconds here with the state of the disk cache.
cold_db="$OUT/cold-$stamp.db"
cold_runs=()
for _ in 1 2 3 4 5; do
  rm -f "$cold_db"*
  t0=$(date +%s%N)
  start_app "$cold_db"
  wait_for "$BASE/Roles/machine-learning-engineer"
  cold_runs+=($(( ($(date +%s%N) - t0) / 1000000 )))
  stop_app
done
rm -f "$cold_db"*
cold_sorted=$(printf '%s\n' "${cold_runs[@]}" | sort -n | tr '\n' ' ')
cold_ms=$(echo "$cold_sorted" | cut -d' ' -f3)

# 2. The O*NET import on its own: the whole 29.0 release (fourteen workbooks) into a database with
#    the seed and the May 2023 OEWS release, timed and its peak working set read by /usr/bin/time
#    (GNU time).
onet_db="$OUT/onet-$stamp.db"
rm -f "$onet_db"*
ConnectionStrings__Default="Data Source=$onet_db" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$APP/CareerExplorer.Web.dll" import-oews data/oews/national_M2023_dl.xlsx >/dev/null 2>&1
onet_out=$( { ConnectionStrings__Default="Data Source=$onet_db" ASPNETCORE_ENVIRONMENT=Production \
  /usr/bin/time -f "TIME %e s %M KB" dotnet "$APP/CareerExplorer.Web.dll" import-onet data/onet/29.0; } 2>&1 ) \
  || { echo "$onet_out" >&2; exit 1; }
onet_time=$(echo "$onet_out" | awk '/^TIME/ {print $2}')
onet_peak=$(echo "$onet_out" | awk '/^TIME/ {printf "%d", $4 / 1024}')
rm -f "$onet_db"*

# 3. The scale database (lib.sh): the generated roles plus every bundled official release.
scale_db "$ROLES" "$SEED"
db=$scale_db_path
start_app "$db" false # the scale database has its releases; a background import would be measured too
wait_for "$BASE/health"
counts=$(sqlite3 "$db" "select (select count(*) from Roles)||' roles, '||(select count(*) from SalaryFigures)||' salary figures, '||(select count(*) from OutlookFigures)||' outlook figures, '||(select count(*) from Sources)||' sources, '||(select count(*) from Skills)||' skills, '||(select count(*) from RoleSkills)||' role skills, '||(select (select count(*) from OnetTasks)+(select count(*) from OnetRatings)+(select count(*) from OnetTechnologies)+(select count(*) from OnetTrainingShares)+(select count(*) from OnetAlternateTitles)+(select count(*) from OnetRelated)+(select count(*) from OnetInterests))||' O*NET rows, '||(select count(*) from EmploymentProjections)||' projection lines'" 2>/dev/null || echo "(sqlite3 not installed)")

# Roles to ask for. The role page and API: a seed role that also has all nine OEWS releases (the
# articles' figures, official wages and their history) and every O*NET block (15-1221.00). Compare: three generated roles, 25 figures each.
official=computer-and-information-research-scientist
slugs=$(curl -sf "$BASE/api/roles" | grep -o '"slug":"gen-[^"]*"' | cut -d'"' -f4 | sed -n '100p;200p;300p')
s1=$(echo "$slugs" | sed -n 1p); s2=$(echo "$slugs" | sed -n 2p); s3=$(echo "$slugs" | sed -n 3p)

css=$(static_file_url)
# Moves: from the same role (O*NET's related occupations and its nearest), and one move in full between two O*NET occupations.
declare -a names=("static file (baseline)" "/" "/Roles" "/Roles?q=data&sort=salary-desc" "/Roles/{slug}" "/Compare?roles=a,b,c" "/api/roles/{slug}" "/Paths/{slug}" "/Paths/{from}/{to}")
declare -a urls=("$css" "/" "/Roles" "/Roles?q=data&sort=salary-desc" "/Roles/$official" "/Compare?roles=$s1,$s2,$s3" "/api/roles/$official" "/Paths/$official" "/Paths/statisticians/operations-research-analysts")

# One row a target: requests/s, latency, errors and the share of the first target's (the static file's) requests/s.
measure_all() { # $1 = connections, $2 = printf format of the share
  local baseline="" ratio
  for i in "${!urls[@]}"; do
    wrk_run "${urls[$i]}" "$1"
    [ -z "$baseline" ] && baseline=$rps
    ratio=$(awk -v a="$rps" -v b="$baseline" -v f="$2" 'BEGIN { printf f, 100 * a / b }')
    printf '| %s | %.0f | %s | %s | %s | %s | %s |\n' "${names[$i]}" "$rps" "$p50" "$p99" "$errors" "$non2xx" "$ratio" | tee -a "$report"
  done
}

echo "Warming up..."
for u in "${urls[@]}"; do curl -sf -o /dev/null "$BASE$u" || { echo "warm-up failed for $u" >&2; exit 1; }; wrk -t2 -c16 -d3s "$BASE$u" >/dev/null; done

{
  echo "# CareerExplorer benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); wrk on the same machine: 2 threads, $CONNECTIONS connections, $DURATION per target."
  echo "Data: $counts."
  echo
  echo "| target | requests/s | p50 ms | p99 ms | errors | non-2xx | vs baseline |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} | tee "$report"

measure_all "$CONNECTIONS" "%.0f%%"

peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")

# 5. Uncached: the same pages with the output cache off (OutputCache:Enabled=false), so every
#    request is rendered from the database, as a new search or the first request after a change
#    is; 8 connections, against the static file in the same run.
stop_app
start_app "$db" false false
wait_for "$BASE/health"
for u in "${urls[@]}"; do curl -sf -o /dev/null "$BASE$u"; wrk -t2 -c8 -d2s "$BASE$u" >/dev/null; done
{
  echo
  echo "Uncached (output cache off), 8 connections, $DURATION per target:"
  echo
  echo "| target | requests/s | p50 ms | p99 ms | errors | non-2xx | vs baseline |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} | tee -a "$report"
measure_all 8 "%.1f%%"
{
  echo
  echo "O*NET import (import-onet data/onet/29.0, the whole release as published, into the seed and OEWS May 2023): ${onet_time} s, peak working set ${onet_peak} MB."
  echo "Peak working set (VmHWM): $((peak_kb / 1024)) MB. Cold start (process start to first 200 on a role page, fresh database, seeding included): median ${cold_ms} ms of five starts (${cold_sorted% } ms)."
} | tee -a "$report"
echo
echo "Written to $report"
