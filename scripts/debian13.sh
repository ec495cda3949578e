#!/usr/bin/env bash
# The Pi agent on Debian 13 "trixie" (what Raspberry Pi OS is now based on: Qt 6.8, GCC 14,
# libgpiod 2.2): builds netlab-agent, the netlab CLI and their tests in a trixie chroot and
# runs the tests there, so the libgpiod v2 path of devices/gpiodline.cpp is compiled and
# linked against the real library.
#
#   scripts/debian13.sh           build and test the agent side (what CI runs)
#   scripts/debian13.sh --shell   a shell in the chroot, with the source at /src
#
# The chroot is made once with mmdebstrap from deb.debian.org (trixie and trixie-security,
# signed by debian-archive-keyring's trixie keys) in build-cross/trixie and reused while the
# package list below is unchanged. The source tree is bind-mounted read-only at /src; the build
# is in the chroot's /build. Needs root (chroot, mounts); amd64, no emulation.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-test}
case "$mode" in
test | --shell) ;;
*)
    echo "usage: scripts/debian13.sh [--shell]" >&2
    exit 2
    ;;
esac
if [ "$(id -u)" -ne 0 ]; then
    echo "debian13: needs root (mmdebstrap, chroot and mounts); run it with sudo" >&2
    exit 1
fi
jobs=$(nproc 2>/dev/null || echo 2)

mirror=${NETLAB_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${NETLAB_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

# What the agent, the CLI and their tests need in trixie (like setup.sh's list, no widgets).
chroot_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools
    libhttp-parser-dev libgpiod-dev libmosquitto-dev mosquitto mosquitto-clients
    socat netcat-openbsd curl python3 iproute2 ca-certificates
    # what the "Show as code" programs import: paho-mqtt is 2.x here (1.6 on Debian 12), so
    # the generated MQTT program is run against both
    python3-serial python3-requests python3-paho-mqtt
)

for tool in mmdebstrap; do
    if ! command -v "$tool" > /dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends mmdebstrap
    fi
done
if ! gpg --no-default-keyring --keyring "$keyring" --list-keys 2> /dev/null | grep -q trixie; then
    echo "debian13: $keyring has no Debian 13 (trixie) key; update debian-archive-keyring" >&2
    exit 1
fi

root="$here/build-cross/trixie"
stamp="$root/.netlab-chroot"
wanted="${chroot_packages[*]}"
mkdir -p build-cross
if ! [ -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "debian13: making the trixie chroot in $root"
    rm -rf "$root.tmp"
    include=$(IFS=,; echo "${chroot_packages[*]}")
    mmdebstrap --variant=apt --keyring="$keyring" --include="$include" trixie "$root.tmp" \
        "deb $mirror trixie main" "deb $mirror trixie-updates main" \
        "deb $security trixie-security main"
    echo "$wanted" > "$root.tmp/.netlab-chroot"
    rm -rf "$root"
    mv "$root.tmp" "$root"
fi

mounted=()
cleanup()
{
    local i
    # `ip netns add` in the chroot (tst_chatdiscovery) bind-mounts its /run/netns on itself.
    if mountpoint -q "$root/run/netns"; then
        umount -l "$root/run/netns" || true
    fi
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" || umount -l "${mounted[$i]}" || true
    done
}
trap cleanup EXIT
mount_in()
{
    local target="$root$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}
mount_in /proc -t proc proc
mount_in /dev/pts -t devpts devpts -o newinstance,ptmxmode=0666,mode=0620
mount_in /dev/shm -t tmpfs tmpfs -o mode=1777
mount_in /src --bind "$here"
mount -o remount,bind,ro "$root/src"
# /dev/ptmx of the chroot's own devpts instance (socat and openpty in the serial tests).
ln -sf pts/ptmx "$root/dev/ptmx"
cp /etc/hosts "$root/etc/hosts"

in_chroot()
{
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 "$@"
}

if [ "$mode" = --shell ]; then
    in_chroot /bin/bash -l
    exit
fi

in_chroot sh -c '. /etc/os-release; echo "debian13: $PRETTY_NAME"; dpkg-query -W -f="\${Package} \${Version}\n" libgpiod-dev qt6-base-dev g++ libhttp-parser-dev'
in_chroot cmake -S /src -B /build -G Ninja -DNETLAB_BUILD_GUI=OFF -DNETLAB_BUILD_BENCH=OFF
in_chroot cmake --build /build --parallel "$jobs"
# The v2 code path really is in the agent: it links libgpiod.so.3 (libgpiod 2.x).
in_chroot sh -c 'ldd /build/bin/netlab-agent | grep libgpiod'
in_chroot ctest --test-dir /build --output-on-failure --parallel "$jobs" --timeout 600
