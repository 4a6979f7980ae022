// The number-word lexicon (data/lexicons/numbers.tsv, embedded as kNumbersTsv): cardinals,
// multipliers, vague quantities, qualifiers and the context words that mark dates, years and
// percentages, per language. Used by NumberParser; exposed for tests and later figure rules.
//
// Thread safety: immutable after Parse; all const methods are safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_NUMBER_LEXICON_H_
#define NEWSLOOM_EXTRACT_NUMBER_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "core/status.h"

namespace newsloom {

enum class NumberWordKind : uint8_t {
  kCardinal,        // value = the number ("twelve" 12, "dwunastu" 12)
  kMultiplier,      // value = the factor ("thousand" 1000, "млн" 1000000)
  kVague,           // value = ACLED value ("dozens" 12, "tens of thousands" 10000)
  kQualifier,       // before a number; qualifier = "at least" | "nearly" | ...
  kQualifierAfter,  // after a number (Turkish "fazla", Chinese "余")
  kJoiner,          // "and" inside a number ("hundred and five", "einundzwanzig")
  kMonth,           // a month name: the number next to it is a day or a year
  kPercent,         // "percent", "procent": the number is a percentage
  kYearWord,        // "year", "jaar", "года": the number next to it is a year
  kYearPrep,        // "in", "since": a four-digit number after it is a year
  kChange,          // "возросло", "wzrosła": a verb of change right before an "up to"
                    // qualifier makes it "to" ("возросло до 686" is 686, not up to 686)
};

struct NumberEntry {
  std::string lang;
  std::vector<std::string> words;  // ICU case-folded; one or more (a phrase)
  NumberWordKind kind = NumberWordKind::kCardinal;
  int64_t value = 0;      // cardinal, multiplier and vague entries
  std::string qualifier;  // qualifier entries: "at least", "nearly", "more than", "about",
                          // "up to"
};

class NumberLexicon {
 public:
  // Entries whose first word is a given folded word; longest phrases first.
  using EntryList = std::vector<const NumberEntry*>;
  using WordMap = absl::flat_hash_map<std::string, EntryList>;

  // Parses the TSV described in data/lexicons/numbers.tsv. `name` (a path) prefixes errors:
  // InvalidArgument "name:line: what is wrong" for a bad column count, kind, value or
  // qualifier.
  static StatusOr<std::unique_ptr<NumberLexicon>> Parse(std::string_view tsv,
                                                        std::string_view name);

  // The words of `lang`; for a language without entries ("und", "ja"), the union of all
  // languages. Never null.
  const WordMap* WordsOf(std::string_view lang) const;
  bool HasLanguage(std::string_view lang) const;
  // All entries of `lang` (none for unknown languages), in file order.
  std::vector<const NumberEntry*> EntriesOf(std::string_view lang) const;
  // Every byte prefix of every single-word cardinal, multiplier or joiner entry, of all
  // languages: compound splitting stops extending a piece that is no prefix.
  using PrefixSet = absl::flat_hash_set<std::string>;
  const PrefixSet& piece_prefixes() const { return piece_prefixes_; }
  size_t size() const { return entries_.size(); }

 private:
  NumberLexicon() = default;
  void Index();

  std::vector<std::unique_ptr<NumberEntry>> entries_;
  absl::flat_hash_map<std::string, WordMap> by_lang_;
  WordMap all_;
  PrefixSet piece_prefixes_;
};

// The first entry of `kind` in `list` that is a single word; nullptr when none.
const NumberEntry* FindSingle(const NumberLexicon::EntryList* list, NumberWordKind kind);

// ICU full case folding of UTF-8 `s` (what Token::lower holds), NFC input assumed.
std::string FoldCase(std::string_view s);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_NUMBER_LEXICON_H_
