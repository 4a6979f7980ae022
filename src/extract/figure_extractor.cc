#include "extract/figure_extractor.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "extract/figure_sentence.h"

namespace newsloom {
namespace {

// Keeps the first mention of each (kind, actor, value) — the first outside background
// sentences when there is one. A figure counting "people" and one counting a named role
// with the same kind and value are one figure ("25 protesters were killed" ... "25 dead"):
// the named role is kept.
void MergeRepeats(std::vector<Figure>* figures) {
  absl::flat_hash_map<std::string, std::vector<size_t>> kept;  // kind+value -> out indexes
  std::vector<Figure> out;
  for (Figure& f : *figures) {
    std::vector<size_t>& same = kept[f.kind + "\t" + std::to_string(f.value)];
    bool merged = false;
    for (size_t i : same) {
      Figure& g = out[i];
      if (g.background != f.background && g.actor != f.actor) continue;
      if (g.actor == f.actor || f.actor == "people" || g.actor == "people") {
        if (g.actor == "people" && f.actor != "people") {
          g.actor = f.actor;
          g.actor_name = f.actor_name;
        }
        if (g.background && !f.background) g = std::move(f);
        merged = true;
        break;
      }
    }
    if (!merged) {
      same.push_back(out.size());
      out.push_back(std::move(f));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Figure& a, const Figure& b) { return a.begin < b.begin; });
  *figures = std::move(out);
}

}  // namespace

const FigureExtractor& FigureExtractor::Default() {
  static const FigureExtractor* const extractor = new FigureExtractor(
      &NumberParser::Default(), &FigureLexicon::Default(), &ActorFinder::Default());
  return *extractor;
}

FigureExtractor::FigureExtractor(const NumberParser* numbers, const FigureLexicon* words,
                                 const ActorFinder* actors, FigureExtractorOptions options)
    : numbers_(numbers), words_(words), actors_(actors), options_(options) {}

std::vector<Figure> FigureExtractor::ExtractSentence(const AnalyzedDocument& doc,
                                                     uint32_t s) const {
  std::vector<Figure> out;
  if (s >= doc.sentences.size()) return out;
  extract_internal::FigureSentence sentence(doc, s, *words_, *actors_, *numbers_, options_);
  sentence.Read(&out);
  return out;
}

std::vector<Figure> FigureExtractor::Extract(const AnalyzedDocument& doc,
                                             const SentenceFlags& flags) const {
  std::vector<Figure> out;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const size_t first = out.size();
    extract_internal::FigureSentence sentence(doc, s, *words_, *actors_, *numbers_, options_);
    sentence.Read(&out);
    const bool background = s < flags.background.size() && flags.background[s] != 0;
    for (size_t i = first; i < out.size(); ++i) out[i].background = background;
  }
  if (options_.merge_repeats) MergeRepeats(&out);
  return out;
}

}  // namespace newsloom
