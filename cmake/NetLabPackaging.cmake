# Debian packages through CPack, one per install component:
#   netlab-agent_<version>_<arch>.deb      component "agent": netlab-agent, netlab (the CLI),
#       the systemd unit, the udev rule, /etc/netlab-agent.conf (conffile), the user and
#       state directory made by resources/debian/agent/postinst. No widget or Charts library.
#   netlab-workbench_<version>_<arch>.deb  component "workbench": the desktop application,
#       its desktop entry, icon and translations. It carries its own simulated agent and
#       talks to a Pi's agent over HTTP, so it does not need netlab-agent (Suggests: it for
#       the netlab command line; installing it on a laptop would only add a system user and
#       an idle service).
#
#   cmake --build build && (cd build && cpack)      # -> build/packages/*.deb
#
# Depends come from dpkg-shlibdeps (the shared libraries the executables link) plus the
# plugins Qt loads at run time, which shlibdeps cannot see. For a cross build:
#   -DCPACK_DEBIAN_PACKAGE_ARCHITECTURE=arm64 (default: dpkg --print-architecture), and
#   either shlibdeps against the target (-DCPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS=...)
#   or -DNETLAB_DEB_SHLIBDEPS=OFF with the whole list in NETLAB_DEB_AGENT_DEPENDS and
#   NETLAB_DEB_WORKBENCH_DEPENDS.
option(NETLAB_DEB_SHLIBDEPS "Compute the packages' Depends with dpkg-shlibdeps" ON)
set(NETLAB_DEB_AGENT_DEPENDS "libqt6sql6-sqlite, passwd" CACHE STRING
    "Depends of netlab-agent besides the shared libraries (all of them when shlibdeps is off)")
set(NETLAB_DEB_WORKBENCH_DEPENDS "libqt6sql6-sqlite, libqt6svg6" CACHE STRING
    "Depends of netlab-workbench besides the shared libraries (all of them when shlibdeps is off)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netlab)
set(CPACK_PACKAGE_VENDOR "NetLab Workbench")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${NETLAB_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
# The install scripts place /etc and /lib/systemd by the prefix they are given; DESTDIR
# staging hands them the real one (/usr).
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Each package's Description below starts with its own synopsis: CPackDeb would put the
# project's summary in front of it unless the summary is CPack's default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 1)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_COMPONENTS_ALL agent)
if(NETLAB_BUILD_GUI)
    list(APPEND CPACK_COMPONENTS_ALL workbench)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${NETLAB_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NETLAB_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ${NETLAB_DEB_SHLIBDEPS})
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Maintainer scripts keep their 0755 and conffiles its 0644, whatever the checkout's umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME netlab-agent)
set(CPACK_DEBIAN_AGENT_DESCRIPTION
    "NetLab agent: a Raspberry Pi's DHT11 readings and LED over HTTP
netlab-agent reads a DHT11 or DHT22 sensor (through the kernel's IIO driver or
libgpiod pulse timing), drives an LED, keeps the readings in SQLite and serves
them over HTTP and Server-Sent Events to the NetLab Workbench's Sensors tab.
It runs as the hardened systemd service netlab-agent.service.

The package also holds netlab, the workbench's command-line twin: TCP, UDP,
HTTP, chat and serial lab tools for scripts and machines without a screen.")
set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "${NETLAB_DEB_AGENT_DEPENDS}")
set(netlab_agent_scripts ${PROJECT_SOURCE_DIR}/resources/debian/agent)
set(CPACK_DEBIAN_AGENT_PACKAGE_CONTROL_EXTRA
    ${netlab_agent_scripts}/postinst ${netlab_agent_scripts}/prerm
    ${netlab_agent_scripts}/postrm ${netlab_agent_scripts}/conffiles)

set(CPACK_DEBIAN_WORKBENCH_PACKAGE_NAME netlab-workbench)
set(CPACK_DEBIAN_WORKBENCH_DESCRIPTION
    "NetLab Workbench: a desktop workbench for network programming labs
One window for the labs of a network programming and IoT course: TCP client
and server, UDP listener with struct decoding, LAN chat, micro HTTP server and
HTTP client, serial terminal and sensor-node session, and live charts of the
readings of Raspberry Pi agents, with the bytes on the wire in view.")
set(CPACK_DEBIAN_WORKBENCH_PACKAGE_DEPENDS "${NETLAB_DEB_WORKBENCH_DEPENDS}")
set(CPACK_DEBIAN_WORKBENCH_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_WORKBENCH_PACKAGE_SUGGESTS "netlab-agent")

include(CPack)
