// Checking a pairwise article-similarity scorer (`newsloom compare`) against SemEval-2022
// Task 8 "Multilingual News Article Similarity" labels.
//
// Input CSV (RFC 4180, see csv_reader.h), columns found by header name: pair_id, lang1, lang2,
// text1, text2, Overall (required), Geography, Entities, Time, Narrative, Style, Tone
// (optional); other columns are ignored. Scores run from 1 (very similar) to 4 (very
// dissimilar); the similarity a scorer should predict is (4 - Overall) / 3, in [0, 1].
//
// Errors: InvalidArgument "path:line: ..." for CSV syntax errors, a missing required column,
// a record with fewer fields than the header, or an Overall that is not a number in [1, 4].
// Thread safety: all functions are thread-safe if the scorer is.
#ifndef NEWSLOOM_EVAL_SEMEVAL_PAIRS_H_
#define NEWSLOOM_EVAL_SEMEVAL_PAIRS_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"

namespace newsloom::eval {

// What a scorer sees of a pair.
struct PairInput {
  std::string pair_id;
  std::string lang1;
  std::string lang2;
  std::string text1;
  std::string text2;
};

struct LabeledPair {
  PairInput input;
  double overall = 0;  // 1 (very similar) .. 4 (very dissimilar)
  // The other human scores on the same scale; nullopt when the column is absent or empty.
  std::optional<double> geography, entities, time, narrative, style, tone;
  int line = 0;  // line in the CSV where the record starts

  // (4 - overall) / 3: 1 = same story, 0 = unrelated.
  double similarity() const { return (4.0 - overall) / 3.0; }
  bool cross_lingual() const { return input.lang1 != input.lang2; }
  // "lang1-lang2" as given ("de-en").
  std::string lang_pair() const { return input.lang1 + "-" + input.lang2; }
};

StatusOr<std::vector<LabeledPair>> ParseSemEvalPairs(std::string_view csv, std::string_view path);
StatusOr<std::vector<LabeledPair>> LoadSemEvalPairs(Env* env, const std::string& path);

// Like the two above, but bad records do not stop the file: a record with a CSV syntax error,
// fewer fields than the header or an Overall that is not a number in [1, 4] is skipped and its
// "path:line: ..." message appended to `rejected` (not null). Still InvalidArgument when there
// is no header or a required column is missing (nothing in the file could be used), and the
// file's read error from LoadSemEvalPairsLenient.
StatusOr<std::vector<LabeledPair>> ParseSemEvalPairsLenient(std::string_view csv,
                                                            std::string_view path,
                                                            std::vector<std::string>* rejected);
StatusOr<std::vector<LabeledPair>> LoadSemEvalPairsLenient(Env* env, const std::string& path,
                                                           std::vector<std::string>* rejected);

// Pearson r between scores and similarity() with the number of pairs it is over (r is 0 with
// fewer than 2 pairs or constant scores).
struct Correlation {
  double pearson = 0;
  int64_t pairs = 0;
};

struct PairsReport {
  Correlation overall;
  Correlation cross_lingual;                        // pairs with lang1 != lang2
  std::map<std::string, Correlation> by_lang_pair;  // "de-en" -> r
};

// Predicted similarity of a pair, higher = more similar (any scale: Pearson is scale-free).
using PairScorer = std::function<double(const PairInput&)>;

// Scores `pairs[i]` for every i in `indices` (all pairs when `indices` is nullptr) in order and
// correlates.
PairsReport ScorePairs(const std::vector<LabeledPair>& pairs, const PairScorer& scorer,
                       const std::vector<size_t>* indices = nullptr);
// Correlates precomputed scores: scores[k] is the score of pairs[indices[k]].
PairsReport CorrelateScores(const std::vector<LabeledPair>& pairs,
                            const std::vector<size_t>& indices, const std::vector<double>& scores);

// Train/test split of pair indices for k-fold cross-validation. A pair's fold is
// Hash64(pair_id) % k, so it is the same on every run and does not depend on the other pairs
// (fold sizes vary slightly). Returns k folds; fold f tests the pairs assigned to f and trains
// on all others, both in increasing index order. k < 2 gives one fold testing everything with
// an empty training set.
struct Fold {
  std::vector<size_t> train;
  std::vector<size_t> test;
};
std::vector<Fold> KFold(const std::vector<LabeledPair>& pairs, int k);

// Fixed-width table: one row per group (overall, cross-lingual, each language pair), columns
// pairs and Pearson r. Ends with a newline.
std::string FormatPairsReport(const PairsReport& report);
// {"overall":{"pearson","pairs"},"cross_lingual":{...},"by_lang_pair":{"de-en":{...}}}
std::string PairsReportToJson(const PairsReport& report);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_SEMEVAL_PAIRS_H_
