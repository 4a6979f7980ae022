# newsloom_text_markup: offset maps, charset decoding and HTML main-text extraction. Used by
# ingest, which runs before analysis.
newsloom_library(newsloom_text_markup
  SRCS offset_map.cc
       charset.cc
  DEPS newsloom_core ICU::uc ICU::i18n PkgConfig::GUMBO)

newsloom_test(text_markup_test
  SRCS charset_test.cc
  DEPS newsloom_text_markup)
