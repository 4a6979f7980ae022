// DateRoleFinder: what a date mention dates, read from the words written next to it (cues in
// data/lexicons/background.tsv, strengths "report", "context", "onset" and "anterior"). The
// event-date picker (event_date.h) prefers dates of the reported event over the others:
//   kContext    the day of an election or vote the event is about: an election noun right next
//               to the date ("Sunday's vote", "Parlamentswahl vom Sonntag", "выборов 4
//               октября", "the 4 October election"): adjacent, or with one short word (at most 4
//               letters: "vom", "van", "del", "of") or, after an English possessive ("Sunday's
//               parliamentary vote"), one word of any length in between. "Thousands marched
//               on Monday after the election" is no context date ("after" is 5 letters).
//   kOnset      the first day of a movement: a verb of beginning before the date with only
//               short words (at most 3 letters) in between ("protests began on 2 January",
//               "erupted on", "начались 2 января", "est partie le 2 janvier", "始于1月2日"),
//               or within 3 words after it, one of them longer than 4 letters at most (the
//               subject: "cuma günü başlayan", "в четверг доступ начал").
//   kStatement  the day something was said or announced, not the day it happened: a reporting
//               verb or noun in the date's clause — "police said on Monday", "sagte ... am
//               Montag", "во вторник заявил", "a indiqué samedi", "L'annuncio è arrivato sabato",
//               "6日宣布". Searched within `report_window` words on either side, inside the
//               clause (a comma, colon, semicolon, dash, bracket or quote ends the search, except
//               a comma right after a date that opens its clause: "Vendredi, le ministère a
//               annoncé"); before the date at most one lower-case content word (more than 3
//               letters) may stand in between ("Police said protesters clashed on Saturday"
//               dates the clash), after it three (the subject: "во вторник представитель
//               прокуратуры заявил"). Capitalised words (names, German nouns) never count.
//   kAnterior   an earlier event told in the pluperfect: an auxiliary of the pluperfect in the
//               date's clause, searched as for statements ("am Mittwoch hatten Demonstranten
//               ... gestürmt", "on Wednesday protesters had stormed", "Mercredi, des
//               manifestants avaient convergé").
//   kTimestamp  the article's own timestamp: a clock time right after the date ("25.01.2021,
//               16:37 Uhr").
//   kEvent      anything else.
// The first role found in this order wins. Cue words are matched on case-folded tokens;
// "word*" matches words that start with "word", "*word" words that end with it ("*wahl":
// "Parlamentswahl"), the bare stem included; an elided article is ignored ("l'annuncio" reads
// "annuncio"). zh cues are matched on the characters right before (onset) or right after
// (statement, context) the date.
//
// Thread safety: immutable after Parse; RoleOf is const and safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_DATE_ROLE_H_
#define NEWSLOOM_EXTRACT_DATE_ROLE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"
#include "extract/date_extractor.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct DateRoleOptions {
  int report_window = 8;  // words searched on each side for a reporting cue; default 8
  int onset_window = 3;   // short words searched before the date for a verb of beginning;
                          // default 3
};

class DateRoleFinder {
 public:
  // Reads the rows of `tsv` (the format of data/lexicons/background.tsv) whose strength is
  // "report", "context", "onset" or "anterior" and ignores the others. Errors: InvalidArgument
  // "name:line: what is wrong" for an empty word or a zh cue of several words.
  static StatusOr<std::unique_ptr<DateRoleFinder>> Parse(std::string_view tsv,
                                                         std::string_view name,
                                                         DateRoleOptions options = {});

  // The role of `m` (a mention of `doc`, span in sentence m.span.sentence). kEvent when the
  // sentence index is out of range.
  DateRole RoleOf(const AnalyzedDocument& doc, const DateMention& m) const;

  size_t size() const { return size_; }

 private:
  struct Cues {
    std::vector<std::string> report, context, onset, anterior;
  };
  explicit DateRoleFinder(DateRoleOptions options) : options_(options) {}
  DateRole HanRole(const AnalyzedDocument& doc, const DateMention& m, const Cues& cues) const;

  DateRoleOptions options_;
  absl::flat_hash_map<std::string, Cues> by_lang_;
  size_t size_ = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_ROLE_H_
