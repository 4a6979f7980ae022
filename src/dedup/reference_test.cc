// Checks the LSH index against a brute-force reference (exact Jaccard of the shingle sets over
// all pairs) on a generated corpus with planted near duplicates and near misses.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/hash.h"
#include "dedup/deduplicator.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using Doc = std::vector<std::string>;

class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint64_t seed) : rng_(seed) {}

  // News-like word statistics: half the tokens come from 100 function words.
  std::string Word() {
    if (Next(2) == 0) return "f" + std::to_string(Next(100));
    return "r" + std::to_string(Next(20000));
  }
  Doc Words(size_t n) {
    Doc out;
    for (size_t i = 0; i < n; ++i) out.push_back(Word());
    return out;
  }
  // A re-published copy: a new headline, an extra sentence, an edited or deleted span.
  Doc Republish(const Doc& doc) {
    Doc out = doc;
    const int edits = 1 + static_cast<int>(Next(3));
    for (int e = 0; e < edits; ++e) {
      const size_t pos = Next(out.size() + 1);
      switch (Next(4)) {
        case 0: {  // headline
          Doc head = Words(5 + Next(8));
          out.insert(out.begin(), head.begin(), head.end());
          break;
        }
        case 1: {  // extra sentence
          Doc sentence = Words(10 + Next(16));
          out.insert(out.begin() + pos, sentence.begin(), sentence.end());
          break;
        }
        case 2: {  // edited words
          for (size_t i = pos; i < std::min(out.size(), pos + 3); ++i) out[i] = Word();
          break;
        }
        default: {  // deleted sentence
          const size_t end = std::min(out.size(), pos + 10 + Next(10));
          out.erase(out.begin() + pos, out.begin() + end);
        }
      }
    }
    return out;
  }
  // Shares one contiguous part (20-45%) of `doc`, the rest is new: related, not a copy.
  Doc NearMiss(const Doc& doc) {
    const size_t keep = doc.size() * (20 + Next(26)) / 100;
    const size_t begin = Next(doc.size() - keep + 1);
    Doc out = Words(Next(100) + 50);
    out.insert(out.begin() + Next(out.size() + 1), doc.begin() + begin, doc.begin() + begin + keep);
    return out;
  }
  uint64_t Next(uint64_t n) { return rng_() % n; }

 private:
  std::mt19937_64 rng_;
};

// Sorted distinct hashes of the word 4-shingles (the whole text when shorter), computed
// independently of the library's hashing.
std::vector<uint64_t> ExactShingles(const Doc& doc) {
  std::vector<uint64_t> out;
  const size_t width = std::min<size_t>(doc.size(), 4);
  for (size_t i = 0; width > 0 && i + width <= doc.size(); ++i) {
    std::string s;
    for (size_t j = 0; j < width; ++j) s += doc[i + j] + " ";
    out.push_back(Hash64(s));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  const size_t uni = a.size() + b.size() - common;
  return uni == 0 ? 0.0 : static_cast<double>(common) / uni;
}

std::vector<Doc> MakeCorpus(uint64_t seed, std::vector<int>* planted_from) {
  CorpusGenerator gen(seed);
  std::vector<Doc> docs;
  for (int i = 0; i < 500; ++i) {
    const uint64_t kind = i < 40 ? 0 : gen.Next(10);
    if (kind < 6) {
      docs.push_back(gen.Words(80 + gen.Next(420)));
      planted_from->push_back(-1);
    } else if (kind < 9) {
      const int from = static_cast<int>(gen.Next(docs.size()));
      docs.push_back(gen.Republish(docs[from]));
      planted_from->push_back(from);
    } else {
      docs.push_back(gen.NearMiss(docs[gen.Next(docs.size())]));
      planted_from->push_back(-1);
    }
  }
  return docs;
}

struct ReferenceCase {
  DedupOptions options;
  uint64_t seed;
  // What the corpus must exercise: planted copies above threshold + margin, documents whose
  // answer the reference can decide (no pair inside the margin).
  int min_planted_above;
  int min_decided;
};

class ReferenceTest : public testing::TestWithParam<ReferenceCase> {};

TEST_P(ReferenceTest, LshIndexAgreesWithBruteForce) {
  constexpr double kMargin = 0.15;
  const DedupOptions& options = GetParam().options;
  const double t = options.threshold;
  std::vector<int> planted_from;
  const std::vector<Doc> docs = MakeCorpus(GetParam().seed, &planted_from);
  auto dedup_or = Deduplicator::Create(options);
  ASSERT_TRUE(dedup_or.ok());
  Deduplicator& dedup = **dedup_or;

  std::vector<std::vector<uint64_t>> shingles;
  std::vector<int> reference_root;  // -1 when the reference cannot decide (margin pairs)
  int clear_duplicates = 0, planted_above = 0, decided = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    shingles.push_back(ExactShingles(docs[i]));
    std::vector<std::string_view> tokens(docs[i].begin(), docs[i].end());
    const Signature sig = Signature::Compute(tokens);
    std::vector<bool> found(i, false);
    for (const DedupMatch& m : dedup.FindMatches(sig)) found[std::stoi(m.id)] = true;

    int root = static_cast<int>(i);
    bool certain = true;
    for (size_t j = 0; j < i; ++j) {
      const double exact = ExactJaccard(shingles[i], shingles[j]);
      if (exact >= t + kMargin) {
        EXPECT_TRUE(found[j]) << "missed " << i << " ~ " << j << " J=" << exact;
        if (reference_root[j] < 0) certain = false;
        root = std::min(root, reference_root[j] < 0 ? root : reference_root[j]);
        if (planted_from[i] == static_cast<int>(j)) ++planted_above;
      } else if (exact < t - kMargin) {
        EXPECT_FALSE(found[j]) << "false positive " << i << " ~ " << j << " J=" << exact;
      } else {
        certain = false;
      }
    }
    reference_root.push_back(certain ? root : -1);

    const std::optional<std::string> got = dedup.AddSignature(std::to_string(i), sig);
    if (!certain) continue;
    ++decided;
    if (root == static_cast<int>(i)) {
      EXPECT_EQ(got, std::nullopt) << i;
    } else {
      ++clear_duplicates;
      EXPECT_EQ(got, std::to_string(root)) << i;
    }
  }
  // The corpus exercises what it should: many clear duplicates, few undecidable documents.
  std::printf("threshold %.2f: %d planted copies above the margin, %d duplicates, %d/%zu decided\n",
              t, planted_above, clear_duplicates, decided, docs.size());
  EXPECT_GE(planted_above, GetParam().min_planted_above);
  EXPECT_GE(clear_duplicates, GetParam().min_planted_above);
  EXPECT_GE(decided, GetParam().min_decided);
}

DedupOptions Options(double threshold, int bands, int rows) {
  DedupOptions o;
  o.threshold = threshold;
  o.bands = bands;
  o.rows_per_band = rows;
  return o;
}

INSTANTIATE_TEST_SUITE_P(Options, ReferenceTest,
                         testing::Values(ReferenceCase{DedupOptions(), 11, 100, 450},
                                         ReferenceCase{DedupOptions(), 12, 100, 450},
                                         ReferenceCase{Options(0.8, 20, 6), 13, 10, 350},
                                         ReferenceCase{Options(0.5, 42, 3), 14, 100, 450}),
                         [](const testing::TestParamInfo<ReferenceCase>& info) {
                           const DedupOptions& o = info.param.options;
                           return "t" + std::to_string(static_cast<int>(o.threshold * 100)) + "_b" +
                                  std::to_string(o.bands) + "_r" + std::to_string(o.rows_per_band) +
                                  "_seed" + std::to_string(info.param.seed);
                         });

}  // namespace
}  // namespace newsloom
