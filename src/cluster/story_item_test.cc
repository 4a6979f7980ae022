#include "cluster/story_item.h"

#include <cctype>
#include <cstring>

#include "cluster/story_test_util.h"
#include "extract/extractor.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

TEST(NameSkeletonTest, TransliterationsOfOneNameAgree) {
  EXPECT_EQ(NameSkeleton("tokayev"), NameSkeleton("tokajew"));
  EXPECT_EQ(NameSkeleton("tokayev"), NameSkeleton("tokaev"));
  EXPECT_EQ(NameSkeleton("jeenbekov"), NameSkeleton("zheenbekov"));
  EXPECT_EQ(NameSkeleton("akayev"), NameSkeleton("akajew"));
  EXPECT_NE(NameSkeleton("tokayev"), NameSkeleton("bakiyev"));
  EXPECT_EQ(NameSkeleton("ab"), "");
}

AnalyzedDocument Doc() {
  // "Police clashed with protesters in Minsk on 2020 night. Lukashenko spoke."
  AnalyzedDocument doc;
  doc.lang = "en";
  doc.text = "Police clashed with many angry protesters in Minsk in 2020. Lukashenko spoke.";
  auto tok = [&](uint32_t b, uint32_t e, TokenKind kind, bool cap) {
    Token t;
    t.begin = b;
    t.end = e;
    t.kind = kind;
    t.script = Script::kLatin;
    t.capitalized = cap;
    std::string s = doc.text.substr(b, e - b);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.lower = s;
    t.stem = s;
    t.latin_key = s;
    doc.tokens.push_back(t);
  };
  const std::string& x = doc.text;
  size_t pos = 0;
  for (const char* w : {"Police", "clashed", "with", "many", "angry", "protesters", "in", "Minsk",
                        "in", "2020", ".", "Lukashenko", "spoke", "."}) {
    size_t b = x.find(w, pos);
    const bool number = std::string(w) == "2020";
    const bool punct = std::string(w) == ".";
    tok(b, b + std::strlen(w),
        number  ? TokenKind::kNumber
        : punct ? TokenKind::kPunct
                : TokenKind::kWord,
        std::isupper(static_cast<unsigned char>(w[0])));
    pos = b + std::strlen(w);
  }
  const uint32_t end1 = static_cast<uint32_t>(x.find(". ") + 1);
  doc.sentences.push_back({0, end1, 0, 11, 0});
  doc.sentences.push_back({end1 + 1, static_cast<uint32_t>(x.size()), 11, 3, 0});
  return doc;
}

TEST(MakeStoryItemTest, KeysLeadAndFacts) {
  AnalyzedDocument doc = Doc();
  StoryItem plain = MakeStoryItem("a1", FuzzyDate::Parse("2020-08-10"), "T", doc, nullptr);
  EXPECT_EQ(plain.lead, "Police clashed with many angry protesters in Minsk in 2020.");
  EXPECT_TRUE(std::binary_search(plain.word_keys.begin(), plain.word_keys.end(),
                                 WordKey("en", "protesters")));
  EXPECT_FALSE(
      std::binary_search(plain.word_keys.begin(), plain.word_keys.end(), WordKey("en", "in")));
  EXPECT_TRUE(std::binary_search(plain.name_keys.begin(), plain.name_keys.end(),
                                 NameKey(NameSkeleton("lukashenko"))));
  EXPECT_TRUE(
      std::binary_search(plain.name_keys.begin(), plain.name_keys.end(), NumberKey("2020")));

  ArticleFacts facts;
  facts.flags.background = {0, 1};  // the second sentence is history
  NamedEntity person;
  person.name = "Lukashenko";
  const uint32_t lb = static_cast<uint32_t>(doc.text.find("Lukashenko"));
  person.mentions.push_back({lb, lb + 10, 1, "Lukashenko"});
  facts.persons.push_back(person);
  TaggedPlace minsk;
  minsk.name = "Minsk";
  minsk.country = "BY";
  minsk.geonameid = 625144;
  facts.geo.places.push_back(minsk);
  facts.geo.main = 0;
  facts.geo.countries = {"BY"};
  EventRecord ev;
  ev.type = "Riots";
  ev.date = FuzzyDate::Parse("2020-08-09");
  facts.events.push_back(ev);
  Figure bg;
  bg.kind = "killed";
  bg.background = true;
  Figure fig;
  fig.kind = "arrested";
  fig.actor = "protesters";
  fig.value = 3000;
  facts.figures = {bg, fig};
  StoryItem item = MakeStoryItem("a1", FuzzyDate::Parse("2020-08-10"), "T", doc, &facts);
  EXPECT_EQ(item.main_country, "BY");
  EXPECT_EQ(item.main_geonameid, 625144);
  EXPECT_EQ(item.geonameids, (std::vector<int64_t>{625144}));
  EXPECT_EQ(item.event_type, "Riots");
  EXPECT_EQ(item.event_date->ToString(), "2020-08-09");
  ASSERT_EQ(item.figures.size(), 1u);
  EXPECT_EQ(item.figures[0].value, 3000);
  ASSERT_EQ(item.entities.size(), 1u);
  EXPECT_EQ(item.entities[0].id, "k:" + NameSkeleton("lukashenko"));
  // The background sentence gives no text keys.
  EXPECT_FALSE(
      std::binary_search(item.word_keys.begin(), item.word_keys.end(), WordKey("en", "spoke")));
}

TEST(StoryItemCodecTest, RoundTripsAndRejectsCorruption) {
  StoryItem item = testing::Item("a/1", "2020-10", "nb", {"valg", "protest"}, {"jnbkv"}, "KG");
  item.event_date = FuzzyDate::Parse("2020-10-06");
  item.entities = {{"p:abc", "Sooronbay Jeenbekov", 4, true}};
  item.geonameids = {1528675};
  item.main_geonameid = 1528675;
  item.main_place = "Bishkek";
  item.event_type = "Riots";
  item.figures = {{"injured", "people", 10, true}};
  std::string bytes = EncodeStoryItem(item);
  StoryItem back;
  ASSERT_TRUE(DecodeStoryItem(bytes, "item a/1", &back).ok());
  EXPECT_EQ(back, item);

  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    Status s = DecodeStoryItem(bytes.substr(0, cut), "item a/1", &back);
    EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss) << cut;
  }
  Status s = DecodeStoryItem(bytes + "x", "item a/1", &back);
  EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(std::string(s.message()).find("item a/1"), std::string::npos);
}

}  // namespace
}  // namespace newsloom::cluster
