// Renderings of an EvalReport: a fixed-width table for people and JSON for tools
// (`newsloom eval --json`). Pure functions; thread-safe.
#ifndef NEWSLOOM_EVAL_REPORT_FORMAT_H_
#define NEWSLOOM_EVAL_REPORT_FORMAT_H_

#include <string>

#include "eval/evaluator.h"

namespace newsloom::eval {

// A summary line, then one row per metric (accuracies, P/R/F1 of each matched list, stories,
// duplicates) and one column for all articles plus one per gold language (sorted). Each cell
// is "value (numerator/denominator)" (F1 cells: value only), with 3 decimals; metrics over
// nothing show 0.000 (0/0). Notes follow: missing ids (first 20), run read errors, warnings.
// Ends with a newline.
std::string FormatReportTable(const EvalReport& report);

// One JSON object (no trailing newline):
//   {"gold_articles", "run_articles", "matched_articles", "extra_run_articles",
//    "missing_ids":[...], "run_bad_lines", "run_duplicate_ids", "run_story_conflicts",
//    "run_errors":[...], "warnings":[...],
//    "overall": SCORES, "by_lang": {"en": SCORES, ...}, "articles": [ARTICLE, ...]}
// SCORES = {"articles", "missing",
//    "language"|"country"|"city"|"published"|"event_type"|"event_date":
//        {"accuracy", "correct", "total"},
//    "persons"|"organizations"|"figures"|"figures_actor"|"story_pairs"|"duplicates":
//        {"precision", "recall", "f1", "tp", "fp", "fn"},
//    "story_bcubed": {"precision", "recall", "f1", "items"}}
// ARTICLE = {"id", "lang", "found", "language", "country", "city", "published", "event_type",
//    "event_date" (booleans), "persons"|"organizations"|"figures"|"figures_actor": P/R/F1
//    object, "persons_missed", "persons_spurious", "organizations_missed",
//    "organizations_spurious" (string arrays)}
std::string ReportToJson(const EvalReport& report);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_REPORT_FORMAT_H_
