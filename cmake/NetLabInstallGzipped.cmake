# Install-time helper: installs NETLAB_GZIP_SOURCE compressed with gzip -9n (no time stamp or
# name in the header, as Debian wants for man pages and changelogs) into
# PREFIX/NETLAB_GZIP_DESTINATION, through NETLAB_GZIP_WORK (a scratch directory). With
# NETLAB_GZIP_CONFIGURE set, @VARIABLES@ in the source are replaced first.
get_filename_component(netlab_gzip_name "${NETLAB_GZIP_SOURCE}" NAME)
string(REGEX REPLACE "\\.in$" "" netlab_gzip_name "${netlab_gzip_name}")
set(netlab_gzip_file "${NETLAB_GZIP_WORK}/${netlab_gzip_name}")
if(NETLAB_GZIP_CONFIGURE)
    configure_file("${NETLAB_GZIP_SOURCE}" "${netlab_gzip_file}" @ONLY)
else()
    configure_file("${NETLAB_GZIP_SOURCE}" "${netlab_gzip_file}" COPYONLY)
endif()
execute_process(COMMAND gzip -9nf "${netlab_gzip_file}" RESULT_VARIABLE netlab_gzip_result)
if(NOT netlab_gzip_result EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${netlab_gzip_file}")
endif()
file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${NETLAB_GZIP_DESTINATION}" TYPE FILE
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
    FILES "${netlab_gzip_file}.gz")
