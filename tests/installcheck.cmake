# `cmake --install` into a scratch DESTDIR, then checks what a Debian machine would get:
# every file where the packages put it, the unit's ExecStart naming the installed
# executable and config, and `systemd-analyze verify` clean on the installed unit (any
# message fails: a misspelt or unknown directive is only a warning to systemd, and the
# hardening it was meant to add would silently be missing). A second install with the
# prefix /usr/local checks that the unit follows the prefix given at install time.
#
#   cmake -DBUILD_DIR=... -DWORK_DIR=... -DSYSTEMD_ANALYZE=... -DWITH_GUI=ON|OFF
#         -P tests/installcheck.cmake
foreach(var BUILD_DIR WORK_DIR SYSTEMD_ANALYZE WITH_GUI)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "installcheck: ${var} is not set")
    endif()
endforeach()

function(install_into root prefix)
    file(REMOVE_RECURSE "${root}")
    set(ENV{DESTDIR} "${root}")
    execute_process(
        COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    unset(ENV{DESTDIR})
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cmake --install --prefix ${prefix} failed:\n${output}")
    endif()
endfunction()

function(expect_files root)
    foreach(file ${ARGN})
        if(NOT EXISTS "${root}${file}")
            message(SEND_ERROR "not installed: ${file}")
        endif()
    endforeach()
endfunction()

function(expect_exec_start unit executable config)
    file(STRINGS "${unit}" exec REGEX "^ExecStart=")
    if(NOT exec MATCHES "^ExecStart=${executable} --config ${config} ")
        message(SEND_ERROR "${unit}: expected ExecStart=${executable} --config ${config} ..., "
            "got: ${exec}")
    endif()
endfunction()

# systemd-analyze verify: the output, "" when the unit is clean.
function(verify root result)
    # --root finds every unit in the root: give it the host's targets (sysinit.target,
    # multi-user.target, network-online.target ...) that the unit's dependencies load.
    file(GLOB targets LIST_DIRECTORIES false /lib/systemd/system/*.target)
    file(COPY ${targets} DESTINATION "${root}/usr/lib/systemd/system")
    execute_process(
        COMMAND "${SYSTEMD_ANALYZE}" verify "--root=${root}" netlab-agent.service
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0 AND output STREQUAL "")
        set(output "systemd-analyze verify exited with ${status}")
    endif()
    set(${result} "${output}" PARENT_SCOPE)
endfunction()

# The packages' layout (prefix /usr).
set(root "${WORK_DIR}/root-usr")
install_into("${root}" /usr)
set(unit "${root}/lib/systemd/system/netlab-agent.service")
expect_files("${root}"
    /usr/bin/netlab-agent /usr/bin/netlab
    /lib/systemd/system/netlab-agent.service /lib/udev/rules.d/60-netlab-gpio.rules
    /etc/netlab-agent.conf
    /usr/share/doc/netlab-agent/copyright /usr/share/doc/netlab-agent/changelog.Debian.gz
    /usr/share/doc/netlab-agent/pi.md
    /usr/share/man/man1/netlab-agent.1.gz /usr/share/man/man1/netlab.1.gz)
if(WITH_GUI)
    expect_files("${root}"
        /usr/bin/netlab-workbench
        /usr/share/applications/netlab-workbench.desktop
        /usr/share/icons/hicolor/scalable/apps/netlab-workbench.svg
        /usr/share/doc/netlab-workbench/copyright
        /usr/share/doc/netlab-workbench/changelog.Debian.gz
        /usr/share/man/man1/netlab-workbench.1.gz)
else()
    foreach(file /usr/bin/netlab-workbench /usr/share/doc/netlab-workbench /usr/share/netlab)
        if(EXISTS "${root}${file}")
            message(SEND_ERROR "NETLAB_BUILD_GUI=OFF installed ${file}")
        endif()
    endforeach()
endif()
if(EXISTS "${root}/usr/etc")
    message(SEND_ERROR "the prefix /usr put configuration under /usr/etc instead of /etc")
endif()
expect_exec_start("${unit}" /usr/bin/netlab-agent /etc/netlab-agent.conf)

verify("${root}" problems)
if(NOT problems STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify on the installed unit:\n${problems}")
endif()
message(STATUS "systemd-analyze verify: ${unit} is clean")

# The check sees a misspelt hardening directive (else it proves nothing).
file(READ "${unit}" text)
string(REPLACE "\nProtectSystem=strict" "\nProtectSytem=strict" misspelt "${text}")
if(misspelt STREQUAL text)
    message(FATAL_ERROR "${unit} has no ProtectSystem=strict")
endif()
file(WRITE "${unit}" "${misspelt}")
verify("${root}" problems)
if(NOT problems MATCHES "ProtectSytem")
    message(FATAL_ERROR "systemd-analyze verify did not report a misspelt directive:\n${problems}")
endif()

# Another prefix: the unit follows it; systemd reads /usr/local/lib/systemd/system.
set(root "${WORK_DIR}/root-local")
install_into("${root}" /usr/local --component agent)
set(unit "${root}/usr/local/lib/systemd/system/netlab-agent.service")
expect_files("${root}" /usr/local/bin/netlab-agent /usr/local/etc/netlab-agent.conf
    /usr/local/lib/systemd/system/netlab-agent.service
    /usr/local/lib/udev/rules.d/60-netlab-gpio.rules)
expect_exec_start("${unit}" /usr/local/bin/netlab-agent /usr/local/etc/netlab-agent.conf)
file(REMOVE_RECURSE "${WORK_DIR}")
