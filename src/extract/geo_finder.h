// GeoFinder: the place, subdivision and country names of an analysed article, looked up in the
// gazetteer (resources/gazetteer.h); the first step of the Geotagger (geotagger.h), which
// resolves each name to one entity.
//
// Candidates are spans of 1-3 word tokens whose first and last token are capitalized (or in an
// uncased script: Arabic; Han runs are scanned for substrings of 2-6 characters), looked up
// with NormalizeNameKey. When the exact form misses, the last token is retried without a
// possessive or inflection ending ("Kyrgyzstan's", "Ankara'da", "Бишкеке", "Warszawie" ->
// "Warszaw(a)", "Kasachstans", "Kirgizië's"); Latin-script case endings are stripped only in
// Slavic and Baltic languages, the genitive -s only in Germanic ones. Longest match wins; matches
// never overlap. Endings are not stripped from sentence-initial words, and a form found only that
// way must name a country, a subdivision or a place of >= 50k people. Ukrainian stem alternations
// ("Києві" -> "Київ") and Cyrillic soft stems ("Білорусі" -> "Білорусь", "Росії" -> "Росія") are
// tried, and French/Italian fused articles ("au Caire" -> "Le Caire", "al
// Cairo" -> "Il Cairo"), other transliteration conventions ("Bischkek", "Nasirija", "Biszkek" ->
// "Bishkek", "Nasiriya"; also >= 50k people) and elided articles ("d'Eindhoven").
//
// Skipped (not places):
//   - names inside a person span given by the caller (facts.h TextSpan);
//   - a single word (in Chinese: a substring) that is a common word of the language (GeoCues
//     kCommon: "Hun", "West", "ميدان", "中央", German "Brand" and "Ende", which also names
//     India);
//   - a sentence-initial single word that also occurs in lower case, or that names only
//     places under 100k people and is never written capitalized elsewhere in the text;
//   - acronyms of <= 4 letters not opening the text ("TASS", "OSSE");
//   - a non-country word followed by an unknown capitalized word ("Vladimir Voronin"), unless
//     it names a place of >= 1M people ("İstanbul Milletvekili");
//   - a non-country word right after a determiner (GeoCues kDeterminer: German "der Brand");
//   - a place under 100k people right after an unknown capitalized word, not in German
//     ("Jacob Frey", "Derek Chauvin");
//   - a place name that is also a given name or surname (GeoCues kPerson: Jordan, Paris,
//     Georgia) standing next to another capitalized name ("Jordan Peterson", "Michael Jordan",
//     "Paris Hilton"), unless it opens the text as a dateline.
// Thread safety: a GeoFinder is used by one call; the inputs must outlive it. Lookups are
// memoized per thread across documents (ThreadMemo), so concurrent GeoFinders on different
// threads share nothing.
#ifndef NEWSLOOM_EXTRACT_GEO_FINDER_H_
#define NEWSLOOM_EXTRACT_GEO_FINDER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/string_view.h"
#include "extract/facts.h"
#include "extract/geo_cues.h"
#include "resources/gazetteer.h"
#include "text/analyzed_document.h"
#include "text/form_memo.h"

namespace newsloom {

// A name found in the text: bytes [begin, end), tokens [first_token, last_token], and what the
// gazetteer knows under its key (never empty; countries first).
struct NameMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t first_token = 0;
  uint32_t last_token = 0;
  std::span<const NameHit> hits;
};

class GeoFinder {
 public:
  // `person_spans` may be null.
  GeoFinder(const Gazetteer& g, const GeoCues& cues, const AnalyzedDocument& doc,
            const std::vector<TextSpan>* person_spans);

  // Every match, in text order.
  std::vector<NameMatch> Find();

 private:
  struct WordMemo;
  std::span<const NameHit> LookupRaw(const std::string& raw) const;
  bool HasMultiWordName(const std::string& lower) const;
  bool TryWords(uint32_t i, std::vector<NameMatch>* out, uint32_t* last);
  std::span<const NameHit> LookupSpan(uint32_t i, std::span<const uint32_t> words, size_t n,
                                      uint32_t* skip, WordMemo* memo);
  size_t ElisionLength(const Token& t) const;
  bool SkipSingleWord(uint32_t i, std::span<const NameHit> hits) const;
  bool LooksLikeOtherName(uint32_t i, std::span<const NameHit> hits) const;
  std::string_view FusedArticle(uint32_t i) const;
  bool NextToPersonName(uint32_t i) const;
  bool AfterDeterminer(uint32_t i) const;
  bool AfterGivenName(uint32_t i) const;
  bool InPersonSpan(uint32_t begin, uint32_t end) const;
  uint32_t ScanHan(uint32_t i, std::vector<NameMatch>* out);

  const Gazetteer& g_;
  const GeoCues& cues_;
  const AnalyzedDocument& doc_;
  const std::vector<TextSpan>* person_spans_;
  std::vector<bool> sentence_initial_;  // by token index
  void IndexWordCases() const;
  bool ScanWordCases(const std::string& lower, bool capitalized) const;
  bool OccursInLowerCase(const std::string& lower) const;
  bool OccursCapitalizedInside(const std::string& lower) const;
  static constexpr int kScansBeforeIndex = 8;
  mutable int case_queries_ = 0;
  mutable bool cases_indexed_ = false;
  mutable absl::flat_hash_set<absl::string_view> lowercase_words_;     // of uncapitalized words
  mutable absl::flat_hash_set<absl::string_view> capitalized_inside_;  // of capitalized words
                                                                       // not opening a sentence
  struct Memo {
    std::string key;                // NormalizeNameKey
    std::span<const NameHit> hits;  // valid when looked_up
    bool looked_up = false;
    int multi = -1;  // HasMultiWordName: -1 unknown, 0, 1
  };
  Memo& MemoOf(const std::string& raw) const;
  std::span<const NameHit> LookupSpanUncached(uint32_t i, std::span<const uint32_t> words, size_t n,
                                              const std::string& prefix, const std::string& last);
  // What the lookups found, kept across the documents one thread tags: the answers depend only
  // on the gazetteer and the text looked up, and names and the capitalized words around them
  // recur from article to article. Cleared for another gazetteer and when it grows past
  // kMaxMemoEntries.
  // One word in one language: whether a longer name may start with it, and the hits of
  // LookupSpan for it alone (without an elided or fused article), inside and opening a
  // sentence.
  struct WordMemo {
    int multi = -1;                    // HasMultiWordName: -1 unknown, 0, 1
    std::span<const NameHit> hits[2];  // by sentence_initial
    bool known[2] = {false, false};
  };
  struct ThreadMemo {
    uint64_t gazetteer = 0;                        // Gazetteer::instance_id
    absl::flat_hash_map<std::string, Memo> words;  // by raw lower-cased text
    // By language, then word (nodes: by_form points into them).
    absl::flat_hash_map<std::string, absl::node_hash_map<std::string, WordMemo>> single;
    // The entry of `single` of a token's language and lower form, by Token::form_id.
    text_analysis::FormMemo<WordMemo*> by_form;
  };
  WordMemo& WordMemoOf(const Token& t) const;
  static constexpr size_t kMaxMemoEntries = 200000;
  static ThreadMemo& MemoFor(const Gazetteer& g);
  ThreadMemo& memo_;
  absl::node_hash_map<std::string, WordMemo>* single_;  // memo_.single of the document's language
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_GEO_FINDER_H_
