# Cross build for 64-bit Raspberry Pi OS / Debian arm64 with Debian's g++-aarch64-linux-gnu.
#   cmake -S . -B build-cross/arm64 --toolchain cmake/toolchain-arm64.cmake -DNETLAB_SYSROOT=<dir>
# scripts/cross.sh arm64 makes the sysroot and does all of this.
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(NETLAB_CROSS_TRIPLET aarch64-linux-gnu)
set(NETLAB_QEMU_ARCH aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/toolchain-cross-common.cmake)
