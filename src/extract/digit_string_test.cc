#include "extract/digit_string.h"

#include <gtest/gtest.h>

namespace newsloom::extract_internal {
namespace {

// The value as a double for compact expectations; nullopt -> -1.
double Value(std::string_view s, std::string_view lang) {
  const auto n = ParseDigitString(s, lang);
  if (!n) return -1;
  double v = static_cast<double>(n->mantissa);
  for (int i = 0; i < n->scale; ++i) v /= 10;
  return v;
}

TEST(DigitStringTest, ThousandsAndDecimalsByLanguage) {
  EXPECT_EQ(Value("2.300", "nl"), 2300);
  EXPECT_EQ(Value("2.300", "de"), 2300);
  EXPECT_EQ(Value("2.300", "tr"), 2300);
  EXPECT_EQ(Value("2,300", "en"), 2300);
  EXPECT_EQ(Value("2,300", "zh"), 2300);
  EXPECT_EQ(Value("1,5", "nl"), 1.5);
  EXPECT_EQ(Value("1.5", "en"), 1.5);
  EXPECT_EQ(Value("2.300", "en"), 2.3);  // en writes a decimal dot
  EXPECT_EQ(Value("2,300", "nl"), 2.3);
  EXPECT_EQ(Value("2,35", "en"), 2.35);  // not a 3-digit group: a decimal
  EXPECT_EQ(Value("1.234.567", "en"), 1234567);
  EXPECT_EQ(Value("1,234,567.5", "en"), 1234567.5);
  EXPECT_EQ(Value("1.234.567,5", "de"), 1234567.5);
  EXPECT_EQ(Value("2300", "fr"), 2300);
  EXPECT_EQ(Value("2'300", "de"), 2300);
}

TEST(DigitStringTest, SpacesScriptsAndErrors) {
  EXPECT_EQ(Value("2\xE2\x80\xAF"
                  "300",
                  "fr"),
            2300);  // U+202F
  EXPECT_EQ(Value("2\xC2\xA0"
                  "300",
                  "ru"),
            2300);                                                   // U+00A0
  EXPECT_EQ(Value("\xD9\xA2\xD9\xA3\xD9\xA0\xD9\xA0", "ar"), 2300);  // ٢٣٠٠
  EXPECT_EQ(Value("\xD9\xA1\xD9\xAB\xD9\xA5", "ar"), 1.5);           // ١٫٥
  EXPECT_EQ(Value("1.2.3", "en"), -1);
  EXPECT_EQ(Value("12.30.45", "nl"), -1);
  EXPECT_EQ(Value("", "en"), -1);
  EXPECT_EQ(Value("3a", "en"), -1);
  EXPECT_EQ(Value("1234567890123456789", "en"), -1);
  EXPECT_TRUE(ParseDigitString("020", "nl")->leading_zero);
}

TEST(DigitStringTest, ScaleToInteger) {
  const auto n = ParseDigitString("1,5", "nl");
  ASSERT_TRUE(n);
  EXPECT_EQ(ScaleToInteger(*n, 1000000), 1500000);
  EXPECT_FALSE(ScaleToInteger(*n, 1));
  EXPECT_FALSE(ScaleToInteger(*ParseDigitString("999999999999", "en"), 1000000000));
}

}  // namespace
}  // namespace newsloom::extract_internal
