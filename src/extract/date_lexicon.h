// The date vocabulary (data/lexicons/dates.tsv, embedded as kDatesTsv): month names, weekdays,
// relative day/week/month/year expressions, parts of the day and the context words that mark
// a four-digit number as a year, per language. Used by DateParser.
//
// Thread safety: immutable after Parse; all const methods are safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_DATE_LEXICON_H_
#define NEWSLOOM_EXTRACT_DATE_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"
#include "extract/event_key_filter.h"

namespace newsloom {

enum class DateWordKind : uint8_t {
  kMonth,         // value 1..12
  kMonthWeak,     // value 1..12; a month only next to a day or year number
  kWeekday,       // value 1 (Monday) .. 7 (Sunday)
  kWeekdayPast,   // value 1..7; means the last such day (sv "i måndags")
  kDaypart,       // "night", "abend": joins a preceding weekday/relative day
  kRelDay,        // value = days from the publication day
  kRelWeek,       // value = weeks from the publication week
  kRelMonth,      // value = months from the publication month
  kRelYear,       // value = years from the publication year
  kLast,          // "last", "vorige", "dernier": the weekday lies strictly before
  kNightBefore,   // "Nacht zum", "ночь на": joins the following weekday
  kYearWord,      // "year", "году", "عام"
  kYearPrep,      // "in", "since", "seit"
  kDateLink,      // "de" in "6 de enero de 2022"
  kAnaphoricDay,  // value = days after the day written before it ("the next day" 1)
  kOvernight,     // written between two days, makes them one night dated by the second
                  // (zh "5日夜间至6日凌晨")
  kDayAnd,        // written between two days, makes them one span dated by the first
                  // ("Friday and Saturday", "am Freitag und Samstag")
};

struct DateWord {
  std::string lang;
  std::vector<std::string> words;  // ICU case-folded; one or more (a phrase)
  DateWordKind kind = DateWordKind::kMonth;
  int value = 0;
};

class DateLexicon {
 public:
  // Entries whose first word is a given folded word; longest phrases first.
  using EntryList = std::vector<const DateWord*>;
  using WordMap = absl::flat_hash_map<std::string, EntryList>;

  // Parses the TSV described in data/lexicons/dates.tsv. `name` (a path) prefixes errors:
  // InvalidArgument "name:line: what is wrong" for a bad column count, kind or value.
  static StatusOr<std::unique_ptr<DateLexicon>> Parse(std::string_view tsv, std::string_view name);
  // The lexicon of the embedded data/lexicons/dates.tsv (aborts if it does not parse; a test
  // checks it does).
  static const DateLexicon& Default();

  // The words of `lang` ("nn" reads "nb"); for a language without entries ("und"), the union
  // of all languages except zh; for "zh", no words (see han_entries). Never null.
  const WordMap* WordsOf(std::string_view lang) const;
  // A cheap pre-test (event_key_filter.h): false when `word` is a key of no WordsOf map, so
  // the map need not be searched; true for every key (and a few other words).
  bool MayBeWord(std::string_view word) const { return word_keys_.MayContain(word); }
  // zh entries (matched character by character on Han text), longest first.
  const std::vector<const DateWord*>& han_entries() const { return han_; }
  // The zh entries that start with the UTF-8 character `first` (longest first); null when
  // none.
  const std::vector<const DateWord*>* HanEntriesStartingWith(std::string_view first) const;
  // Single-word weekday entries of `lang` (after DateLanguage), for splitting compounds
  // ("samstagabend" = samstag + abend). Empty for languages without entries.
  const std::vector<const DateWord*>& WeekdaysOf(std::string_view lang) const;
  bool HasLanguage(std::string_view lang) const;
  // Whether `gap` (the text between two day expressions, spaces trimmed) is an "overnight"
  // entry of `lang`: zh "夜间至" in "5日夜间至6日凌晨".
  bool IsOvernightLink(std::string_view lang, std::string_view gap) const {
    return IsLink(lang, gap, DateWordKind::kOvernight);
  }
  // Whether `gap` is a "day_and" entry of `lang`: "und" in "am Freitag und Samstag".
  bool IsDayAnd(std::string_view lang, std::string_view gap) const {
    return IsLink(lang, gap, DateWordKind::kDayAnd);
  }
  size_t size() const { return entries_.size(); }

 private:
  DateLexicon() = default;
  void Index();
  bool IsLink(std::string_view lang, std::string_view gap, DateWordKind kind) const;

  std::vector<std::unique_ptr<DateWord>> entries_;
  absl::flat_hash_map<std::string, WordMap> by_lang_;
  WordMap all_;
  extract_internal::KeyFilter word_keys_;  // the keys of all_ (every language but zh)
  std::vector<const DateWord*> han_;
  absl::flat_hash_map<std::string, std::vector<const DateWord*>> han_by_first_;
  absl::flat_hash_map<std::string, std::vector<const DateWord*>> weekdays_;
  std::vector<const DateWord*> no_weekdays_;
};

// An Arabic word without a leading conjunction or preposition written as part of it
// ("وأمس" -> "أمس", "وفي" -> "في", "بالأمس" -> "الأمس"); empty when there is none or the rest
// would be shorter than two letters.
std::string_view ArabicCliticFree(std::string_view word);

// The language whose vocabulary `lang` uses ("nn" -> "nb", "no" -> "nb"); `lang` otherwise.
std::string_view DateLanguage(std::string_view lang);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_LEXICON_H_
