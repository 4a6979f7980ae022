// The eval module: scores a finished analysis run against gold answers (`newsloom eval`) and
// checks a pair similarity scorer against SemEval-2022 Task 8 labels. Include this header for
// the whole public API:
//   LoadGold (gold.h), LoadRun / LoadRunDir (run_output.h), Evaluate -> EvalReport (evaluator.h),
//   FormatReportTable / ReportToJson (report_format.h),
//   LoadSemEvalPairs, ScorePairs, KFold, FormatPairsReport (semeval_pairs.h).
// Typical use:
//   NL_ASSIGN_OR_RETURN(auto gold, eval::LoadGold(env, gold_path));
//   NL_ASSIGN_OR_RETURN(auto run, eval::LoadRunDir(env, out_dir));
//   const eval::EvalReport report = eval::Evaluate(gold, run);
//   std::cout << (json ? eval::ReportToJson(report) + "\n" : eval::FormatReportTable(report));
#ifndef NEWSLOOM_EVAL_EVAL_H_
#define NEWSLOOM_EVAL_EVAL_H_

#include "eval/evaluator.h"
#include "eval/gold.h"
#include "eval/report_format.h"
#include "eval/run_output.h"
#include "eval/semeval_pairs.h"

#endif  // NEWSLOOM_EVAL_EVAL_H_
