// FigureExtractor: casualty, arrest, hospital, missing, deployment and crowd figures of an
// analysed article (facts.h Figure), each with the actor it counts, its value, qualifier and
// the clause that states it (byte span + sentence index), for the 15 languages of
// data/lexicons/figures.tsv and actors.tsv.
//
// How a figure is read, per sentence:
//   1. Quantities come from NumberParser (digits in local notation, number words, vague
//      amounts with their ACLED values and approx=true, qualifiers). Numbers with a unit,
//      age, money, vote, place or time word next to them ("11 years", "a 23-year-old", "$5",
//      "40 votes", "21 cities"), years ("2014 death toll") and numbers glued to a word
//      ("Covid-19") are no figures; "300 to 400" is one figure of 300, approx.
//   2. The actor is the actor noun right after the number (a few words may come between:
//      "18 members of the security forces", "26 'armed criminals'", "33名伤者"); two security
//      roles joined by "and" count as "security forces"; none gives "people".
//   3. The kind is the nearest trigger of the same clause: right after the number or its
//      noun ("55 mensen zijn opgepakt"), or shortly before it ("killed at least 304 people",
//      "Задержаны 2 298 человек"); death-toll words reach further ("raised the death toll to
//      82"). Clauses end at , ; : ( and at another number — but an attribution set off by
//      commas is passed over ("525 000 personnes, selon la police, avaient défilé") — and
//      crossing "and" costs more, so
//      "12 police officers were killed and dozens of protesters died" gives two figures.
//   4. A number without a trigger takes the kind (and, when it names none, the actor) of the
//      previous figure of its sentence after "among them", "of them", or when it is bare,
//      follows a comma, "and", "another" or a dash standing for a left-out verb, and is
//      followed by a preposition or the clause or sentence end ("18 were killed, 13 in Suez";
//      "затримали 2 000 людей, а першої ночі — близько 3 000"). A bare number with its own
//      trigger after such a mark counts the previous figure's actor ("18 soldiers were
//      killed, another 748 injured").
//      Otherwise a large protester/rioter count is a crowd ("20,000 bandits") and a large
//      police/troop count a deployment ("rund 2.500 Soldaten"), with lower confidence.
//   5. The same (kind, actor, value) is emitted once per article (merge_repeats).
// Figures of background sentences (SentenceFlags::background) are returned with
// background=true.
//
// Cost (figure_extractor_benchmark.cc, Release, 3 KB articles with a number in every sentence,
// NumberParser included): ~110-120 µs CPU for English and Dutch, ~200 µs for Chinese on the
// shared (loaded) build machine; sentences without a number cost one token scan.
//
// Thread safety: immutable; Extract is const and safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_FIGURE_EXTRACTOR_H_
#define NEWSLOOM_EXTRACT_FIGURE_EXTRACTOR_H_

#include <vector>

#include "extract/actor_lexicon.h"
#include "extract/facts.h"
#include "extract/figure_lexicon.h"
#include "extract/number_parser.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct FigureExtractorOptions {
  // Tokens searched for a kind trigger after the number (or its actor noun). Default 6;
  // `verb_final_window` (default 10) in languages whose verb ends the clause (de, nl, tr, zh).
  int right_window = 6;
  int verb_final_window = 10;
  // Tokens searched before the number. Default 5; tally words ("death toll", "the number of
  // injured"), which a long phrase may part from their number: `toll_window`, default 14.
  int left_window = 5;
  int toll_window = 14;
  // Smallest count read as a crowd or deployment from the actor noun alone (no trigger);
  // vague amounts ("hundreds of rioters") always qualify. Default 50.
  int64_t min_untriggered = 50;
  // Keep only the first mention of each (kind, actor, value) in an article (the first outside
  // background sentences when there is one): reports repeat their figures. Default true.
  bool merge_repeats = true;
  // Smallest crowd. Default 10.
  int64_t min_crowd = 10;
  // Largest value kept (bigger numbers are money or populations). Default 50,000,000.
  int64_t max_value = 50'000'000;
};

class FigureExtractor {
 public:
  // Over NumberParser::Default(), FigureLexicon::Default(), ActorFinder::Default().
  static const FigureExtractor& Default();
  // Not owned; must outlive the extractor.
  FigureExtractor(const NumberParser* numbers, const FigureLexicon* words,
                  const ActorFinder* actors, FigureExtractorOptions options = {});

  // Figures of `doc` in text order. flags.background[i] marks background sentences (may be
  // empty = none): figures there are returned with background=true.
  std::vector<Figure> Extract(const AnalyzedDocument& doc, const SentenceFlags& flags) const;
  // Figures of sentence `s` only (background=false); empty when out of range.
  std::vector<Figure> ExtractSentence(const AnalyzedDocument& doc, uint32_t s) const;

 private:
  const NumberParser* numbers_;
  const FigureLexicon* words_;
  const ActorFinder* actors_;
  FigureExtractorOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_FIGURE_EXTRACTOR_H_
