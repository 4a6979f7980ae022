// Country adjectives and demonyms (data/lexicons/country_adjectives.tsv, embedded as
// kCountryAdjectivesTsv): words that refer to a country without naming it — "Kyrgyz",
// "Kazachse", "kirgisiske", "kasachische", "казахстанского", "iranlı", "العراقية". The
// geotagger reads them as country context (geotagger.h); they are never places.
//
// Matching: a form is an exact word or a stem ("kasachisch*") that matches the stem plus at
// most kMaxStemEnding more code points; the longest matching stem wins, so "туркменский" is
// Turkmenistan, not Turkey ("турк*"). Forms may have two words ("south korean*"). Words are
// compared on Token::lower (ICU case folding); a Turkish dotted capital (İ -> "i̇") is matched
// without its combining dot. In Arabic the article prefixes ال, وال, بال, لل are also stripped.
// English forms only match capitalized words ("Polish", not "polish").
//
// Thread safety: immutable after Parse; const methods are safe to call concurrently.
// Cost: a word that cannot start any form is rejected with one small hash-set probe on its
// first bytes, so scanning a 3 KB article costs a few microseconds.
#ifndef NEWSLOOM_EXTRACT_GEO_ADJECTIVES_H_
#define NEWSLOOM_EXTRACT_GEO_ADJECTIVES_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "core/status.h"
#include "text/analyzed_document.h"

namespace newsloom {

// One adjective or demonym found in a text: tokens [first_token, first_token + token_count),
// bytes [begin, end) of AnalyzedDocument::text.
struct AdjectiveMention {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t first_token = 0;
  uint32_t token_count = 1;
  std::string country;  // ISO 3166-1 alpha-2
  std::string surface;  // as written: "Kazakh", "kirgisiske"
};

class CountryAdjectives {
 public:
  static constexpr int kMaxStemEnding = 4;  // code points after a stem
  static constexpr int kMinStemLength = 4;  // code points of a stem

  // Parses the TSV described in data/lexicons/country_adjectives.tsv. InvalidArgument
  // "name:line: what is wrong" for a bad column count, country code, language, empty form or
  // a stem shorter than kMinStemLength.
  static StatusOr<std::unique_ptr<CountryAdjectives>> Parse(std::string_view tsv,
                                                            std::string_view name);
  // The embedded lexicon, parsed once (thread-safe); aborts never: a parse error of the
  // embedded file is a build defect caught by geo_adjectives_test, and yields an empty lexicon.
  static const CountryAdjectives& Default();

  // Every adjective in `doc`, in text order, read with the forms of doc.lang (nn -> nb; an
  // unlisted language uses every language). `skip(token_index)` returning true excludes a
  // token (e.g. one inside a place name).
  template <typename Skip>
  std::vector<AdjectiveMention> Find(const AnalyzedDocument& doc, Skip skip) const;

  // The country of one lower-cased word in `lang` ("" when none); for tests and tools.
  std::string CountryOfWord(std::string_view lower, std::string_view lang) const;

  size_t form_count() const { return form_count_; }
  bool HasLanguage(std::string_view lang) const { return by_lang_.contains(std::string(lang)); }

 private:
  struct Pattern {
    std::string text;  // folded word, or stem without the "*"
    bool stem = false;
  };
  struct Form {
    std::vector<Pattern> words;  // at least one
    std::string country;
  };
  // The forms of one language, indexed by their first word.
  struct Table {
    absl::flat_hash_map<std::string, std::vector<uint32_t>> exact;  // word -> forms
    absl::flat_hash_map<std::string, std::vector<uint32_t>> stems;  // stem -> forms
    absl::flat_hash_set<uint32_t> prefixes;  // first-bytes filter (PrefixKey)
    // A bit per PrefixBit of the keys in `prefixes`: rejects most words without hashing.
    std::vector<uint64_t> prefix_bits = std::vector<uint64_t>(kPrefixBitWords, 0);
    bool require_capital = false;
    void AddPrefix(uint32_t key) {
      prefixes.insert(key);
      const uint32_t bit = PrefixBit(key);
      prefix_bits[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
    bool MayStartForm(uint32_t key) const {
      const uint32_t bit = PrefixBit(key);
      return (prefix_bits[bit >> 6] >> (bit & 63) & 1) != 0 && prefixes.contains(key);
    }
  };
  static constexpr size_t kPrefixBitWords = 1024;  // 65,536 bits, 8 KiB per table

  // The first (up to) four bytes of `word` as one number.
  static uint32_t PrefixKey(std::string_view word) {
    uint32_t key = 0;
    std::memcpy(&key, word.data(), word.size() < 4 ? word.size() : 4);
    return key;
  }
  static uint32_t PrefixBit(uint32_t key) { return (key * 0x9E3779B1u) >> 16; }
  void Add(const std::string& lang, Form form);
  const Table* TableFor(std::string_view lang) const;
  // The form matching at token `i`, or -1; `*count` gets the number of tokens it spans.
  int MatchAt(const Table& t, const AnalyzedDocument& doc, uint32_t i, uint32_t* count) const;
  bool WordMatches(const Pattern& p, std::string_view word) const;

  std::vector<Form> forms_;
  absl::flat_hash_map<std::string, Table> by_lang_;
  Table all_;  // every language
  size_t form_count_ = 0;
};

template <typename Skip>
std::vector<AdjectiveMention> CountryAdjectives::Find(const AnalyzedDocument& doc,
                                                      Skip skip) const {
  std::vector<AdjectiveMention> out;
  const Table* t = TableFor(doc.lang);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& tok = doc.tokens[i];
    if (tok.kind != TokenKind::kWord || !t->MayStartForm(PrefixKey(tok.lower))) continue;
    if (skip(i)) continue;
    uint32_t count = 1;
    int form = MatchAt(*t, doc, i, &count);
    if (form < 0) continue;
    const Token& last = doc.tokens[i + count - 1];
    out.push_back({tok.begin, last.end, i, count, forms_[form].country,
                   doc.text.substr(tok.begin, last.end - tok.begin)});
    i += count - 1;
  }
  return out;
}

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_GEO_ADJECTIVES_H_
