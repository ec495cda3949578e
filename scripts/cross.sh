#!/usr/bin/env bash
# Cross-build the Pi side (netlab-agent, the netlab CLI and their tests) for a Raspberry Pi
# from this Debian 12 machine, optionally run the tests under qemu-user, and make the .deb.
#
#   scripts/cross.sh arm64|armhf [--test]
#
# 1. A sysroot of the target architecture in build-cross/sysroot-<arch>, made once with
#    mmdebstrap --variant=extract from this machine's apt sources (Debian 12, like Pi OS
#    bookworm) and reused while the package list below is unchanged.
# 2. cmake with cmake/toolchain-<arch>.cmake into build-cross/<arch> (no workbench, no
#    benchmarks): Debian's cross g++, the host's moc/rcc through QT_HOST_PATH.
# 3. --test: ctest runs every test through qemu-<cpu>-static -L <sysroot>
#    (CMAKE_CROSSCOMPILING_EMULATOR; binfmt_misc is not needed), see docs/cross.md.
# 4. cpack -G DEB when the build has packaging rules (CPackConfig.cmake).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

usage()
{
    echo "usage: scripts/cross.sh arm64|armhf [--test]" >&2
    exit 2
}

arch=${1:-}
shift || true
run_tests=0
for option in "$@"; do
    case "$option" in
    --test) run_tests=1 ;;
    *) usage ;;
    esac
done
case "$arch" in
arm64) triplet=aarch64-linux-gnu ;;
armhf) triplet=arm-linux-gnueabihf ;;
*) usage ;;
esac
jobs=$(nproc 2>/dev/null || echo 2)

# Build machine: the cross compiler, host Qt tools (same Qt 6.4 as the sysroot), mmdebstrap,
# qemu-user, and the test peers the tests start natively (socat, curl, python3).
packages=(
    cmake ninja-build pkg-config dpkg-dev file
    "g++-$triplet"
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools
    mmdebstrap debian-archive-keyring qemu-user-static
    socat netcat-openbsd curl python3 mosquitto mosquitto-clients
    python3-serial python3-requests python3-paho-mqtt
)
# Target: the agent's build dependencies and what its tests load at run time.
sysroot_packages=(
    libc6-dev libstdc++-12-dev
    qt6-base-dev qt6-serialport-dev libqt6sql6-sqlite qt6-tools-dev
    libhttp-parser-dev libgpiod-dev libmosquitto-dev
)

. "$here/scripts/install-missing.sh"

# The machine's apt sources (deb822 or one-line), for mmdebstrap to use as they are.
apt_sources()
{
    local f
    for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list; do
        [ -s "$f" ] && echo "$f"
    done
    return 0
}

make_sysroot()
{
    local sysroot=$1
    local stamp="$sysroot/.netlab-sysroot"
    local wanted
    wanted="$arch ${sysroot_packages[*]}"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        echo "cross: reusing $sysroot"
        return 0
    fi
    local sources=()
    mapfile -t sources < <(apt_sources)
    if [ ${#sources[@]} -eq 0 ]; then
        echo "cross: no apt sources found in /etc/apt to make the sysroot from" >&2
        exit 1
    fi
    local suite
    suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
    echo "cross: making the $arch sysroot ($suite) in $sysroot"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    rm -rf "$sysroot.tmp"
    local include
    include=$(IFS=,; echo "${sysroot_packages[*]}")
    "${sudo[@]}" mmdebstrap --variant=extract --architectures="$arch" --include="$include" \
        "$suite" "$sysroot.tmp" "${sources[@]}"
    # Absolute symbolic links (libfoo.so -> /lib/...) would point into the build machine:
    # make them relative so the linker and qemu stay inside the sysroot.
    local link target
    while IFS= read -r -d '' link; do
        target=$(readlink "$link")
        "${sudo[@]}" ln -sfnr "$sysroot.tmp$target" "$link"
    done < <(find "$sysroot.tmp" -type l -lname '/*' -print0)
    # qemu -L looks a path up in the sysroot first: its /dev (device nodes without a devpts
    # beside them, links into a /proc it has not) would hide the real one (pseudo-terminals).
    "${sudo[@]}" rm -rf "$sysroot.tmp/dev"
    [ ${#sudo[@]} -gt 0 ] && "${sudo[@]}" chown -R "$(id -u):$(id -g)" "$sysroot.tmp"
    echo "$wanted" > "$sysroot.tmp/.netlab-sysroot"
    rm -rf "$sysroot"
    mv "$sysroot.tmp" "$sysroot"
}

install_missing cross "${packages[@]}"
sysroot="$here/build-cross/sysroot-$arch"
build="$here/build-cross/$arch"
mkdir -p build-cross
make_sysroot "$sysroot"

cmake -S . -B "$build" -G Ninja \
    --toolchain "$here/cmake/toolchain-$arch.cmake" \
    -DNETLAB_SYSROOT="$sysroot" \
    -DNETLAB_BUILD_GUI=OFF -DNETLAB_BUILD_BENCH=OFF -DNETLAB_BUILD_TESTS=ON
cmake --build "$build" --parallel "$jobs"
file "$build/bin/netlab-agent"

if [ "$run_tests" -eq 1 ]; then
    # Each test, and each program a test starts, runs under qemu-user (see tests/CMakeLists.txt).
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 900
fi

# Depends of the agent package for the target. dpkg-shlibdeps cannot read the sysroot (an
# extracted tree has no dpkg database), so: the libraries the two programs need (NEEDED),
# mapped to the Debian packages that ship them through this machine's database (multiarch
# packages have the same names on every architecture, and the sysroot comes from the same
# apt sources), at least the version installed here; then what the project adds for run time
# (the Qt SQLite plugin, passwd for the system user: NETLAB_DEB_AGENT_DEPENDS).
agent_depends()
{
    local build_multiarch soname path package version
    local depends=()
    build_multiarch=$(dpkg-architecture -qDEB_BUILD_MULTIARCH)
    for soname in $("$triplet-objdump" -p "$build/bin/netlab-agent" "$build/bin/netlab" |
        awk '$1 == "NEEDED" { print $2 }' | sort -u); do
        package=
        for path in "/usr/lib/$build_multiarch/$soname" "/lib/$build_multiarch/$soname"; do
            package=$(dpkg-query -S "$path" 2> /dev/null | head -n 1 | cut -d: -f1) && break
        done
        if [ -z "$package" ]; then
            echo "cross: no package here ships $soname (needed by the agent)" >&2
            exit 1
        fi
        version=$(dpkg-query -W -f='${Version}' "$package:$(dpkg --print-architecture)")
        depends+=("$package (>= $version)")
    done
    local extra
    extra=$(sed -n 's/^NETLAB_DEB_AGENT_DEPENDS:[A-Z]*=//p' "$build/CMakeCache.txt")
    [ -n "$extra" ] && depends+=("$extra")
    (IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
}

if [ -f "$build/CPackConfig.cmake" ]; then
    depends=$(agent_depends)
    echo "cross: netlab-agent Depends: $depends"
    (cd "$build" && cpack -G DEB -D CPACK_DEBIAN_PACKAGE_ARCHITECTURE="$arch" \
        -D CPACK_DEBIAN_PACKAGE_SHLIBDEPS=OFF -D CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS="$depends")
    find "$build" -name '*.deb' -newer "$build/bin/netlab-agent" -exec ls -l {} +
else
    echo "cross: no CPackConfig.cmake in $build (this tree has no packaging rules yet): no .deb made"
fi
