// FigurePhraseMatcher: finds lexicon phrases (one or more words per entry, per language) in the
// tokens of an analysed sentence. The shared matching engine of the figure-trigger lexicon
// (figure_lexicon.h) and the actor lexicon (actor_lexicon.h).
//
// How a lexicon word matches a token (AnalyzedDocument tokens, text/analyzed_document.h):
//   - "word"   token.lower == word, or token.stem == the entry word stemmed in its language
//              (so "arrested" and "arrests" match an entry "arrest" in English, "gewonden" an
//              entry "gewonde" in Dutch);
//   - "word*"  token.lower starts with "word" (inflected languages without a stemmer: pl,
//              uk; and Russian/Turkish/Arabic case endings);
//   - "word="  token.lower == word only, for a word whose stem other words share (French
//              "passants" and "passé" both stem to "pass");
//   - Arabic tokens are also tried without vowel marks and without a leading conjunction or
//     article (و ف ب ل ال); elided Latin tokens without their elision ("d'émeutiers");
//   - Han entries (the first character is CJK) match the raw text at any character of a Han
//     token, since Chinese word segmentation varies; the match covers the tokens it touches.
// Words of one phrase match consecutive tokens (punctuation tokens count; "l'ordre" is one
// token, and U+2019 matches "'").
//
// Languages: entries of `lang`; "nn" uses "nb"; a language without entries uses every entry.
//
// Cost: per token, a few bit tests (event_key_filter.h) and a hash lookup only for tokens
// that may be keys; no allocation for tokens that match nothing. The entries whose first word
// a token matches are memoized per thread by Token::form_id (text/form_memo.h), so a word
// repeated across a thread's documents is looked up once.
//
// Thread safety: immutable after Build; Find is const and safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_FIGURE_PHRASE_MATCHER_H_
#define NEWSLOOM_EXTRACT_FIGURE_PHRASE_MATCHER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/instance_id.h"
#include "extract/event_key_filter.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct PhraseWord {
  std::string text;  // case-folded
  std::string stem;  // `text` stemmed in the entry's language ("" when no stemmer/prefix)
  bool prefix = false;
};

struct PhraseEntry {
  std::string lang;
  std::vector<PhraseWord> words;
  bool han = false;  // one Han string matched on raw text (words[0].text)
  int payload = 0;   // caller's index (row of its lexicon)
};

struct PhraseMatch {
  uint32_t first_token = 0;  // index into doc.tokens
  uint32_t end_token = 0;    // one past the last token touched
  uint32_t begin = 0;        // byte span of the matched text
  uint32_t end = 0;
  int payload = 0;
};

class FigurePhraseMatcher {
 public:
  // Builds the index. `words_text` of each entry is split on single spaces; a trailing '*'
  // marks a prefix word, a trailing '=' a word matched on its form only. Entries with an empty word
  // are skipped (lexicon parsers reject them).
  struct Input {
    std::string lang;
    std::string phrase;
    int payload = 0;
    bool stems = true;  // false: exact and prefix words only (no stem matching)
  };
  explicit FigurePhraseMatcher(const std::vector<Input>& inputs);

  // Matches in tokens [first, end) of `doc`: at each position the longest phrase wins, and
  // matches do not overlap; text order.
  std::vector<PhraseMatch> Find(const AnalyzedDocument& doc, uint32_t first, uint32_t end) const;

  size_t size() const { return entries_.size(); }

 private:
  struct LangIndex {
    absl::flat_hash_map<std::string, std::vector<uint32_t>> by_word;  // lower -> entries
    absl::flat_hash_map<std::string, std::vector<uint32_t>> by_stem;  // stem -> entries
    // Entries whose first word is a prefix, and Han entries, by their first character.
    absl::flat_hash_map<std::string, std::vector<uint32_t>> prefixed;
    absl::flat_hash_map<std::string, std::vector<uint32_t>> han;
    // Pre-tests of the maps' keys (no false negatives): most tokens are no key.
    extract_internal::KeyFilter word_keys, stem_keys, han_keys;
    std::array<uint64_t, 4> prefixed_first_bytes{};  // first bytes of the `prefixed` keys
    bool MayStartPrefixed(std::string_view form) const {
      if (form.empty()) return false;
      const auto b = static_cast<uint8_t>(form[0]);
      return (prefixed_first_bytes[b >> 6] >> (b & 63) & 1) != 0;
    }
  };
  const LangIndex& IndexOf(std::string_view lang) const;
  // Whether words[1..] of `e` match from token i + 1 (the first word matched token i); *stop
  // gets one past the last token.
  bool MatchRest(const AnalyzedDocument& doc, const PhraseEntry& e, uint32_t i, uint32_t end,
                 uint32_t* stop) const;
  static void CandidateIds(const LangIndex& index, const Token& t, bool arabic,
                           std::vector<uint32_t>* ids);
  // The sorted ids of the entries whose first word matches `t`, memoized by t.form_id.
  const std::vector<uint32_t>& FirstWordMatches(const LangIndex& index, const Token& t, bool arabic,
                                                std::vector<uint32_t>* scratch) const;
  void HanMatches(const AnalyzedDocument& doc, const LangIndex& index, uint32_t i, uint32_t end,
                  std::vector<PhraseMatch>* out) const;

  std::vector<PhraseEntry> entries_;
  absl::flat_hash_map<std::string, LangIndex> by_lang_;
  LangIndex all_;
  InstanceId instance_;  // names the entries for the per-thread memos
};

// `s` with U+2019 (typographic apostrophe) replaced by "'".
std::string NormalizeApostrophes(std::string_view s);

// `s` without Arabic vowel marks (U+064B..U+0652, U+0670).
std::string StripArabicMarks(std::string_view s);

// True when `w` matches token `t` (see the header comment); `arabic` tries clitic-stripped
// forms of the token too.
bool PhraseWordMatches(const PhraseWord& w, const Token& t, bool arabic);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_FIGURE_PHRASE_MATCHER_H_
