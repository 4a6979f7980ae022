// Fuzz target: arbitrary bytes into Analyzer::Analyze must never crash, and every offset must
// lie within the clean text on a UTF-8 boundary, with to_source within the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "text/analyzer.h"
#include "text/utf8.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

void CheckDocument(const newsloom::AnalyzedDocument& doc, size_t input_size) {
  using newsloom::text_analysis::IsCharBoundary;
  Check(newsloom::text_analysis::IsWellFormedUtf8(doc.text), "text is well-formed UTF-8");
  uint32_t previous_end = 0;
  for (const newsloom::Token& t : doc.tokens) {
    Check(t.begin < t.end && t.end <= doc.text.size(), "token within text");
    Check(t.begin >= previous_end, "tokens ordered");
    Check(IsCharBoundary(doc.text, t.begin) && IsCharBoundary(doc.text, t.end),
          "token on UTF-8 boundaries");
    previous_end = t.end;
  }
  uint32_t next = 0;
  for (const newsloom::Sentence& s : doc.sentences) {
    Check(s.first_token == next && s.token_count > 0, "sentence tokens contiguous");
    next += s.token_count;
    Check(next <= doc.tokens.size(), "sentence tokens exist");
    Check(s.begin < s.end && s.end <= doc.text.size(), "sentence within text");
    Check(IsCharBoundary(doc.text, s.begin) && IsCharBoundary(doc.text, s.end),
          "sentence on UTF-8 boundaries");
  }
  Check(next == doc.tokens.size(), "every token in a sentence");
  Check(doc.lang_confidence >= 0 && doc.lang_confidence <= 1, "confidence in [0,1]");
  // Character boundaries map exactly (inside a replaced character offsets are approximate).
  uint32_t previous_source = 0;
  for (uint32_t i = 0; i <= doc.text.size(); ++i) {
    if (!IsCharBoundary(doc.text, i)) continue;
    const uint32_t source = doc.to_source.ToSource(i);
    Check(source <= input_size, "to_source within input");
    Check(source >= previous_source, "to_source monotone");
    previous_source = source;
  }
  Check(doc.to_source.ToSource(static_cast<uint32_t>(doc.text.size())) == input_size,
        "end maps to end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsloom::Analyzer* analyzer = [] {
    auto created = newsloom::Analyzer::Create();
    if (!created.ok()) std::abort();
    return created.value().release();
  }();
  static constexpr std::string_view kHints[] = {"", "nl", "ru", "zh", "tr", "xx-bad"};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string_view hint;
  if (!text.empty()) {
    hint = kHints[static_cast<uint8_t>(text[0]) % std::size(kHints)];
    text.remove_prefix(1);
  }
  auto doc = analyzer->Analyze(text, hint);
  Check(doc.ok(), "Analyze succeeds on any bytes");
  CheckDocument(*doc, text.size());
  return 0;
}
