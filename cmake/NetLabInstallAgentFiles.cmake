# Install-time part of resources/CMakeLists.txt (component "agent"): the systemd unit, the
# udev rule and the agent's config, placed for the prefix given to `cmake --install`:
#
#   prefix /usr (a package, or `cmake --install build --prefix /usr`):
#       /lib/systemd/system/netlab-agent.service, /lib/udev/rules.d/60-netlab-gpio.rules,
#       /etc/netlab-agent.conf
#   any other prefix P (default /usr/local):
#       P/lib/systemd/system/..., P/lib/udev/rules.d/..., P/etc/netlab-agent.conf
#       (systemd and udev read P/lib/... for P = /usr/local)
#
# The unit's ExecStart names the installed executable and config. DESTDIR is honoured by
# file(INSTALL). Input (from the configure step): NETLAB_SOURCE_DIR, NETLAB_BINDIR,
# NETLAB_SYSCONFDIR, NETLAB_SYSTEMD_UNITDIR, NETLAB_UDEV_RULESDIR (empty: the default),
# NETLAB_STAGE_DIR (a scratch directory in the build tree).

function(netlab_install_dir result configured usr_default relative)
    if(configured AND IS_ABSOLUTE "${configured}")
        set(dir "${configured}")
    elseif(configured)
        set(dir "${CMAKE_INSTALL_PREFIX}/${configured}")
    elseif(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
        set(dir "${usr_default}")
    else()
        set(dir "${CMAKE_INSTALL_PREFIX}/${relative}")
    endif()
    set(${result} "${dir}" PARENT_SCOPE)
endfunction()

netlab_install_dir(netlab_bindir "${NETLAB_BINDIR}" "/usr/bin" "bin")
# GNUInstallDirs' rule for the prefix /usr: the configuration goes to /etc, not /usr/etc.
if(NETLAB_SYSCONFDIR STREQUAL "etc")
    set(NETLAB_SYSCONFDIR "")
endif()
netlab_install_dir(netlab_sysconfdir "${NETLAB_SYSCONFDIR}" "/etc" "etc")
netlab_install_dir(netlab_unitdir "${NETLAB_SYSTEMD_UNITDIR}" "/lib/systemd/system"
    "lib/systemd/system")
netlab_install_dir(netlab_rulesdir "${NETLAB_UDEV_RULESDIR}" "/lib/udev/rules.d"
    "lib/udev/rules.d")

set(netlab_resources "${NETLAB_SOURCE_DIR}/resources")
set(netlab_staged "${NETLAB_STAGE_DIR}")
file(MAKE_DIRECTORY "${netlab_staged}")

# The unit in resources/ is the package's (ExecStart=/usr/bin/netlab-agent --config
# /etc/netlab-agent.conf); only those two paths change with the prefix.
file(READ "${netlab_resources}/netlab-agent.service" netlab_unit)
string(REPLACE "ExecStart=/usr/bin/netlab-agent --config /etc/netlab-agent.conf"
    "ExecStart=${netlab_bindir}/netlab-agent --config ${netlab_sysconfdir}/netlab-agent.conf"
    netlab_unit_installed "${netlab_unit}")
if(netlab_unit_installed STREQUAL netlab_unit
    AND NOT (netlab_bindir STREQUAL "/usr/bin" AND netlab_sysconfdir STREQUAL "/etc"))
    message(FATAL_ERROR "netlab: the unit's ExecStart line is not the expected one; "
        "update cmake/NetLabInstallAgentFiles.cmake with resources/netlab-agent.service")
endif()
file(WRITE "${netlab_staged}/netlab-agent.service" "${netlab_unit_installed}")

set(netlab_read_only OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
file(INSTALL DESTINATION "${netlab_unitdir}" TYPE FILE PERMISSIONS ${netlab_read_only}
    FILES "${netlab_staged}/netlab-agent.service")
file(INSTALL DESTINATION "${netlab_rulesdir}" TYPE FILE PERMISSIONS ${netlab_read_only}
    FILES "${netlab_resources}/60-netlab-gpio.rules")

# An edited config is kept (dpkg does the same for the package's conffile).
set(netlab_conf "$ENV{DESTDIR}${netlab_sysconfdir}/netlab-agent.conf")
if(EXISTS "${netlab_conf}")
    file(SHA256 "${netlab_conf}" netlab_existing)
    file(SHA256 "${netlab_resources}/netlab-agent.conf" netlab_shipped)
endif()
if(EXISTS "${netlab_conf}" AND NOT netlab_existing STREQUAL netlab_shipped)
    message(STATUS "Keeping: ${netlab_conf} (edited; the shipped one is "
        "${netlab_resources}/netlab-agent.conf)")
else()
    file(INSTALL DESTINATION "${netlab_sysconfdir}" TYPE FILE PERMISSIONS ${netlab_read_only}
        FILES "${netlab_resources}/netlab-agent.conf")
endif()
