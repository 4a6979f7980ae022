# Helpers that give every target the same flags, so a module's CMakeLists.txt only lists
# its sources and dependencies.

set(NEWSLOOM_WARNINGS -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
if(NEWSLOOM_WERROR)
  list(APPEND NEWSLOOM_WARNINGS -Werror)
endif()

add_library(newsloom_flags INTERFACE)
target_compile_options(newsloom_flags INTERFACE ${NEWSLOOM_WARNINGS})
target_include_directories(newsloom_flags INTERFACE ${PROJECT_SOURCE_DIR}/src)
if(NEWSLOOM_SANITIZE)
  target_compile_options(newsloom_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(newsloom_flags INTERFACE -fsanitize=address,undefined)
endif()
if(NEWSLOOM_FUZZ)
  # Coverage instrumentation for library code; fuzz targets add the libFuzzer main.
  target_compile_options(newsloom_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()

# newsloom_library(NAME SRCS a.cc b.cc DEPS x y)
function(newsloom_library name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SRCS})
  target_link_libraries(${name} PUBLIC newsloom_flags ${ARG_DEPS})
endfunction()

# newsloom_test(NAME SRCS a_test.cc DEPS x y) — one GoogleTest binary, each test a CTest entry.
function(newsloom_test name)
  if(NOT NEWSLOOM_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SRCS})
  target_link_libraries(${name} PRIVATE newsloom_flags ${ARG_DEPS} GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    NEWSLOOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "NEWSLOOM_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# newsloom_benchmark(NAME SRCS a_benchmark.cc DEPS x y)
function(newsloom_benchmark name)
  if(NOT NEWSLOOM_BENCHMARKS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SRCS})
  target_link_libraries(${name} PRIVATE newsloom_flags ${ARG_DEPS} benchmark::benchmark_main
                                        newsloom_malloc)
endfunction()

# newsloom_fuzzer(NAME SRCS a_fuzzer.cc DEPS x y CORPUS dir) — a libFuzzer target that
# `make test` runs for NEWSLOOM_FUZZ_SECONDS on its seed corpus (scripts/run_fuzzer.sh).
set(NEWSLOOM_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzzer runs under ctest")
function(newsloom_fuzzer name)
  if(NOT NEWSLOOM_FUZZ)
    return()
  endif()
  cmake_parse_arguments(ARG "" "CORPUS" "SRCS;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SRCS})
  target_link_libraries(${name} PRIVATE newsloom_flags ${ARG_DEPS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  if(NEWSLOOM_TESTS)
    add_test(NAME ${name}.smoke
      COMMAND ${PROJECT_SOURCE_DIR}/scripts/run_fuzzer.sh $<TARGET_FILE:${name}>
              ${ARG_CORPUS} ${NEWSLOOM_FUZZ_SECONDS})
  endif()
endfunction()

# newsloom_embed(TARGET SYMBOL FILE) — compiles FILE (a data file under data/) into TARGET as
# `extern const std::string_view SYMBOL` in namespace newsloom, so lexicons authored as
# reviewed text files ship inside the binary. Rebuilt when FILE changes.
function(newsloom_embed target symbol file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE ${out})
endfunction()
