// FigureLexicon: the figure words of data/lexicons/figures.tsv (embedded as kFiguresTsv) —
// kind triggers ("killed", "gewonden", "задержаны", "受伤"), death-toll words, the units that
// make a number no figure ("11 years", "5 euros"), share markers ("of them", "among them"),
// range joiners and prepositions — per language, with a phrase matcher over analysed tokens.
//
// Thread safety: immutable after Parse; const methods are safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_FIGURE_LEXICON_H_
#define NEWSLOOM_EXTRACT_FIGURE_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "core/status.h"
#include "extract/event_key_filter.h"
#include "extract/figure_phrase_matcher.h"

namespace newsloom {

enum class FigureWordClass : uint8_t {
  kTrigger,    // states a kind
  kProtest,    // a crowd trigger naming a protest: a crowd of people counts as protesters
  kToll,       // a tally ("death toll") the number follows at some distance
  kNot,        // after a number: not a figure (unit, age, money, votes)
  kNotBefore,  // before a number: not a figure ("$", "aged")
  kPartitive,  // "of them" after a number
  kAmong,      // "among them" before a number
  kEarlier,    // "up from" before a number: an earlier count of the previous figure
  kRange,      // "to", "bis", "до" between two numbers
  kPrep,       // "in", "à", "в" after a bare number
  kAnd,        // a conjunction ("and", "en", "и")
  kMore,       // "another", "ещё" right before a number: one more count of the same list
  kOf,         // links a counted noun to its group ("gewonden onder de ordediensten")
  kBreak,      // a reporting verb ("said", "according to"): ends the clause of a number
  kOne,        // an indefinite article or "one" before an actor noun: a count of 1
  kDisease,    // a disease or pandemic ("Covid-19", "Corona-Infektion"): deaths near it are
               // no casualties of the event
};

struct FigureWord {
  std::string lang;
  std::string phrase;
  std::string kind;  // "" for classes without a kind
  FigureWordClass cls = FigureWordClass::kTrigger;
};

class FigureLexicon {
 public:
  // The embedded data/lexicons/figures.tsv, parsed once (tests check it parses).
  static const FigureLexicon& Default();
  // Parses TSV text as in figures.tsv. Errors: InvalidArgument "name:line: what is wrong"
  // (column count, unknown kind or class, a kind on a class without one, empty phrase).
  static StatusOr<std::unique_ptr<FigureLexicon>> Parse(std::string_view tsv,
                                                        std::string_view name);

  const std::vector<FigureWord>& words() const { return words_; }
  // Matches in tokens [first, end); RowsOf(match.payload) lists the rows of words() with
  // that phrase (one phrase may have several classes: "and" joins ranges and clauses).
  std::vector<PhraseMatch> Find(const AnalyzedDocument& doc, uint32_t first, uint32_t end) const {
    return matcher_->Find(doc, first, end);
  }
  const std::vector<int>& RowsOf(int payload) const { return groups_[payload]; }
  // The row of class `cls` among RowsOf(payload); nullptr when none.
  const FigureWord* Find(int payload, FigureWordClass cls) const;
  // The folded words of class kOne in `lang` (of any language when `lang` has no entries):
  // a cheap test before matching a sentence without numbers. Never null.
  const absl::flat_hash_set<std::string>& OneWords(std::string_view lang) const;
  // A cheap pre-test (event_key_filter.h): false when `word` is in no OneWords set.
  bool MayBeOneWord(std::string_view word) const { return one_filter_.MayContain(word); }
  // The trigger or protest row among RowsOf(payload); nullptr when none.
  const FigureWord* TriggerOf(int payload) const;

 private:
  FigureLexicon() = default;
  std::vector<FigureWord> words_;
  std::vector<std::vector<int>> groups_;  // rows per distinct (lang, phrase)
  // Folded kOne words by language, and under "*" for languages without rows.
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> one_words_;
  extract_internal::KeyFilter one_filter_;  // every kOne word of every language
  absl::flat_hash_set<std::string> langs_;
  std::unique_ptr<FigurePhraseMatcher> matcher_;
};

// True for the seven figure kinds.
bool IsFigureKind(std::string_view kind);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_FIGURE_LEXICON_H_
