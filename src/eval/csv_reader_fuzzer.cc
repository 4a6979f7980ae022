// Fuzzes the CSV parser and the SemEval pair reader, strict and recovering, on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "eval/csv_reader.h"
#include "eval/semeval_pairs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto records = newsloom::eval::ParseCsv(text, "fuzz.csv");
  if (records.ok()) {
    for (const auto& r : *records) {
      if (r.line < 1) __builtin_trap();
    }
  }
  auto pairs = newsloom::eval::ParseSemEvalPairs(text, "fuzz.csv");
  if (pairs.ok() && !pairs->empty()) {
    const auto report = newsloom::eval::ScorePairs(
        *pairs, [](const newsloom::eval::PairInput& p) { return double(p.text1.size()); });
    if (report.overall.pearson > 1.000001 || report.overall.pearson < -1.000001) {
      __builtin_trap();
    }
  }
  // The recovering readers must never fail on syntax, and every record they keep or reject
  // names a line.
  std::vector<std::string> errors;
  const auto recovered = newsloom::eval::ParseCsvRecovering(text, "fuzz.csv", &errors);
  for (const auto& r : recovered) {
    if (r.line < 1) __builtin_trap();
  }
  if (records.ok() && (!errors.empty() || recovered.size() != records->size())) __builtin_trap();
  for (const std::string& e : errors) {
    if (e.rfind("fuzz.csv:", 0) != 0) __builtin_trap();
  }
  std::vector<std::string> rejected;
  auto lenient = newsloom::eval::ParseSemEvalPairsLenient(text, "fuzz.csv", &rejected);
  if (pairs.ok() && (!lenient.ok() || lenient->size() != pairs->size() || !rejected.empty())) {
    __builtin_trap();
  }
  return 0;
}
