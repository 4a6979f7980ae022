// The story measurement modes behind `bench --stories` and `eval --semeval`: exit codes and
// what they print.
#include "cli/story_commands.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(StoryCommandsTest, BenchStoriesUsageAndJson) {
  EXPECT_EQ(RunBenchStories("abc", 42, false), 2);
  EXPECT_EQ(RunBenchStories("10", 42, false), 2);  // below the smallest size
  testing::internal::CaptureStdout();
  const int code = RunBenchStories("200", 42, true);
  std::fflush(stdout);
  const std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(code, 0);
  EXPECT_NE(out.find("\"articles\":200"), std::string::npos) << out;
  EXPECT_NE(out.find("\"pass\":"), std::string::npos) << out;
}

TEST(StoryCommandsTest, EvalSemEvalUsageErrorsAndTable) {
  EXPECT_EQ(RunEvalSemEval("/nonexistent/pairs.csv", 1, 1, false), 2);  // bad --folds
  EXPECT_EQ(RunEvalSemEval("/nonexistent/pairs.csv", 5, 1, false), 1);
  const std::string path = testing::TempDir() + "/story_commands_pairs.csv";
  {
    std::ofstream f(path);
    f << "pair_id,lang1,lang2,text1,text2,Overall\n"
         "1_2,en,en,Storm floods the harbour of Ravenbrook.,Ravenbrook harbour flooded by "
         "storm.,1\n"
         "3_4,en,de,Storm floods Ravenbrook.,Ein Museum öffnet in Kiel.,4\n"
         "5_6,de,de,Streik im Hafen von Kiel.,Hafenarbeiter in Kiel streiken.,1.5\n"
         "7_8,en,en,Chess final in Lisbon.,Rain expected tomorrow.,4\n"
         "9_10,en,de,Dock strike in Kiel.,Streik im Kieler Hafen.,1.25\n"
         "11_12,de,de,Regen in Kiel.,Schach in Lissabon.,3.75\n"
         "bad,en,en,only three\n";
  }
  testing::internal::CaptureStdout();
  const int code = RunEvalSemEval(path, 2, 1, false);
  std::fflush(stdout);
  const std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(code, 0);
  EXPECT_NE(out.find("6 pairs scored, 1 rejected"), std::string::npos) << out;
  EXPECT_NE(out.find("cross-lingual"), std::string::npos) << out;
  EXPECT_NE(out.find("rejected: " + path + ":8: expected 6 fields, found 4"), std::string::npos)
      << out;
  std::remove(path.c_str());
}

}  // namespace
}  // namespace newsloom
