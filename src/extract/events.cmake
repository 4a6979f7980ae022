# Event type (event_classifier.h): ACLED event types and sub-types and PLOVER event/mode from
# the multilingual trigger lexicon data/lexicons/event_triggers.tsv.
newsloom_library(newsloom_extract_events
  SRCS event_classifier.cc event_evidence.cc event_lexicon.cc event_rules.cc
       event_trigger_matcher.cc
  DEPS newsloom_core newsloom_text absl::flat_hash_map spdlog::spdlog ICU::uc)
newsloom_embed(newsloom_extract_events kEventTriggersTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/event_triggers.tsv)

newsloom_test(extract_events_test
  SRCS event_classifier_test.cc event_lexicon_test.cc event_rules_test.cc
       event_corpus_test.cc event_key_filter_test.cc
  DEPS newsloom_extract_events newsloom_ingest newsloom_eval)

newsloom_benchmark(event_classifier_benchmark
  SRCS event_classifier_benchmark.cc
  DEPS newsloom_extract_events)

newsloom_fuzzer(event_classifier_fuzzer
  SRCS event_classifier_fuzzer.cc
  DEPS newsloom_extract_events
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/event_classifier)

# CPU of all event layers (dates, figures, event type, actors) on the synthetic bench corpus.
newsloom_benchmark(event_layers_benchmark
  SRCS event_layers_benchmark.cc
  DEPS newsloom_extract_events newsloom_extract_dates newsloom_extract_figures newsloom_bench
       newsloom_text)
