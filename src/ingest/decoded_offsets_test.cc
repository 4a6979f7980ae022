#include "ingest/decoded_offsets.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

// A toy single-byte charset: bytes 0xC0..0xDF are U+0410..U+042F (Cyrillic capitals).
std::string DecodeToy(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80) {
      out += c;
    } else {
      const int cp = 0x410 + (u - 0xC0);
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

TEST(MapToOriginalTest, Utf8IsUnchangedAndBomShifts) {
  OffsetMap m;
  m.AddAnchor(0, 10);
  OffsetMap same = MapToOriginal(m, 5, "abcdefghijklmno", "abcdefghijklmno");
  EXPECT_EQ(same.ToSource(2), 12u);
  OffsetMap shifted = MapToOriginal(m, 5, "abcdefghijklmno",
                                    "\xEF\xBB\xBF"
                                    "abcdefghijklmno");
  EXPECT_EQ(shifted.ToSource(2), 15u);
  OffsetMap identity_shifted = MapToOriginal(OffsetMap(), 3, "abc",
                                             "\xEF\xBB\xBF"
                                             "abc");
  EXPECT_EQ(identity_shifted.ToSource(1), 4u);
}

TEST(MapToOriginalTest, SingleByteCharsetIsExactAtAnchors) {
  std::string original = "ab ";
  for (int i = 0; i < 200; ++i) original += static_cast<char>(0xC0 + i % 32);
  original += " tail";
  const std::string decoded = DecodeToy(original);
  // The text is the whole decoded string (identity to_decoded).
  OffsetMap m = MapToOriginal(OffsetMap(), decoded.size(), decoded, original, 16);
  const size_t tail = decoded.find("tail");
  EXPECT_EQ(original.substr(m.ToSource(tail), 4), "tail");
  // At every anchor, the decoded offset maps to the byte of the same character.
  for (const auto& [d, s] : m.anchors()) {
    ASSERT_LT(s, original.size() + 1);
    if (d < decoded.size()) {
      EXPECT_EQ(DecodeToy(original.substr(s, 1)),
                decoded.substr(d, DecodeToy(original.substr(s, 1)).size()));
    }
  }
  EXPECT_LE(m.anchors().size(), decoded.size() / 16 + 2);
  // Words of non-ASCII text separated by spaces: each word start is exact.
  std::string words;
  for (int w = 0; w < 30; ++w) words += std::string(5, static_cast<char>(0xC0 + w)) + " ";
  const std::string dwords = DecodeToy(words);
  OffsetMap wm = MapToOriginal(OffsetMap(), dwords.size(), dwords, words, 8);
  for (int w = 1; w < 30; ++w) {
    const size_t at = dwords.find(DecodeToy(std::string(1, static_cast<char>(0xC0 + w))));
    EXPECT_EQ(wm.ToSource(at), 6u * w) << w;
  }
}

TEST(MapToOriginalTest, ComposesWithExtractorAnchors) {
  const std::string original = std::string("<p>") + "\xC1\xC2" + " x</p><p>y</p>";
  const std::string decoded = DecodeToy(original);  // "<p>БВ x</p><p>y</p>"
  // Text "БВ x\n\ny": "БВ x" copied from decoded offset 3, "y" from the second <p>.
  const std::string text = decoded.substr(3, 6) + "\n\ny";
  OffsetMap to_decoded;
  to_decoded.AddAnchor(0, 3);
  to_decoded.AddAnchor(6, 9);  // "\n\n" sits at the closing tag
  to_decoded.AddAnchor(8, decoded.find("y</p>"));
  OffsetMap m = MapToOriginal(to_decoded, text.size(), decoded, original);
  EXPECT_EQ(m.ToSource(0), 3u);
  EXPECT_EQ(original[m.ToSource(8)], 'y');
}

TEST(MapToOriginalTest, Utf16AndProportional) {
  // UTF-16LE with BOM: "hi" -> FF FE 68 00 69 00.
  const std::string utf16("\xFF\xFEh\0i\0", 6);
  OffsetMap m = MapToOriginal(OffsetMap(), 2, "hi", utf16, 1);
  EXPECT_EQ(m.ToSource(0), 2u);
  EXPECT_EQ(m.ToSource(1), 4u);
  // Sizes that fit no exact model: scaled.
  OffsetMap p = MapToOriginal(OffsetMap(), 6, "abcdef", "abcdefghijkl", 1);
  EXPECT_EQ(p.ToSource(0), 0u);
  EXPECT_LE(p.ToSource(5), 12u);
}

}  // namespace
}  // namespace newsloom
