#include "text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace newsloom::text_analysis {
namespace {

// Reference validator written from Unicode Table 3-7, one code point at a time.
bool ReferenceValid(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    int n;
    char32_t cp;
    if (b < 0x80) {
      n = 0, cp = b;
    } else if ((b & 0xE0) == 0xC0) {
      n = 1, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      n = 2, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      n = 3, cp = b & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;  // continuation bytes missing
    for (int k = 1; k <= n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    const char32_t min[] = {0, 0x80, 0x800, 0x10000};
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

TEST(Utf8Test, AcceptsWellFormed) {
  EXPECT_TRUE(IsWellFormedUtf8(""));
  EXPECT_TRUE(IsWellFormedUtf8("plain ascii text that is longer than eight bytes"));
  EXPECT_TRUE(IsWellFormedUtf8("Kirgizië Бишкек 北京 😀"));
  EXPECT_TRUE(IsWellFormedUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(Utf8Test, RejectsIllFormed) {
  EXPECT_FALSE(IsWellFormedUtf8("\xC0\x80"));          // overlong NUL
  EXPECT_FALSE(IsWellFormedUtf8("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(IsWellFormedUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsWellFormedUtf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsWellFormedUtf8("caf\xE9"));           // Latin-1 byte
  EXPECT_FALSE(IsWellFormedUtf8("\xE2\x82"));          // truncated
  EXPECT_FALSE(IsWellFormedUtf8("\x80"));
}

TEST(Utf8Test, AgreesWithReferenceOnRandomBytes) {
  std::mt19937 rng(42);
  const unsigned char interesting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                       0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    const int len = static_cast<int>(rng() % 7);
    for (int k = 0; k < len; ++k) {
      s.push_back(static_cast<char>(interesting[rng() % sizeof(interesting)]));
    }
    ASSERT_EQ(IsWellFormedUtf8(s), ReferenceValid(s)) << testing::PrintToString(s);
  }
}

TEST(Utf8Test, ReplacesMaximalSubparts) {
  std::string out;
  OffsetMap map;
  // A truncated 4-byte sequence is one U+FFFD; C0 and 80 are one each.
  EXPECT_EQ(ReplaceIllFormedUtf8("a\xF0\x9F\x98z\xC0\x80!", &out, &map), 3u);
  EXPECT_EQ(out, "a\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD!");
  EXPECT_EQ(map.ToSource(0), 0u);   // "a"
  EXPECT_EQ(map.ToSource(1), 1u);   // first U+FFFD <- F0
  EXPECT_EQ(map.ToSource(4), 4u);   // "z"
  EXPECT_EQ(map.ToSource(5), 5u);   // U+FFFD <- C0
  EXPECT_EQ(map.ToSource(8), 6u);   // U+FFFD <- 80
  EXPECT_EQ(map.ToSource(11), 7u);  // "!"
  EXPECT_EQ(map.ToSource(12), 8u);  // end
}

TEST(Utf8Test, LeavesValidTextUntouched) {
  std::string out = "unchanged";
  OffsetMap map;
  EXPECT_EQ(ReplaceIllFormedUtf8("Kirgizië", &out, &map), 0u);
  EXPECT_EQ(out, "unchanged");
  EXPECT_TRUE(map.identity());
}

TEST(Utf8Test, DecodesAndEncodes) {
  const std::string s = "aé€😀";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, &i), U'a');
  EXPECT_EQ(NextCodePoint(s, &i), U'é');
  EXPECT_EQ(NextCodePoint(s, &i), U'€');
  EXPECT_EQ(NextCodePoint(s, &i), U'😀');
  EXPECT_EQ(i, s.size());
  std::string out;
  for (char32_t cp : {U'a', U'é', U'€', U'😀'}) AppendUtf8(cp, &out);
  EXPECT_EQ(out, s);
  EXPECT_TRUE(IsCharBoundary(s, 1));
  EXPECT_FALSE(IsCharBoundary(s, 2));
  EXPECT_TRUE(IsAscii("plain"));
  EXPECT_FALSE(IsAscii("plain but long enough é"));
}

}  // namespace
}  // namespace newsloom::text_analysis
