# Copies the web UI into the build tree's data directory (cmake -P; run by CMakeLists.txt):
#   WEB_SRC       the UI sources (web/): *.html and friends at the top, and assets/
#   OUT           the destination (${CMAKE_BINARY_DIR}/data/web)
#   NODE_MODULES  where the npm packages are
#   VENDOR_LIST   web/vendor.txt: one path under node_modules per line, copied to
#                 OUT/assets/vendor/<basename>
# The destination is rebuilt from scratch, so files deleted from web/ disappear from it.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT}/assets/vendor)
file(GLOB _top LIST_DIRECTORIES false
  ${WEB_SRC}/*.html ${WEB_SRC}/*.css ${WEB_SRC}/*.js ${WEB_SRC}/*.mjs ${WEB_SRC}/*.ico
  ${WEB_SRC}/*.png ${WEB_SRC}/*.svg ${WEB_SRC}/*.webmanifest)
if(_top)
  file(COPY ${_top} DESTINATION ${OUT})
endif()
if(IS_DIRECTORY ${WEB_SRC}/assets)
  file(COPY ${WEB_SRC}/assets DESTINATION ${OUT})
endif()
if(EXISTS ${VENDOR_LIST})
  file(STRINGS ${VENDOR_LIST} _lines)
  foreach(_line IN LISTS _lines)
    string(STRIP "${_line}" _path)
    if(_path STREQUAL "" OR _path MATCHES "^#")
      continue()
    endif()
    if(_path MATCHES "(^|/)\\.\\.(/|$)" OR IS_ABSOLUTE "${_path}")
      message(FATAL_ERROR "${VENDOR_LIST}: '${_path}' must be a relative path inside node_modules")
    endif()
    if(NOT EXISTS ${NODE_MODULES}/${_path})
      message(FATAL_ERROR "${VENDOR_LIST}: ${NODE_MODULES}/${_path} is missing; run scripts/setup.sh")
    endif()
    get_filename_component(_name ${_path} NAME)
    configure_file(${NODE_MODULES}/${_path} ${OUT}/assets/vendor/${_name} COPYONLY)
  endforeach()
endif()
