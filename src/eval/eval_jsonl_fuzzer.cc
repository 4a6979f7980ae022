// Fuzzes the gold and run readers on arbitrary bytes, and the evaluator on what they accept.
// The input is split at the first 0xFF byte: gold JSONL before it, run JSONL after it (the
// whole input is also read as stories.jsonl).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "eval/eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const size_t split = all.find('\xff');
  const std::string_view gold_text = all.substr(0, split);
  const std::string_view run_text = split == std::string_view::npos ? all : all.substr(split + 1);
  newsloom::eval::RunOutput run = newsloom::eval::ParseRunArticles(run_text, "articles.jsonl");
  newsloom::eval::ApplyRunStories(all, "stories.jsonl", &run);
  auto gold = newsloom::eval::ParseGold(gold_text, "gold.jsonl");
  if (!gold.ok() || gold->size() > 64 || run.articles.size() > 64) return 0;
  const newsloom::eval::EvalReport report = newsloom::eval::Evaluate(*gold, run);
  if (report.matched_articles > report.gold_articles) __builtin_trap();
  (void)newsloom::eval::FormatReportTable(report);
  (void)newsloom::eval::ReportToJson(report);
  return 0;
}
