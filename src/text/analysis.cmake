# Analysis layer of the text module: mojibake repair, NFC, language id (CLD2), ICU sentences
# and words, Xapian stems, latin keys -> AnalyzedDocument (analyzer.h).
newsloom_library(newsloom_text
  SRCS abbreviations.cc analyzer.cc chinese_names.cc language_id.cc mojibake.cc normalizer.cc
       segmenter.cc simplified_chinese.cc stemmer.cc token_annotator.cc transliterator.cc utf8.cc
  DEPS newsloom_text_markup newsloom_core absl::flat_hash_map ICU::uc ICU::i18n newsloom_cld2
       newsloom_xapian)

newsloom_test(text_analysis_test
  SRCS analyzer_test.cc form_memo_test.cc language_id_test.cc mojibake_test.cc normalizer_test.cc
       segmenter_test.cc simplified_chinese_test.cc stemmer_test.cc token_annotator_test.cc
       transliterator_test.cc utf8_test.cc
  DEPS newsloom_text)

newsloom_benchmark(analyzer_benchmark
  SRCS analyzer_benchmark.cc
  DEPS newsloom_text)
if(TARGET analyzer_benchmark)
  # The benchmark reads real articles from ../shared/data when present.
  target_compile_definitions(analyzer_benchmark PRIVATE NEWSLOOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()

newsloom_fuzzer(analyzer_fuzzer
  SRCS analyzer_fuzzer.cc
  DEPS newsloom_text
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/analyzer)
