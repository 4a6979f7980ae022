# Places (geotagger.h): place, subdivision and country mentions resolved against the gazetteer,
# and the main event location.
newsloom_library(newsloom_extract_geo
  SRCS geotagger.cc
  DEPS newsloom_core newsloom_text newsloom_resources absl::flat_hash_map absl::flat_hash_set)

newsloom_test(extract_geo_test
  SRCS geotagger_test.cc
  DEPS newsloom_extract_geo)
if(TARGET extract_geo_test)
  add_dependencies(extract_geo_test newsloom_gazetteer_data)
  target_compile_definitions(extract_geo_test PRIVATE
    NEWSLOOM_GAZETTEER_PATH="${CMAKE_BINARY_DIR}/data/gazetteer.nlg")
endif()
