#include "eval/semeval_pairs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace newsloom::eval {
namespace {

// An unnamed index column first, like pandas writes; a quoted multi-line text with "" escapes.
constexpr char kCsv[] =
    ",pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone\n"
    "0,p1,en,en,\"x, \"\"x\"\"\nx\",\"second, text\",1.0,1.0,1.0,1.0,1.0,2.0,1.0\n"
    "1,p2,en,en,x only,other,2.0,,2.0,2.0,2.0,2.0,2.0\n"
    "2,p3,de,en,xx,drei,3.0,3.0,3.0,3.0,3.0,3.0,3.0\n"
    "3,p4,de,en,none,vier,4.0,4.0,4.0,4.0,4.0,4.0,4.0\n";

// Counts the letter x in text1: 3, 1, 2, 0 for p1..p4.
double CountX(const PairInput& p) { return std::count(p.text1.begin(), p.text1.end(), 'x'); }

TEST(SemEvalPairsTest, ParsesColumnsByName) {
  auto pairs = ParseSemEvalPairs(kCsv, "train.csv");
  ASSERT_TRUE(pairs.ok()) << pairs.status();
  ASSERT_EQ(pairs->size(), 4u);
  const LabeledPair& p1 = (*pairs)[0];
  EXPECT_EQ(p1.input.pair_id, "p1");
  EXPECT_EQ(p1.input.text1, "x, \"x\"\nx");
  EXPECT_EQ(p1.input.text2, "second, text");
  EXPECT_EQ(p1.overall, 1.0);
  EXPECT_DOUBLE_EQ(p1.similarity(), 1.0);
  EXPECT_EQ(p1.style, 2.0);
  EXPECT_EQ(p1.line, 2);
  EXPECT_FALSE(p1.cross_lingual());
  const LabeledPair& p2 = (*pairs)[1];
  EXPECT_EQ(p2.line, 4);
  EXPECT_FALSE(p2.entities.has_value());
  EXPECT_NEAR(p2.similarity(), 2.0 / 3.0, 1e-12);
  EXPECT_TRUE((*pairs)[2].cross_lingual());
  EXPECT_EQ((*pairs)[2].lang_pair(), "de-en");
  EXPECT_DOUBLE_EQ((*pairs)[3].similarity(), 0.0);
}

TEST(SemEvalPairsTest, PearsonOverallCrossLingualAndPerPair) {
  auto pairs = ParseSemEvalPairs(kCsv, "train.csv");
  ASSERT_TRUE(pairs.ok());
  // Scores x = 3,1,2,0; similarity = 1, 2/3, 1/3, 0 (Pearson ignores the scale, use 3,2,1,0).
  // Means 1.5 and 1.5; dx = 1.5,-0.5,0.5,-1.5; dy = 1.5,0.5,-0.5,-1.5.
  // Sxy = 2.25-0.25-0.25+2.25 = 4; Sxx = Syy = 5; r = 4/5 = 0.8.
  const PairsReport report = ScorePairs(*pairs, CountX);
  EXPECT_EQ(report.overall.pairs, 4);
  EXPECT_NEAR(report.overall.pearson, 0.8, 1e-12);
  // Cross-lingual p3, p4: x = 2,0 vs y = 1,0 -> r = 1.
  EXPECT_EQ(report.cross_lingual.pairs, 2);
  EXPECT_NEAR(report.cross_lingual.pearson, 1.0, 1e-12);
  ASSERT_EQ(report.by_lang_pair.size(), 2u);
  EXPECT_EQ(report.by_lang_pair.at("en-en").pairs, 2);
  EXPECT_NEAR(report.by_lang_pair.at("en-en").pearson, 1.0, 1e-12);  // x 3,1 vs y 3,2

  // A subset: p1, p2, p4 -> x = 3,1,0 vs y = 3,2,0: mx 4/3, my 5/3;
  // dx = 5/3,-1/3,-4/3; dy = 4/3,1/3,-5/3; Sxy = (20-1+20)/9 = 39/9; Sxx = 42/9; Syy = 42/9;
  // r = 39/42.
  const std::vector<size_t> subset = {0, 1, 3};
  const PairsReport sub = ScorePairs(*pairs, CountX, &subset);
  EXPECT_EQ(sub.overall.pairs, 3);
  EXPECT_NEAR(sub.overall.pearson, 39.0 / 42.0, 1e-12);

  // A constant scorer has no correlation (0, not NaN).
  const PairsReport flat = ScorePairs(*pairs, [](const PairInput&) { return 0.5; });
  EXPECT_EQ(flat.overall.pearson, 0.0);

  const std::string table = FormatPairsReport(report);
  EXPECT_NE(table.find("cross-lingual"), std::string::npos) << table;
  EXPECT_NE(table.find("0.8000"), std::string::npos) << table;
  EXPECT_NE(PairsReportToJson(report).find("\"de-en\":{\"pearson\":1"), std::string::npos)
      << PairsReportToJson(report);
}

TEST(SemEvalPairsTest, Errors) {
  auto no_overall = ParseSemEvalPairs("pair_id,lang1,lang2,text1,text2\n", "t.csv");
  ASSERT_FALSE(no_overall.ok());
  EXPECT_NE(no_overall.status().message().find("t.csv:1: missing column 'Overall'"),
            std::string::npos)
      << no_overall.status();

  const std::string header = "pair_id,lang1,lang2,text1,text2,Overall\n";
  auto bad_score = ParseSemEvalPairs(header + "p,en,en,a,b,1\np,en,en,a,b,5\n", "t.csv");
  ASSERT_FALSE(bad_score.ok());
  EXPECT_NE(bad_score.status().message().find("t.csv:3: Overall"), std::string::npos)
      << bad_score.status();

  auto short_row = ParseSemEvalPairs(header + "p,en,en,a\n", "t.csv");
  ASSERT_FALSE(short_row.ok());
  EXPECT_NE(short_row.status().message().find("t.csv:2: expected 6 fields, found 4"),
            std::string::npos)
      << short_row.status();

  EXPECT_FALSE(ParseSemEvalPairs("", "t.csv").ok());
  auto csv_error = ParseSemEvalPairs(header + "p,en,en,\"open,b,1\n", "t.csv");
  EXPECT_FALSE(csv_error.ok());

  MemEnv env;
  EXPECT_EQ(LoadSemEvalPairs(&env, "/none.csv").status().code(), absl::StatusCode::kNotFound);
}

TEST(SemEvalPairsTest, LenientReaderCountsBadRowsAndGoesOn) {
  const std::string csv =
      "pair_id,lang1,lang2,text1,text2,Overall\n"
      "p1,en,de,Rain.,Regen.,1.5\n"
      "p2,en,en,\"short\"x,other,2\n"        // CSV syntax
      "p3,fr,fr,Grève.,Grève générale.,9\n"  // Overall out of range
      "p4,es,en,Lluvia.\n"                   // too few fields
      "p5,pl,pl,Deszcz.,Burza.,3.25\n";
  std::vector<std::string> rejected;
  auto pairs = ParseSemEvalPairsLenient(csv, "t.csv", &rejected);
  ASSERT_TRUE(pairs.ok()) << pairs.status();
  ASSERT_EQ(pairs->size(), 2u);
  EXPECT_EQ((*pairs)[0].input.pair_id, "p1");
  EXPECT_EQ((*pairs)[1].input.pair_id, "p5");
  EXPECT_EQ((*pairs)[1].line, 6);
  ASSERT_EQ(rejected.size(), 3u);
  EXPECT_EQ(rejected[0], "t.csv:3: unexpected character after closing quote");
  EXPECT_NE(rejected[1].find("t.csv:4: Overall must be a number from 1 to 4"), std::string::npos);
  EXPECT_EQ(rejected[2], "t.csv:5: expected 6 fields, found 4");
  // The strict reader stops at the first of them.
  EXPECT_FALSE(ParseSemEvalPairs(csv, "t.csv").ok());
  // Whole-file problems still fail.
  EXPECT_FALSE(ParseSemEvalPairsLenient("", "t.csv", &rejected).ok());
  EXPECT_FALSE(ParseSemEvalPairsLenient("pair_id,lang1\n", "t.csv", &rejected).ok());
  MemEnv env;
  EXPECT_EQ(LoadSemEvalPairsLenient(&env, "/none.csv", &rejected).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(SemEvalPairsTest, KFoldPartitionsDeterministically) {
  std::vector<LabeledPair> pairs(50);
  for (size_t i = 0; i < pairs.size(); ++i) pairs[i].input.pair_id = "p" + std::to_string(i);
  const std::vector<Fold> folds = KFold(pairs, 5);
  ASSERT_EQ(folds.size(), 5u);
  std::multiset<size_t> tested;
  for (const Fold& f : folds) {
    EXPECT_FALSE(f.test.empty());
    EXPECT_EQ(f.train.size() + f.test.size(), pairs.size());
    EXPECT_TRUE(std::is_sorted(f.train.begin(), f.train.end()));
    std::set<size_t> in_test(f.test.begin(), f.test.end());
    for (size_t t : f.train) EXPECT_EQ(in_test.count(t), 0u);
    tested.insert(f.test.begin(), f.test.end());
  }
  EXPECT_EQ(tested.size(), pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) EXPECT_EQ(tested.count(i), 1u);

  // The same on every call, and a pair's fold does not depend on the other pairs.
  const std::vector<Fold> again = KFold(pairs, 5);
  for (size_t f = 0; f < 5; ++f) EXPECT_EQ(folds[f].test, again[f].test);
  std::vector<LabeledPair> fewer(pairs.begin(), pairs.begin() + 10);
  const std::vector<Fold> small = KFold(fewer, 5);
  for (size_t f = 0; f < 5; ++f) {
    for (size_t i : small[f].test) {
      EXPECT_NE(std::find(folds[f].test.begin(), folds[f].test.end(), i), folds[f].test.end());
    }
  }

  const std::vector<Fold> one = KFold(pairs, 1);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].test.size(), pairs.size());
  EXPECT_TRUE(one[0].train.empty());
}

TEST(SemEvalPairsTest, ReadsSharedTrainingFileWhenPresent) {
  const std::string path = NEWSLOOM_SOURCE_DIR "/../shared/data/semeval2022-task8/train.csv";
  Env* env = Env::Default();
  if (!env->FileExists(path)) GTEST_SKIP() << "no SemEval data at " << path;
  auto pairs = LoadSemEvalPairs(env, path);
  ASSERT_TRUE(pairs.ok()) << pairs.status();
  // As shipped: 1,283 pairs in 16 language pairs, 383 of them with lang1 != lang2.
  EXPECT_EQ(pairs->size(), 1283u);
  const PairsReport report = ScorePairs(*pairs, [](const PairInput& p) {
    return static_cast<double>(p.text1.size() + p.text2.size());
  });
  EXPECT_EQ(report.overall.pairs, 1283);
  EXPECT_EQ(report.cross_lingual.pairs, 383);
  EXPECT_EQ(report.by_lang_pair.size(), 16u);
  for (const LabeledPair& p : *pairs) {
    EXPECT_FALSE(p.input.pair_id.empty()) << "line " << p.line;
    EXPECT_FALSE(p.input.lang1.empty()) << "line " << p.line;
  }
}

}  // namespace
}  // namespace newsloom::eval
