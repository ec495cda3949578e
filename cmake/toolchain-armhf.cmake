# Cross build for 32-bit Raspberry Pi OS / Debian armhf with Debian's g++-arm-linux-gnueabihf.
#   cmake -S . -B build-cross/armhf --toolchain cmake/toolchain-armhf.cmake -DNETLAB_SYSROOT=<dir>
# scripts/cross.sh armhf makes the sysroot and does all of this.
set(CMAKE_SYSTEM_PROCESSOR arm)
set(NETLAB_CROSS_TRIPLET arm-linux-gnueabihf)
set(NETLAB_QEMU_ARCH arm)
include(${CMAKE_CURRENT_LIST_DIR}/toolchain-cross-common.cmake)
