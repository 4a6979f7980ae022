// Test helper: analyses a sentence or article with the real Analyzer and forces the document
// language, so short fixtures are read with the vocabulary of the language under test.
#ifndef NEWSLOOM_EXTRACT_DATE_TEST_UTIL_H_
#define NEWSLOOM_EXTRACT_DATE_TEST_UTIL_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/date_extractor.h"
#include "text/analyzer.h"

namespace newsloom {
namespace date_testing {

inline AnalyzedDocument AnalyzeAs(std::string_view text, std::string_view lang) {
  static const Analyzer* analyzer = [] {
    auto created = Analyzer::Create();
    if (!created.ok()) std::abort();
    return created.value().release();
  }();
  auto doc = analyzer->Analyze(text, lang);
  if (!doc.ok()) std::abort();
  doc->lang = std::string(lang);
  return *std::move(doc);
}

// The event date DateExtractor::Default() picks for `text` read as `lang`, with the event's
// evidence in `event_sentences`.
inline std::optional<DateMention> EventDateOf(std::string_view text, std::string_view lang,
                                              const std::optional<FuzzyDate>& published,
                                              const std::vector<uint32_t>& event_sentences = {}) {
  const AnalyzedDocument doc = AnalyzeAs(text, lang);
  const DateExtractor& x = DateExtractor::Default();
  const DateFacts facts = x.Extract(doc, published);
  return x.EventDate(doc, facts, event_sentences, published);
}

inline FuzzyDate Day(int y, int m, int d) { return *FuzzyDate::Make(y, m, d); }
inline FuzzyDate Month(int y, int m) { return *FuzzyDate::Make(y, m); }

}  // namespace date_testing
}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_TEST_UTIL_H_
