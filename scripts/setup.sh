#!/usr/bin/env bash
# NetLab Workbench set-up: installs what is missing on Debian 12, builds, then runs.
#
#   scripts/setup.sh run        build and launch the workbench
#   scripts/setup.sh test       build and run the whole test suite (ctest)
#   scripts/setup.sh sanitize   the same tests in an ASan + UBSan build (build-asan/)
#   scripts/setup.sh fuzz       build the libFuzzer targets with clang and run each briefly
#   scripts/setup.sh build      only build
#
# Packages come from Debian's archive only; apt runs through sudo when not root.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-run}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    # tool chain
    cmake ninja-build g++ pkg-config
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
    # fuzzing and micro-benchmarks
    clang libclang-rt-14-dev libbenchmark-dev
    # screenshots under a virtual display
    xvfb xauth imagemagick fonts-dejavu-core
)

install_missing()
{
    local missing=()
    local p
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

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

install_missing
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
*)
    echo "usage: scripts/setup.sh run|test|sanitize|fuzz|build" >&2
    exit 2
    ;;
esac
