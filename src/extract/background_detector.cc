#include "extract/background_detector.h"

#include <algorithm>

#include "core/strings.h"
#include "core/tsv.h"
#include "extract/date_lexicon.h"
#include "extract/number_lexicon.h"

namespace newsloom {
namespace {

bool WordMatches(std::string_view pattern, std::string_view word) {
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return word.size() > pattern.size() && word.substr(0, pattern.size()) == pattern;
  }
  return word == pattern;
}

// The last day (days since 1970) a date covers.
int64_t LastDay(const DateMention& m) {
  const FuzzyDate& d = m.date;
  switch (d.precision()) {
    case DatePrecision::kDay:
      return d.ToDays();
    case DatePrecision::kMonth:
      return d.ToDays() + DaysInMonth(d.year(), d.month()) - 1;
    case DatePrecision::kYear:
      return d.ToDays() + 364 + (DaysInMonth(d.year(), 2) == 29 ? 1 : 0);
  }
  return d.ToDays();
}

// A word of at most 4 characters (articles, prepositions).
bool ShortWord(std::string_view w) {
  size_t chars = 0;
  for (char c : w) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars > 0 && chars <= 4;
}

struct DateEvidence {
  bool old = false;        // a date well before the reference
  bool ancient = false;    // a date more than a year before the reference
  bool recent = false;     // a day/week or relative date near the reference
  bool names_old = false;  // an old date, also one that opens a period ("since 2005")
  bool any = false;        // any date at all
};

}  // namespace

StatusOr<std::unique_ptr<BackgroundDetector>> BackgroundDetector::Parse(std::string_view tsv,
                                                                        std::string_view name,
                                                                        BackgroundOptions options) {
  std::unique_ptr<BackgroundDetector> det(new BackgroundDetector(options));
  size_t line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> cols = SplitView(line, '\t');
    if (cols.size() != 3) return TsvLineError(name, line_no, "expected 3 tab-separated columns");
    auto cue = std::make_unique<Cue>();
    cue->lang = std::string(cols[0]);
    if (cue->lang.empty()) return TsvLineError(name, line_no, "empty language");
    if (cols[2] == "since" || cols[2] == "then") {
      if (cols[1].empty() || cols[1].find(' ') != std::string_view::npos) {
        return TsvLineError(name, line_no, "a since or then word is one word");
      }
      auto& words = cols[2] == "since" ? det->since_ : det->then_;
      words[std::string(cols[0])].push_back(FoldCase(cols[1]));
      continue;
    }
    if (cols[2] == "report" || cols[2] == "context" || cols[2] == "onset" ||
        cols[2] == "anterior") {
      continue;  // date roles: read by DateRoleFinder (date_role.h)
    }
    if (cols[2] == "strong") {
      cue->points = 2;
    } else if (cols[2] == "weak") {
      cue->points = 1;
    } else if (cols[2] == "cancel") {
      cue->points = -2;
    } else {
      return TsvLineError(name, line_no, "unknown strength '" + std::string(cols[2]) + "'");
    }
    for (std::string_view w : SplitView(cols[1], ' ')) {
      if (w.empty() || w == "*") return TsvLineError(name, line_no, "empty word in phrase");
      cue->words.push_back(FoldCase(w));
    }
    if (cue->words.empty()) return TsvLineError(name, line_no, "empty phrase");
    if (cue->lang == "zh") {
      if (cue->words.size() != 1) return TsvLineError(name, line_no, "zh cues are one string");
      det->han_.push_back(cue.get());
    } else if (cue->words[0].back() == '*') {
      det->prefix_first_[cue->lang].push_back(cue.get());
      std::unique_ptr<PrefixCues>& cues = det->prefix_cues_[cue->lang];
      if (cues == nullptr) cues = std::make_unique<PrefixCues>();
      const std::string_view prefix =
          std::string_view(cue->words[0]).substr(0, cue->words[0].size() - 1);
      const uint32_t id = cues->trie.Add(prefix);
      if (id >= cues->by_key.size()) cues->by_key.resize(id + 1);
      cues->by_key[id].push_back(cue.get());
    } else {
      det->by_lang_[cue->lang][cue->words[0]].push_back(cue.get());
      det->first_words_.Add(cue->words[0]);
    }
    det->cues_.push_back(std::move(cue));
  }
  return det;
}

bool BackgroundDetector::Matches(const Cue& cue, const AnalyzedDocument& doc, uint32_t token,
                                 uint32_t end) const {
  uint32_t j = token;
  for (size_t k = 0; k < cue.words.size(); ++k) {
    const std::string& w = cue.words[k];
    while (j < end && doc.tokens[j].kind == TokenKind::kPunct && w != doc.tokens[j].lower) {
      if (doc.tokens[j].lower != "-") return false;  // phrases never cross punctuation
      ++j;
    }
    if (j >= end) return false;
    const std::string& lower = doc.tokens[j].lower;
    const bool first_clitic = k == 0 && cue.lang == "ar" && WordMatches(w, ArabicCliticFree(lower));
    if (!WordMatches(w, lower) && !first_clitic) return false;
    ++j;
  }
  return true;
}

int BackgroundDetector::CueScore(const AnalyzedDocument& doc, uint32_t sentence) const {
  if (sentence >= doc.sentences.size()) return 0;
  const Sentence& s = doc.sentences[sentence];
  const std::string_view lang = DateLanguage(doc.lang);
  int points = 0;
  std::vector<const Cue*> seen;  // each cue counts once
  auto add = [&](const Cue* c) {
    if (std::find(seen.begin(), seen.end(), c) != seen.end()) return;
    seen.push_back(c);
    points += c->points;
  };
  if (lang == "zh") {
    const std::string_view text = std::string_view(doc.text).substr(s.begin, s.end - s.begin);
    for (const Cue* c : han_) {
      if (text.find(c->words[0]) != std::string_view::npos) add(c);
    }
    return points;
  }
  const auto words = by_lang_.find(AbslView(lang));
  const auto prefixed = prefix_first_.find(AbslView(lang));
  const auto by_prefix = prefix_cues_.find(AbslView(lang));
  const bool arabic = lang == "ar";
  const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
  for (uint32_t i = s.first_token; i < end; ++i) {
    const Token& token = doc.tokens[i];
    const std::string& lower = token.lower;
    if (words != by_lang_.end()) {
      const std::string_view keys[] = {lower, arabic ? ArabicCliticFree(lower) : ""};
      for (std::string_view key : keys) {
        if (key.empty() || !first_words_.MayContain(key)) continue;
        const auto it = words->second.find(absl::string_view(key.data(), key.size()));
        if (it == words->second.end()) continue;
        for (const Cue* c : it->second) {
          if (Matches(*c, doc, i, end)) add(c);
        }
      }
    }
    if (prefixed == prefix_first_.end()) continue;
    // A prefix word matches a word token it begins; a phrase may also start after
    // punctuation, and Arabic words without their clitics.
    if (arabic || token.kind == TokenKind::kPunct) {
      for (const Cue* c : prefixed->second) {
        if (Matches(*c, doc, i, end)) add(c);
      }
      continue;
    }
    by_prefix->second->trie.ForEachKeyIn(lower, extract_internal::ByteTrie::Direction::kForward,
                                         [&](uint32_t id) {
                                           for (const Cue* c : by_prefix->second->by_key[id]) {
                                             if (Matches(*c, doc, i, end)) add(c);
                                           }
                                           return true;
                                         });
  }
  return points;
}

bool BackgroundDetector::OpensWithThen(const AnalyzedDocument& doc, uint32_t sentence) const {
  const auto it = then_.find(AbslView(DateLanguage(doc.lang)));
  if (it == then_.end() || sentence >= doc.sentences.size()) return false;
  const Sentence& s = doc.sentences[sentence];
  const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
  constexpr int kFirstWords = 3;
  int words = 0;
  for (uint32_t t = s.first_token; t < end && words < kFirstWords; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    ++words;
    for (const std::string& w : it->second) {
      if (tok.lower == w) return true;
    }
  }
  return false;
}

bool BackgroundDetector::OpensPeriod(const AnalyzedDocument& doc, const DateMention& m) const {
  const std::string_view lang = DateLanguage(doc.lang);
  const auto it = since_.find(AbslView(lang));
  if (it == since_.end() || m.span.sentence >= doc.sentences.size()) return false;
  const std::vector<std::string>& words = it->second;
  auto is_since = [&](std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  if (lang == "zh") {
    const std::string_view text = doc.text;
    const size_t after = m.span.end;
    const size_t before = m.span.begin >= 6 ? m.span.begin - 6 : 0;
    for (const std::string& w : words) {
      if (text.substr(after, 9).find(w) != std::string_view::npos) return true;
      if (text.substr(before, m.span.begin - before).find(w) != std::string_view::npos) {
        return true;
      }
    }
    return false;
  }
  const Sentence& s = doc.sentences[m.span.sentence];
  const uint32_t first = s.first_token;
  const uint32_t end = std::min<uint32_t>(first + s.token_count, doc.tokens.size());
  uint32_t i = first;
  while (i < end && doc.tokens[i].begin < m.span.begin) ++i;
  // Right before the date, or before a short article or preposition ("seit dem", "desde el",
  // "since the", "с конца").
  if (i > first && is_since(doc.tokens[i - 1].lower)) return true;
  if (i > first + 1 && is_since(doc.tokens[i - 2].lower) && ShortWord(doc.tokens[i - 1].lower)) {
    return true;
  }
  if (lang == "tr") {
    uint32_t j = i;
    while (j < end && doc.tokens[j].end <= m.span.end) ++j;
    for (uint32_t k = j; k < end && k < j + 3; ++k) {
      if (is_since(doc.tokens[k].lower)) return true;
    }
  }
  return false;
}

SentenceFlags BackgroundDetector::Detect(const AnalyzedDocument& doc,
                                         const std::vector<DateMention>& dates,
                                         const std::optional<FuzzyDate>& published) const {
  SentenceFlags flags;
  const size_t n = doc.sentences.size();
  flags.background.assign(n, 0);
  // The reference day: the publication date, else the latest explicit day in the text.
  std::optional<int64_t> ref;
  if (published) ref = published->ToDays();
  for (const DateMention& m : dates) {
    if (!published && !m.relative && m.precision == "day") {
      ref = std::max(ref.value_or(m.date.ToDays()), m.date.ToDays());
    }
  }
  std::vector<DateEvidence> evidence(n);
  for (const DateMention& m : dates) {
    if (m.span.sentence < n) evidence[m.span.sentence].any = true;
  }
  if (ref) {
    for (const DateMention& m : dates) {
      if (m.span.sentence >= n) continue;
      DateEvidence& e = evidence[m.span.sentence];
      const int64_t last = LastDay(m);
      const bool fine = m.precision == "day" || m.precision == "week";
      if (last < *ref - options_.old_after_days) {
        e.names_old = true;
        if (m.period_start) continue;
        e.old = true;
        if (last < *ref - 365) e.ancient = true;
      } else if (fine || (m.relative && m.precision != "year")) {
        e.recent = true;
      }
    }
  }
  std::vector<uint8_t> direct(n, 0);
  bool after_then = false;  // the sentence before is background by an old date or "then"
  for (uint32_t i = 0; i < n; ++i) {
    const DateEvidence& e = evidence[i];
    const bool follows_then = after_then;
    after_then = false;
    if (e.recent) continue;
    if (i == 0) {
      direct[i] = e.ancient;
      continue;
    }
    const int cues = CueScore(doc, i);
    direct[i] = e.old || cues >= options_.cue_threshold;
    // "... since 2005, when troops fired on protesters in Andijan. Then 187 people died."
    const bool same_paragraph = doc.sentences[i].paragraph == doc.sentences[i - 1].paragraph;
    const bool then = OpensWithThen(doc, i);
    if (!direct[i] && same_paragraph && (direct[i - 1] || evidence[i - 1].names_old) && then) {
      direct[i] = 1;
    } else if (!direct[i] && same_paragraph && follows_then && !e.any && cues >= 0) {
      // "Damals schossen Sicherheitskräfte auf Demonstranten. Nach offiziellen Angaben
      // starben 187 Menschen.": the sentence after goes on about that time (rule 2c).
      direct[i] = 1;
    }
    after_then = direct[i] && (then || e.old);
  }
  flags.background = direct;
  // History paragraphs.
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i;
    int count = 0;
    while (j < n && doc.sentences[j].paragraph == doc.sentences[i].paragraph) count += direct[j++];
    const int size = static_cast<int>(j - i);
    if (size >= 3 && count * 3 >= size * 2) {
      for (uint32_t k = i; k < j; ++k) {
        if (k > 0 && !evidence[k].recent) flags.background[k] = 1;
      }
    }
    i = j;
  }
  return flags;
}

}  // namespace newsloom
