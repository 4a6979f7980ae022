#include "extract/figure_phrase_matcher.h"

#include <algorithm>

#include "core/strings.h"
#include "extract/number_lexicon.h"
#include "text/form_memo.h"
#include "text/stemmer.h"

namespace newsloom {
namespace {

// First code point of UTF-8 `s` (0 when empty or malformed).
uint32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  if (s.size() <= static_cast<size_t>(n)) return 0;
  uint32_t cp = c & (0x3F >> n);
  for (int i = 1; i <= n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

bool IsHanCodePoint(uint32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

size_t Utf8Length(unsigned char c) { return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2; }

// The first UTF-8 character of `s` ("" when empty).
std::string_view FirstChar(std::string_view s) {
  if (s.empty()) return s;
  return s.substr(0, std::min(s.size(), Utf8Length(static_cast<unsigned char>(s[0]))));
}

// Leading Arabic clitics tried off a token: wa-, fa-, bi-, li-, the article and combinations.
constexpr std::string_view kArabicClitics[] = {"وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"};

bool WordMatchesForm(const PhraseWord& w, std::string_view lower, std::string_view stem) {
  if (w.prefix) return lower.size() >= w.text.size() && lower.substr(0, w.text.size()) == w.text;
  if (lower == w.text) return true;
  return !w.stem.empty() && stem == w.stem;
}

// True when `s` holds "'" or a byte that may start U+2019.
bool MayHaveApostrophe(std::string_view s) {
  return extract_internal::HasEitherByte(s, '\'', 0xE2);
}

std::string_view MapLang(std::string_view lang) { return lang == "nn" ? "nb" : lang; }

constexpr std::string_view kRightQuote = "\u2019";

}  // namespace

std::string NormalizeApostrophes(std::string_view s) {
  std::string out(s);
  for (size_t p = out.find(kRightQuote); p != std::string::npos; p = out.find(kRightQuote, p)) {
    out.replace(p, kRightQuote.size(), "'");
  }
  return out;
}

std::string StripArabicMarks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    // U+064B..U+0652 (harakat, shadda, sukun) and U+0670 are 0xD9 0x8B..0x92 / 0xD9 0xB0.
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xD9 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if ((d >= 0x8B && d <= 0x92) || d == 0xB0) {
        ++i;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string_view ElidedRest(std::string_view lower) {
  const size_t p = lower.find('\'');
  if (p == std::string_view::npos || p == 0 || p > 4 || p + 1 >= lower.size()) return {};
  return lower.substr(p + 1);
}

bool PhraseWordMatches(const PhraseWord& w, const Token& t, bool arabic) {
  if (WordMatchesForm(w, t.lower, t.stem)) return true;
  if (MayHaveApostrophe(t.lower)) {
    const std::string lower = NormalizeApostrophes(t.lower);
    if (WordMatchesForm(w, lower, lower)) return true;
    const std::string_view rest = ElidedRest(lower);  // "d'émeutiers", "dell'ordine"
    if (!rest.empty() && WordMatchesForm(w, rest, rest)) return true;
  }
  if (!arabic) return false;
  const std::string plain = StripArabicMarks(t.lower);
  const std::string_view lower = plain;
  if (plain.size() != t.lower.size() && WordMatchesForm(w, lower, lower)) return true;
  for (std::string_view c : kArabicClitics) {
    if (lower.size() > c.size() + 2 && lower.substr(0, c.size()) == c) {
      const std::string_view rest = lower.substr(c.size());
      if (WordMatchesForm(w, rest, rest)) return true;
    }
  }
  return false;
}

FigurePhraseMatcher::FigurePhraseMatcher(const std::vector<Input>& inputs) {
  text_analysis::StemmerSet stemmers;
  for (const Input& in : inputs) {
    PhraseEntry e;
    e.lang = std::string(MapLang(in.lang));
    e.payload = in.payload;
    e.han = IsHanCodePoint(FirstCodePoint(in.phrase));
    bool bad = false;
    for (std::string_view piece : SplitView(in.phrase, ' ')) {
      if (piece.empty() || piece == "*" || piece == "=") {
        bad = true;
        break;
      }
      PhraseWord w;
      w.prefix = !e.han && piece.back() == '*' && piece.size() > 1;
      const bool exact = !e.han && piece.back() == '=' && piece.size() > 1;
      if (w.prefix || exact) piece.remove_suffix(1);
      w.text = NormalizeApostrophes(FoldCase(piece));
      if (in.stems && !w.prefix && !exact && !e.han && stemmers.Has(e.lang)) {
        w.stem = stemmers.Stem(e.lang, w.text);
      }
      e.words.push_back(std::move(w));
    }
    if (bad || e.words.empty()) continue;
    if (e.han && e.words.size() > 1) {  // Han phrases are one string: join the pieces.
      for (size_t k = 1; k < e.words.size(); ++k) e.words[0].text += e.words[k].text;
      e.words.resize(1);
    }
    entries_.push_back(std::move(e));
  }
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    const PhraseEntry& e = entries_[id];
    for (LangIndex* index : {&by_lang_[e.lang], &all_}) {
      const PhraseWord& w = e.words[0];
      if (e.han) {
        index->han[std::string(FirstChar(w.text))].push_back(id);
        index->han_keys.Add(FirstChar(w.text));
      } else if (w.prefix) {
        index->prefixed[std::string(FirstChar(w.text))].push_back(id);
        if (!w.text.empty()) {
          const auto b = static_cast<uint8_t>(w.text[0]);
          index->prefixed_first_bytes[b >> 6] |= uint64_t{1} << (b & 63);
        }
      } else {
        index->by_word[w.text].push_back(id);
        index->word_keys.Add(w.text);
        if (!w.stem.empty() && w.stem != w.text) {
          index->by_stem[w.stem].push_back(id);
          index->stem_keys.Add(w.stem);
        }
      }
    }
  }
}

const FigurePhraseMatcher::LangIndex& FigurePhraseMatcher::IndexOf(std::string_view lang) const {
  const auto it = by_lang_.find(AbslView(MapLang(lang)));
  return it == by_lang_.end() ? all_ : it->second;
}

bool FigurePhraseMatcher::MatchRest(const AnalyzedDocument& doc, const PhraseEntry& e, uint32_t i,
                                    uint32_t end, uint32_t* stop) const {
  const bool arabic = e.lang == "ar";
  if (i + e.words.size() > end) return false;
  for (size_t k = 1; k < e.words.size(); ++k) {
    if (!PhraseWordMatches(e.words[k], doc.tokens[i + k], arabic)) return false;
  }
  *stop = i + static_cast<uint32_t>(e.words.size());
  return true;
}

void FigurePhraseMatcher::HanMatches(const AnalyzedDocument& doc, const LangIndex& index,
                                     uint32_t i, uint32_t end,
                                     std::vector<PhraseMatch>* out) const {
  const Token& t = doc.tokens[i];
  const uint32_t limit = doc.tokens[end - 1].end;
  const std::string_view text = doc.text;
  for (uint32_t p = t.begin; p < t.end; p += Utf8Length(static_cast<unsigned char>(text[p]))) {
    const std::string_view first = FirstChar(text.substr(p));
    if (!index.han_keys.MayContain(first)) continue;
    const auto it = index.han.find(AbslView(first));
    if (it == index.han.end()) continue;
    for (uint32_t id : it->second) {
      const std::string& s = entries_[id].words[0].text;
      if (p + s.size() > limit || text.compare(p, s.size(), s) != 0) continue;
      PhraseMatch m;
      m.first_token = i;
      m.begin = p;
      m.end = p + static_cast<uint32_t>(s.size());
      m.end_token = i + 1;
      while (m.end_token < end && doc.tokens[m.end_token].begin < m.end) ++m.end_token;
      m.payload = entries_[id].payload;
      out->push_back(m);
    }
  }
}

// Entries whose first word may match token `t`: by its folded form, its stem, its form with
// typographic apostrophes and without an elision, Arabic forms without marks and clitics, and
// prefix entries by the first character of each form. Unsorted, may repeat.
void FigurePhraseMatcher::CandidateIds(const LangIndex& index, const Token& t, bool arabic,
                                       std::vector<uint32_t>* ids) {
  ids->clear();
  auto add = [&](std::string_view key) {
    if (!index.word_keys.MayContain(key)) return;
    const auto it = index.by_word.find(AbslView(key));
    if (it != index.by_word.end()) ids->insert(ids->end(), it->second.begin(), it->second.end());
  };
  auto add_prefixed = [&](std::string_view form) {
    if (!index.MayStartPrefixed(form)) return;
    const auto it = index.prefixed.find(AbslView(FirstChar(form)));
    if (it != index.prefixed.end()) ids->insert(ids->end(), it->second.begin(), it->second.end());
  };
  add(t.lower);
  add_prefixed(t.lower);
  if (!index.by_stem.empty() && index.stem_keys.MayContain(t.stem)) {
    const auto it = index.by_stem.find(AbslView(t.stem));
    if (it != index.by_stem.end()) ids->insert(ids->end(), it->second.begin(), it->second.end());
  }
  if (MayHaveApostrophe(t.lower)) {
    const std::string lower = NormalizeApostrophes(t.lower);
    add(lower);
    if (const std::string_view rest = ElidedRest(lower); !rest.empty()) {
      add(rest);
      add_prefixed(rest);
    }
  }
  if (arabic) {
    const std::string plain = StripArabicMarks(t.lower);
    if (plain.size() != t.lower.size()) add(plain);
    add_prefixed(plain);  // clitic-stripped forms start with another letter
    for (std::string_view c : kArabicClitics) {
      const std::string_view lower = plain;
      if (lower.size() > c.size() + 2 && lower.substr(0, c.size()) == c) {
        add(lower.substr(c.size()));
        add_prefixed(lower.substr(c.size()));
      }
    }
  }
}

namespace {
struct FirstWordTag {};
}  // namespace

const std::vector<uint32_t>& FigurePhraseMatcher::FirstWordMatches(
    const LangIndex& index, const Token& t, bool arabic, std::vector<uint32_t>* scratch) const {
  text_analysis::FormMemo<std::vector<uint32_t>>& memo =
      text_analysis::ThreadFormMemo<std::vector<uint32_t>, FirstWordTag>(instance_.value());
  if (const std::vector<uint32_t>* known = memo.Find(t.form_id)) return *known;
  CandidateIds(index, t, arabic, scratch);
  std::sort(scratch->begin(), scratch->end());
  scratch->erase(std::unique(scratch->begin(), scratch->end()), scratch->end());
  size_t w = 0;
  for (uint32_t id : *scratch) {
    // The entry's own Arabic handling, as MatchRest applies it to the later words.
    if (PhraseWordMatches(entries_[id].words[0], t, entries_[id].lang == "ar")) {
      (*scratch)[w++] = id;
    }
  }
  scratch->resize(w);
  if (t.form_id == 0) return *scratch;
  return memo.Insert(t.form_id, *scratch);
}

std::vector<PhraseMatch> FigurePhraseMatcher::Find(const AnalyzedDocument& doc, uint32_t first,
                                                   uint32_t end) const {
  std::vector<PhraseMatch> candidates;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(doc.tokens.size()));
  if (first >= end) return candidates;
  const LangIndex& index = IndexOf(doc.lang);
  const bool arabic = MapLang(doc.lang) == "ar";
  std::vector<uint32_t> ids;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kNumber) continue;
    if (t.script == Script::kHan && !index.han.empty()) HanMatches(doc, index, i, end, &candidates);
    for (uint32_t id : FirstWordMatches(index, t, arabic, &ids)) {
      uint32_t stop = 0;
      if (!MatchRest(doc, entries_[id], i, end, &stop)) continue;
      candidates.push_back(
          {i, stop, doc.tokens[i].begin, doc.tokens[stop - 1].end, entries_[id].payload});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<PhraseMatch> out;
  for (const PhraseMatch& m : candidates) {
    if (!out.empty() && m.begin < out.back().end) continue;
    out.push_back(m);
  }
  return out;
}

}  // namespace newsloom
