// Scores a finished analysis run (run_output.h) against gold answers (gold.h): the library
// behind `newsloom eval`. Every metric is computed overall and per gold language, each with
// the counts it is computed over.
//
// Matching: a run article belongs to the gold article with the same id; failing that, to the
// gold article named by the run's `source` file name without directory and extension. Gold
// articles missing from the run count as wrong/missed everywhere; run articles missing from
// gold are ignored but counted (extra_run_articles).
//
// Metrics (a field the run has not produced is absent and scores 0, never skipped):
// - language: run lang vs gold lang, primary subtag, case-insensitive, with the aliases
//   no = nb, iw = he, in = id (cld2 says "no" for Norwegian Bokmål).
// - country: location.country vs gold country (case-insensitive); gold null -> correct iff
//   the run has no country.
// - city: location.place vs gold city with NameMatcher::PlaceScore; gold null -> correct iff
//   the run has no place finer than country (a place with location.precision 1, or no place).
// - published / event date: the run date must be at least as precise as gold and equal to it
//   at gold's precision (gold "2020-10" accepts "2020-10" and "2020-10-06"; gold "2020-10-06"
//   needs that exact day). Gold null -> correct iff the run has none. The event date is the
//   main event's: the first event whose background is false or null.
// - event type: main event type vs gold event_type (case-insensitive); gold null -> correct
//   iff there is no main event or its type is null.
// - persons, organizations: precision/recall/F1 micro-averaged over articles, one-to-one
//   greedy matching per article by NameMatcher::PersonScore / OrgMatcher::Score.
// - figures: P/R/F1 of multiset matching per article on (kind, value) and on
//   (kind, value, actor); kind and actor compared case-insensitively.
// - stories: B-cubed and pairwise P/R/F1 of run story_id against gold `event` over the gold
//   articles (no story_id, a missing article or a null event -> a singleton). Per language,
//   B-cubed averages that language's items and pairwise counts pairs with at least one item
//   of that language (so cross-lingual pairs count in both languages' columns).
// - duplicates: P/R/F1 over unordered {article, duplicate_of} pairs (which copy is the
//   original depends on input order, so direction is ignored); a pair belongs to the
//   language of the article carrying duplicate_of.
//
// Thread safety: Evaluate is thread-safe (it builds its own matchers).
#ifndef NEWSLOOM_EVAL_EVALUATOR_H_
#define NEWSLOOM_EVAL_EVALUATOR_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/metrics.h"
#include "eval/name_matcher.h"
#include "eval/org_matcher.h"
#include "eval/run_output.h"

namespace newsloom::eval {

struct EvalOptions {
  NameMatchOptions names;
  // Organisation aliases; nullptr means OrgAliasTable::Default(). Not owned.
  const OrgAliasTable* org_aliases = nullptr;
  // Keep one ArticleResult per gold article in EvalReport::articles.
  bool article_details = true;
};

// All metrics over one set of gold articles (all of them, or one language).
struct MetricScores {
  int64_t articles = 0;  // gold articles
  int64_t missing = 0;   // gold articles with no run article
  Accuracy language;
  Accuracy country;
  Accuracy city;
  Accuracy published;
  Accuracy event_type;
  Accuracy event_date;
  PrfCounts persons;
  PrfCounts organizations;
  PrfCounts figures;        // (kind, value)
  PrfCounts figures_actor;  // (kind, value, actor)
  BCubedScores story_bcubed;
  PrfCounts story_pairs;
  PrfCounts duplicates;
};

// How one gold article fared, for explaining the totals.
struct ArticleResult {
  std::string id;
  std::string lang;  // gold language
  bool found = false;
  bool language = false;
  bool country = false;
  bool city = false;
  bool published = false;
  bool event_type = false;
  bool event_date = false;
  PrfCounts persons;
  PrfCounts organizations;
  PrfCounts figures;
  PrfCounts figures_actor;
  std::vector<std::string> persons_missed;    // gold names with no match
  std::vector<std::string> persons_spurious;  // run names with no match
  std::vector<std::string> organizations_missed;
  std::vector<std::string> organizations_spurious;
};

struct EvalReport {
  MetricScores overall;
  std::map<std::string, MetricScores> by_lang;  // gold language -> scores
  int64_t gold_articles = 0;
  int64_t run_articles = 0;
  int64_t matched_articles = 0;
  int64_t extra_run_articles = 0;        // run articles not in gold (ignored)
  std::vector<std::string> missing_ids;  // gold ids with no run article, gold order
  int64_t run_bad_lines = 0;
  int64_t run_duplicate_ids = 0;
  int64_t run_story_conflicts = 0;
  std::vector<std::string> run_errors;  // first messages from reading the run
  std::vector<std::string> warnings;    // e.g. ICU transliteration unavailable
  std::vector<ArticleResult> articles;  // gold order; empty unless options.article_details
};

EvalReport Evaluate(const std::vector<GoldArticle>& gold, const RunOutput& run,
                    const EvalOptions& options = {});

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_EVALUATOR_H_
