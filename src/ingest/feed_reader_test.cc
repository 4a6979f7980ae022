#include "ingest/feed_reader.h"

#include "core/env.h"
#include "core/hash.h"
#include "core/strings.h"
#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/feed_text.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

using testing_util::ReadTestData;

TEST(FeedReaderTest, Rss2) {
  CollectingSink sink;
  FeedReader()
      .Read("feeds/world_rss2.xml", ReadTestData("feed/world_rss2.xml"), &sink)
      .IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 2u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].id, "world_rss2:1");
  EXPECT_EQ(docs[0].source, "feeds/world_rss2.xml#1");
  EXPECT_EQ(docs[0].record, 1);
  EXPECT_EQ(docs[0].format, SourceFormat::kFeed);
  EXPECT_EQ(docs[0].title, "Dam repairs finished ahead of rainy season");
  EXPECT_EQ(docs[0].url, "https://world.example.com/dam-repairs");
  EXPECT_EQ(docs[0].published->ToString(), "2024-04-02");
  EXPECT_EQ(docs[0].lang_hint, "en");
  // content:encoded wins over description; markup and scripts are gone.
  EXPECT_EQ(docs[0].text,
            "Engineers finished repairing the old dam two weeks before the rainy season, the "
            "water authority said.\n\nThe work cost less than expected.\nMore checks follow in "
            "June.");
  EXPECT_EQ(docs[1].id, "world_rss2:2");
  EXPECT_EQ(docs[1].published->ToString(), "2024-04-03");
  EXPECT_EQ(docs[1].lang_hint, "es");
  EXPECT_EQ(docs[1].title,
            "R\xC3\xA9"
            "cord de visitantes en el museo");
  ASSERT_EQ(sink.rejections().size(), 1u);
  EXPECT_EQ(sink.rejections()[0].ToString(),
            "feeds/world_rss2.xml:3: item has no description or content");
}

TEST(FeedReaderTest, Atom) {
  CollectingSink sink;
  FeedReader()
      .Read("regional_atom.xml", ReadTestData("feed/regional_atom.xml"), &sink)
      .IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 3u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].url, "https://regional.example.de/bus");  // rel=alternate, not self
  EXPECT_EQ(docs[0].published->ToString(), "2024-05-01");     // published before updated
  EXPECT_EQ(docs[0].lang_hint, "de");
  EXPECT_EQ(docs[0].text,
            "Ab Mai f\xC3\xA4hrt eine neue Buslinie zwischen dem Bahnhof und dem "
            "Krankenhaus.\n\nDie Busse fahren alle zwanzig Minuten.");
  EXPECT_EQ(docs[1].published->ToString(), "2024-05-09");  // only updated
  EXPECT_EQ(docs[1].text,
            "Nach der Renovierung ist das Hallenbad wieder ge\xC3\xB6"
            "ffnet.\n\nDer Eintritt "
            "bleibt gleich.");
  EXPECT_EQ(docs[2].lang_hint, "en");
  EXPECT_EQ(docs[2].text,
            "Tom & Jerry visited the town hall on Monday. Prices rose by 3 < 5 percent.");
  EXPECT_FALSE(docs[2].published.has_value());
}

TEST(FeedReaderTest, Rss1RdfInLatin1) {
  CollectingSink sink;
  FeedReader().Read("culture_rdf.xml", ReadTestData("feed/culture_rdf.xml"), &sink).IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 1u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].title, "Le festival de musique attire la foule \xC3\xA0 N\xC3\xAEmes");
  EXPECT_EQ(docs[0].text,
            "Plus de dix mille personnes ont assist\xC3\xA9 au concert d'ouverture samedi soir.");
  EXPECT_EQ(docs[0].published->ToString(), "2024-06-22");
  EXPECT_EQ(docs[0].lang_hint, "fr");
  EXPECT_EQ(docs[0].url, "https://culture.example.fr/festival");
}

TEST(FeedReaderTest, UrlIdsAreStableHashes) {
  CollectingSink sink;
  const std::string url = "https://World.Example.com/rss";
  FeedReader().Read(url, ReadTestData("feed/world_rss2.xml"), &sink).IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "world.example.com:" + HexHash64(Hash64("world-2024-0001")));  // guid
  EXPECT_EQ(docs[1].id,
            "world.example.com:" + HexHash64(Hash64("https://world.example.com/es/museo")));
  EXPECT_EQ(docs[0].source, url + "#1");
}

TEST(FeedReaderTest, ExternalEntitiesAreNeverLoadedOrExpanded) {
  CollectingSink sink;
  FeedReader().Read("xxe.xml", ReadTestData("feed/xxe.xml"), &sink).IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 1u) << sink.RejectionSummary();
  std::string hostname;
  Env::Default()->ReadFile("/etc/hostname", &hostname).IgnoreError();
  hostname = std::string(StripAsciiWhitespace(hostname));
  if (!hostname.empty()) EXPECT_EQ(docs[0].text.find(hostname), std::string::npos);
  EXPECT_EQ(docs[0].text, "Before after.");
}

TEST(FeedReaderTest, EntityBombIsNotExpanded) {
  CollectingSink sink;
  FeedReader().Read("bomb.xml", ReadTestData("feed/entity_bomb.xml"), &sink).IgnoreError();
  for (const RawDocument& d : sink.documents()) {
    EXPECT_LT(d.text.size(), 1000u);
    EXPECT_EQ(d.text.find("lollollol"), std::string::npos);
  }
}

TEST(FeedReaderTest, NotAFeed) {
  FeedReader reader;
  for (std::string_view bytes :
       {std::string_view("<urlset><url>x</url></urlset>"), std::string_view("plain words"),
        std::string_view(""), std::string_view("<rss><channel></channel></rss>")}) {
    CollectingSink sink;
    reader.Read("n.xml", bytes, &sink).IgnoreError();
    EXPECT_TRUE(sink.documents().empty());
    if (bytes.find("rss") == std::string_view::npos) {
      ASSERT_EQ(sink.rejections().size(), 1u) << bytes;
      EXPECT_EQ(sink.rejections()[0].record, 0);
    } else {
      EXPECT_TRUE(sink.rejections().empty());  // a valid feed with no items
    }
  }
  CollectingSink sink;
  reader.Read("n.xml", "<urlset/>", &sink).IgnoreError();
  EXPECT_EQ(sink.RejectionSummary(), "n.xml: not an RSS or Atom feed (root element <urlset>)");
}

TEST(FeedTextTest, HtmlFragments) {
  EXPECT_EQ(HtmlFragmentToText("<p>One&nbsp;two</p><p>  three\n four </p>"),
            "One two\n\nthree four");
  EXPECT_EQ(HtmlFragmentToText("a<br>b<style>x{}</style>"), "a\nb");
  EXPECT_EQ(HtmlFragmentToText("   "), "");
  EXPECT_EQ(HtmlFragmentToText("just text &amp; more"), "just text & more");
  EXPECT_EQ(CollapseWhitespace("  a \t b\xC2\xA0 c  "), "a b c");
}

}  // namespace
}  // namespace newsloom
