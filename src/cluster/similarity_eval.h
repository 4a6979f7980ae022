// `newsloom eval --semeval FILE.csv [--folds 5]`: how well the same-story similarity model
// (similarity.h) predicts the human scores of SemEval-2022 Task 8 pairs (eval/semeval_pairs.h),
// next to a TF-IDF cosine baseline. Three scorers over the same pairs:
//   model    logistic weights refitted k-fold (similarity_fit.h): each pair scored by the model
//            not trained on its fold — the honest number;
//   shipped  the embedded weights (data/models/similarity_weights.tsv); they were fitted on
//            train.csv, so on that file this is an in-sample number;
//   tfidf    the baseline: cosine of TF-IDF vectors of the analysed word stems and numbers
//            (tf x (ln((1 + N) / (1 + df)) + 1), df over all texts of the file, the
//            scikit-learn default), no dictionary, no names.
// Each is correlated (Pearson r with (4 - Overall) / 3) over all pairs, monolingual and
// cross-lingual pairs, and per language pair.
//
// Bad input does not stop the run: CSV rows the lenient reader rejects and pairs whose text
// fails analysis are counted and listed ("path:line: ..."), the rest is scored.
//
// Thread safety: EvaluateSemEval may be called concurrently (it owns its analyzer and pool).
#ifndef NEWSLOOM_CLUSTER_SIMILARITY_EVAL_H_
#define NEWSLOOM_CLUSTER_SIMILARITY_EVAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/env.h"
#include "core/status.h"
#include "eval/semeval_pairs.h"

namespace newsloom::cluster {

struct SemEvalEvalOptions {
  int folds = 5;       // k of k-fold cross-validation, 2..100. Default 5
  double l2 = 0.01;    // L2 penalty of the logistic fit (as tools/fit_similarity). Default 0.01
  size_t threads = 2;  // analysis threads (0 = one per core). Default 2
  size_t max_listed_rejects = 20;  // reject messages kept in the report (all are counted)
  // Extract and link the facts of both texts (places, entities, event dates, figures:
  // fact_source.h), as the shipped weights were fitted. Default true; false scores the text
  // signals alone.
  bool facts = true;
};

// One scorer's correlations.
struct SemEvalScores {
  eval::PairsReport report;       // overall, cross-lingual, per language pair
  eval::Correlation monolingual;  // pairs with lang1 == lang2
};

struct SemEvalEvalReport {
  std::string path;
  int folds = 0;
  int64_t pairs = 0;                 // pairs scored
  int64_t rejected = 0;              // CSV rows rejected + pairs whose text failed analysis
  std::vector<std::string> rejects;  // the first max_listed_rejects messages
  SemEvalScores model;               // k-fold cross-validated
  SemEvalScores shipped;             // embedded weights
  SemEvalScores tfidf;               // TF-IDF cosine baseline
};

// InvalidArgument for folds outside 2..100, a file without header or required column, or fewer
// than 2 usable pairs; the read error when the file cannot be read.
StatusOr<SemEvalEvalReport> EvaluateSemEval(Env* env, const std::string& path,
                                            const SemEvalEvalOptions& options = {});

// Plain-text table: a row per group (overall, monolingual, cross-lingual, each language pair)
// with n and the three scorers' r; then the rejects. Ends with a newline.
std::string FormatSemEvalReport(const SemEvalEvalReport& report);
// {"path","folds","pairs","rejected","rejects":[...],
//  "model"|"shipped"|"tfidf":{"overall","monolingual","cross_lingual","by_lang_pair"}}
// where each correlation is {"pearson","pairs"}.
std::string SemEvalReportToJson(const SemEvalEvalReport& report);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_SIMILARITY_EVAL_H_
