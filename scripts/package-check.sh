#!/usr/bin/env bash
# Proves the netlab-agent package on a clean system: a minimal Debian chroot made with
# mmdebstrap from this machine's apt sources, the .deb installed there with apt (Depends
# resolved from the archive), then scripts/package-check-inside.sh checks the user, group,
# files and conffile, runs `systemd-analyze verify` on the installed unit, starts the agent
# as the unit would (user netlab-agent, its state directory) on a free loopback port, asks
# it GET /api/v1/info, stops it, purges the package and checks that state and user are gone.
# Also runs lintian on every .deb given or found.
#
#   scripts/package-check.sh [DEB...]     default: build/packages/*.deb (setup.sh package)
#
# Needs root (mmdebstrap's chroot), mmdebstrap, lintian and the network to Debian's archive.
# Bounded: the chroot part is killed after NETLAB_PACKAGE_CHECK_SECONDS (default 1200).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
debs=("$@")
if [ ${#debs[@]} -eq 0 ]; then
    shopt -s nullglob
    debs=("$here"/build/packages/*.deb)
    shopt -u nullglob
fi
agent_deb=
for deb in "${debs[@]}"; do
    case "$(basename "$deb")" in netlab-agent_*.deb) agent_deb=$(realpath "$deb") ;; esac
done
if [ -z "$agent_deb" ]; then
    echo "package-check: no netlab-agent_*.deb (run: bash scripts/setup.sh package)" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "package-check: needs root (mmdebstrap builds a chroot)" >&2
    exit 2
fi

start=$(date +%s)
work=$(mktemp -d /tmp/netlab-package-check.XXXXXX)

cleanup()
{
    local status=$?
    # Anything still running in the chroot was started by this check.
    local proc root
    for proc in /proc/[0-9]*; do
        root=$(readlink "$proc/root" 2>/dev/null) || continue
        case "$root" in "$work"/*) kill -KILL "${proc#/proc/}" 2>/dev/null || true ;; esac
    done
    # mmdebstrap unmounts on its own, also on failure; a kill (timeout) may leave mounts.
    local mounts
    mounts=$(awk -v w="$work/" 'index($2, w) == 1 { print $2 }' /proc/mounts | sort -r)
    for m in $mounts; do
        umount --lazy "$m" 2>/dev/null || true
    done
    rm -rf "$work"
    echo "package-check: $([ $status -eq 0 ] && echo passed || echo FAILED) in $(($(date +%s) - start)) s"
    exit $status
}
trap cleanup EXIT

echo "package-check: lintian ${debs[*]##*/}"
lintian "${debs[@]}" || echo "package-check: lintian reported errors (above)"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
. /etc/os-release
suite=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || sources=/etc/apt/sources.list

echo "package-check: mmdebstrap $suite (minbase + curl, systemd) from $sources, then checks"
TMPDIR="$work" timeout --kill-after=30 "${NETLAB_PACKAGE_CHECK_SECONDS:-1200}" \
    mmdebstrap --quiet --variant=minbase --include=curl,systemd \
    --customize-hook="copy-in $agent_deb $here/scripts/package-check-inside.sh /tmp" \
    --customize-hook="chroot \"\$1\" sh /tmp/package-check-inside.sh /tmp/$(basename "$agent_deb") $port" \
    "$suite" /dev/null "$sources"
