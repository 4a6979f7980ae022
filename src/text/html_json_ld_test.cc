#include "text/html_json_ld.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

std::string DateOf(std::string_view json) {
  auto date = JsonLdPublished(json);
  return date ? date->ToString() : "none";
}

TEST(JsonLdPublishedTest, NewsArticle) {
  EXPECT_EQ(DateOf(R"({"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"x","datePublished":"2022-01-06T10:00:00+06:00"})"),
            "2022-01-06");
  EXPECT_EQ(DateOf(R"({"@type":["ReportageNewsArticle","CreativeWork"],
      "datePublished":"2022-01-07"})"),
            "2022-01-07");
  EXPECT_EQ(DateOf(R"({"@type":"http://schema.org/Article","datePublished":"2022-01-08"})"),
            "2022-01-08");
}

TEST(JsonLdPublishedTest, GraphAndArraysPreferArticles) {
  EXPECT_EQ(DateOf(R"({"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","datePublished":"2021-12-31"},
      {"@type":"Organization","name":"Example"},
      {"@type":"NewsArticle","datePublished":"2022-01-05T08:00:00Z",
       "author":{"@type":"Person","name":"A"}}]})"),
            "2022-01-05");
  EXPECT_EQ(DateOf(R"([{"@type":"BreadcrumbList"},
      {"@type":"Article","datePublished":"2022-01-04"}])"),
            "2022-01-04");
  // Only a WebPage date: still better than nothing.
  EXPECT_EQ(DateOf(R"({"@type":"WebPage","datePublished":"2021-11-30"})"), "2021-11-30");
  // Nested inside mainEntity.
  EXPECT_EQ(DateOf(R"({"@type":"WebPage","mainEntity":{"@type":"NewsArticle",
      "datePublished":"2022-02-01"}})"),
            "2022-02-01");
}

TEST(JsonLdPublishedTest, TolerantOfBrokenJson) {
  // Trailing comma and a raw newline inside a string.
  EXPECT_EQ(DateOf("{\"@type\":\"NewsArticle\",\"headline\":\"line one\nline two\","
                   "\"datePublished\" : \"2020-10-06T09:00:00Z\",}"),
            "2020-10-06");
  EXPECT_EQ(DateOf("<!--//--><![CDATA[//><!--\n{\"datePublished\":\"2020-10-07\"}\n//--><!]]>"),
            "2020-10-07");
}

TEST(JsonLdPublishedTest, NothingUsable) {
  EXPECT_EQ(DateOf(""), "none");
  EXPECT_EQ(DateOf("{\"@type\":\"NewsArticle\"}"), "none");
  EXPECT_EQ(DateOf("{\"@type\":\"NewsArticle\",\"datePublished\":\"yesterday\"}"), "none");
  EXPECT_EQ(DateOf("{\"datePublished\":"), "none");
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "[";
  deep += "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-01\"}";
  for (int i = 0; i < 100; ++i) deep += "]";
  EXPECT_EQ(DateOf(deep), "2020-01-01");  // Too deep to walk; found by the scan.
}

}  // namespace
}  // namespace newsloom
