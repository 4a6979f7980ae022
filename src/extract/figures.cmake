# Figures (figure_extractor.h): casualty, arrest, hospital, missing, deployment and crowd
# figures with the actor they count; actor nouns by role (actor_lexicon.h).
newsloom_library(newsloom_extract_figures
  SRCS actor_lexicon.cc figure_extractor.cc figure_lexicon.cc figure_phrase_matcher.cc
       figure_sentence.cc
  DEPS newsloom_extract_numbers newsloom_core newsloom_text absl::flat_hash_map
       absl::flat_hash_set)
newsloom_embed(newsloom_extract_figures kFiguresTsv ${PROJECT_SOURCE_DIR}/data/lexicons/figures.tsv)
newsloom_embed(newsloom_extract_figures kActorsTsv ${PROJECT_SOURCE_DIR}/data/lexicons/actors.tsv)

newsloom_test(extract_figures_test
  SRCS actor_lexicon_test.cc figure_extractor_test.cc figure_lexicon_test.cc
  DEPS newsloom_extract_figures)

# Scores the extractor on data/samples and ../shared/seeds against their gold figures.
newsloom_test(extract_figures_corpus_test
  SRCS figure_corpus_test.cc
  DEPS newsloom_extract_figures newsloom_extract_dates newsloom_ingest newsloom_eval)

newsloom_benchmark(figure_extractor_benchmark
  SRCS figure_extractor_benchmark.cc
  DEPS newsloom_extract_figures)

newsloom_fuzzer(figure_extractor_fuzzer
  SRCS figure_extractor_fuzzer.cc
  DEPS newsloom_extract_figures
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/figure_extractor)
