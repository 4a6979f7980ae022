#include "server/post_body.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

std::vector<int64_t> RejectedRecords(const PostedArticles& p) {
  std::vector<int64_t> out;
  for (const Rejection& r : p.rejections) out.push_back(r.record);
  return out;
}

TEST(PostBodyTest, OneObjectEvenPrettyPrinted) {
  auto p = ParsePostBody(
      "{\n  \"id\": \"a1\",\n  \"title\": \"T\",\n  \"text\": \"Some text.\",\n"
      "  \"published\": \"2021-05-04\", \"lang\": \"en-GB\"\n}\n");
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ(p->documents.size(), 1u);
  const RawDocument& d = p->documents[0];
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.text, "Some text.");
  EXPECT_EQ(d.record, 1);
  EXPECT_EQ(d.source, "api");
  EXPECT_EQ(d.lang_hint, "en");
  ASSERT_TRUE(d.published.has_value());
  EXPECT_EQ(d.published->ToString(), "2021-05-04");
  EXPECT_TRUE(p->rejections.empty());
}

TEST(PostBodyTest, JsonLinesNumberedByLine) {
  auto p = ParsePostBody(
      "{\"text\":\"one\"}\r\n\n{bad\n{\"title\":\"x\"}\n{\"id\":7,\"text\":\"four\"}");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->documents.size(), 2u);
  EXPECT_EQ(p->documents[0].record, 1);
  EXPECT_EQ(p->documents[1].record, 5);
  EXPECT_EQ(p->documents[1].id, "7");
  EXPECT_THAT(RejectedRecords(*p), ::testing::ElementsAre(3, 4));
  for (const Rejection& r : p->rejections) EXPECT_EQ(r.source, "api");
}

TEST(PostBodyTest, ArraysNumberedByElement) {
  auto p = ParsePostBody(R"([{"text":"a"}, 5, {"text":""}, {"text":"d","id":"x"}])");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->documents.size(), 2u);
  EXPECT_EQ(p->documents[0].record, 1);
  EXPECT_EQ(p->documents[1].record, 4);
  EXPECT_EQ(p->documents[1].id, "x");
  EXPECT_THAT(RejectedRecords(*p), ::testing::ElementsAre(2, 3));
}

TEST(PostBodyTest, ContentIdsAreStableAndDistinct) {
  auto a = ParsePostBody("{\"text\":\"alpha\"}\n{\"text\":\"beta\"}");
  auto b = ParsePostBody("{\"title\":\"other\",\"text\":\"alpha\"}");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_THAT(a->documents[0].id, ::testing::StartsWith("api:"));
  EXPECT_NE(a->documents[0].id, a->documents[1].id);
  EXPECT_EQ(a->documents[0].id, b->documents[0].id);
}

TEST(PostBodyTest, NoRecordWithTextIsReportedPerRecord) {
  auto p = ParsePostBody(R"([{"ttext":""}, {"text&":"d"}, {"title":"t"}])");
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->documents.empty());
  EXPECT_THAT(RejectedRecords(*p), ::testing::ElementsAre(1, 2, 3));
}

TEST(PostBodyTest, NothingUsable) {
  EXPECT_FALSE(ParsePostBody("").ok());
  EXPECT_FALSE(ParsePostBody(" \n\t ").ok());
  EXPECT_FALSE(ParsePostBody("\"just a string\"").ok());
  EXPECT_FALSE(ParsePostBody("null").ok());
  auto junk = ParsePostBody("not json at all");
  ASSERT_TRUE(junk.ok());
  EXPECT_TRUE(junk->documents.empty());
  EXPECT_THAT(RejectedRecords(*junk), ::testing::ElementsAre(1));
}

}  // namespace
}  // namespace newsloom
