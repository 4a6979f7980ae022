// Helpers for the server tests: a small database built by running the whole pipeline on the
// test corpus (testdata/corpus.jsonl: short reports written for these tests, in en, nl, de, es).
#ifndef NEWSLOOM_SERVER_SERVER_TEST_UTIL_H_
#define NEWSLOOM_SERVER_SERVER_TEST_UTIL_H_

#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/env.h"
#include "gtest/gtest.h"
#include "pipeline/analysis_run.h"

namespace newsloom {

inline std::string TestCorpusPath() {
  return std::string(NEWSLOOM_SOURCE_DIR) + "/src/server/testdata/corpus.jsonl";
}

// A fresh directory under the test temp dir, private to this process: ctest runs each test
// case as its own process, in parallel, and suites build their database in SetUpTestSuite.
inline std::string FreshTestDir(const std::string& name) {
  const std::string dir = ::testing::TempDir() + "/newsloom_server_" + name + "_" +
                          std::to_string(static_cast<long>(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Analyses the test corpus into DIR/newsloom.db (no search index) and returns its path.
inline std::string BuildTestDatabase(const std::string& dir) {
  AnalysisRunOptions o;
  o.db_path = dir + "/newsloom.db";
  o.pipeline.progress = false;
  o.pipeline.threads = 2;
  o.update_search_index = false;
  o.command = "server test";
  StatusOr<RunSummary> s = RunAnalysis(Env::Default(), {TestCorpusPath()}, o);
  EXPECT_TRUE(s.ok()) << s.status();
  if (s.ok()) {
    EXPECT_EQ(s->analysed, 6u) << "rejected: " << s->rejected;
  }
  return o.db_path;
}

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_SERVER_TEST_UTIL_H_
