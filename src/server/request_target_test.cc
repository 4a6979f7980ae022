#include "server/request_target.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(RequestTargetTest, SplitsAndDecodes) {
  auto t = ParseRequestTarget(
      "/api/stories?country=KG&q=Almaty+protest&q=second&x&empty=&%C3%A9=%D0%91");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->path, "/api/stories");
  EXPECT_EQ(t->query.GetOr("country"), "KG");
  EXPECT_EQ(t->query.GetOr("q"), "Almaty protest");  // the first value wins
  EXPECT_EQ(t->query.Get("x"), std::optional<std::string>(""));
  EXPECT_EQ(t->query.Get("empty"), std::optional<std::string>(""));
  EXPECT_EQ(t->query.GetOr("é"), "Б");
  EXPECT_FALSE(t->query.Get("missing").has_value());
  auto id = ParseRequestTarget("/api/entities/p%3A0123?#frag");
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->path, "/api/entities/p:0123");
  EXPECT_EQ(id->query.size(), 0u);
}

TEST(RequestTargetTest, RefusesTraversalAndOddBytes) {
  for (const char* bad :
       {"",          "x",       "api",     "/..",    "/../x",  "/a/../b", "/a/./b", "/%2e%2e/x",
        "/%2E%2e/x", "/.%2e/x", "/%2e./x", "/%2e/x", "/a%2fb", "/a%2Fb",  "/a%5cb", "/a\\b",
        "/a%00",     "/a%0a",   "/a\tb",   "/%",     "/%4",    "/%zz",    "/%ff",   "/\x7f"}) {
    EXPECT_FALSE(ParseRequestTarget(bad).ok()) << bad;
  }
  EXPECT_FALSE(ParseRequestTarget(std::string("/a\0b", 4)).ok());
  EXPECT_FALSE(ParseRequestTarget("/x?q=%ff").ok());
  EXPECT_FALSE(ParseRequestTarget("/x?q=%2").ok());
  EXPECT_FALSE(ParseRequestTarget("/x?q=%00").ok());
  EXPECT_FALSE(ParseRequestTarget("/" + std::string(kMaxTargetBytes, 'a')).ok());
  // Dots inside names are fine.
  EXPECT_TRUE(ParseRequestTarget("/assets/app.min.js").ok());
  EXPECT_TRUE(ParseRequestTarget("/a/..b/c..").ok());
  EXPECT_TRUE(ParseRequestTarget("/?q=../../etc").ok());  // query values are data, not paths
}

TEST(RequestTargetTest, Integers) {
  QueryParams q;
  q.Add("page", "3");
  q.Add("neg", "-1");
  q.Add("junk", "2x");
  q.Add("big", "99999999999999999999");
  q.Add("blank", "");
  EXPECT_EQ(*q.GetInt("page", 1, 1, 10), 3);
  EXPECT_EQ(*q.GetInt("absent", 7, 1, 10), 7);
  EXPECT_EQ(*q.GetInt("blank", 7, 1, 10), 7);
  EXPECT_FALSE(q.GetInt("page", 1, 4, 10).ok());
  EXPECT_FALSE(q.GetInt("neg", 1, 1, 10).ok());
  EXPECT_FALSE(q.GetInt("junk", 1, 1, 10).ok());
  EXPECT_FALSE(q.GetInt("big", 1, 1, 10).ok());
}

TEST(RequestTargetTest, PercentDecode) {
  EXPECT_EQ(*PercentDecode("a+b%20c", true), "a b c");
  EXPECT_EQ(*PercentDecode("a+b", false), "a+b");
  EXPECT_FALSE(PercentDecode("%g0", false).ok());
  EXPECT_FALSE(PercentDecode("abc%", false).ok());
}

}  // namespace
}  // namespace newsloom
