#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the ledger tests (and for trying STRATUM_LEDGER=postgres://...).
#
# Usage: tools/scripts/postgres.sh start|stop|url|status
#   start   initdb (first time) and start on a free port; prints the connection URL on stdout, logs on stderr.
#           Already running: prints the URL again.
#   stop    stop the server and delete the cluster (it is throwaway).
#   url     print the URL of the running cluster (exit 1 when it is not running).
#   status  say whether it runs.
#
# Typical use (what .ci/run does):
#   export STRATUM_TEST_POSTGRES_URL="$(tools/scripts/postgres.sh start)"
#   npm test -- tools/ledger
#   tools/scripts/postgres.sh stop
#
# Environment:
#   STRATUM_PG_DIR   where the cluster lives (default <repo>/.stratum/pg)
#   STRATUM_PG_BIN   folder with initdb/pg_ctl (default the newest /usr/lib/postgresql/*/bin)
#   STRATUM_PG_USER  OS user that runs the server when this script runs as root (default postgres)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${STRATUM_PG_DIR:-$root/.stratum/pg}"
data="$dir/data"
db_user="stratum"
db_name="stratum"

log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

pg_bin() {
  if [[ -n "${STRATUM_PG_BIN:-}" ]]; then
    [[ -x "$STRATUM_PG_BIN/initdb" ]] || die "STRATUM_PG_BIN=$STRATUM_PG_BIN holds no initdb; point it at a PostgreSQL bin folder."
    echo "$STRATUM_PG_BIN"
    return
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$found" && -x "$found/initdb" ]] ||
    die "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin; install postgresql (apt-get install postgresql) or set STRATUM_PG_BIN."
  echo "$found"
}

# Runs a command as the server's OS user: PostgreSQL refuses to run as root.
as_server() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u "${STRATUM_PG_USER:-postgres}" -- "$@"
  else
    "$@"
  fi
}

check_server_user() {
  [[ "$(id -u)" == 0 ]] || return 0
  local user="${STRATUM_PG_USER:-postgres}"
  id -u "$user" >/dev/null 2>&1 ||
    die "Running as root, PostgreSQL must run as another user, and user '$user' does not exist; create it (useradd --system $user) or set STRATUM_PG_USER."
  mkdir -p "$dir"
  chown "$user" "$dir"
  chmod 700 "$dir"
  runuser -u "$user" -- test -w "$dir" ||
    die "User '$user' cannot reach $dir (a parent folder is not traversable); set STRATUM_PG_DIR to a folder under /tmp."
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

running() {
  [[ -f "$data/PG_VERSION" ]] && as_server "$(pg_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1
}

url() {
  local password port
  password="$(cat "$dir/password")"
  port="$(cat "$dir/port")"
  echo "postgres://$db_user:$password@127.0.0.1:$port/$db_name"
}

start() {
  local bin port password
  bin="$(pg_bin)"
  if running; then
    url
    return
  fi
  check_server_user
  mkdir -p "$dir"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$dir/password"
    chmod 600 "$dir/password"
    [[ "$(id -u)" == 0 ]] && chown "${STRATUM_PG_USER:-postgres}" "$dir/password"
    log "initdb in $data ($bin)"
    as_server "$bin/initdb" -D "$data" -U "$db_user" --pwfile="$dir/password" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
      die "initdb failed; see $dir/initdb.log"
  fi
  port="$(free_port)"
  echo "$port" >"$dir/port"
  log "starting on 127.0.0.1:$port"
  as_server "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || die "PostgreSQL did not start; see $dir/postgres.log"
  if ! PGPASSWORD="$(cat "$dir/password")" "$bin/psql" -h 127.0.0.1 -p "$port" -U "$db_user" -d postgres -tAq \
    -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1; then
    PGPASSWORD="$(cat "$dir/password")" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" "$db_name"
  fi
  url
}

stop() {
  if running; then
    as_server "$(pg_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    log "stopped"
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url)
    running || die "not running; start it with $0 start"
    url
    ;;
  status)
    if running; then echo "running: $(url | sed -E 's#(//[^:]+:)[^@]*@#\1***@#')"; else echo "stopped"; exit 1; fi
    ;;
  *)
    echo "Usage: $0 start|stop|url|status" >&2
    exit 2
    ;;
esac
