#!/usr/bin/env bash
# CareerExplorer cluster benchmark (issue 18): not part of `dotnet test`. The same scale data and
# pages as run.sh, served three ways behind the same nginx (round robin, plain http on loopback):
#   SQLite, one instance (the embedded default, in-process output cache);
#   PostgreSQL, one instance (output cache in Redis);
#   PostgreSQL, two instances (output cache in Redis, shared).
# Each first as served (output cache on, 64 connections), then with the output cache off (every
# request rendered, 8 connections); each page against the static CSS file of the same set-up.
#
#   tests/bench/cluster.sh [--roles 1000] [--duration 10s] [--seed 42]
#
# Needs wrk, nginx, and PostgreSQL and Redis as .ci/services starts them (run it first, as root).
# Prints a table and writes it to tests/bench/results/cluster-<stamp>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROLES=1000 DURATION=10s SEED=42 PORT=${BENCH_PORT:-5397}
while [ $# -gt 0 ]; do
  case "$1" in
    --roles) ROLES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

. tests/bench/lib.sh
need_tools
command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx" >&2; exit 1; }
redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || { echo "Redis is not answering on 127.0.0.1:6379: run .ci/services" >&2; exit 1; }
psql_server "select 1" >/dev/null || { echo "PostgreSQL is not answering on 127.0.0.1:5432: run .ci/services" >&2; exit 1; }
report="$OUT/cluster-$stamp.md"
publish_app

scale_db "$ROLES" "$SEED"
sqlite_db=$scale_db_path
scale_db "$ROLES" "$SEED" postgresql
postgres_db=$scale_db_path

# The instances (ports after nginx's) and nginx in front of them.
pids=()
nginx_dir="$OUT/nginx-$stamp"
stop_all() {
  [ -f "$nginx_dir/nginx.pid" ] && kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=()
  sleep 0.5
}
trap stop_all EXIT
start_cluster() { # $1 = database, $2 = instances, $3 = output cache on, $4 = Redis (true/false)
  local redis=() upstream="" port
  db_env "$1"
  # A prefix of its own a set-up, so no page cached by an earlier set-up is served.
  [ "$4" = true ] && redis=(ConnectionStrings__Redis=127.0.0.1:6379 "OutputCache__RedisPrefix=bench-$stamp-$2-$3:")
  for i in $(seq 1 "$2"); do
    port=$((PORT + i))
    if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then echo "something already answers on port $port: set BENCH_PORT" >&2; exit 1; fi
    OfficialData__ImportOnStart=false OutputCache__Enabled="$3" RateLimits__SearchPerMinute=100000000 ASPNETCORE_ENVIRONMENT=Production \
      ForwardedHeaders__KnownProxies__0=127.0.0.1 env "${DB_ENV[@]}" "${redis[@]}" \
      dotnet "$APP/CareerExplorer.Web.dll" --urls "http://127.0.0.1:$port" >>"$OUT/app-$stamp.log" 2>&1 &
    pids+=($!)
    wait_for "http://127.0.0.1:$port/health"
    upstream+="        server 127.0.0.1:$port;"$'\n'
  done
  mkdir -p "$nginx_dir"
  cat >"$nginx_dir/nginx.conf" <<EOF
worker_processes auto;
daemon on;
pid $PWD/$nginx_dir/nginx.pid;
error_log $PWD/$nginx_dir/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $PWD/$nginx_dir/body;
    proxy_temp_path $PWD/$nginx_dir/proxy;
    fastcgi_temp_path $PWD/$nginx_dir/fastcgi;
    uwsgi_temp_path $PWD/$nginx_dir/uwsgi;
    scgi_temp_path $PWD/$nginx_dir/scgi;
    upstream careerexplorer {
$upstream        keepalive 64;
    }
    server {
        listen 127.0.0.1:$PORT;
        location / {
            proxy_pass http://careerexplorer;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF
  nginx -c "$PWD/$nginx_dir/nginx.conf"
  wait_for "$BASE/health"
}

official=computer-and-information-research-scientist
declare -a names=("static file (baseline)" "/" "/Roles" "/Roles?q=data&sort=salary-desc" "/Roles/{slug}" "/Compare?roles=a,b,c" "/api/roles/{slug}" "/Paths/{slug}" "/Paths/{from}/{to}")
declare -a setups=("SQLite, 1 instance" "PostgreSQL, 1 instance" "PostgreSQL, 2 instances")
declare -A rps_of

measure_setup() { # $1 = setup index, $2 = database, $3 = instances, $4 = Redis, $5 = output cache on, $6 = connections
  start_cluster "$2" "$3" "$5" "$4"
  local slugs s1 s2 s3 css
  slugs=$(curl -sf "$BASE/api/roles" | grep -o '"slug":"gen-[^"]*"' | cut -d'"' -f4 | sed -n '100p;200p;300p')
  s1=$(echo "$slugs" | sed -n 1p); s2=$(echo "$slugs" | sed -n 2p); s3=$(echo "$slugs" | sed -n 3p)
  css=$(static_file_url)
  local urls=("$css" "/" "/Roles" "/Roles?q=data&sort=salary-desc" "/Roles/$official" "/Compare?roles=$s1,$s2,$s3" "/api/roles/$official" "/Paths/$official" "/Paths/statisticians/operations-research-analysts")
  for u in "${urls[@]}"; do curl -sf -o /dev/null "$BASE$u" || { echo "warm-up failed for $u (${setups[$1]})" >&2; exit 1; }; wrk -t2 -c16 -d2s "$BASE$u" >/dev/null; done
  for i in "${!urls[@]}"; do
    wrk_run "${urls[$i]}" "$6"
    [ "$errors" = 0 ] && [ "$non2xx" = 0 ] || echo "  ${setups[$1]}, ${names[$i]}: $errors socket errors, $non2xx non-2xx" | tee -a "$report"
    rps_of[$1,$5,$i]=$rps
  done
  stop_all
}

table() { # $1 = output cache on (true/false)
  echo "| target | ${setups[0]} | ${setups[1]} | ${setups[2]} |"
  echo "| --- | ---: | ---: | ---: |"
  for i in "${!names[@]}"; do
    printf '| %s |' "${names[$i]}"
    for s in 0 1 2; do
      awk -v a="${rps_of[$s,$1,$i]}" -v b="${rps_of[$s,$1,0]}" 'BEGIN { printf " %.0f (%.1f%%) |", a, 100 * a / b }'
    done
    echo
  done
}

for cached in true false; do
  connections=$([ $cached = true ] && echo 64 || echo 8)
  echo "Measuring, output cache $([ $cached = true ] && echo on || echo off), $connections connections..."
  measure_setup 0 "$sqlite_db" 1 false "$cached" "$connections"
  measure_setup 1 "$postgres_db" 1 true "$cached" "$connections"
  measure_setup 2 "$postgres_db" 2 true "$cached" "$connections"
done

counts=$(psql_server "SELECT 1" >/dev/null && PGPASSWORD=careerexplorer psql -h 127.0.0.1 -U careerexplorer -d "${postgres_db#pg:}" -qtAX \
  -c 'select (select count(*) from "Roles")||'"' roles, '"'||(select count(*) from "SalaryFigures")||'"' salary figures'"'')
{
  echo "# CareerExplorer cluster benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); nginx (round robin), the instances, PostgreSQL, Redis and wrk (2 threads, $DURATION a target) all on it."
  echo "Data: the same scale data on both engines ($counts)."
  echo
  echo "Requests/s through nginx, and in brackets the share of the static file's requests/s in the same set-up."
  echo
  echo "Output cache on, 64 connections:"
  echo
  table true
  echo
  echo "Output cache off (every request rendered), 8 connections:"
  echo
  table false
} | tee "$report"
echo
echo "Written to $report"
