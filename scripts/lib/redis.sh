# shellcheck shell=bash
# Redis (Debian's redis-server) for scripts/services. Sourced after common.sh.
# Daemonized by redis itself, loopback only, no persistence: data is throwaway.

REDIS_PORT=63799
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
REDIS_DIR="$JOBHUNT_SERVICES_DIR/redis"
REDIS_PIDFILE="$REDIS_DIR/redis.pid"
REDIS_LOG="$REDIS_DIR/redis.log"

redis_pid() { read_pid "$REDIS_PIDFILE"; }

redis_running() { pid_runs "$(redis_pid)" redis-server; }

redis_ping() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

redis_up() {
    local start
    start="$(now)"
    command -v redis-server >/dev/null || die "redis-server is not installed (run scripts/setup)"
    if redis_running; then
        say "redis: already running on 127.0.0.1:$REDIS_PORT (pid $(redis_pid))"
        return 0
    fi
    port_open "$REDIS_PORT" && die "redis: port $REDIS_PORT is in use by a process that is not ours (see: ss -ltnp 'sport = :$REDIS_PORT')"
    mkdir -p "$REDIS_DIR"
    chmod 0700 "$REDIS_DIR"
    rm -f "$REDIS_PIDFILE"
    # `--save ''` and `--appendonly no` turn persistence off; the dir only holds pid and log.
    # Early errors (before --logfile applies) go to stdout, so both land in one log.
    # shellcheck disable=SC2094
    if ! redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
        --pidfile "$REDIS_PIDFILE" --logfile "$REDIS_LOG" --dir "$REDIS_DIR" \
        --save '' --appendonly no --databases 16 >>"$REDIS_LOG" 2>&1 9>&- ||
        ! wait_until redis redis_ping; then
        show_log_tail "$REDIS_LOG"
        die "redis: did not start on 127.0.0.1:$REDIS_PORT"
    fi
    wait_until "redis pid file" test -s "$REDIS_PIDFILE" || true
    say "redis: up on 127.0.0.1:$REDIS_PORT (pid $(redis_pid), $(elapsed_since "$start"))"
}

redis_down() {
    local pid
    pid="$(redis_pid)"
    redis_running || return 0
    stop_pid "$pid"
    say "redis: stopped (pid $pid)"
}

redis_status() {
    if redis_running; then
        printf '%-9s %-5s 127.0.0.1:%-6s pid %s\n' redis up "$REDIS_PORT" "$(redis_pid)"
    else
        printf '%-9s %-5s 127.0.0.1:%-6s\n' redis down "$REDIS_PORT"
        return 1
    fi
}
