// End-to-end tests of the newsloom binary: exit codes, outputs, summaries.
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

namespace fs = std::filesystem;

struct Result {
  int code;
  std::string out;
  std::string err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// ctest runs tests of this binary in parallel processes: every path is per test.
std::string TestScratch() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "/newsloom_cli_" + info->name();
}

Result RunNewsloom(const std::string& args) {
  const std::string dir = TestScratch();
  fs::create_directories(dir);
  const std::string out = dir + "/stdout.txt", err = dir + "/stderr.txt";
  const std::string cmd =
      std::string(NEWSLOOM_BINARY) + " " + args + " >" + out + " 2>" + err + " </dev/null";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
}

void Write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << s;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(TestScratch()) / "work";
    fs::remove_all(dir_);
    Write(dir_ / "in/a_nl.txt",
          " date 2021-01 De politie heeft zondagavond in Eindhoven tientallen relschoppers "
          "aangehouden. Bij het station werden winkels geplunderd en een auto in brand "
          "gestoken.\n\nDe burgemeester sprak van een zwarte dag voor de stad.\n");
    Write(dir_ / "in/sub/b_en.html",
          "<html lang=en><head><title>Storm hits coast</title>"
          "<meta property=\"article:published_time\" content=\"2019-11-16T10:00:00Z\">"
          "</head><body><nav><a href=/>Home</a></nav><article><p>A powerful storm hit the "
          "northern coast on Saturday, cutting power to thousands of homes and closing "
          "the main port for the day.</p><p>Officials said repairs would take a week at "
          "least.</p></article></body></html>");
    Write(dir_ / "in/c.jsonl",
          "{\"id\":\"w1\",\"text\":\"Tausende Menschen demonstrierten am Samstag in Berlin "
          "gegen die Regierung. Die Polizei nahm mehrere Personen fest.\",\"lang\":\"de\"}\n"
          "{not json}\n");
  }
  fs::path dir_;
};

TEST_F(CliTest, VersionAndHelp) {
  Result r = RunNewsloom("--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("newsloom "), std::string::npos);
  for (const char* sub : {"analyze", "ingest", "articles", "eval", "bench"}) {
    Result h = RunNewsloom(std::string(sub) + " --help");
    EXPECT_EQ(h.code, 0) << sub;
    EXPECT_NE(h.out.find("--"), std::string::npos) << sub;
  }
}

TEST_F(CliTest, UsageErrorsAreNonZero) {
  EXPECT_NE(RunNewsloom("").code, 0);
  EXPECT_NE(RunNewsloom("frobnicate").code, 0);
  Result r = RunNewsloom("analyze " + (dir_ / "in").string());  // --out missing
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.err.find("--out"), std::string::npos) << r.err;
}

TEST_F(CliTest, AnalyzeWritesArticlesAndSummaryAndReRunIsUnchanged) {
  const std::string out = (dir_ / "out").string();
  Result r = RunNewsloom("analyze " + (dir_ / "in").string() + " --out " + out);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("read 3, analysed 3, duplicates 0, unchanged 0, rejected 1"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("c.jsonl:2"), std::string::npos) << r.err;  // names file and line
  const std::string jsonl = Slurp(out + "/articles.jsonl");
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 3);
  EXPECT_NE(jsonl.find("\"id\":\"a_nl\""), std::string::npos);
  EXPECT_NE(jsonl.find("\"lang\":\"nl\""), std::string::npos);
  EXPECT_NE(jsonl.find("{\"date\":\"2021-01\",\"precision\":\"month\"}"), std::string::npos);
  EXPECT_NE(jsonl.find("{\"date\":\"2019-11-16\",\"precision\":\"day\"}"), std::string::npos);
  EXPECT_EQ(jsonl.find("Home"), std::string::npos) << "navigation leaked into text";
  EXPECT_TRUE(fs::exists(out + "/newsloom.db"));

  Result again = RunNewsloom("analyze " + (dir_ / "in").string() + " --out " + out);
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.err.find("unchanged 3"), std::string::npos) << again.err;
  EXPECT_EQ(Slurp(out + "/articles.jsonl"), jsonl);

  Result show = RunNewsloom("articles --db " + out + "/newsloom.db show a_nl");
  ASSERT_EQ(show.code, 0) << show.err;
  EXPECT_EQ(show.out, jsonl.substr(0, jsonl.find('\n') + 1));
  Result list = RunNewsloom("articles --db " + out + "/newsloom.db list --lang de");
  ASSERT_EQ(list.code, 0) << list.err;
  EXPECT_NE(list.out.find("w1"), std::string::npos);
  EXPECT_EQ(list.out.find("a_nl"), std::string::npos);
  EXPECT_NE(RunNewsloom("articles --db " + out + "/newsloom.db show nope").code, 0);
}

TEST_F(CliTest, AllInputsRejectedIsAFailure) {
  Write(dir_ / "bad/x.jsonl", "{broken\n");
  Result r = RunNewsloom("analyze " + (dir_ / "bad").string() + " --out " + (dir_ / "o2").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("x.jsonl:1"), std::string::npos) << r.err;
  Result missing =
      RunNewsloom("analyze " + (dir_ / "nope.txt").string() + " --out " + (dir_ / "o3").string());
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("nope.txt"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace newsloom
