# shellcheck shell=bash
# An S3 server for scripts/services: moto in server mode with signature checking on.
# Sourced after common.sh. moto keeps everything in memory, so the IAM user, key
# and bucket are created on every start and the key is kept in $S3_DIR/credentials.

S3_PORT=59009
S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
S3_REGION=us-east-1
S3_BUCKET=jobhunt-test
S3_DIR="$JOBHUNT_SERVICES_DIR/s3"
S3_PIDFILE="$S3_DIR/moto.pid"
S3_LOG="$S3_DIR/moto.log"
S3_CREDENTIALS="$S3_DIR/credentials"

s3_pid() { read_pid "$S3_PIDFILE"; }

s3_running() { pid_runs "$(s3_pid)" moto_server; }

# One value from the credentials file (ACCESS_KEY_ID or SECRET_ACCESS_KEY).
s3_credential() { sed -n "s/^$1=//p" "$S3_CREDENTIALS" 2>/dev/null; }

# While auth is still off (moto's INITIAL_NO_AUTH_ACTION_COUNT defaults to infinity):
# an IAM user with an s3:* policy, its access key and the bucket. Then
# POST /moto-api/reset-auth with body 0 sets that count to 0 and the request
# counter to 0 (moto/moto_api/_internal/responses.py), so every later request
# must carry a valid signature. Finally prove it: the right key can put and get,
# a wrong secret gets 403 SignatureDoesNotMatch.
s3_provision() {
    "$JOBHUNT_VENV/bin/python" - "$S3_ENDPOINT" "$S3_REGION" "$S3_BUCKET" "$S3_CREDENTIALS" <<'PY'
import json, os, sys, urllib.request
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, region, bucket, credentials_path = sys.argv[1:5]
config = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2})

def client(service, key_id, secret):
    return boto3.client(service, endpoint_url=endpoint, region_name=region, config=config,
                        aws_access_key_id=key_id, aws_secret_access_key=secret)

iam = client("iam", "bootstrap", "bootstrap")
iam.create_user(UserName="jobhunt-test")
policy = iam.create_policy(PolicyName="jobhunt-test-s3", PolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
}))
iam.attach_user_policy(UserName="jobhunt-test", PolicyArn=policy["Policy"]["Arn"])
key = iam.create_access_key(UserName="jobhunt-test")["AccessKey"]
key_id, secret = key["AccessKeyId"], key["SecretAccessKey"]
s3 = client("s3", key_id, secret)
s3.create_bucket(Bucket=bucket)

request = urllib.request.Request(endpoint + "/moto-api/reset-auth", data=b"0", method="POST",
                                 headers={"Content-Type": "text/plain"})
with urllib.request.urlopen(request, timeout=10) as response:
    if response.status != 200:
        sys.exit(f"reset-auth answered HTTP {response.status}")

s3.put_object(Bucket=bucket, Key="services-check", Body=b"ok")
if s3.get_object(Bucket=bucket, Key="services-check")["Body"].read() != b"ok":
    sys.exit("signed get returned the wrong body")
s3.delete_object(Bucket=bucket, Key="services-check")
try:
    client("s3", key_id, "wrong" + secret[5:]).put_object(Bucket=bucket, Key="denied", Body=b"x")
    sys.exit("a request signed with a wrong secret was accepted: signature checking is off")
except ClientError as error:
    code = error.response["Error"]["Code"]
    status = error.response["ResponseMetadata"]["HTTPStatusCode"]
    if (status, code) != (403, "SignatureDoesNotMatch"):
        sys.exit(f"a wrong secret got HTTP {status} {code}, expected 403 SignatureDoesNotMatch")

old_umask = os.umask(0o077)
with open(credentials_path + ".tmp", "w") as file:
    file.write(f"ACCESS_KEY_ID={key_id}\nSECRET_ACCESS_KEY={secret}\n")
os.umask(old_umask)
os.replace(credentials_path + ".tmp", credentials_path)
PY
}

s3_up() {
    local start pid
    start="$(now)"
    [[ -x "$JOBHUNT_VENV/bin/moto_server" ]] || die "moto_server not found in $JOBHUNT_VENV (run scripts/setup)"
    if s3_running && [[ -s "$S3_CREDENTIALS" ]]; then
        say "s3: already running on 127.0.0.1:$S3_PORT (pid $(s3_pid))"
        return 0
    fi
    # A moto without saved credentials cannot be trusted (auth state unknown): restart it.
    s3_running && stop_pid "$(s3_pid)"
    port_open "$S3_PORT" && die "s3: port $S3_PORT is in use by a process that is not ours (see: ss -ltnp 'sport = :$S3_PORT')"
    mkdir -p "$S3_DIR"
    chmod 0700 "$S3_DIR"
    rm -f "$S3_PIDFILE" "$S3_CREDENTIALS"
    # setsid + nohup: moto outlives this script and its terminal; `down` stops it by pid.
    # In a non-interactive shell the background job is not a group leader, so setsid
    # execs in place and $! is moto's own pid.
    env -u INITIAL_NO_AUTH_ACTION_COUNT nohup setsid "$JOBHUNT_VENV/bin/moto_server" \
        -H 127.0.0.1 -p "$S3_PORT" </dev/null >"$S3_LOG" 2>&1 9>&- &
    pid=$!
    printf '%s\n' "$pid" >"$S3_PIDFILE"
    if ! wait_until s3 s3_listening "$pid" || ! pid_alive "$pid"; then
        show_log_tail "$S3_LOG"
        stop_pid "$pid"
        die "s3: moto did not start on 127.0.0.1:$S3_PORT"
    fi
    if ! s3_provision 2>>"$S3_LOG"; then
        show_log_tail "$S3_LOG"
        stop_pid "$pid"
        die "s3: could not set up the IAM user, key and bucket, or signature checking is not on"
    fi
    say "s3: up on 127.0.0.1:$S3_PORT (pid $pid, signature checking on, $(elapsed_since "$start"))"
}

# Ready when our moto process is alive and its port accepts connections
# (failing fast if the process died instead of waiting out the timeout).
s3_listening() {
    pid_alive "$1" || return 0
    port_open "$S3_PORT"
}

s3_down() {
    local pid
    pid="$(s3_pid)"
    s3_running || return 0
    stop_pid "$pid"
    say "s3: stopped (pid $pid)"
}

s3_status() {
    if s3_running; then
        printf '%-9s %-5s 127.0.0.1:%-6s pid %s\n' s3 up "$S3_PORT" "$(s3_pid)"
    else
        printf '%-9s %-5s 127.0.0.1:%-6s\n' s3 down "$S3_PORT"
        return 1
    fi
}
