#include "extract/figure_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "core/strings.h"
#include "core/tsv.h"
#include "extract/number_lexicon.h"

namespace newsloom {

extern const std::string_view kFiguresTsv;

namespace {

struct ClassName {
  std::string_view name;
  FigureWordClass cls;
  bool has_kind;
};
constexpr ClassName kClasses[] = {
    {"trigger", FigureWordClass::kTrigger, true},
    {"toll", FigureWordClass::kToll, true},
    {"protest", FigureWordClass::kProtest, true},
    {"not", FigureWordClass::kNot, false},
    {"not_before", FigureWordClass::kNotBefore, false},
    {"partitive", FigureWordClass::kPartitive, false},
    {"among", FigureWordClass::kAmong, false},
    {"earlier", FigureWordClass::kEarlier, false},
    {"range", FigureWordClass::kRange, false},
    {"prep", FigureWordClass::kPrep, false},
    {"and", FigureWordClass::kAnd, false},
    {"more", FigureWordClass::kMore, false},
    {"one", FigureWordClass::kOne, false},
    {"break", FigureWordClass::kBreak, false},
    {"of", FigureWordClass::kOf, false},
    {"disease", FigureWordClass::kDisease, false},
};
constexpr std::string_view kKinds[] = {"killed",  "injured",  "arrested", "hospitalized",
                                       "missing", "deployed", "crowd"};

}  // namespace

bool IsFigureKind(std::string_view kind) {
  return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

StatusOr<std::unique_ptr<FigureLexicon>> FigureLexicon::Parse(std::string_view tsv,
                                                              std::string_view name) {
  std::unique_ptr<FigureLexicon> lex(new FigureLexicon());
  std::vector<FigurePhraseMatcher::Input> inputs;
  absl::flat_hash_map<std::string, int> group_of;
  size_t line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> cols = SplitView(line, '\t');
    if (cols.size() != 4) return TsvLineError(name, line_no, "expected 4 tab-separated columns");
    if (cols[0].empty()) return TsvLineError(name, line_no, "empty language");
    const std::string_view phrase = StripAsciiWhitespace(cols[1]);
    if (phrase.empty() || phrase.find("  ") != std::string_view::npos) {
      return TsvLineError(name, line_no, "empty phrase or empty word");
    }
    const auto cls = std::find_if(std::begin(kClasses), std::end(kClasses),
                                  [&](const ClassName& c) { return c.name == cols[3]; });
    if (cls == std::end(kClasses)) {
      return TsvLineError(name, line_no, "unknown class '" + std::string(cols[3]) + "'");
    }
    FigureWord w;
    w.lang = std::string(cols[0]);
    w.phrase = std::string(phrase);
    w.cls = cls->cls;
    if (cls->has_kind) {
      if (!IsFigureKind(cols[2])) {
        return TsvLineError(name, line_no, "unknown kind '" + std::string(cols[2]) + "'");
      }
      w.kind = std::string(cols[2]);
    } else if (cols[2] != "-") {
      return TsvLineError(name, line_no, "class '" + std::string(cols[3]) + "' takes kind '-'");
    }
    const std::string key = w.lang + "\t" + w.phrase;
    auto [it, fresh] = group_of.emplace(key, static_cast<int>(lex->groups_.size()));
    if (fresh) {
      lex->groups_.emplace_back();
      inputs.push_back({w.lang, w.phrase, it->second});
    }
    lex->groups_[it->second].push_back(static_cast<int>(lex->words_.size()));
    lex->langs_.insert(w.lang);
    if (w.cls == FigureWordClass::kOne) {
      lex->one_words_[w.lang].insert(FoldCase(w.phrase));
      lex->one_words_["*"].insert(FoldCase(w.phrase));
      lex->one_filter_.Add(FoldCase(w.phrase));
    }
    lex->words_.push_back(std::move(w));
  }
  lex->matcher_ = std::make_unique<FigurePhraseMatcher>(inputs);
  return lex;
}

const FigureWord* FigureLexicon::Find(int payload, FigureWordClass cls) const {
  for (int row : groups_[payload]) {
    if (words_[row].cls == cls) return &words_[row];
  }
  return nullptr;
}

const absl::flat_hash_set<std::string>& FigureLexicon::OneWords(std::string_view lang) const {
  static const absl::flat_hash_set<std::string> kNone;
  if (lang == "nn") lang = "nb";
  auto it = one_words_.find(AbslView(langs_.contains(AbslView(lang)) ? lang : "*"));
  return it != one_words_.end() ? it->second : kNone;
}

const FigureWord* FigureLexicon::TriggerOf(int payload) const {
  const FigureWord* w = Find(payload, FigureWordClass::kTrigger);
  return w != nullptr ? w : Find(payload, FigureWordClass::kProtest);
}

const FigureLexicon& FigureLexicon::Default() {
  static const FigureLexicon* const lexicon = [] {
    auto lex = Parse(kFiguresTsv, "data/lexicons/figures.tsv");
    if (!lex.ok()) std::abort();  // the embedded file is checked by figure_lexicon_test
    return lex->release();
  }();
  return *lexicon;
}

}  // namespace newsloom
