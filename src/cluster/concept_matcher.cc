#include "cluster/concept_matcher.h"

#include <algorithm>

#include "core/strings.h"
#include "text/stemmer.h"

namespace newsloom::cluster {
namespace {

bool HasHan(std::string_view s) {
  // CJK Unified Ideographs U+4E00..U+9FFF are E4 B8 80 .. E9 BF BF in UTF-8.
  for (unsigned char c : s) {
    if (c >= 0xE4 && c <= 0xE9) return true;
  }
  return false;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The key of the up to 3 first bytes of `s` (all of it when shorter), with its length.
uint32_t HanKey(std::string_view s) {
  const size_t n = std::min<size_t>(3, s.size());
  uint32_t key = static_cast<uint32_t>(n) << 24;
  for (size_t i = 0; i < n; ++i)
    key |= static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  return key;
}

}  // namespace

ConceptMatcher::ConceptMatcher(const ConceptLexicon& lexicon) {
  text_analysis::StemmerSet stemmer;
  absl::flat_hash_map<std::string, uint32_t> id_index;
  for (const std::string& id : lexicon.ConceptIds()) {
    if (id == "function_words") continue;
    id_index[id] = static_cast<uint32_t>(ids_.size());
    ids_.push_back(id);
  }
  for (const ConceptEntry& entry : lexicon.entries()) {
    auto id = id_index.find(entry.concept_id);
    if (id == id_index.end()) continue;
    LangForms& lf = by_lang_[entry.lang];
    for (const ConceptForm& cf : entry.forms) {
      Form form;
      form.words = cf.words;
      form.prefix = cf.prefix;
      form.concept_index = id->second;
      for (const std::string& w : cf.words) form.stems.push_back(stemmer.Stem(entry.lang, w));
      uint32_t index = static_cast<uint32_t>(forms_.size());
      forms_.push_back(form);
      if (entry.lang == "zh" || (cf.words.size() == 1 && HasHan(cf.words[0]))) {
        lf.han.push_back(index);
        any_.han.push_back(index);
        continue;
      }
      if (cf.prefix[0]) {
        lf.by_prefix[cf.words[0]].push_back(index);
      } else {
        lf.by_word[cf.words[0]].push_back(index);
        lf.by_stem[form.stems[0]].push_back(index);
        any_.by_word[cf.words[0]].push_back(index);
      }
    }
  }
  for (auto& [lang, lf] : by_lang_) {
    IndexPrefixes(&lf);
    IndexHan(&lf);
  }
  IndexHan(&any_);
}

bool ConceptMatcher::HasTwoCharacters(std::string_view key) {
  // As a prefix of a longer word, its characters are: one, plus one per byte after the first
  // that starts a character.
  size_t chars = 1;
  for (size_t i = 1; i < key.size(); ++i) chars += !IsContinuation(key[i]);
  return !key.empty() && chars >= 2;
}

void ConceptMatcher::IndexPrefixes(LangForms* lf) {
  for (const auto& [key, forms] : lf->by_prefix) {
    if (HasTwoCharacters(key)) lf->prefix_lengths.push_back(static_cast<uint32_t>(key.size()));
  }
  std::sort(lf->prefix_lengths.begin(), lf->prefix_lengths.end());
  lf->prefix_lengths.erase(std::unique(lf->prefix_lengths.begin(), lf->prefix_lengths.end()),
                           lf->prefix_lengths.end());
  if (lf->prefix_lengths.empty()) return;
  for (const auto& [key, forms] : lf->by_prefix) {
    if (HasTwoCharacters(key)) lf->prefix_heads.insert(key.substr(0, lf->prefix_lengths[0]));
  }
}

void ConceptMatcher::IndexHan(LangForms* lf) const {
  for (size_t k = 0; k < lf->han.size(); ++k) {
    const std::string& needle = forms_[lf->han[k]].words[0];
    if (needle.empty()) continue;  // ConceptLexicon has no empty words
    lf->han_by_start[HanKey(needle)].push_back(static_cast<uint32_t>(k));
    lf->han_first_byte[static_cast<unsigned char>(needle[0])] = true;
    if (needle.size() < 3) lf->han_short = true;
  }
}

bool ConceptMatcher::MatchesAt(const Form& form, const AnalyzedDocument& doc, size_t token) const {
  size_t t = token;
  for (size_t w = 0; w < form.words.size(); ++w, ++t) {
    while (t < doc.tokens.size() && doc.tokens[t].kind == TokenKind::kPunct &&
           doc.tokens[t].lower == "-") {
      ++t;
    }
    if (t >= doc.tokens.size() || doc.tokens[t].kind != TokenKind::kWord) return false;
    const Token& tok = doc.tokens[t];
    if (form.prefix[w]) {
      if (!tok.lower.starts_with(form.words[w])) return false;
    } else if (tok.lower != form.words[w] && tok.stem != form.stems[w]) {
      return false;
    }
  }
  return true;
}

bool ConceptMatcher::MayStartPrefixForm(const LangForms& lf, std::string_view word) {
  if (lf.prefix_lengths.empty() || word.size() < lf.prefix_lengths[0]) return false;
  return lf.prefix_heads.contains(AbslView(word.substr(0, lf.prefix_lengths[0])));
}

void ConceptMatcher::FindTokens(const LangForms& lf, const AnalyzedDocument& doc,
                                std::vector<ConceptHit>* out) const {
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    const Form* best = nullptr;
    auto consider = [&](const std::vector<uint32_t>& candidates) {
      for (uint32_t f : candidates) {
        const Form& form = forms_[f];
        if ((best == nullptr || form.words.size() > best->words.size()) &&
            MatchesAt(form, doc, t)) {
          best = &form;
        }
      }
    };
    if (auto it = lf.by_word.find(AbslView(tok.lower)); it != lf.by_word.end()) {
      consider(it->second);
    }
    if (auto it = lf.by_stem.find(AbslView(tok.stem)); it != lf.by_stem.end()) {
      consider(it->second);
    }
    if (MayStartPrefixForm(lf, tok.lower)) {
      // Prefixes that end at a character boundary, shortest first.
      const std::string_view lower = tok.lower;
      for (uint32_t len : lf.prefix_lengths) {
        if (len > lower.size()) break;
        if (len < lower.size() && IsContinuation(lower[len])) continue;
        auto it = lf.by_prefix.find(AbslView(lower.substr(0, len)));
        if (it != lf.by_prefix.end()) consider(it->second);
      }
    }
    if (best != nullptr) {
      out->push_back({best->concept_index, static_cast<uint32_t>(t), tok.begin, tok.end});
    }
  }
}

void ConceptMatcher::FindHan(const LangForms& lf, const AnalyzedDocument& doc,
                             std::vector<ConceptHit>* out) const {
  if (lf.han.empty() || !HasHan(doc.text)) return;
  // One pass over the text: at each byte, the forms whose first bytes are there. A form's
  // matches do not overlap each other (the next is looked for after the end of the last).
  const std::string_view text = doc.text;
  std::vector<size_t> next(lf.han.size(), 0);  // per form: where its next match may start
  std::vector<uint32_t> starting;              // forms that may start here, ascending
  for (size_t at = 0; at < text.size(); ++at) {
    if (!lf.han_first_byte[static_cast<unsigned char>(text[at])]) continue;
    starting.clear();
    const std::string_view rest = text.substr(at);
    for (size_t n = lf.han_short ? 1 : 3; n <= 3 && n <= rest.size(); ++n) {
      auto it = lf.han_by_start.find(HanKey(rest.substr(0, n)));
      if (it != lf.han_by_start.end()) {
        starting.insert(starting.end(), it->second.begin(), it->second.end());
      }
    }
    if (starting.empty()) continue;
    std::sort(starting.begin(), starting.end());
    for (uint32_t k : starting) {
      const Form& form = forms_[lf.han[k]];
      const std::string& needle = form.words[0];
      if (at < next[k] || !rest.starts_with(needle)) continue;
      next[k] = at + needle.size();
      const uint32_t begin = static_cast<uint32_t>(at);
      auto tok = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), begin,
                                  [](const Token& t, uint32_t b) { return t.end <= b; });
      out->push_back({form.concept_index, static_cast<uint32_t>(tok - doc.tokens.begin()), begin,
                      static_cast<uint32_t>(at + needle.size())});
    }
  }
}

std::vector<ConceptHit> ConceptMatcher::Find(const AnalyzedDocument& doc) const {
  std::vector<ConceptHit> hits;
  std::string lang = doc.lang == "nn" ? "nb" : doc.lang;
  auto it = by_lang_.find(lang);
  const LangForms& lf = it != by_lang_.end() ? it->second : any_;
  FindTokens(lf, doc, &hits);
  FindHan(lf, doc, &hits);
  std::stable_sort(hits.begin(), hits.end(),
                   [](const ConceptHit& a, const ConceptHit& b) { return a.begin < b.begin; });
  return hits;
}

}  // namespace newsloom::cluster
