#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks: initdb into a fresh directory,
# pg_ctl start on a private port, loopback and a unix socket in that directory only, trust
# auth for one superuser (faultline). Nothing is installed system-wide and nothing persists.
#
#   scripts/pg-throwaway.sh start DIR PORT   prints the URL: postgresql://faultline@127.0.0.1:PORT/postgres
#   scripts/pg-throwaway.sh stop DIR         stops the cluster and removes DIR
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system
# user that Debian's package creates (DIR is handed to it).
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  echo "pg-throwaway: no PostgreSQL server binaries (initdb); install the Debian package postgresql" >&2
  exit 3
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd=${1:?usage: pg-throwaway.sh start DIR PORT | stop DIR}
dir=${2:?missing DIR}
bin=$(bindir)

case "$cmd" in
  start)
    port=${3:?missing PORT}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "pg-throwaway: no postgres system user" >&2; exit 3; }
      chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U faultline -A trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://faultline@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-throwaway.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
