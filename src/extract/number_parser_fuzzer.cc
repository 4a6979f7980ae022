// Fuzz target: arbitrary bytes are analysed (Analyzer) and every sentence searched for
// quantities; must never crash, and every span must lie within the text, ordered, on UTF-8
// boundaries, with a non-negative value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

#include "extract/number_parser.h"
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
  static const newsloom::Analyzer* analyzer = [] {
    auto created = newsloom::Analyzer::Create();
    if (!created.ok()) std::abort();
    return created.value().release();
  }();
  // The first byte picks the language, so every language's rules are reached.
  static constexpr std::string_view kLangs[] = {"en", "nl", "de", "nb", "da", "sv", "fr", "es",
                                                "it", "pl", "ru", "uk", "tr", "ar", "zh", "und"};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string_view lang = "und";
  if (!text.empty()) {
    lang = kLangs[static_cast<uint8_t>(text[0]) % std::size(kLangs)];
    text.remove_prefix(1);
  }
  auto doc = analyzer->Analyze(text, lang);
  if (!doc.ok()) return 0;
  doc->lang = std::string(lang);
  const newsloom::NumberParser& parser = newsloom::NumberParser::Default();
  for (size_t s = 0; s < doc->sentences.size(); ++s) {
    uint32_t previous_end = doc->sentences[s].begin;
    for (const newsloom::Quantity& q : parser.FindAll(*doc, s)) {
      Check(q.begin < q.end && q.end <= doc->text.size(), "span within text");
      Check(q.begin >= previous_end, "spans ordered and disjoint");
      Check(q.end <= doc->sentences[s].end, "span within sentence");
      Check(newsloom::text_analysis::IsCharBoundary(doc->text, q.begin) &&
                newsloom::text_analysis::IsCharBoundary(doc->text, q.end),
            "span on UTF-8 boundaries");
      Check(q.value >= 0, "value not negative");
      previous_end = q.end;
    }
  }
  return 0;
}
