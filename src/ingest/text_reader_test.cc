#include "ingest/text_reader.h"

#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

using testing_util::ReadTestData;

TEST(GuessHeadlineTest, FirstShortLineBeforeBody) {
  EXPECT_EQ(GuessHeadline("Storm closes the northern railway\n\nTrains stopped today. More "
                          "follows.\n"),
            "Storm closes the northern railway");
  // Navigation crumbs before the headline are passed over.
  EXPECT_EQ(GuessHeadline("Accessibility links\n\nBreaking News\n\nRiver bridge opens after "
                          "two years of work\n\nThe bridge opened on Saturday.\n"),
            "River bridge opens after two years of work");
  // A first line that reads as a sentence is body text: no title.
  EXPECT_EQ(GuessHeadline("The council met on Tuesday.\nIt decided nothing.\n"), "");
  // Too few words, or nothing after it.
  EXPECT_EQ(GuessHeadline("Home\n\nBody text that ends here."), "");
  EXPECT_EQ(GuessHeadline("A headline alone with nothing after"), "");
  // Scripts without spaces.
  EXPECT_EQ(GuessHeadline("東京で新しい駅が開業\n本文です。\n"), "東京で新しい駅が開業");
  EXPECT_EQ(GuessHeadline(std::string(300, 'x') + "\nmore"), "");
}

TEST(TextReaderTest, ReadsFixturesKeepingTitleInText) {
  TextReader reader;
  CollectingSink sink;
  const std::string nl = ReadTestData("text/storm_nl.txt");
  const std::string nb = ReadTestData("text/bro_nb.txt");
  ASSERT_FALSE(nl.empty());
  reader.Read("testdata/text/storm_nl.txt", nl, &sink).IgnoreError();
  reader.Read("testdata/text/bro_nb.txt", nb, &sink).IgnoreError();
  ASSERT_EQ(sink.documents().size(), 2u) << sink.RejectionSummary();
  const RawDocument a = sink.documents()[0];
  EXPECT_EQ(a.id, "storm_nl");
  EXPECT_EQ(a.source, "testdata/text/storm_nl.txt");
  EXPECT_EQ(a.format, SourceFormat::kPlainText);
  EXPECT_EQ(a.record, 0);
  EXPECT_EQ(a.title, "Storm legt treinverkeer in Noorden stil");
  EXPECT_EQ(a.text, nl.substr(0, nl.find_last_not_of("\n") + 1));  // trailing blank lines go
  EXPECT_FALSE(a.published.has_value());
  EXPECT_EQ(a.original_bytes, nl.size());
  const RawDocument b = sink.documents()[1];
  EXPECT_EQ(b.title, "Ny bro \xC3\xA5pnet over fjorden i helgen");
  const size_t at = b.text.find("ordf");
  EXPECT_EQ(b.text_to_original.ToSource(at), nb.find("ordf"));
}

TEST(TextReaderTest, LegacyCharsetIsDecodedWithOffsets) {
  // "Caf\xE9 au lait" in ISO-8859-1 / windows-1252.
  const std::string latin1 =
      "Le caf\xE9 du coin ferme ses portes\n\nLe patron part \xE0 la retraite.";
  StatusOr<RawDocument> doc = TextReader().Parse(latin1);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_NE(doc->text.find("caf\xC3\xA9"), std::string::npos) << doc->text;
  const size_t patron = doc->text.find("patron");
  EXPECT_EQ(latin1.substr(doc->text_to_original.ToSource(patron), 6), "patron");
}

TEST(TextReaderTest, RejectsEmptyBlankAndOversized) {
  TextReader reader(TextReaderOptions{100});
  CollectingSink sink;
  reader.Read("e.txt", "", &sink).IgnoreError();
  reader.Read("b.txt", " \n\t \n", &sink).IgnoreError();
  reader.Read("big.txt", std::string(101, 'a'), &sink).IgnoreError();
  reader.Read("bin.txt", std::string("PK\x03\x04\x14\0\x08\0\x08\0", 10), &sink).IgnoreError();
  EXPECT_TRUE(sink.documents().empty());
  ASSERT_EQ(sink.rejections().size(), 4u);
  EXPECT_EQ(sink.rejections()[3].ToString(), "bin.txt: binary data, not text");
  EXPECT_EQ(sink.rejections()[0].source, "e.txt");
  EXPECT_NE(sink.rejections()[2].ToString().find("big.txt: document of 101 bytes"),
            std::string::npos)
      << sink.RejectionSummary();
}

}  // namespace
}  // namespace newsloom

namespace newsloom {
namespace {

TEST(TextReaderTest, DropsSiteChromeLinesAroundTheArticleAndKeepsOffsets) {
  TextReader reader;
  const std::string page =
      "Accessibility links\n\nBreaking News\n\nBridge Reopens After Flood Repairs\n\n"
      "The bridge reopened on Monday after three months of repairs.\n\nShare this article\n";
  auto doc = reader.Parse(page);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text,
            "Bridge Reopens After Flood Repairs\n\nThe bridge reopened on Monday after three "
            "months of repairs.");
  EXPECT_EQ(doc->title, "Bridge Reopens After Flood Repairs");
  const size_t monday = doc->text.find("Monday");
  EXPECT_EQ(page.substr(doc->text_to_original.ToSource(monday), 6), "Monday");
  EXPECT_FALSE(reader.Parse("Menu\nSearch\nSign in\n").ok());
}

}  // namespace
}  // namespace newsloom
