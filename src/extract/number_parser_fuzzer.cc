// Fuzz target: arbitrary bytes are analysed (Analyzer) and every sentence searched for
// quantities; must never crash, and every span must lie within the text, ordered, on UTF-8
// boundaries, with a non-negative value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

#include "extract/fuzz_document.h"
#include "extract/number_parser.h"
#include "text/utf8.h"

using newsloom::fuzzing::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<newsloom::AnalyzedDocument> doc = newsloom::fuzzing::FuzzDocument(data, size);
  if (!doc) return 0;
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
