// End-to-end tests of `newsloom compare` through the binary.
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

namespace fs = std::filesystem;

struct Result {
  int code;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << s;
}

class CompareCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) / ("newsloom_compare_" + std::string(info->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write(dir_ / "storm_en.txt",
          "Storm floods coastal towns in Portugal\n\nA violent storm flooded several coastal "
          "towns in northern Portugal on Sunday. Firefighters evacuated 350 residents in Porto "
          "and the government declared a state of emergency.\n");
    Write(dir_ / "storm_nl.txt",
          "Storm overstroomt kustplaatsen in Portugal\n\nEen zware storm heeft zondag in het "
          "noorden van Portugal meerdere kustplaatsen onder water gezet. De brandweer "
          "evacueerde 350 bewoners in Porto en de regering riep de noodtoestand uit.\n");
    Write(dir_ / "vote_en.txt",
          "Parliament approves budget after long debate\n\nThe Finnish parliament approved the "
          "annual budget on Thursday after a debate of nine hours. The opposition voted "
          "against the plan for higher taxes on tobacco.\n");
  }
  Result Run(const std::string& args) {
    const fs::path out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    const std::string cmd = std::string(NEWSLOOM_BINARY) + " " + args + " >" + out.string() +
                            " 2>" + err.string() + " </dev/null";
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  }
  std::string P(const char* name) { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(CompareCommandTest, TwoArticlesAsText) {
  Result r = Run("compare " + P("storm_en.txt") + " " + P("storm_nl.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, testing::HasSubstr("same story"));
  EXPECT_THAT(r.out, testing::HasSubstr("Porto"));
  EXPECT_THAT(r.out, testing::HasSubstr("350"));
  Result diff = Run("compare " + P("storm_en.txt") + " " + P("vote_en.txt"));
  ASSERT_EQ(diff.code, 0) << diff.err;
  EXPECT_THAT(diff.out, testing::HasSubstr("different stories"));
}

TEST_F(CompareCommandTest, TwoArticlesAsJson) {
  Result r = Run("compare --json " + P("storm_en.txt") + " " + P("storm_nl.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, testing::HasSubstr("\"same_story\":true"));
  EXPECT_THAT(r.out, testing::HasSubstr("\"reasons\":["));
  EXPECT_THAT(r.out, testing::HasSubstr("\"signal\":\"names\""));
}

TEST_F(CompareCommandTest, ReasonsNameSharedFactsUnlessTextOnly) {
  Result r = Run("compare --json " + P("storm_en.txt") + " " + P("storm_nl.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  // Porto as a GeoNames place and Portugal as a country, in both languages.
  EXPECT_THAT(r.out, testing::ContainsRegex("\"signal\":\"places\"[^}]*\"Porto\""));
  EXPECT_THAT(r.out, testing::ContainsRegex("\"signal\":\"countries\"[^}]*\"PT\""));
  Result text_only =
      Run("compare --json --no-facts " + P("storm_en.txt") + " " + P("storm_nl.txt"));
  ASSERT_EQ(text_only.code, 0) << text_only.err;
  EXPECT_THAT(text_only.out, testing::Not(testing::HasSubstr("\"signal\":\"places\"")));
  EXPECT_THAT(text_only.out, testing::HasSubstr("\"places\":0,"));
}

TEST_F(CompareCommandTest, PairsFileWithBadLines) {
  std::string storm_en = Slurp(dir_ / "storm_en.txt"), storm_nl = Slurp(dir_ / "storm_nl.txt");
  auto esc = [](std::string s) {
    std::string out;
    for (char c : s) out += c == '\n' ? std::string("\\n") : std::string(1, c);
    return out;
  };
  Write(dir_ / "pairs.jsonl",
        "{\"id\":\"a\",\"text1\":\"" + esc(storm_en) + "\",\"text2\":\"" + esc(storm_nl) +
            "\",\"lang1\":\"en\",\"lang2\":\"nl\",\"published1\":\"2023-01-08\"}\n"
            "not json\n"
            "{\"id\":\"c\",\"text1\":\"x\"}\n"
            "\n"
            "{\"id\":7,\"text1\":\"" +
            esc(storm_en) + "\",\"text2\":\"" + esc(Slurp(dir_ / "vote_en.txt")) + "\"}\n");
  Result r = Run("compare --pairs " + P("pairs.jsonl") + " --out " + P("scores.jsonl"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.err, testing::HasSubstr("pairs.jsonl:2:"));
  EXPECT_THAT(r.err, testing::HasSubstr("pairs.jsonl:3: missing \"text2\""));
  EXPECT_THAT(r.err, testing::HasSubstr("2 pairs compared, 2 bad lines skipped"));
  std::string scores = Slurp(dir_ / "scores.jsonl");
  EXPECT_THAT(scores, testing::HasSubstr("{\"id\":\"a\",\"score\":"));
  EXPECT_THAT(scores, testing::HasSubstr("\"same_story\":true}\n"));
  EXPECT_THAT(scores, testing::HasSubstr("{\"id\":\"7\","));
  EXPECT_THAT(scores, testing::HasSubstr("\"same_story\":false}\n"));
}

TEST_F(CompareCommandTest, UsageErrors) {
  EXPECT_EQ(Run("compare " + P("storm_en.txt")).code, 2);
  EXPECT_EQ(Run("compare --pairs x.jsonl " + P("storm_en.txt")).code, 2);
  Result missing = Run("compare " + P("nope.txt") + " " + P("storm_en.txt"));
  EXPECT_EQ(missing.code, 1);
  EXPECT_THAT(missing.err, testing::HasSubstr("nope.txt"));
  EXPECT_EQ(Run("compare --pairs " + P("nope.jsonl")).code, 1);
  EXPECT_EQ(Run("compare --help").code, 0);
}

}  // namespace
}  // namespace newsloom
