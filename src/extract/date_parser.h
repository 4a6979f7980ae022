// DateParser: finds the date expressions of one sentence, unresolved: "6 January 2022",
// "Jan. 6", "6. Januar", "6 de enero", "6 января 2022 года", "1–2 июля", "2022-01-06",
// "06.01.2022", "6/1/2022", "January 2022", "in January", "in 2005", "2005 yılında",
// "2022年1月6日", "6日", weekdays ("on Thursday", "Samstagabend", "samedi dernier", "周四"),
// relative days, weeks, months and years ("yesterday", "i går kveld", "last week", "vorig
// jaar", "昨天"). Vocabulary from DateLexicon; see date_extractor.h for the full list.
//
// Rules that keep numbers that are not dates out:
//   - a day number (1..31, digits, optional ordinal suffix or dot) counts only next to a month
//     name; a bare number never is a day;
//   - a four-digit number (1000..2100) is a year only next to a month, after a year
//     preposition ("in", "seit", "в"), next to a year word ("году", "jaar", "عام"), with a
//     Turkish case suffix ("2005'te") or before 年; "2,300" or "2 300" are never years;
//   - numeric dates need three parts with one separator ('-', '.', '/') and a four-digit year
//     first or last, and no further digit or separator ("1.2.3.4" is not a date); times
//     ("14:30") never match;
//   - weak month names ("may", "march", "mar", abbreviations) count only next to a number.
//
// Thread safety: immutable; Parse is const and safe to call concurrently. The lexicon must
// outlive the parser.
#ifndef NEWSLOOM_EXTRACT_DATE_PARSER_H_
#define NEWSLOOM_EXTRACT_DATE_PARSER_H_

#include <cstdint>
#include <vector>

#include "extract/date_lexicon.h"
#include "text/analyzed_document.h"

namespace newsloom {

// One date expression as written, before resolution against the publication date.
struct RawDate {
  enum class Kind : uint8_t {
    kAbsolute,      // year/month/day as written (year or day may be 0 = not written)
    kWeekday,       // weekday 1..7; `strictly_before` for "last Sunday"; `week_offset` for
                    // 上周四 (-1) / 本周四 (0); "the night to Monday" is Monday
    kRelDay,        // offset days from the publication day
    kRelWeek,       // offset weeks
    kRelMonth,      // offset months
    kRelYear,       // offset years
    kAnaphoricDay,  // offset days after the day written before it ("the next day")
  };
  Kind kind = Kind::kAbsolute;
  uint32_t begin = 0;  // bytes [begin, end) of AnalyzedDocument::text
  uint32_t end = 0;
  uint32_t sentence = 0;
  int year = 0;   // kAbsolute: 0 when not written
  int month = 0;  // kAbsolute: 0 for a year alone
  int day = 0;    // kAbsolute: 0 when not written
  int weekday = 0;
  bool strictly_before = false;
  int offset = 0;         // kRel*: the lexicon value
  bool has_week = false;  // kWeekday: `week_offset` applies
  int week_offset = 0;
};

class DateParser {
 public:
  explicit DateParser(const DateLexicon* lexicon) : lexicon_(lexicon) {}

  // The date expressions of sentence `sentence` of `doc`, in text order, non-overlapping.
  // Empty when the index is out of range.
  std::vector<RawDate> Parse(const AnalyzedDocument& doc, uint32_t sentence) const;

 private:
  const DateLexicon* lexicon_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_PARSER_H_
