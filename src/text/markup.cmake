# newsloom_text_markup: offset maps, charset decoding and HTML main-text extraction. Used by
# ingest, which runs before analysis.
newsloom_library(newsloom_text_markup
  SRCS offset_map.cc
       charset.cc
       chrome_lines.cc
       html_blocks.cc
       html_boilerplate.cc
       html_dom.cc
       html_extractor.cc
       html_json_ld.cc
       html_metadata.cc
       html_tags.cc
       html_text_builder.cc
  DEPS newsloom_core ICU::uc ICU::i18n PkgConfig::GUMBO simdjson::simdjson fmt::fmt)
newsloom_embed(newsloom_text_markup kChromeLinesTsv
  ${PROJECT_SOURCE_DIR}/data/lexicons/chrome_lines.tsv)

newsloom_test(text_markup_test
  SRCS charset_test.cc
       chrome_lines_test.cc
       html_boilerplate_test.cc
       html_dom_test.cc
       html_extractor_test.cc
       html_json_ld_test.cc
       html_metadata_test.cc
       html_tags_test.cc
       html_text_builder_test.cc
  DEPS newsloom_text_markup)

newsloom_benchmark(html_extractor_benchmark
  SRCS html_extractor_benchmark.cc
  DEPS newsloom_text_markup)

newsloom_fuzzer(html_extractor_fuzzer
  SRCS html_extractor_fuzzer.cc
  DEPS newsloom_text_markup
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/html)

newsloom_fuzzer(charset_fuzzer
  SRCS charset_fuzzer.cc
  DEPS newsloom_text_markup
  CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/charset)
