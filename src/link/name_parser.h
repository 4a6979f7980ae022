// NameParser: turns a person or organization name as written, in any script, into the folded
// tokens and keys the linker matches on (name_folding.h explains the folding).
//
//   person "Алмазбек Атамбаев"  -> given {"almazbek"}, surname "atambaev",
//                                  key "almasbek atambaev"
//   person "Atambajeva"         -> surname "atambaev", key "atambaev" (surname only)
//   person "习近平"              -> tokens {"xi", "jinping"} (a Han name splits after its first
//                                  character, the usual one-character surname)
//   person "Си Цзиньпин"         -> tokens {"ksi", "jinping"}, as "Xi Jinping" (a Chinese name
//                                  in Palladius Cyrillic is read as pinyin: palladius.h)
//   person "حسني مبارك"          -> key "hsny mbark", abjad_key "hsn mbrk" (as "Hosni Mubarak")
//   person "托卡耶夫"            -> han_key "TKF" (as "Tokayev")
//   org "ОБСЕ"                  -> key "obse", acronym "obse", is_acronym
//   org "Organization for Security and Co-operation in Europe"
//                               -> key: its folded words, acronym "osce"
//
// Thread safety: NOT thread-safe (owns an ICU transliterator); one per thread.
#ifndef NEWSLOOM_LINK_NAME_PARSER_H_
#define NEWSLOOM_LINK_NAME_PARSER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "core/status.h"
#include "extract/facts.h"
#include "link/sound_keys.h"
#include "text/transliterator.h"

namespace newsloom::link {

struct ParsedName {
  std::vector<std::string> tokens;  // folded tokens in written order (persons: the last one
                                    // with its Slavic case ending stripped)
  // Persons: the last token (the surname) and the others; empty for organizations.
  std::string surname;
  std::vector<std::string> given;
  // Organizations: the folded acronym, either the name itself when it is one word in capitals
  // ("OSCE", "ОБСЕ", "AGİT"), or the initials of its capitalised words (Latin script) or of
  // its words of 3+ letters (other scripts); "" when shorter than 2 letters.
  std::string acronym;
  bool is_acronym = false;
  std::string key;  // tokens joined by single spaces; "" when the name has no letters/digits
  // Persons: the writing system of the name, and the sound keys (sound_keys.h) on which it
  // meets its spellings in other writings, "" when it has none:
  //   abjad_key  AbjadSkeleton of the first given name and of the surname, "hsn mbrk" (a name
  //              in an alphabet or an abjad of 2+ words whose surname skeleton has
  //              kMinAbjadSurname+ consonants); for 3+ words with a shorter surname, the
  //              skeletons of all words when they hold kMinAbjadFullName+ consonants ("Zine El
  //              Abidine Ben Ali" -> "zn bdn bn l");
  //   han_key    the Han skeleton of the surname, "TKF": HanSkeletonOfLatin of an alphabet
  //              name's last word, HanSkeletonOfPinyin of a Chinese transcription's last part
  //              (not of a name that LooksLikeChineseName); kMinHanKey+ classes;
  //   han_full_key  for a name with a given name, the first class of the given name's Han
  //              skeleton, a space and han_key ("M LSBKS" for "马欣达·拉贾帕克萨" and "Mahinda
  //              Rajapaksa", "K LSBKS" for "Gotabaya Rajapaksa"): siblings share a surname;
  //              "" without a given name (or one without consonants) or without han_key.
  Writing writing = Writing::kAlphabet;
  std::string abjad_key;
  std::string han_key;
  std::string han_full_key;
};

class NameParser {
 public:
  // Internal when ICU's transliteration data is missing.
  static StatusOr<std::unique_ptr<NameParser>> Create();

  // Names recur across articles (the same leaders, the same agencies): results are kept in a
  // bounded cache (cleared when it holds kMaxCached names), and so are the keys of the words
  // (a surname alone and in a full name is transliterated once). The reference points into
  // the cache: it stays valid until the cache is cleared, which only a call for a name not
  // cached can do, and none of the `n` calls after Reserve(n). A hit allocates nothing.
  const ParsedName& Parse(NamedEntityKind kind, std::string_view name);

  // The next `n` calls of Parse will not clear the cache, so that the references they return
  // stay valid together (it may be cleared now, to make room).
  void Reserve(size_t n);

  // The words of `name` (well-formed or not) as written: runs of letters, digits and marks;
  // apostrophes inside a word are dropped.
  static std::vector<std::string> SplitWords(std::string_view name);

 private:
  explicit NameParser(std::unique_ptr<text_analysis::LatinKeyer> keyer)
      : keyer_(std::move(keyer)) {}
  static constexpr size_t kMaxCached = 1 << 16;
  ParsedName Compute(NamedEntityKind kind, std::string_view name);
  // Sets p's writing, abjad_key and han_key from the person name as written.
  void SetSoundKeys(std::string_view name, ParsedName* p);
  std::string Acronym(const std::vector<std::string>& words);
  // keyer_->Key(word), cached: Key is a pure function of the word, so the cache changes no
  // result. The reference is valid until the next call.
  const std::string& KeyOf(std::string_view word);

  std::unique_ptr<text_analysis::LatinKeyer> keyer_;
  // Name -> parse, one map per kind (NamedEntityKind as index). Node-based, so that the
  // references Parse returns survive later insertions.
  absl::node_hash_map<std::string, ParsedName> cache_[2];
  size_t keep_calls_ = 0;                               // calls left that must not clear cache_
  absl::flat_hash_map<std::string, std::string> keys_;  // word -> keyer_->Key(word)
};

}  // namespace newsloom::link

#endif  // NEWSLOOM_LINK_NAME_PARSER_H_
