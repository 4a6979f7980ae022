// Fuzz target: arbitrary bytes are analysed (Analyzer) in a language the first byte picks and
// classified; must never crash, every event must have a type, a confidence in [0,1], at most
// one main event first, and evidence spans inside the text that match their surface.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

#include "extract/event_classifier.h"
#include "extract/fuzz_document.h"

using newsloom::fuzzing::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<newsloom::AnalyzedDocument> doc = newsloom::fuzzing::FuzzDocument(data, size);
  if (!doc) return 0;
  newsloom::SentenceFlags flags;
  for (size_t i = 0; i < doc->sentences.size(); ++i) flags.background.push_back(i % 3 == 2);
  const auto events = newsloom::EventClassifier::Default().Classify(*doc, flags, {});
  for (size_t i = 0; i < events.size(); ++i) {
    const newsloom::EventRecord& e = events[i];
    Check(!e.type.empty() && !e.subtype.empty() && !e.plover_event.empty(), "empty type");
    Check(e.confidence >= 0 && e.confidence <= 1, "confidence out of range");
    Check(i == 0 || !(!e.background && e.type != "Strategic developments"), "main event not first");
    for (const newsloom::TextSpan& s : e.evidence) {
      Check(s.begin < s.end && s.end <= doc->text.size(), "span out of text");
      Check(doc->text.compare(s.begin, s.end - s.begin, s.surface) == 0, "surface mismatch");
      Check(s.sentence < doc->sentences.size(), "bad sentence index");
    }
  }
  return 0;
}
