#include "core/progress.h"

#include "core/env.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(ProgressBarTest, RateAndEta) {
  MemEnv env;
  env.SetNowMicros(0);
  ProgressBar bar("analyze", 100, "art", &env);
  bar.set_enabled(false);
  env.SetNowMicros(2000000);
  bar.Add(50, 4000000);
  const std::string line = bar.Render();
  EXPECT_NE(line.find("50/100"), std::string::npos) << line;
  EXPECT_NE(line.find("25 art/s"), std::string::npos) << line;
  EXPECT_NE(line.find("2.0 MB/s"), std::string::npos) << line;
  EXPECT_NE(line.find("ETA 0:02"), std::string::npos) << line;
}

TEST(ProgressBarTest, UnknownTotal) {
  MemEnv env;
  ProgressBar bar("ingest", 0, "doc", &env);
  bar.set_enabled(false);
  env.SetNowMicros(1000000);
  bar.Add(7);
  EXPECT_EQ(bar.Render().find('['), std::string::npos);
  EXPECT_NE(bar.Render().find("ingest 7"), std::string::npos);
}

}  // namespace
}  // namespace newsloom
