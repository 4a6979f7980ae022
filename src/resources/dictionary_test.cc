#include "resources/dictionary.h"

#include <cstring>

#include "core/env.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "resources/dictionary_builder.h"
#include "text/stemmer.h"

namespace newsloom {
namespace {

std::string SmallDictionary() {
  DictionaryBuilder b;
  b.Add("nl", "opstand", {"revolt", "upris"});
  b.Add("nl", "opstand", {"revolt", "rebellion"});  // merged, repeat dropped
  b.Add("ru", "буря", {"storm"});
  b.MarkStopword("nl", "de");
  b.MarkStopPivot("the");
  return b.Build();
}

TEST(Dictionary, RoundTrip) {
  auto dict = Dictionary::FromBytes(SmallDictionary(), "mem");
  ASSERT_TRUE(dict.ok()) << dict.status();
  const Dictionary& d = **dict;
  EXPECT_TRUE(d.HasLanguage("nl"));
  EXPECT_FALSE(d.HasLanguage("de"));
  auto e = d.Find("nl", "opstand");
  ASSERT_TRUE(e.has_value());
  EXPECT_FALSE(e->stopword);
  std::vector<std::string> texts;
  for (uint32_t id : e->pivots) texts.emplace_back(d.pivot_text(id));
  EXPECT_THAT(texts, testing::ElementsAre("revolt", "upris", "rebellion"));
  auto de = d.Find("nl", "de");
  ASSERT_TRUE(de.has_value());
  EXPECT_TRUE(de->stopword);
  EXPECT_TRUE(de->pivots.empty());
  EXPECT_FALSE(d.Find("nl", "storm").has_value());
  EXPECT_FALSE(d.Find("xx", "opstand").has_value());
  auto storm = d.FindPivot("storm");
  ASSERT_TRUE(storm.has_value());
  EXPECT_EQ(d.pivot_text(*storm), "storm");
  EXPECT_GT(d.pivot_weight(*storm), 0.5f);
  auto the = d.FindPivot("the");
  ASSERT_TRUE(the.has_value());
  EXPECT_EQ(d.pivot_weight(*the), 0.0f);
  EXPECT_FALSE(d.FindPivot("nothing").has_value());
}

TEST(Dictionary, RejectsCorruptFiles) {
  std::string good = SmallDictionary();
  EXPECT_EQ(Dictionary::FromBytes("", "x").status().code(), absl::StatusCode::kDataLoss);
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_EQ(Dictionary::FromBytes(bad_magic, "x").status().code(), absl::StatusCode::kDataLoss);
  std::string bad_version = good;
  bad_version[4] = 99;
  auto v = Dictionary::FromBytes(bad_version, "f.nld");
  EXPECT_THAT(std::string(v.status().message()), testing::HasSubstr("f.nld: dictionary version"));
  EXPECT_FALSE(Dictionary::FromBytes(good.substr(0, good.size() - 1), "x").ok());
  // A pivot reference out of range (the refs section ends right before the strings).
  std::string bad_ref = good;
  DictionaryHeader h;
  std::memcpy(&h, bad_ref.data(), sizeof(h));
  size_t refs_at = bad_ref.size() - h.string_bytes - h.ref_count * sizeof(uint32_t);
  uint32_t huge = 1000;
  std::memcpy(bad_ref.data() + refs_at, &huge, sizeof(huge));
  EXPECT_EQ(Dictionary::FromBytes(bad_ref, "x").status().code(), absl::StatusCode::kDataLoss);
}

TEST(Dictionary, BuiltFileTranslatesNewsWords) {
  auto dict = Dictionary::Open(Env::Default(), NEWSLOOM_DICTIONARY_PATH);
  ASSERT_TRUE(dict.ok()) << dict.status();
  const Dictionary& d = **dict;
  text_analysis::StemmerSet stemmer;
  auto pivots_of = [&](const char* lang, const char* word) {
    std::vector<std::string> out;
    if (auto e = d.Find(lang, stemmer.Stem(lang, word))) {
      for (uint32_t id : e->pivots) out.emplace_back(d.pivot_text(id));
    }
    return out;
  };
  if (!d.HasLanguage("nl") || !d.HasLanguage("de")) {
    GTEST_SKIP() << "dict-freedict-nld-eng / deu-eng not installed (scripts/setup.sh)";
  }
  // Keys are Xapian stems of the folded word, pivots English stems.
  EXPECT_THAT(pivots_of("nl", "regering"), testing::Contains("govern"));
  EXPECT_THAT(pivots_of("nl", "regeringen"), testing::Contains("govern"));
  EXPECT_THAT(pivots_of("de", "regierung"), testing::Contains("govern"));
  EXPECT_THAT(pivots_of("de", "erdbeben"), testing::Contains("earthquak"));
  auto de_stop = d.Find("de", stemmer.Stem("de", "und"));
  ASSERT_TRUE(de_stop.has_value());
  EXPECT_TRUE(de_stop->stopword);
}

}  // namespace
}  // namespace newsloom
