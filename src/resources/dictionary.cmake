# Cross-lingual vocabulary (DESIGN.md "Resources"): the concept lexicon authored in
# data/lexicons/concepts.tsv (embedded) and the dictionary compiled at build time from the
# Debian FreeDict dictionaries and stop-word lists into ${CMAKE_BINARY_DIR}/data/dictionary.nld
# (docs/formats/dictionary.md).
newsloom_library(newsloom_dictionary
  SRCS concept_lexicon.cc dictionary.cc dictionary_builder.cc freedict_reader.cc
  DEPS newsloom_core fmt::fmt spdlog::spdlog)
newsloom_embed(newsloom_dictionary kConceptsTsv ${PROJECT_SOURCE_DIR}/data/lexicons/concepts.tsv)

add_executable(build_dictionary tools/build_dictionary.cc)
target_link_libraries(build_dictionary PRIVATE newsloom_flags newsloom_dictionary newsloom_text
  ZLIB::ZLIB ICU::uc)

set(DICTIONARY_FILE ${CMAKE_BINARY_DIR}/data/dictionary.nld)
set(DICTIONARY_DICTD_DIR /usr/share/dictd)
set(DICTIONARY_STOPWORDS_DIR /usr/share/perl5/Lingua/StopWords)
file(GLOB DICTIONARY_INPUTS CONFIGURE_DEPENDS
  ${DICTIONARY_DICTD_DIR}/freedict-*.index ${DICTIONARY_DICTD_DIR}/freedict-*.dict.dz
  ${DICTIONARY_STOPWORDS_DIR}/*.pm)
if(NOT DICTIONARY_INPUTS)
  message(WARNING "No FreeDict dictionaries in ${DICTIONARY_DICTD_DIR}: run scripts/setup.sh; "
                  "cross-lingual similarity will rely on the concept lexicon only.")
endif()
add_custom_command(
  OUTPUT ${DICTIONARY_FILE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/data
  COMMAND build_dictionary --dictd-dir=${DICTIONARY_DICTD_DIR}
          --stopwords-dir=${DICTIONARY_STOPWORDS_DIR}
          --concepts=${PROJECT_SOURCE_DIR}/data/lexicons/concepts.tsv --out=${DICTIONARY_FILE}
  DEPENDS build_dictionary ${DICTIONARY_INPUTS} ${PROJECT_SOURCE_DIR}/data/lexicons/concepts.tsv
  COMMENT "Compiling the cross-lingual dictionary ${DICTIONARY_FILE}")
add_custom_target(newsloom_dictionary_data ALL DEPENDS ${DICTIONARY_FILE})

newsloom_test(dictionary_test
  SRCS concept_lexicon_test.cc dictionary_test.cc freedict_reader_test.cc
  DEPS newsloom_dictionary newsloom_text)
if(TARGET dictionary_test)
  add_dependencies(dictionary_test newsloom_dictionary_data)
  target_compile_definitions(dictionary_test PRIVATE NEWSLOOM_DICTIONARY_PATH="${DICTIONARY_FILE}")
endif()

newsloom_fuzzer(dictionary_fuzzer
  SRCS dictionary_fuzzer.cc
  DEPS newsloom_dictionary
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/dictionary)
