#include "ingest/html_reader.h"

#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

using testing_util::ReadTestData;

// Checks that `word` (UTF-8) in the text maps to where `original_word` (in the page's own
// encoding) starts in the page.
void ExpectMapsTo(const RawDocument& doc, std::string_view page, std::string_view word,
                  std::string_view original_word) {
  const size_t at = doc.text.find(word);
  ASSERT_NE(at, std::string::npos) << word << " not in " << doc.text;
  EXPECT_EQ(page.substr(doc.text_to_original.ToSource(at), original_word.size()), original_word)
      << word;
}

TEST(HtmlReaderTest, Utf8ArticleWithMetadata) {
  const std::string page = ReadTestData("html/harbour_fire_en.html");
  ASSERT_FALSE(page.empty());
  CollectingSink sink;
  HtmlReader().Read("pages/harbour_fire_en.html", page, &sink).IgnoreError();
  ASSERT_EQ(sink.documents().size(), 1u) << sink.RejectionSummary();
  const RawDocument doc = sink.documents()[0];
  EXPECT_EQ(doc.id, "harbour_fire_en");
  EXPECT_EQ(doc.format, SourceFormat::kHtml);
  EXPECT_EQ(doc.title, "Fire destroys warehouse at the harbour");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToString(), "2023-05-14");
  EXPECT_EQ(doc.url, "https://news.example.org/2023/05/harbour-fire");
  EXPECT_EQ(doc.lang_hint, "en");
  EXPECT_NE(doc.text.find("six hours"), std::string::npos) << doc.text;
  EXPECT_EQ(doc.text.find("All rights reserved"), std::string::npos) << doc.text;
  EXPECT_EQ(doc.original_bytes, page.size());
  ExpectMapsTo(doc, page, "Investigators", "Investigators");
  ExpectMapsTo(doc, page, "residents", "residents");
}

TEST(HtmlReaderTest, Windows1251FromMetaCharset) {
  const std::string page = ReadTestData("html/most_ru_cp1251.html");
  StatusOr<RawDocument> doc = HtmlReader().Parse(page);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->lang_hint, "ru");
  // "мост" (bridge) in UTF-8, and in windows-1251 bytes.
  const std::string most = "\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82";
  EXPECT_NE(doc->text.find(most), std::string::npos) << doc->text;
  // "Строительство" begins the second paragraph; in windows-1251 "Стр" is D1 F2 F0.
  ExpectMapsTo(*doc, page, "\xD0\xA1\xD1\x82\xD1\x80\xD0\xBE", "\xD1\xF2\xF0\xEE");
}

TEST(HtmlReaderTest, HttpCharsetOverridesAndMislabelledUtf8IsKept) {
  // The page says iso-8859-1 but is UTF-8: decoded as UTF-8, umlauts intact.
  const std::string page = ReadTestData("html/hochwasser_de_mislabelled.html");
  StatusOr<RawDocument> doc = HtmlReader().Parse(page);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_NE(doc->text.find("Fl\xC3\xBCsse"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("Stra\xC3\x9F"
                           "en"),
            std::string::npos)
      << doc->text;
  ExpectMapsTo(*doc, page, "Feuerwehr", "Feuerwehr");
  // A windows-1251 page without any declaration, with the charset from HTTP.
  const std::string ru = ReadTestData("html/most_ru_cp1251.html");
  std::string undeclared = ru;
  const size_t meta = undeclared.find("<meta");
  undeclared.erase(meta, undeclared.find('>', meta) + 1 - meta);
  StatusOr<RawDocument> from_header = HtmlReader().Parse(undeclared, "windows-1251");
  ASSERT_TRUE(from_header.ok()) << from_header.status();
  EXPECT_NE(from_header->text.find("\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82"), std::string::npos);
}

TEST(HtmlReaderTest, BrokenPagesAreRejected) {
  HtmlReaderOptions options;
  options.max_document_bytes = 4096;
  HtmlReader reader(options);
  CollectingSink sink;
  reader.Read("no_body.html", ReadTestData("html/no_body.html"), &sink).IgnoreError();
  reader.Read("empty.html", "", &sink).IgnoreError();
  reader.Read("blank.html", "  \n ", &sink).IgnoreError();
  reader.Read("big.html", "<p>" + std::string(5000, 'a') + "</p>", &sink).IgnoreError();
  std::string junk(1000, '\0');
  for (size_t i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>(i * 97 + 13);
  reader.Read("junk.html", junk, &sink).IgnoreError();
  EXPECT_TRUE(sink.documents().empty());
  const auto rejected = sink.rejections();
  ASSERT_EQ(rejected.size(), 5u) << sink.RejectionSummary();
  EXPECT_EQ(rejected[0].source, "no_body.html");
  EXPECT_EQ(rejected[0].record, 0);
  EXPECT_NE(rejected[3].ToString().find("over the limit of 4096"), std::string::npos);
}

}  // namespace
}  // namespace newsloom
