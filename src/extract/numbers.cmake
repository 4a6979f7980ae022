# Numbers and quantities (number_parser.h): digits in every local notation, number words and
# vague amounts in 15 languages, qualifiers.
newsloom_library(newsloom_extract_numbers
  SRCS chinese_numbers.cc digit_string.cc number_lexicon.cc number_parser.cc number_words.cc
  DEPS newsloom_core newsloom_text absl::flat_hash_map absl::flat_hash_set ICU::uc)
newsloom_embed(newsloom_extract_numbers kNumbersTsv ${PROJECT_SOURCE_DIR}/data/lexicons/numbers.tsv)

newsloom_test(extract_numbers_test
  SRCS digit_string_test.cc number_lexicon_test.cc number_parser_test.cc
  DEPS newsloom_extract_numbers)

newsloom_benchmark(number_parser_benchmark
  SRCS number_parser_benchmark.cc
  DEPS newsloom_extract_numbers)

newsloom_fuzzer(number_parser_fuzzer
  SRCS number_parser_fuzzer.cc
  DEPS newsloom_extract_numbers
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/number_parser)
