# Shared part of the Debian cross toolchain files (toolchain-arm64.cmake, toolchain-armhf.cmake).
# The including file sets NETLAB_CROSS_TRIPLET (GNU triplet of Debian's cross compilers) and
# CMAKE_SYSTEM_PROCESSOR. The sysroot is a Debian tree of the target architecture, made by
# scripts/cross.sh with mmdebstrap --variant=extract; pass it as -DNETLAB_SYSROOT=<dir>.
# Qt's host tools (moc, rcc) come from the build machine's Qt of the same version, through
# QT_HOST_PATH.

set(CMAKE_SYSTEM_NAME Linux)

if(NOT NETLAB_SYSROOT AND DEFINED ENV{NETLAB_SYSROOT})
    set(NETLAB_SYSROOT "$ENV{NETLAB_SYSROOT}")
endif()
if(NOT NETLAB_SYSROOT)
    message(FATAL_ERROR "cross build: pass -DNETLAB_SYSROOT=<target sysroot> (scripts/cross.sh makes one)")
endif()
# try_compile() projects read the toolchain file again: hand them the sysroot too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES NETLAB_SYSROOT)

set(CMAKE_C_COMPILER ${NETLAB_CROSS_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${NETLAB_CROSS_TRIPLET}-g++)
set(CMAKE_SYSROOT "${NETLAB_SYSROOT}")
set(CMAKE_LIBRARY_ARCHITECTURE ${NETLAB_CROSS_TRIPLET})

# Libraries, headers and CMake packages from the sysroot only; programs from the build machine.
set(CMAKE_FIND_ROOT_PATH "${NETLAB_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config (libgpiod, http-parser) reads the sysroot's .pc files and prefixes their paths.
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${NETLAB_SYSROOT}")
set(ENV{PKG_CONFIG_LIBDIR}
    "${NETLAB_SYSROOT}/usr/lib/${NETLAB_CROSS_TRIPLET}/pkgconfig:${NETLAB_SYSROOT}/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# The sysroot's libraries find their own dependencies (rpath-link) in its multiarch dirs.
foreach(dir lib usr/lib)
    string(APPEND CMAKE_EXE_LINKER_FLAGS_INIT
        " -Wl,-rpath-link,${NETLAB_SYSROOT}/${dir}/${NETLAB_CROSS_TRIPLET}")
    string(APPEND CMAKE_SHARED_LINKER_FLAGS_INIT
        " -Wl,-rpath-link,${NETLAB_SYSROOT}/${dir}/${NETLAB_CROSS_TRIPLET}")
endforeach()

# moc, rcc, uic of the build machine's Qt (same 6.4 as the sysroot's).
if(NOT QT_HOST_PATH)
    set(QT_HOST_PATH /usr)
endif()
if(NOT QT_HOST_PATH_CMAKE_DIR)
    execute_process(COMMAND dpkg-architecture -qDEB_BUILD_MULTIARCH
        OUTPUT_VARIABLE netlab_build_multiarch OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(QT_HOST_PATH_CMAKE_DIR ${QT_HOST_PATH}/lib/${netlab_build_multiarch}/cmake)
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES QT_HOST_PATH QT_HOST_PATH_CMAKE_DIR)
# lrelease too (the catalogues are built into the core library): Qt6LinguistTools is a tool
# package, and with packages looked up in the sysroot only it would run the target's lrelease.
if(NOT Qt6LinguistTools_DIR)
    set(Qt6LinguistTools_DIR ${QT_HOST_PATH_CMAKE_DIR}/Qt6LinguistTools)
endif()

# Tests run through qemu-user with the sysroot as the dynamic loader's root (no binfmt_misc
# needed); ctest prefixes each test with it and the tests prefix the programs they start.
if(NOT CMAKE_CROSSCOMPILING_EMULATOR)
    find_program(NETLAB_QEMU qemu-${NETLAB_QEMU_ARCH}-static)
    if(NETLAB_QEMU)
        set(CMAKE_CROSSCOMPILING_EMULATOR ${NETLAB_QEMU} -L ${NETLAB_SYSROOT})
    endif()
endif()
