# Persons and organizations (entity_tagger.h): role words, capitalisation statistics, known
# bodies and news agencies from the lexicons under data/lexicons, grouped per article.
newsloom_library(newsloom_extract_entities
  SRCS entity_chains.cc entity_context.cc entity_grouping.cc entity_lexicon.cc entity_tagger.cc
       entity_uncased.cc slavic_names.cc
  DEPS newsloom_core newsloom_text newsloom_extract_geo absl::flat_hash_map absl::flat_hash_set
       ICU::uc)
newsloom_embed(newsloom_extract_entities kEntityRolesTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/roles.tsv)
newsloom_embed(newsloom_extract_entities kEntityOrganizationsTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/organizations.tsv)
newsloom_embed(newsloom_extract_entities kEntityAgenciesTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/agencies.tsv)
newsloom_embed(newsloom_extract_entities kEntityWordsTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/entity_words.tsv)
newsloom_embed(newsloom_extract_entities kEntityInstitutionsTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/entity_institutions.tsv)
newsloom_embed(newsloom_extract_entities kEntityDemonymsTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/entity_demonyms.tsv)
newsloom_embed(newsloom_extract_entities kGivenNamesTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/given_names.tsv)

newsloom_test(extract_entities_test
  SRCS entity_lexicon_test.cc entity_tagger_test.cc entity_bodies_test.cc entity_corpus_test.cc
       slavic_names_test.cc
  DEPS newsloom_extract_entities newsloom_ingest newsloom_eval)
if(TARGET extract_entities_test)
  add_dependencies(extract_entities_test newsloom_gazetteer_data)
  target_compile_definitions(extract_entities_test PRIVATE
    NEWSLOOM_GAZETTEER_PATH="${CMAKE_BINARY_DIR}/data/gazetteer.nlg")
endif()

newsloom_benchmark(entity_tagger_benchmark
  SRCS entity_tagger_benchmark.cc
  DEPS newsloom_extract_entities)

newsloom_fuzzer(entity_tagger_fuzzer
  SRCS entity_tagger_fuzzer.cc
  DEPS newsloom_extract_entities
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/entity_tagger)
