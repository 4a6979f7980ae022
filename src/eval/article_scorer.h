// Scores one run article against its gold article (the per-article part of evaluator.h; see
// there for the rules). Story and duplicate metrics need all articles and live in
// evaluator.cc.
//
// Thread safety: ArticleScorer is not thread-safe (it owns name matchers with caches).
#ifndef NEWSLOOM_EVAL_ARTICLE_SCORER_H_
#define NEWSLOOM_EVAL_ARTICLE_SCORER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/evaluator.h"

namespace newsloom::eval {

// Language codes equal on their primary subtag, case-insensitively, with no = nb, iw = he,
// in = id.
bool SameLanguage(std::string_view a, std::string_view b);

// Whether a run date (with an optional precision name "year"/"month"/"day" that may coarsen
// it) equals `gold` at gold's precision, being at least that precise. Unparseable run dates
// never match; an unparseable gold date matches only the identical string.
bool DateMatches(std::string_view gold, const std::optional<std::string>& run_date,
                 const std::optional<std::string>& run_precision);

// The main event: the first event that is not background; nullptr when none.
const RunEvent* MainEvent(const RunArticle& run);

class ArticleScorer {
 public:
  explicit ArticleScorer(const EvalOptions& options);

  bool transliteration_ok() const { return names_.transliteration_ok(); }

  // `run` is nullptr when the gold article is missing from the run: everything is wrong and
  // every gold item missed.
  ArticleResult Score(const GoldArticle& gold, const RunArticle* run);

 private:
  // One-to-one matching of run names against gold names with `score`; fills counts and the
  // unmatched names.
  template <typename ScoreFn>
  void MatchNames(const std::vector<std::string>& run_names,
                  const std::vector<std::string>& gold_names, ScoreFn score, PrfCounts* counts,
                  std::vector<std::string>* missed, std::vector<std::string>* spurious);
  void ScoreFigures(const GoldArticle& gold, const RunArticle& run, ArticleResult* r);

  NameMatcher names_;
  OrgMatcher orgs_;
};

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_ARTICLE_SCORER_H_
