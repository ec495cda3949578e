# Install-time part of resources/CMakeLists.txt: writes /usr/share/doc/<package>/changelog.Debian.gz
# (gzip -9n, so no time stamp or file name in the header: the same bytes on every build).
# Input: NETLAB_PACKAGE, NETLAB_VERSION, NETLAB_MAINTAINER, NETLAB_CHANGELOG_SOURCE,
# NETLAB_CHANGELOG_WORK (a scratch directory), NETLAB_DOCDIR (relative to the prefix).
configure_file("${NETLAB_CHANGELOG_SOURCE}" "${NETLAB_CHANGELOG_WORK}/changelog.Debian" @ONLY)
execute_process(
    COMMAND gzip -9nf "${NETLAB_CHANGELOG_WORK}/changelog.Debian"
    RESULT_VARIABLE netlab_gzip_result)
if(NOT netlab_gzip_result EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${NETLAB_CHANGELOG_WORK}/changelog.Debian")
endif()
file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${NETLAB_DOCDIR}" TYPE FILE
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
    FILES "${NETLAB_CHANGELOG_WORK}/changelog.Debian.gz")
