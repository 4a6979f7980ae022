#include "link/sound_keys.h"

#include <gtest/gtest.h>

namespace newsloom::link {
namespace {

TEST(SoundKeysTest, WritingOfScripts) {
  EXPECT_EQ(WritingOf("Arab"), Writing::kAbjad);
  EXPECT_EQ(WritingOf("Hebr"), Writing::kAbjad);
  EXPECT_EQ(WritingOf("Hani"), Writing::kHan);
  EXPECT_EQ(WritingOf("Latn"), Writing::kAlphabet);
  EXPECT_EQ(WritingOf("Cyrl"), Writing::kAlphabet);
}

// Each pair: an English spelling and ICU's Latin key of the Arabic spelling.
TEST(SoundKeysTest, AbjadSkeletonMeetsEnglishSpellings) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"mubarak", "mbark"},      {"hosni", "hsny"},        {"rouhani", "rwhany"},
      {"elbaradei", "albradʿy"}, {"khamenei", "khamnyy"},  {"mohammed", "mhmd"},
      {"clinton", "klyntwn"},    {"vladimir", "fladymyr"}, {"putin", "bwtyn"},
      {"shammari", "alshmry"},   {"dakhili", "aldkhyly"},  {"nazif", "nzyf"},
      {"tokayev", "twkayyf"},    {"kassym", "qasm"},       {"alexander", "alksndr"},
  };
  for (const auto& [english, arabic] : kPairs) {
    EXPECT_EQ(AbjadSkeleton(english), AbjadSkeleton(arabic)) << english << " / " << arabic;
  }
  EXPECT_EQ(AbjadSkeleton("mubarak"), "mbrk");
  EXPECT_EQ(AbjadSkeleton("dschamil"), AbjadSkeleton("jamil"));
  EXPECT_EQ(AbjadSkeleton("al-schammari"), AbjadSkeleton("al-shammari"));
  EXPECT_EQ(AbjadSkeleton("rouhani"), "rhn");
  EXPECT_EQ(AbjadSkeleton("al"), "");
  EXPECT_EQ(AbjadSkeleton("el"), "");
  EXPECT_EQ(AbjadSkeleton("aya"), "");
}

TEST(SoundKeysTest, AbjadSkeletonKeepsDifferentConsonantsApart) {
  EXPECT_NE(AbjadSkeleton("mubarak"), AbjadSkeleton("mansour"));
  EXPECT_NE(AbjadSkeleton("rouhani"), AbjadSkeleton("rahman"));
  EXPECT_NE(AbjadSkeleton("nazif"), AbjadSkeleton("nasser"));
}

// Each pair: an English spelling and the pinyin of its usual Chinese transcription.
TEST(SoundKeysTest, HanSkeletonMeetsChineseTranscriptions) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"tokayev", "tuo ka ye fu"},                // 托卡耶夫
      {"nazarbayev", "na zha er ba ye fu"},       // 纳扎尔巴耶夫
      {"pashinyan", "pa xi ni yang"},             // 帕希尼扬
      {"rajapaksa", "la jia pa ke sa"},           // 拉贾帕克萨
      {"wickremesinghe", "wei ke le ma xin ha"},  // 维克勒马辛哈
      {"rouhani", "lu ha ni"},                    // 鲁哈尼
  };
  for (const auto& [english, pinyin] : kPairs) {
    EXPECT_EQ(HanSkeletonOfLatin(english), HanSkeletonOfPinyin(pinyin))
        << english << " / " << pinyin;
  }
  EXPECT_EQ(HanSkeletonOfLatin("tokayev"), "TKF");
  EXPECT_EQ(HanSkeletonOfLatin("tokajew"), "TKF");  // the German spelling
  EXPECT_EQ(HanSkeletonOfLatin("nazarbayev"), "NSLBF");
  EXPECT_EQ(HanSkeletonOfPinyin("tuokayefu"), "TKF");  // syllables need no spaces
}

TEST(SoundKeysTest, HanSkeletonKeepsDifferentNamesApart) {
  EXPECT_NE(HanSkeletonOfLatin("tokayev"), HanSkeletonOfLatin("nazarbayev"));
  EXPECT_NE(HanSkeletonOfLatin("pashinyan"), HanSkeletonOfPinyin("tuo ka ye fu"));
  EXPECT_NE(HanSkeletonOfLatin("lukashenko"), HanSkeletonOfLatin("lavrov"));
}

TEST(SoundKeysTest, ChineseNamesAreToldFromTranscriptions) {
  EXPECT_TRUE(LooksLikeChineseName("习近平"));
  EXPECT_TRUE(LooksLikeChineseName("梁君彥"));
  EXPECT_TRUE(LooksLikeChineseName("王毅"));
  EXPECT_FALSE(LooksLikeChineseName("托卡耶夫"));
  EXPECT_FALSE(LooksLikeChineseName("普京"));
  EXPECT_FALSE(LooksLikeChineseName("纳扎尔巴耶夫"));
  EXPECT_FALSE(LooksLikeChineseName("王"));
}

}  // namespace
}  // namespace newsloom::link
