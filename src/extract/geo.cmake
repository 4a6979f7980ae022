# Places (geotagger.h): place, subdivision and country mentions resolved against the gazetteer,
# country adjectives and demonyms (geo_adjectives.h, data/lexicons/country_adjectives.tsv), and
# the main event location.
newsloom_library(newsloom_extract_geo
  SRCS geotagger.cc geo_adjectives.cc geo_cues.cc geo_finder.cc
  DEPS newsloom_core newsloom_text newsloom_resources absl::flat_hash_map absl::flat_hash_set)
newsloom_embed(newsloom_extract_geo kCountryAdjectivesTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/country_adjectives.tsv)
newsloom_embed(newsloom_extract_geo kGeoCuesTsv ${PROJECT_SOURCE_DIR}/data/lexicons/geo_cues.tsv)

newsloom_test(extract_geo_test
  SRCS geotagger_test.cc geo_adjectives_test.cc geo_cues_test.cc
  DEPS newsloom_extract_geo)
# Quality on data/samples and ../shared/seeds against their gold answers.
newsloom_test(extract_geo_samples_test
  SRCS geo_samples_test.cc
  DEPS newsloom_extract_geo newsloom_ingest newsloom_eval)
foreach(t extract_geo_test extract_geo_samples_test)
  if(TARGET ${t})
    add_dependencies(${t} newsloom_gazetteer_data)
    target_compile_definitions(${t} PRIVATE
      NEWSLOOM_GAZETTEER_PATH="${CMAKE_BINARY_DIR}/data/gazetteer.nlg")
  endif()
endforeach()

newsloom_benchmark(geotagger_benchmark
  SRCS geotagger_benchmark.cc
  DEPS newsloom_extract_geo)
if(TARGET geotagger_benchmark)
  add_dependencies(geotagger_benchmark newsloom_gazetteer_data)
  target_compile_definitions(geotagger_benchmark PRIVATE
    NEWSLOOM_GAZETTEER_PATH="${CMAKE_BINARY_DIR}/data/gazetteer.nlg"
    NEWSLOOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
