# Dates and background (date_extractor.h): explicit and relative dates in 15 languages resolved
# against the publication date, background sentences, and the event date.
newsloom_library(newsloom_extract_dates
  SRCS background_detector.cc date_extractor.cc date_han_scanner.cc date_lexicon.cc date_role.cc
       date_numerals.cc date_parser.cc date_resolver.cc event_date.cc
  DEPS newsloom_core newsloom_text newsloom_extract_numbers absl::flat_hash_map)
newsloom_embed(newsloom_extract_dates kDatesTsv ${PROJECT_SOURCE_DIR}/data/lexicons/dates.tsv)
newsloom_embed(newsloom_extract_dates kBackgroundTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/background.tsv)

newsloom_test(extract_dates_test
  SRCS background_detector_test.cc date_extractor_test.cc date_lexicon_test.cc date_role_test.cc
  DEPS newsloom_extract_dates)
# Event-date quality on data/samples and ../shared/seeds against their gold answers.
newsloom_test(extract_dates_samples_test
  SRCS event_date_samples_test.cc
  DEPS newsloom_extract_dates newsloom_ingest newsloom_eval)

newsloom_benchmark(date_extractor_benchmark
  SRCS date_extractor_benchmark.cc
  DEPS newsloom_extract_dates)

newsloom_fuzzer(date_extractor_fuzzer
  SRCS date_extractor_fuzzer.cc
  DEPS newsloom_extract_dates
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/date_extractor)
