// A deterministic synthetic multilingual news corpus for `newsloom bench`: articles of about
// 3 KB in 12 languages and 4 scripts (Latin, Cyrillic, Arabic, Han), built from per-language
// word lists with a seeded generator. Word order is random, so the text is not readable, but
// its byte, token, script and language statistics are those of news text, and so is its
// density of numbers, names and the field's vocabulary (calibrated on data/samples): the
// pipeline does the same work per byte as on real articles. A share of articles are re-published
// copies (new title, one sentence added) so deduplication does real work too.
#ifndef NEWSLOOM_BENCH_SYNTHETIC_CORPUS_H_
#define NEWSLOOM_BENCH_SYNTHETIC_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsloom {

struct SyntheticCorpusOptions {
  uint64_t articles = 10000;      // number of articles
  uint64_t seed = 42;             // same seed, same corpus, on every machine
  size_t target_bytes = 3000;     // approximate article body size in bytes
  double duplicate_share = 0.05;  // share of articles that re-publish an earlier one
};

struct SyntheticArticle {
  std::string id;    // "syn-<n>"
  std::string lang;  // ISO 639-1 code the text was generated in
  std::string title;
  std::string published;     // "YYYY-MM-DD"
  std::string text;          // paragraphs separated by "\n\n"
  std::string duplicate_of;  // id of the original, "" when not a copy
};

// The languages the generator writes, in the order articles cycle through them.
const std::vector<std::string>& SyntheticLanguages();

std::vector<SyntheticArticle> GenerateSyntheticCorpus(const SyntheticCorpusOptions& options);

// The corpus as one JSONL document (fields id, title, text, published, lang), the way a user
// would bring a wire feed; `newsloom bench` feeds it through the JSONL reader.
std::string SyntheticCorpusToJsonl(const std::vector<SyntheticArticle>& articles);

}  // namespace newsloom

#endif  // NEWSLOOM_BENCH_SYNTHETIC_CORPUS_H_
