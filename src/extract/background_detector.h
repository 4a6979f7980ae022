// BackgroundDetector: marks the sentences of an article that talk about earlier events
// ("earlier this year he was sentenced to 11 years", "in 2005 the Tulip Revolution...",
// history paragraphs), so their figures and events never give the article's own (facts.h).
//
// A sentence is background when
//   1. its cue score reaches 2: cues from data/lexicons/background.tsv (strong 2 points —
//      "previously", "vorig jaar", "was sentenced to"; weak 1 point — "had been",
//      "tidligere", "zuvor", "ранее" (alone an earlier report of this event, not an earlier
//      event); cancel -2 — "earlier today", "eerder op de dag"), each distinct
//      cue counted once, or
//   2. it carries a date well before publication (its period ends more than
//      `old_after_days` days before the publication date, or lies in an earlier year when the
//      publication date has only a year) — "in 2005", "в 2005 году", "March 2010" — that
//      does not open a period: dates next to a "since" word of background.tsv ("the worst
//      unrest since 2005", "ruled since 1994", "с 1990 года", "2005'ten beri") count for
//      nothing;
// or
//   2b. one of its first 3 words is a "then" word of background.tsv ("Тогда", "Тоді", "Damals",
//      "destijds"; only words that say "at that time" and nothing else, so not English "then")
//      and the sentence before, in the same paragraph, is background or names an old date,
//      even one opening a period ("the bloodiest unrest since 2005, when troops fired on
//      protesters in Andijan. Тогда погибли 187 человек.");
//   2c. it follows, in the same paragraph, a sentence that is background by its old date (2)
//      or its "then" word (2b), and carries no date and no cancel cue of its own: it goes on
//      about that time ("Damals schossen Sicherheitskräfte auf Demonstranten. Nach offiziellen
//      Angaben starben 187 Menschen."; "...after deadly unrest in January. According to
//      official figures, 238 people were killed."). One sentence only: no chains;
// and it carries no recent date (a day or week within `old_after_days` of publication, or any
// relative day: "on Thursday", "yesterday"), which keeps "Earlier on Tuesday police fired..."
// news. Without a publication date the latest day-precision date of the article stands in for
// it.
//   3. History paragraphs: in a paragraph of 3 or more sentences where at least two thirds
//      are background by 1-2, the others are background too unless they carry a recent date.
// The first sentence (headline or lead) is background only by rule 2 with a date more than a
// year old, never by cues. Conservative by design: a false background loses the article's
// figures.
//
// Thread safety: immutable after construction; Detect is const and safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_BACKGROUND_DETECTOR_H_
#define NEWSLOOM_EXTRACT_BACKGROUND_DETECTOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/fuzzy_date.h"
#include "core/status.h"
#include "extract/date_extractor.h"
#include "extract/event_byte_trie.h"
#include "extract/event_key_filter.h"
#include "extract/facts.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct BackgroundOptions {
  // A date whose period ends more than this many days before publication is old. Default 30.
  int old_after_days = 30;
  // Cue points that make a sentence background. Default 2.
  int cue_threshold = 2;
};

class BackgroundDetector {
 public:
  // Parses the TSV described in data/lexicons/background.tsv (rows of the date-role strengths
  // report, context, onset and anterior are read by DateRoleFinder and skipped here). `name`
  // (a path) prefixes errors: InvalidArgument "name:line: what is wrong".
  static StatusOr<std::unique_ptr<BackgroundDetector>> Parse(std::string_view tsv,
                                                             std::string_view name,
                                                             BackgroundOptions options = {});

  // One flag per sentence of `doc`. `dates` are the article's resolved dates (any order), with
  // period_start set (see OpensPeriod).
  SentenceFlags Detect(const AnalyzedDocument& doc, const std::vector<DateMention>& dates,
                       const std::optional<FuzzyDate>& published) const;

  // Whether a "since" word of background.tsv stands right before `m` (or before a word of at
  // most 4 letters before it: "seit dem", "since the") or, in tr and zh, right after it: the date
  // opens a period ("since 2005", "vanaf 1 januari").
  bool OpensPeriod(const AnalyzedDocument& doc, const DateMention& m) const;

  // Whether one of the first 3 words of `sentence` is a "then" word of background.tsv
  // ("Тогда", "Damals", "destijds"): it speaks of the time the sentence before named.
  bool OpensWithThen(const AnalyzedDocument& doc, uint32_t sentence) const;

  // The cue points of sentence `sentence` (0 when out of range).
  int CueScore(const AnalyzedDocument& doc, uint32_t sentence) const;

  size_t size() const { return cues_.size(); }

 private:
  struct Cue {
    std::string lang;
    std::vector<std::string> words;  // case-folded; a trailing '*' marks a prefix
    int points = 0;
  };
  explicit BackgroundDetector(BackgroundOptions options) : options_(options) {}
  bool Matches(const Cue& cue, const AnalyzedDocument& doc, uint32_t token, uint32_t end) const;

  BackgroundOptions options_;
  std::vector<std::unique_ptr<Cue>> cues_;
  // lang -> first word (without '*') -> cues; prefix-first cues under "" as well.
  absl::flat_hash_map<std::string, absl::flat_hash_map<std::string, std::vector<const Cue*>>>
      by_lang_;
  absl::flat_hash_map<std::string, std::vector<const Cue*>> prefix_first_;
  // The same cues by the prefix of their first word (without '*'): a word token is tried
  // only against the cues whose prefix begins it (other tokens, and Arabic words, that may
  // match without their clitics, against all).
  struct PrefixCues {
    extract_internal::ByteTrie trie;
    std::vector<std::vector<const Cue*>> by_key;  // trie key id -> cues
  };
  absl::flat_hash_map<std::string, std::unique_ptr<PrefixCues>> prefix_cues_;
  // Pre-test of the first words of every by_lang_ map (event_key_filter.h).
  extract_internal::KeyFilter first_words_;
  std::vector<const Cue*> han_;
  absl::flat_hash_map<std::string, std::vector<std::string>> since_;  // lang -> words
  absl::flat_hash_map<std::string, std::vector<std::string>> then_;   // lang -> words
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_BACKGROUND_DETECTOR_H_
