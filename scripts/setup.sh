#!/usr/bin/env bash
# NetLab Workbench set-up: installs what is missing on Debian 12, builds, then runs.
#
#   scripts/setup.sh run        build and launch the workbench
#   scripts/setup.sh test       build and run the whole test suite (ctest)
#   scripts/setup.sh sanitize   the same tests in an ASan + UBSan build (build-asan/)
#   scripts/setup.sh fuzz       build the libFuzzer targets with clang and run each briefly
#   scripts/setup.sh build      only build
#   scripts/setup.sh package    build the .deb packages netlab-agent and netlab-workbench
#                               (build/packages/), then check them with lintian
#   scripts/setup.sh agent      on a Raspberry Pi: only the agent's build dependencies, an
#                               agent-only build (build-agent/), and its .deb installed
#
# Packages come from Debian's archive only; apt runs through sudo when not root.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-run}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)

# What the agent and the netlab CLI need to build and be packaged (setup.sh agent): no
# Widgets / Charts / Linguist / X. (qt6-base-dev holds every Qt Base module's headers; the
# agent's build only looks for Core, Network, SerialPort and Sql.)
agent_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev libqt6sql6-sqlite
    # lrelease: the CLI and the agent carry their French catalogue
    qt6-tools-dev qt6-l10n-tools
    libhttp-parser-dev libgpiod-dev libmosquitto-dev
    # cpack's .deb: dpkg-shlibdeps computes Depends, file finds the executables for it
    dpkg-dev file
)

packages=(
    "${agent_packages[@]}"
    # Qt 6.4 (Debian 12): core, network, widgets, serial port, charts, SQL, translations
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    # Qt Charts' CMake package needs Qt6OpenGL's (not pulled in by qt6-charts-dev)
    libqt6opengl6-dev
    # protocol libraries
    libhttp-parser-dev
    # MQTT: the client library, the broker and its command-line clients (tests, interop)
    libmosquitto-dev mosquitto mosquitto-clients
    # GPIO on the Pi (the agent's DHT11 and LED): libgpiod v1.6 on Debian 12
    libgpiod-dev
    # test peers and tools: serial pty pairs, nc, curl, Python for interop scripts
    socat netcat-openbsd curl python3 iproute2
    # what the "Show as code" programs import besides the standard library; the tests run
    # them with Debian's python3 (/usr/bin/python3)
    python3-serial python3-requests python3-paho-mqtt
    # a CA and a broker certificate for the MQTT TLS test
    openssl
    # fuzzing and micro-benchmarks
    clang libclang-rt-14-dev libbenchmark-dev
    # screenshots under a virtual display
    xvfb xauth imagemagick fonts-dejavu-core
    # packages: systemd-analyze verify on the unit (a test), lintian, and
    # scripts/package-check.sh's clean Debian chroot
    systemd lintian mmdebstrap
)

. "$here/scripts/install-missing.sh"

configure_and_build()
{
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@"
    cmake --build "$dir" --parallel "$jobs"
}

run_tests()
{
    local dir=$1
    # Widget tests draw offscreen; nothing needs a display.
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure \
        --parallel "$jobs" --timeout 600
}

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)

# The .deb packages of the build in $1, into $1/packages; prints their paths.
make_packages()
{
    local dir=$1
    rm -f "$dir"/packages/*.deb
    (cd "$dir" && cpack -G DEB >&2)
    ls "$dir"/packages/*.deb
}

if [ "$mode" = agent ]; then
    install_missing setup "${agent_packages[@]}"
else
    install_missing setup "${packages[@]}"
fi
case "$mode" in
run)
    configure_and_build build
    exec build/bin/netlab-workbench "$@"
    ;;
build)
    configure_and_build build
    ;;
test)
    configure_and_build build
    run_tests build
    ;;
sanitize)
    configure_and_build build-asan -DNETLAB_SANITIZE=ON -DNETLAB_BUILD_BENCH=OFF \
        -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$here/tests/lsan.supp" \
        run_tests build-asan
    ;;
fuzz)
    cmake -S . -B build-fuzz -G Ninja -DNETLAB_BUILD_FUZZERS=ON -DNETLAB_BUILD_GUI=OFF \
        -DNETLAB_BUILD_TESTS=OFF -DNETLAB_BUILD_BENCH=OFF \
        -DCMAKE_CXX_COMPILER=clang++
    cmake --build build-fuzz --parallel "$jobs" --target fuzzers
    seconds=${NETLAB_FUZZ_SECONDS:-30}
    for f in build-fuzz/bin/fuzz_*; do
        [ -x "$f" ] || continue
        name=$(basename "$f")
        corpus="build-fuzz/corpus/$name"
        mkdir -p "$corpus"
        seeds=()
        [ -d "tests/fuzz/corpus/$name" ] && seeds=("tests/fuzz/corpus/$name")
        echo "fuzz: $name for ${seconds}s"
        "$f" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            "$corpus" "${seeds[@]}" 2>&1 | tail -n 12
        [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: $name found a crash"; exit 1; }
    done
    ;;
package)
    configure_and_build build
    make_packages build
    lintian build/packages/*.deb || true
    ;;
agent)
    configure_and_build build-agent -DNETLAB_BUILD_GUI=OFF -DNETLAB_BUILD_TESTS=OFF \
        -DNETLAB_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Release
    deb=$(make_packages build-agent | grep '/netlab-agent_')
    # apt (not dpkg -i) so that the package's Depends come from the archive
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "$PWD/$deb"
    echo "setup: installed $deb; next: sudo systemctl enable --now netlab-agent (docs/pi.md)"
    ;;
*)
    echo "usage: scripts/setup.sh run|test|sanitize|fuzz|build|package|agent" >&2
    exit 2
    ;;
esac
