#include "text/simplified_chinese.h"

#include <gtest/gtest.h>

namespace newsloom::text_analysis {
namespace {

TEST(SimplifiedChineseTest, TraditionalCharactersBecomeSimplified) {
  EXPECT_EQ(SimplifiedChinese("警務處處長盧偉聰表示"), "警务处处长卢伟聪表示");
  EXPECT_EQ(SimplifiedChinese("外交部發言人耿爽"), "外交部发言人耿爽");
  // Simplified text, other scripts and punctuation stay as they are.
  EXPECT_EQ(SimplifiedChinese("外交部发言人耿爽说，Reuters 12日"),
            "外交部发言人耿爽说，Reuters 12日");
  EXPECT_EQ(SimplifiedChinese(""), "");
}

TEST(SimplifiedChineseTest, OffsetsStayValid) {
  const std::string text = "【本報訊】行政長官林鄭月娥晚上發表講話。Ünïcode ok";
  const std::string out = SimplifiedChinese(text);
  ASSERT_EQ(out.size(), text.size());
  // Every code point starts at the same byte in both.
  for (size_t i = 0; i < text.size(); ++i) {
    EXPECT_EQ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80,
              (static_cast<unsigned char>(out[i]) & 0xC0) == 0x80)
        << i;
  }
  EXPECT_NE(out.find("行政长官林郑月娥"), std::string::npos) << out;
}

TEST(SimplifiedChineseTest, IllFormedBytesAreKept) {
  const std::string bad = std::string("發\xE5\x9C") + "言";
  const std::string out = SimplifiedChinese(bad);
  ASSERT_EQ(out.size(), bad.size());
  EXPECT_EQ(out.substr(0, 3), "发");
  EXPECT_EQ(out.substr(3, 2), "\xE5\x9C");
}

}  // namespace
}  // namespace newsloom::text_analysis
