#include "extract/actor_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "core/strings.h"
#include "core/tsv.h"

namespace newsloom {

extern const std::string_view kActorsTsv;

namespace {

constexpr std::string_view kRoles[] = {
    "protesters", "rioters",    "police",    "security forces", "military", "foreign troops",
    "government", "opposition", "civilians", "journalists",     "people"};

}  // namespace

std::string FigureActorOf(std::string_view role) {
  if (role == "military" || role == "foreign troops") return "troops";
  if (role == "government" || role == "opposition") return "people";
  return std::string(role);
}

StatusOr<std::unique_ptr<ActorFinder>> ActorFinder::FromTsv(std::string_view tsv,
                                                            std::string_view name) {
  std::unique_ptr<ActorFinder> finder(new ActorFinder());
  std::vector<FigurePhraseMatcher::Input> inputs;
  size_t line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> cols = SplitView(line, '\t');
    if (cols.size() != 3) return TsvLineError(name, line_no, "expected 3 tab-separated columns");
    if (cols[0].empty()) return TsvLineError(name, line_no, "empty language");
    const std::string_view phrase = StripAsciiWhitespace(cols[1]);
    if (phrase.empty() || phrase.find("  ") != std::string_view::npos) {
      return TsvLineError(name, line_no, "empty phrase or empty word");
    }
    if (std::find(std::begin(kRoles), std::end(kRoles), cols[2]) == std::end(kRoles)) {
      return TsvLineError(name, line_no, "unknown role '" + std::string(cols[2]) + "'");
    }
    // English stems merge nouns with verbs ("protesters", "protesting" -> "protest"): English
    // entries list their forms instead.
    inputs.push_back({std::string(cols[0]), std::string(phrase),
                      static_cast<int>(finder->roles_.size()), cols[0] != "en"});
    finder->roles_.emplace_back(cols[2]);
  }
  finder->matcher_ = std::make_unique<FigurePhraseMatcher>(inputs);
  return finder;
}

const ActorFinder& ActorFinder::Default() {
  static const ActorFinder* const finder = [] {
    auto f = FromTsv(kActorsTsv, "data/lexicons/actors.tsv");
    if (!f.ok()) std::abort();  // the embedded file is checked by actor_lexicon_test
    return f->release();
  }();
  return *finder;
}

std::vector<ActorMention> ActorFinder::Find(const AnalyzedDocument& doc) const {
  std::vector<uint32_t> all(doc.sentences.size());
  for (uint32_t s = 0; s < all.size(); ++s) all[s] = s;
  return FindInSentences(doc, all);
}

std::vector<ActorMention> ActorFinder::FindInSentences(
    const AnalyzedDocument& doc, const std::vector<uint32_t>& sentences) const {
  std::vector<ActorMention> out;
  for (uint32_t s : sentences) {
    if (s >= doc.sentences.size()) continue;
    const Sentence& sent = doc.sentences[s];
    for (const PhraseMatch& m :
         FindIn(doc, sent.first_token, sent.first_token + sent.token_count)) {
      ActorMention a;
      a.role = roles_[m.payload];
      a.span.begin = m.begin;
      a.span.end = m.end;
      a.span.sentence = s;
      a.span.surface = doc.text.substr(m.begin, m.end - m.begin);
      out.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace newsloom
