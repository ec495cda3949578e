#!/bin/sh
# Run by scripts/package-check.sh inside a fresh Debian chroot (as root, mmdebstrap's
# customize hook): installs the netlab-agent .deb with apt, checks what it set up, runs the
# agent the way its unit does, then purges the package and checks that nothing is left.
#   package-check-inside.sh DEB PORT
set -eu

deb=$1
port=$2
unit=/lib/systemd/system/netlab-agent.service
agent_pid=

fail()
{
    echo "package-check: FAIL: $*" >&2
    exit 1
}
step()
{
    echo "package-check: $*"
}
stop_agent()
{
    [ -n "$agent_pid" ] || return 0
    kill -TERM "$agent_pid" 2>/dev/null || true
    # SIGTERM ends the agent cleanly; 10 s bound, then SIGKILL
    i=0
    while kill -0 "$agent_pid" 2>/dev/null && [ $i -lt 50 ]; do
        sleep 0.2
        i=$((i + 1))
    done
    kill -KILL "$agent_pid" 2>/dev/null || true
    agent_pid=
}
trap stop_agent EXIT

step "apt-get install $deb (Depends from the archive)"
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >/tmp/apt.log 2>&1 \
    || { cat /tmp/apt.log >&2; fail "apt-get install"; }
for lib in libqt6widgets6 libqt6charts6 libqt6gui6; do
    if dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q 'ok installed'; then
        fail "installing netlab-agent pulled in $lib"
    fi
done

step "files, user, group, state directory"
for f in /usr/bin/netlab-agent /usr/bin/netlab "$unit" /lib/udev/rules.d/60-netlab-gpio.rules \
    /etc/netlab-agent.conf /usr/share/doc/netlab-agent/copyright \
    /usr/share/doc/netlab-agent/changelog.Debian.gz /usr/share/doc/netlab-agent/pi.md; do
    [ -e "$f" ] || fail "$f is missing"
done
dpkg-query --showformat='${Conffiles}\n' --show netlab-agent | grep -q ' /etc/netlab-agent.conf ' \
    || fail "/etc/netlab-agent.conf is not a conffile"
getent group gpio >/dev/null || fail "no group gpio"
getent passwd netlab-agent >/dev/null || fail "no user netlab-agent"
id -nG netlab-agent | tr ' ' '\n' | grep -qx gpio || fail "netlab-agent is not in group gpio"
[ "$(stat -c '%U:%G %a' /var/lib/netlab-agent)" = "netlab-agent:netlab-agent 700" ] \
    || fail "/var/lib/netlab-agent: $(stat -c '%U:%G %a' /var/lib/netlab-agent)"
/usr/bin/netlab --help >/dev/null || fail "netlab --help"

step "systemd-analyze verify $unit"
problems=$(systemd-analyze verify "$unit" 2>&1) || true
[ -z "$problems" ] || fail "systemd-analyze verify: $problems"

step "the agent as its unit runs it (user netlab-agent, port $port on loopback)"
sed -i "s/^bind=.*/bind=127.0.0.1/; s/^port=.*/port=$port/" /etc/netlab-agent.conf
user=$(sed -n 's/^User=//p' "$unit")
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ "$user" = netlab-agent ] || fail "User=$user"
state=/var/lib/$(sed -n 's/^StateDirectory=//p' "$unit")
# What systemd would give: the state directory, its environment variable, umask 0077, the
# user's groups (gpio), no new privileges.
(
    umask 0077
    cd "$state"
    # shellcheck disable=SC2086 # ExecStart is a command line
    exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$state" STATE_DIRECTORY="$state" \
        setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs -- $exec_start
) >/tmp/agent.log 2>&1 &
agent_pid=$!
i=0
until curl -fsS --max-time 2 "http://127.0.0.1:$port/api/v1/info" >/tmp/info.json 2>/dev/null; do
    kill -0 "$agent_pid" 2>/dev/null || { cat /tmp/agent.log >&2; fail "the agent exited"; }
    i=$((i + 1))
    [ $i -lt 100 ] || { cat /tmp/agent.log >&2; fail "no answer on port $port in 20 s"; }
    sleep 0.2
done
step "GET /api/v1/info: $(head -c 300 /tmp/info.json)"
grep -q '"version"' /tmp/info.json || fail "/api/v1/info has no version"
[ "$(stat -c '%U %a' "$state/token")" = "netlab-agent 600" ] \
    || fail "token: $(stat -c '%U %a' "$state/token")"
[ -f "$state/readings.sqlite" ] || fail "no database in $state"
stop_agent
if grep -q '^netlab-agent: error' /tmp/agent.log; then
    cat /tmp/agent.log >&2
    fail "the agent logged an error"
fi

step "apt-get purge netlab-agent"
DEBIAN_FRONTEND=noninteractive apt-get purge -y netlab-agent >/tmp/apt.log 2>&1 \
    || { cat /tmp/apt.log >&2; fail "apt-get purge"; }
! getent passwd netlab-agent >/dev/null || fail "the user netlab-agent is still there"
! getent group netlab-agent >/dev/null || fail "the group netlab-agent is still there"
getent group gpio >/dev/null || fail "purge removed the group gpio"
[ ! -e /var/lib/netlab-agent ] || fail "/var/lib/netlab-agent is still there"
[ ! -e /etc/netlab-agent.conf ] || fail "/etc/netlab-agent.conf is still there"
[ ! -e /usr/bin/netlab-agent ] || fail "/usr/bin/netlab-agent is still there"
step "all checks passed"
