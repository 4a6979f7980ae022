// Fuzz target: arbitrary bytes are analysed (Analyzer) and their figures and actors
// extracted; must never crash, and every figure must have a known kind, a positive value, a
// confidence in [0,1] and a span inside the text whose bytes are its `text`.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

#include "extract/actor_lexicon.h"
#include "extract/figure_extractor.h"
#include "extract/figure_lexicon.h"
#include "extract/fuzz_document.h"

using newsloom::fuzzing::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<newsloom::AnalyzedDocument> doc = newsloom::fuzzing::FuzzDocument(data, size);
  if (!doc) return 0;
  newsloom::SentenceFlags flags;
  flags.background.assign(doc->sentences.size() / 2, 1);
  for (const newsloom::Figure& f : newsloom::FigureExtractor::Default().Extract(*doc, flags)) {
    Check(newsloom::IsFigureKind(f.kind), "kind");
    Check(!f.actor.empty(), "actor");
    Check(f.value > 0, "value");
    Check(f.confidence >= 0 && f.confidence <= 1, "confidence");
    Check(f.begin < f.end && f.end <= doc->text.size(), "span");
    Check(doc->text.compare(f.begin, f.end - f.begin, f.text) == 0, "text");
    Check(f.sentence < doc->sentences.size(), "sentence");
  }
  for (const newsloom::ActorMention& a : newsloom::ActorFinder::Default().Find(*doc)) {
    Check(a.span.begin < a.span.end && a.span.end <= doc->text.size(), "actor span");
  }
  return 0;
}
