// Integration test over the five real reports in ../shared/seeds (skipped when absent).
#include <filesystem>
#include <map>

#include "gtest/gtest.h"
#include "pipeline/pipeline.h"

namespace newsloom {
namespace {

const std::string kSeeds = std::string(NEWSLOOM_SOURCE_DIR) + "/../shared/seeds";

TEST(SeedsTest, LanguagesDatesAndCleanText) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no " << kSeeds << ": skipped";
  PipelineOptions options;
  options.progress = false;
  auto pipeline = Pipeline::Create(Env::Default(), options, nullptr, nullptr);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  std::map<std::string, Article> got;
  (*pipeline)->set_article_callback([&](const Article& a) { got[a.raw.id] = a; });
  ASSERT_TRUE((*pipeline)->Run({kSeeds}).ok());
  // gold.jsonl holds answers, not articles: its records are rejected, nothing else is.
  for (const Rejection& r : (*pipeline)->summary().rejections) {
    EXPECT_NE(r.source.find("gold.jsonl"), std::string::npos) << r.ToString();
  }

  const std::vector<std::tuple<std::string, std::string, std::string>> want = {
      {"000_c0efb3bea725582c", "nl", "2020-10"},
      {"001_6e9735e04485fc5e", "nb", "2020-10"},
      {"002_3a4275490f53a859", "nl", "2022-01"},
      {"003_eb47b517691dc6ae", "nl", "2022-01"},
      {"004_7e7f4fe492b2e33b", "en", ""}};
  for (const auto& [id, lang, published] : want) {
    ASSERT_TRUE(got.count(id)) << id;
    const Article& a = got[id];
    EXPECT_EQ(a.doc.lang, lang) << id;
    EXPECT_EQ(a.raw.published ? a.raw.published->ToString() : "", published) << id;
    if (!published.empty()) EXPECT_EQ(a.raw.published->PrecisionName(), "month") << id;
    EXPECT_TRUE(a.duplicate_of.empty()) << id;
    EXPECT_GT(a.doc.sentences.size(), 10u) << id;
  }
  const std::string& text = got["004_7e7f4fe492b2e33b"].doc.text;
  EXPECT_EQ(text.find("Accessibility links"), std::string::npos) << text.substr(0, 200);
  EXPECT_EQ(text.find("Breaking News"), std::string::npos) << text.substr(0, 200);
  EXPECT_EQ(text.rfind("Kyrgyz Opposition Protesters Storm Government Headquarters", 0), 0u)
      << text.substr(0, 200);
  EXPECT_EQ(got["000_c0efb3bea725582c"].doc.text.rfind("In Kirgizi", 0), 0u);
}

}  // namespace
}  // namespace newsloom
