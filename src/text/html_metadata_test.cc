#include "text/html_metadata.h"

#include <string>

#include "gtest/gtest.h"
#include "text/html_dom.h"

namespace newsloom {
namespace {

std::string DateString(const std::optional<FuzzyDate>& date) {
  return date ? date->ToString() : "none";
}

TEST(ParseMetaDateTest, Formats) {
  EXPECT_EQ(DateString(ParseMetaDate("2020-10-06T08:14:22.000Z")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate(" 2020-10-06 ")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate("2020/10/06 14:00")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate("2020.10.06")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate("20201006")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate("20201006T101500Z")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate("Tue, 06 Oct 2020 08:14:22 GMT")), "2020-10-06");
  EXPECT_EQ(DateString(ParseMetaDate("2020-10")), "2020-10");
  EXPECT_EQ(DateString(ParseMetaDate("2020-13-45")), "none");
  EXPECT_EQ(DateString(ParseMetaDate("yesterday")), "none");
  EXPECT_EQ(DateString(ParseMetaDate("")), "none");
  EXPECT_EQ(DateString(ParseMetaDate("2222222222 Oct 2020")), "none");
}

TEST(CleanTitleTest, RemovesSiteName) {
  EXPECT_EQ(CleanTitle("Protests in Bishkek - Example News", "Example News", false),
            "Protests in Bishkek");
  EXPECT_EQ(CleanTitle("Example News | Protests in Bishkek", "example news", false),
            "Protests in Bishkek");
  EXPECT_EQ(CleanTitle("Protests in Bishkek - Example News", "", false),
            "Protests in Bishkek - Example News");
  EXPECT_EQ(CleanTitle("Protests in Bishkek - World - Example News", "", true),
            "Protests in Bishkek - World");
  EXPECT_EQ(CleanTitle("Protesten in Bisjkek | NOS", "", true), "Protesten in Bisjkek");
  EXPECT_EQ(CleanTitle("Uro i Kirgisistan \xE2\x80\x93 Avisa", "", true), "Uro i Kirgisistan");
  // The part after the separator is the longer one: not a site name.
  EXPECT_EQ(CleanTitle("Live - Protesters storm parliament in the capital", "", true),
            "Live - Protesters storm parliament in the capital");
  EXPECT_EQ(CleanTitle("  Plain title  ", "", true), "Plain title");
}

TEST(PrimaryLanguageTest, Tags) {
  EXPECT_EQ(PrimaryLanguage("nl-NL"), "nl");
  EXPECT_EQ(PrimaryLanguage("EN_us"), "en");
  EXPECT_EQ(PrimaryLanguage("nb"), "nb");
  EXPECT_EQ(PrimaryLanguage(" fil "), "fil");
  EXPECT_EQ(PrimaryLanguage(""), "");
  EXPECT_EQ(PrimaryLanguage("x"), "");
  EXPECT_EQ(PrimaryLanguage("english"), "");
  EXPECT_EQ(PrimaryLanguage("1234"), "");
}

TEST(ReadPageMetadataTest, ReadsHead) {
  ParsedHtml parsed(R"html(<html lang="nl-NL"><head>
    <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
    <title>  Onrust in
      Kirgizië | Voorbeeld  </title>
    <meta property="og:title" content="Onrust in Kirgizië">
    <meta property="og:site_name" content="Voorbeeld">
    <meta property="og:url" content="https://voorbeeld.nl/og">
    <link rel="alternate canonical" href=" https://voorbeeld.nl/a ">
    <meta name="date" content="2020-10-01">
    <meta name="DC.date" content="2020-10-02">
    <meta name="publishdate" content="2020-10-05">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-03"}
    </script>
    </head><body><svg><title>icon title</title></svg></body></html>)html");
  const PageMetadata meta = ReadPageMetadata(parsed.root());
  EXPECT_EQ(meta.lang, "nl");
  EXPECT_EQ(meta.declared_charset, "iso-8859-1");
  EXPECT_EQ(meta.title_tag, "Onrust in Kirgizië | Voorbeeld");
  EXPECT_EQ(meta.og_title, "Onrust in Kirgizië");
  EXPECT_EQ(meta.og_site_name, "Voorbeeld");
  EXPECT_EQ(meta.canonical_url, "https://voorbeeld.nl/a");
  EXPECT_EQ(DateString(meta.meta_published), "2020-10-05");  // publishdate ranks above date.
  EXPECT_EQ(DateString(meta.json_ld_published), "2020-10-03");
}

TEST(ReadPageMetadataTest, FallbacksAndMissing) {
  ParsedHtml parsed(
      "<html xml:lang=\"fr\"><head><meta charset=\"UTF-8\">"
      "<meta property=\"og:url\" content=\"https://exemple.fr/b\"></head>"
      "<body><time itemprop=\"datePublished\" datetime=\"2021-05-04\">4 mai</time></body>"
      "</html>");
  const PageMetadata meta = ReadPageMetadata(parsed.root());
  EXPECT_EQ(meta.lang, "fr");
  EXPECT_EQ(meta.declared_charset, "utf-8");
  EXPECT_EQ(meta.canonical_url, "https://exemple.fr/b");
  EXPECT_EQ(DateString(meta.meta_published), "2021-05-04");
  EXPECT_EQ(meta.title_tag, "");
  EXPECT_FALSE(meta.json_ld_published.has_value());

  ParsedHtml empty("");
  const PageMetadata none = ReadPageMetadata(empty.root());
  EXPECT_EQ(none.lang, "");
  EXPECT_FALSE(none.meta_published.has_value());
}

TEST(FirstTimeElementDateTest, FindsFirstTime) {
  ParsedHtml parsed(
      "<body><div><time>soon</time><p><time datetime=\"2019-11-16T14:05\">Sat</time></p>"
      "<time datetime=\"2018-01-01\">x</time><time>2017-05-05</time></div></body>");
  EXPECT_EQ(DateString(FirstTimeElementDate(parsed.root())), "2019-11-16");
  ParsedHtml text_only("<body><time> 2017-05-05 </time></body>");
  EXPECT_EQ(DateString(FirstTimeElementDate(text_only.root())), "2017-05-05");
}

}  // namespace
}  // namespace newsloom
