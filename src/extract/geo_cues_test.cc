#include "extract/geo_cues.h"

#include "gtest/gtest.h"

namespace newsloom {

extern const std::string_view kGeoCuesTsv;

namespace {

TEST(GeoCuesTest, EmbeddedFileParses) {
  auto cues = GeoCues::Parse(kGeoCuesTsv, "geo_cues.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status();
  EXPECT_GT((*cues)->size(), 300u);
  const GeoCues& d = GeoCues::Default();
  EXPECT_TRUE(d.Has(GeoCues::kNearBefore, "near", "en"));
  EXPECT_TRUE(d.Has(GeoCues::kNearBefore, "под", "ru"));
  EXPECT_TRUE(d.Has(GeoCues::kNearBefore, "nær", "nn"));  // nn reads nb
  EXPECT_TRUE(d.Has(GeoCues::kNearAfter, "yakınlarında", "tr"));
  EXPECT_TRUE(d.Has(GeoCues::kPerson, "jordan", "de"));  // "*" applies to every language
  EXPECT_TRUE(d.Has(GeoCues::kCommon, "hun", "nl"));
  EXPECT_FALSE(d.Has(GeoCues::kCommon, "hun", "en"));
  EXPECT_FALSE(d.Has(GeoCues::kNearBefore, "almaty", "en"));
}

TEST(GeoCuesTest, ErrorsNameFileAndLine) {
  auto bad = GeoCues::Parse("# x\nnear_before\ten\n", "c.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("c.tsv:2:"), std::string::npos);
  EXPECT_FALSE(GeoCues::Parse("nearby\ten\tnear\n", "c.tsv").ok());
  EXPECT_FALSE(GeoCues::Parse("near_before\tENG\tnear\n", "c.tsv").ok());
  EXPECT_FALSE(GeoCues::Parse("near_before\ten\tnear,,x\n", "c.tsv").ok());
  auto ok = GeoCues::Parse("common\ten\tWest\n", "c.tsv");
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE((*ok)->Has(GeoCues::kCommon, "west", "en"));
}

}  // namespace
}  // namespace newsloom
