#include "extract/event_trigger_matcher.h"

#include <algorithm>
#include <string_view>

#include "core/strings.h"
#include "text/form_memo.h"

namespace newsloom {
namespace {

constexpr int kMaxSkip = 3;  // tokens a "*" may skip

// The forms of one token that entries are matched against: lower, and for Arabic up to two
// forms with proclitics removed.
struct TokenForms {
  std::string_view forms[3];
  int count = 0;
  std::string_view stem;
};

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

void AddArabicForms(std::string_view s, TokenForms* f) {
  // Conjunctions wa-/fa-, then the article al- (also bi-l-, li-l-, ka-l-).
  if ((StartsWith(s, "\xD9\x88") || StartsWith(s, "\xD9\x81")) && s.size() > 6) {
    s.remove_prefix(2);
    f->forms[f->count++] = s;
  }
  for (std::string_view article : {"\xD8\xA7\xD9\x84", "\xD8\xA8\xD8\xA7\xD9\x84",
                                   "\xD9\x83\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84"}) {
    if (StartsWith(s, article) && s.size() > article.size() + 4) {
      if (f->count < 3) f->forms[f->count++] = s.substr(article.size());
      return;
    }
  }
}

TokenForms FormsOf(const Token& t) {
  TokenForms f;
  f.forms[f.count++] = t.lower;
  f.stem = t.stem;
  if (t.script == Script::kArabic) AddArabicForms(t.lower, &f);
  return f;
}

bool MatchesWord(const TriggerEntry& e, size_t wi, const TokenForms& f) {
  const std::string& w = e.words[wi];
  for (int i = 0; i < f.count; ++i) {
    switch (e.match) {
      case TriggerMatch::kWord:
        if (f.forms[i] == w) return true;
        break;
      case TriggerMatch::kPrefix:
        if (StartsWith(f.forms[i], w)) return true;
        break;
      case TriggerMatch::kSub:
        if (f.forms[i].find(w) != std::string_view::npos) return true;
        break;
    }
  }
  return e.match == TriggerMatch::kWord && f.stem == e.stems[wi];
}

class SentenceMatcher {
 public:
  SentenceMatcher(const AnalyzedDocument& doc, const Sentence& s)
      : doc_(doc), end_(s.first_token + s.token_count) {}

  // The token index one past the match of e.words[wi..] starting at token `ti`; 0 when none.
  uint32_t MatchFrom(const TriggerEntry& e, size_t wi, uint32_t ti) const {
    if (wi == e.words.size()) return ti;
    if (e.words[wi] == "*") {
      for (int k = 0; k <= kMaxSkip && ti + k <= end_; ++k) {
        if (uint32_t r = MatchFrom(e, wi + 1, ti + k)) return r;
      }
      return 0;
    }
    while (ti < end_ && IsHyphen(doc_.tokens[ti])) ++ti;
    if (ti >= end_ || doc_.tokens[ti].kind != TokenKind::kWord) return 0;
    if (!MatchesWord(e, wi, FormsOf(doc_.tokens[ti]))) return 0;
    return MatchFrom(e, wi + 1, ti + 1);
  }

 private:
  bool IsHyphen(const Token& t) const { return t.kind == TokenKind::kPunct && t.lower == "-"; }

  const AnalyzedDocument& doc_;
  uint32_t end_;
};

void Candidates(const EventLexicon::LangIndex& index, const TokenForms& f, bool han_doc,
                std::vector<const TriggerEntry*>* out) {
  auto add = [out](const auto& map, const extract_internal::KeyFilter& keys, std::string_view key) {
    if (!keys.MayContain(key)) return;
    auto it = map.find(AbslView(key));
    if (it != map.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  };
  for (int i = 0; i < f.count; ++i) {
    add(index.by_word, index.word_keys, f.forms[i]);
    index.prefix_trie.ForEachKeyIn(f.forms[i], extract_internal::ByteTrie::Direction::kForward,
                                   [&](uint32_t id) {
                                     const auto& list = index.by_prefix[id];
                                     out->insert(out->end(), list.begin(), list.end());
                                     return true;
                                   });
  }
  if (f.stem != f.forms[0]) {
    add(index.by_stem, index.stem_keys, f.stem);
    add(index.by_word, index.word_keys, f.stem);  // entries whose word is its own stem
  }
  if (han_doc) return;
  // Sub entries whose first word occurs inside the token (the other forms are parts of the
  // first), at each place it occurs.
  const std::string_view lower = f.forms[0];
  for (size_t p = 0; p + 1 < lower.size(); ++p) {
    if ((static_cast<unsigned char>(lower[p]) & 0xC0) == 0x80) continue;  // inside a character
    const uint16_t key = extract_internal::SubKey(lower.data() + p);
    if (!index.HasSubKey(key)) continue;
    for (const TriggerEntry* e : index.sub_by_key.find(key)->second) {
      const std::string& w = e->words.front();
      if (lower.compare(p, w.size(), w) == 0) out->push_back(e);
    }
  }
}

// The entries whose first word matches token `tok` (Candidates, then MatchesWord on the first
// word): a pure function of the token's form and the lexicon, memoized by form id.
struct FirstWordTag {};
using FirstWordMemo = text_analysis::FormMemo<std::vector<const TriggerEntry*>>;

const std::vector<const TriggerEntry*>& FirstWordMatches(
    const EventLexicon::LangIndex& index, const Token& tok, const TokenForms& f, bool han_doc,
    FirstWordMemo* memo, std::vector<const TriggerEntry*>* scratch) {
  if (const auto* known = memo->Find(tok.form_id)) return *known;
  scratch->clear();
  Candidates(index, f, han_doc, scratch);
  size_t w = 0;
  for (const TriggerEntry* e : *scratch) {
    if (MatchesWord(*e, 0, f)) (*scratch)[w++] = e;
  }
  scratch->resize(w);
  if (tok.form_id == 0) return *scratch;
  return memo->Insert(tok.form_id, *scratch);
}

// Chinese: sub entries anywhere in the sentence text (no reliable word boundaries).
void FindHanSubstrings(const AnalyzedDocument& doc, uint32_t si,
                       const EventLexicon::LangIndex& index, std::vector<TriggerHit>* hits) {
  const Sentence& s = doc.sentences[si];
  const std::string_view text = std::string_view(doc.text).substr(s.begin, s.end - s.begin);
  for (size_t pos = 0; pos + 1 < text.size(); ++pos) {
    // Words start with a whole character: never at a continuation byte.
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;
    const uint16_t key = extract_internal::SubKey(text.data() + pos);
    if (!index.HasSubKey(key)) continue;
    for (const TriggerEntry* e : index.sub_by_key.find(key)->second) {
      const std::string& w = e->words.front();
      if (text.compare(pos, w.size(), w) != 0) continue;
      const uint32_t b = s.begin + static_cast<uint32_t>(pos);
      hits->push_back({e->cue, e->weight, si, b, b + static_cast<uint32_t>(w.size()), e});
    }
  }
}

void AddUnique(const TriggerHit& h, size_t token_first_hit, std::vector<TriggerHit>* hits) {
  for (size_t i = token_first_hit; i < hits->size(); ++i) {
    TriggerHit& o = (*hits)[i];
    if (o.cue != h.cue) continue;
    if (h.weight > o.weight || (h.weight == o.weight && h.end > o.end)) o = h;
    return;
  }
  hits->push_back(h);
}

// Drops hits strictly inside the longer span of a hit of another cue: "riot police" hides
// "riot", Chinese 路边炸弹 (roadside bomb) hides 炸弹 (bomb). `hits` is sorted by begin.
void HideInsidePhrases(std::vector<TriggerHit>* hits) {
  std::vector<uint8_t> hidden(hits->size(), 0);
  for (size_t i = 0; i < hits->size(); ++i) {
    const TriggerHit& p = (*hits)[i];
    const auto first =
        std::lower_bound(hits->begin(), hits->end(), p.begin,
                         [](const TriggerHit& h, uint32_t begin) { return h.begin < begin; });
    for (size_t j = first - hits->begin(); j < hits->size(); ++j) {
      const TriggerHit& o = (*hits)[j];
      if (o.begin >= p.end) break;
      if (o.cue == p.cue || o.end > p.end || o.end - o.begin >= p.end - p.begin) continue;
      hidden[j] = 1;
    }
  }
  size_t w = 0;
  for (size_t i = 0; i < hits->size(); ++i) {
    if (!hidden[i]) (*hits)[w++] = (*hits)[i];
  }
  hits->resize(w);
}

}  // namespace

std::vector<TriggerHit> FindTriggers(const AnalyzedDocument& doc, const EventLexicon& lexicon) {
  std::vector<TriggerHit> hits;
  const EventLexicon::LangIndex& index = *lexicon.IndexOf(doc.lang);
  const bool han_doc = doc.lang == "zh" || doc.lang == "ja";
  std::vector<const TriggerEntry*> scratch;
  FirstWordMemo& memo =
      text_analysis::ThreadFormMemo<std::vector<const TriggerEntry*>, FirstWordTag>(
          lexicon.instance_id());
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const SentenceMatcher matcher(doc, s);
    if (han_doc) FindHanSubstrings(doc, si, index, &hits);
    for (uint32_t ti = s.first_token; ti < s.first_token + s.token_count; ++ti) {
      const Token& tok = doc.tokens[ti];
      if (tok.kind != TokenKind::kWord) continue;
      const TokenForms forms = FormsOf(tok);
      const std::vector<const TriggerEntry*>& cands =
          FirstWordMatches(index, tok, forms, han_doc, &memo, &scratch);
      const size_t token_first_hit = hits.size();
      for (const TriggerEntry* e : cands) {
        const uint32_t end = matcher.MatchFrom(*e, 1, ti + 1);
        if (end == 0) continue;
        AddUnique({e->cue, e->weight, si, tok.begin, doc.tokens[end - 1].end, e}, token_first_hit,
                  &hits);
      }
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const TriggerHit& a, const TriggerHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.cue < b.cue;
  });
  HideInsidePhrases(&hits);
  return hits;
}

}  // namespace newsloom
