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

// Find and FindPivot go through hash indexes built at load: every key of every language is
// found with its own pivots, keys shared by languages stay apart, and absent keys are absent.
TEST(Dictionary, HashIndexFindsEveryKey) {
  DictionaryBuilder b;
  auto key = [](int i) { return "w" + std::to_string(i * 7919 % 100003) + (i % 3 ? "" : "ё"); };
  for (int i = 0; i < 3000; ++i) {
    b.Add("de", key(i), {"p" + std::to_string(i)});
    if (i % 2 == 0) b.Add("nl", key(i), {"q" + std::to_string(i)});
  }
  b.MarkStopword("nl", "en");
  auto dict = Dictionary::FromBytes(b.Build(), "mem");
  ASSERT_TRUE(dict.ok()) << dict.status();
  const Dictionary& d = **dict;
  auto pivot_of = [&](std::string_view lang, const std::string& k) -> std::string {
    d.Prefetch(lang, k);  // a hint only
    auto e = d.Find(lang, k);
    if (!e) return "(none)";
    return e->pivots.size() == 1 ? std::string(d.pivot_text(e->pivots[0])) : "(several)";
  };
  for (int i = 0; i < 3000; ++i) {
    ASSERT_EQ(pivot_of("de", key(i)), "p" + std::to_string(i)) << key(i);
    ASSERT_EQ(pivot_of("nl", key(i)), i % 2 == 0 ? "q" + std::to_string(i) : "(none)") << key(i);
    ASSERT_EQ(pivot_of("de", key(i) + "x"), "(none)");
  }
  for (uint32_t id = 0; id < d.pivot_count(); ++id) {
    auto found = d.FindPivot(d.pivot_text(id));
    ASSERT_TRUE(found.has_value()) << d.pivot_text(id);
    EXPECT_EQ(*found, id);
  }
  EXPECT_TRUE(d.Find("nl", "en").has_value());
  EXPECT_FALSE(d.Find("de", "en").has_value());
  // Language codes are compared whole, not as padded bytes.
  EXPECT_FALSE(d.Find(std::string_view("nl\0", 3), "en").has_value());
  EXPECT_FALSE(d.Find("nld", "en").has_value());
  EXPECT_FALSE(d.Find("", "en").has_value());
  EXPECT_FALSE(d.HasLanguage(std::string_view("de\0", 3)));
  d.Prefetch("xx", "en");
  d.Prefetch("toolong", "en");
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
