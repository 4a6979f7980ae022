# Every dependency comes from a Debian bookworm package (see scripts/setup.sh).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(absl REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(simdjson REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(CURL REQUIRED)
find_package(LibXml2 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(Xapian REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# Debian splits cld2: libcld2 holds the detector code (and small tables), libcld2_full the
# larger tables that recognise more languages more accurately. Both are linked, the full tables
# first so their symbols take precedence; nothing references libcld2_full directly, so it is
# wrapped in --no-as-needed (GCC on Debian links with --as-needed and would drop it, giving
# release and debug builds different tables).
find_library(CLD2_CODE_LIBRARY NAMES cld2 REQUIRED)
find_library(CLD2_FULL_TABLES_LIBRARY NAMES cld2_full REQUIRED)
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
add_library(newsloom_cld2 INTERFACE)
target_link_libraries(newsloom_cld2 INTERFACE
  "-Wl,--push-state,--no-as-needed" ${CLD2_FULL_TABLES_LIBRARY} "-Wl,--pop-state"
  ${CLD2_CODE_LIBRARY})
target_include_directories(newsloom_cld2 SYSTEM INTERFACE ${CLD2_INCLUDE_DIR})

# The allocator of the newsloom binary and the benchmarks: jemalloc (libjemalloc-dev), whose
# per-thread caches and size-class arenas suit the analysis threads' many short strings and
# vectors better than glibc's malloc (README "Dependencies"). Sanitizer and fuzzer builds keep
# the sanitizers' allocator; tests link no allocator of their own.
add_library(newsloom_malloc INTERFACE)
if(NEWSLOOM_JEMALLOC AND NOT NEWSLOOM_SANITIZE AND NOT NEWSLOOM_FUZZ)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
  target_link_libraries(newsloom_malloc INTERFACE PkgConfig::JEMALLOC)
  # Its options (transparent huge pages): one definition in each executable that links it.
  target_sources(newsloom_malloc INTERFACE ${PROJECT_SOURCE_DIR}/src/core/jemalloc_conf.cc)
endif()

add_library(newsloom_xapian INTERFACE)
target_link_libraries(newsloom_xapian INTERFACE ${XAPIAN_LIBRARIES})
target_include_directories(newsloom_xapian SYSTEM INTERFACE ${XAPIAN_INCLUDE_DIR})

if(NEWSLOOM_TESTS)
  find_package(GTest REQUIRED)
endif()
if(NEWSLOOM_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
