#include "cluster/concept_matcher.h"

#include <algorithm>

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

// Byte lengths of the prefixes of `s` at character boundaries, shortest first, at least two
// characters long.
std::vector<size_t> PrefixLengths(std::string_view s) {
  std::vector<size_t> out;
  int chars = 0;
  for (size_t i = 1; i <= s.size(); ++i) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++chars;
      if (chars >= 2) out.push_back(i);
    }
  }
  return out;
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
    if (auto it = lf.by_word.find(tok.lower); it != lf.by_word.end()) consider(it->second);
    if (auto it = lf.by_stem.find(tok.stem); it != lf.by_stem.end()) consider(it->second);
    if (!lf.by_prefix.empty()) {
      for (size_t len : PrefixLengths(tok.lower)) {
        auto it = lf.by_prefix.find(tok.lower.substr(0, len));
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
  for (uint32_t f : lf.han) {
    const std::string& needle = forms_[f].words[0];
    for (size_t at = doc.text.find(needle); at != std::string::npos;
         at = doc.text.find(needle, at + needle.size())) {
      uint32_t begin = static_cast<uint32_t>(at);
      auto tok = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), begin,
                                  [](const Token& t, uint32_t b) { return t.end <= b; });
      uint32_t token = static_cast<uint32_t>(tok - doc.tokens.begin());
      out->push_back(
          {forms_[f].concept_index, token, begin, static_cast<uint32_t>(at + needle.size())});
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
