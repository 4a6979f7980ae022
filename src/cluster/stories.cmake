# Online story clustering and story records (story_clusterer.h, story_record.h): issue 6.
# Paths are relative to this file so it can be included from any directory.
set(_stories_dir ${CMAKE_CURRENT_LIST_DIR})
newsloom_library(newsloom_cluster_stories
  SRCS ${_stories_dir}/story_item.cc ${_stories_dir}/story_item_codec.cc
       ${_stories_dir}/story_scorer.cc ${_stories_dir}/story_clusterer.cc
       ${_stories_dir}/story_record.cc ${_stories_dir}/story_store.cc
  DEPS newsloom_core newsloom_text newsloom_store absl::flat_hash_map absl::flat_hash_set
       absl::inlined_vector absl::strings)

newsloom_test(story_test
  SRCS ${_stories_dir}/story_item_test.cc ${_stories_dir}/story_clusterer_test.cc
       ${_stories_dir}/story_record_test.cc ${_stories_dir}/story_store_test.cc
       ${_stories_dir}/story_scorer_test.cc
  DEPS newsloom_cluster_stories)

# Clustering real text (data/samples, ../shared/seeds) with the readers, the analyser and the
# extractor; uses the gazetteer (core/data_files.h: NEWSLOOM_DATA_DIR or the build tree's data
# directory, target newsloom_gazetteer_data) and clusters without places when it is missing.
newsloom_test(story_corpus_test
  SRCS ${_stories_dir}/story_corpus_test.cc
  DEPS newsloom_cluster_stories newsloom_extract newsloom_ingest newsloom_eval newsloom_text)

newsloom_benchmark(story_clusterer_benchmark
  SRCS ${_stories_dir}/story_clusterer_benchmark.cc
  DEPS newsloom_cluster_stories)

newsloom_fuzzer(story_item_codec_fuzzer
  SRCS ${_stories_dir}/story_item_codec_fuzzer.cc
  DEPS newsloom_cluster_stories
  CORPUS ${_stories_dir}/fuzz/story_item_codec)
