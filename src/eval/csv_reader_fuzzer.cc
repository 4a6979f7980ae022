// Fuzzes the CSV parser and the SemEval pair reader on arbitrary bytes.
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
  return 0;
}
