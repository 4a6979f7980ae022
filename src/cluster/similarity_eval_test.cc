// `newsloom eval --semeval`: k-fold evaluation of the similarity model on a small CSV written
// here, with bad rows that are counted and skipped.
#include "cluster/similarity_eval.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

// Same-story pairs share names and numbers; the others do not. Overall: 1 = same, 4 = unrelated.
const char kCsv[] =
    "pair_id,lang1,lang2,text1,text2,Overall\n"
    "1_2,en,en,\"Floods hit Ravenbrook on Monday. 340 homes were evacuated, mayor Ilse Varga "
    "said.\",\"Mayor Ilse Varga said 340 homes in Ravenbrook were evacuated after the floods."
    "\",1\n"
    "3_4,en,en,\"Floods hit Ravenbrook on Monday.\",\"The chess final in Lisbon ended in a "
    "draw between Omar Haddad and Petra Kline.\",4\n"
    "5_6,de,en,\"Hochwasser in Ravenbrook: Bürgermeisterin Ilse Varga ließ 340 Häuser räumen."
    "\",\"Floods in Ravenbrook forced 340 homes to be evacuated, said Ilse Varga.\",1.25\n"
    "7_8,de,de,\"Die Bahn erhöht die Preise um 12 Prozent.\",\"Ein neues Museum für moderne "
    "Kunst öffnet in Kiel.\",4\n"
    "9_10,nl,nl,\"Staking bij de haven van Antwerpen: 2000 arbeiders leggen het werk neer.\","
    "\"In de haven van Antwerpen staken 2000 havenarbeiders voor hogere lonen.\",1\n"
    "11_12,nl,en,\"Staking bij de haven van Antwerpen.\",\"A new bakery opened in Oslo.\",4\n"
    "13_14,en,en,\"Omar Haddad won the chess final in Lisbon.\",\"Lisbon chess final: Omar Haddad "
    "beats Petra Kline.\",1.5\n"
    "15_16,en,en,\"Omar Haddad won the chess final.\",\"Rain is expected in Kiel tomorrow.\",3.5\n"
    "17_18,de,en,\"Die Bahn erhöht die Preise um 12 Prozent.\",\"Rail fares rise 12 percent, "
    "the Bahn said.\",1.5\n"
    "19_20,en,de,\"A museum of modern art opens in Kiel.\",\"Die Bahn erhöht die Preise.\",4\n"
    "21_22,en,en,\"Dock workers strike in Antwerp.\",\"2000 dock workers in Antwerp strike for "
    "higher pay.\",1.25\n"
    "23_24,nl,de,\"Regen in Kiel morgen.\",\"Schach in Lissabon.\",4\n"
    "bad_1,en,en,\"Too\"few,fields\n"               // CSV syntax error: line 14
    "bad_2,en,en,One text.,Another text.,seven\n";  // Overall not a number: line 15

class SimilarityEvalTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(env_.WriteFile("/pairs.csv", kCsv).ok()); }
  MemEnv env_;
};

TEST_F(SimilarityEvalTest, ScoresModelShippedAndBaselineAndCountsBadRows) {
  SemEvalEvalOptions options;
  options.folds = 2;
  auto report = EvaluateSemEval(&env_, "/pairs.csv", options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->pairs, 12);
  EXPECT_EQ(report->rejected, 2);
  ASSERT_EQ(report->rejects.size(), 2u);
  EXPECT_EQ(report->rejects[0], "/pairs.csv:14: unexpected character after closing quote");
  EXPECT_NE(report->rejects[1].find("/pairs.csv:15: Overall"), std::string::npos);

  EXPECT_EQ(report->model.report.overall.pairs, 12);
  EXPECT_EQ(report->model.monolingual.pairs, 7);
  EXPECT_EQ(report->model.report.cross_lingual.pairs, 5);
  EXPECT_EQ(report->tfidf.report.by_lang_pair.at("en-en").pairs, 5);
  // Shared names and numbers make these easy: every scorer correlates clearly.
  EXPECT_GT(report->shipped.report.overall.pearson, 0.5);
  EXPECT_GT(report->tfidf.monolingual.pearson, 0.5);
  EXPECT_GT(report->model.report.overall.pearson, 0.3);

  const std::string table = FormatSemEvalReport(*report);
  EXPECT_NE(table.find("cross-lingual"), std::string::npos) << table;
  EXPECT_NE(table.find("monolingual"), std::string::npos);
  EXPECT_NE(table.find("  de-en"), std::string::npos);
  EXPECT_NE(table.find("rejected: /pairs.csv:14:"), std::string::npos);
  const std::string json = SemEvalReportToJson(*report);
  EXPECT_NE(json.find("\"tfidf\":{\"overall\":{\"pearson\":"), std::string::npos) << json;
  EXPECT_NE(json.find("\"rejected\":2"), std::string::npos);
}

TEST_F(SimilarityEvalTest, RejectListIsCappedButCounted) {
  SemEvalEvalOptions options;
  options.folds = 3;
  options.max_listed_rejects = 1;
  auto report = EvaluateSemEval(&env_, "/pairs.csv", options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->rejected, 2);
  EXPECT_EQ(report->rejects.size(), 1u);
  EXPECT_NE(FormatSemEvalReport(*report).find("... and 1 more"), std::string::npos);
}

TEST_F(SimilarityEvalTest, Errors) {
  SemEvalEvalOptions options;
  options.folds = 1;
  EXPECT_EQ(EvaluateSemEval(&env_, "/pairs.csv", options).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(EvaluateSemEval(&env_, "/missing.csv").ok());
  ASSERT_TRUE(env_.WriteFile("/one.csv",
                             "pair_id,lang1,lang2,text1,text2,Overall\n"
                             "1_2,en,en,A text.,Another.,2\n")
                  .ok());
  auto one = EvaluateSemEval(&env_, "/one.csv");
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.status().message().find("/one.csv: 1 usable pairs"), std::string::npos)
      << one.status();
}

}  // namespace
}  // namespace newsloom::cluster
