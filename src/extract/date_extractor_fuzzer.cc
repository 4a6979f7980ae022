// Fuzz target: arbitrary bytes through the Analyzer into DateExtractor::Extract and EventDate
// must never crash, and every mention must lie within the text on UTF-8 boundaries, in text
// order, with its surface and sentence right; one background flag per sentence.
// The first input byte picks the language hint, the second the publication date.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "extract/date_extractor.h"
#include "text/analyzer.h"
#include "text/utf8.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using newsloom::FuzzyDate;
  static const newsloom::Analyzer* analyzer = [] {
    auto created = newsloom::Analyzer::Create();
    if (!created.ok()) std::abort();
    return created.value().release();
  }();
  static constexpr std::string_view kHints[] = {"",   "en", "nl", "nb", "da", "sv", "de", "fr",
                                                "es", "it", "pl", "ru", "uk", "tr", "ar", "zh"};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string_view hint;
  std::optional<FuzzyDate> published;
  if (text.size() >= 2) {
    hint = kHints[static_cast<uint8_t>(text[0]) % std::size(kHints)];
    const auto p = static_cast<uint8_t>(text[1]);
    if (p % 4 == 1) published = FuzzyDate::FromDays(18000 + p * 7);
    if (p % 4 == 2) published = FuzzyDate::Make(2000 + p % 30, 1 + p % 12);
    if (p % 4 == 3) published = FuzzyDate::Make(1990 + p % 40);
    text.remove_prefix(2);
  }
  auto doc = analyzer->Analyze(text, hint);
  if (!doc.ok()) return 0;
  if (!hint.empty() && text.size() % 2 == 0) doc->lang = std::string(hint);  // force the lexicon
  const newsloom::DateExtractor& x = newsloom::DateExtractor::Default();
  const newsloom::DateFacts facts = x.Extract(*doc, published);
  Check(facts.flags.background.size() == doc->sentences.size(), "one flag per sentence");
  uint32_t previous_end = 0;
  for (const newsloom::DateMention& m : facts.dates) {
    using newsloom::text_analysis::IsCharBoundary;
    Check(m.span.begin < m.span.end && m.span.end <= doc->text.size(), "span within text");
    Check(m.span.begin >= previous_end, "mentions ordered, not overlapping");
    Check(IsCharBoundary(doc->text, m.span.begin) && IsCharBoundary(doc->text, m.span.end),
          "span on UTF-8 boundaries");
    Check(doc->text.compare(m.span.begin, m.span.end - m.span.begin, m.span.surface) == 0,
          "surface matches the text");
    Check(m.span.sentence < doc->sentences.size(), "sentence exists");
    Check(m.precision == "day" || m.precision == "week" || m.precision == "month" ||
              m.precision == "year",
          "known precision");
    previous_end = m.span.end;
  }
  std::vector<uint32_t> event_sentences;
  if (!doc->sentences.empty()) event_sentences.push_back(0);
  const auto event = x.EventDate(*doc, facts, event_sentences, published);
  if (event) Check(event->precision != "year", "event dates are never years");
  return 0;
}
