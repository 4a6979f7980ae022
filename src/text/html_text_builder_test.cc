#include "text/html_text_builder.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

// Source offset of derived offset `d` under `anchors` (as OffsetMap::ToSource does).
uint32_t SourceOf(const std::vector<SourceAnchor>& anchors, uint32_t d) {
  uint32_t result = 0;
  for (const auto& [derived, source] : anchors) {
    if (derived > d) break;
    result = source + (d - derived);
  }
  return result;
}

TEST(AlignDecodedTextTest, EntitiesMapToTheirReference) {
  const std::string original = "a &amp; b&eacute;c &#233;d &#xE9;e";
  const std::string decoded = "a & béc éd ée";
  std::vector<uint32_t> map;
  AlignDecodedText(decoded, original, 100, &map);
  ASSERT_EQ(map.size(), decoded.size() + 1);
  EXPECT_EQ(map[0], 100u);                                        // 'a'
  EXPECT_EQ(map[2], 102u);                                        // '&' -> "&amp;"
  EXPECT_EQ(map[4], 108u);                                        // 'b'
  EXPECT_EQ(map[5], 109u);                                        // é (first byte) -> "&eacute;"
  EXPECT_EQ(map[6], 109u);                                        // é (second byte)
  EXPECT_EQ(map[7], 117u);                                        // 'c'
  EXPECT_EQ(map[decoded.find("d")], 100 + original.find("d"));    // After a decimal reference.
  EXPECT_EQ(map[decoded.size() - 1], 100 + original.size() - 1);  // Final 'e'.
  EXPECT_EQ(map[decoded.size()], 100 + original.size());
}

TEST(AlignDecodedTextTest, LiteralAmpersandAndCrLf) {
  std::vector<uint32_t> map;
  AlignDecodedText("AT&T\nx", "AT&T\r\nx", 0, &map);
  EXPECT_EQ(map[2], 2u);  // Literal '&'.
  EXPECT_EQ(map[3], 3u);
  EXPECT_EQ(map[4], 4u);  // LF from CRLF -> the CR.
  EXPECT_EQ(map[5], 6u);  // 'x'.
  // Escaped markup.
  AlignDecodedText("<b>", "&lt;b&gt;", 0, &map);
  EXPECT_EQ(map[0], 0u);
  EXPECT_EQ(map[1], 4u);
  EXPECT_EQ(map[2], 5u);
  // An unknown name stays literal in the decoded text, and maps one to one.
  AlignDecodedText("&foo; x", "&foo; x", 0, &map);
  EXPECT_EQ(map[6], 6u);
}

TEST(ParagraphBuilderTest, CollapsesWhitespaceAndAnchors) {
  ParagraphBuilder b;
  // Source: "<p>  Hello   world\n</p>" with the text node at offset 3.
  b.AppendText("  Hello   world\n", "  Hello   world\n", 3, false);
  EXPECT_EQ(b.text(), "Hello world");
  EXPECT_EQ(b.chars(), 11u);
  EXPECT_EQ(SourceOf(b.anchors(), 0), 5u);   // 'H'
  EXPECT_EQ(SourceOf(b.anchors(), 5), 10u);  // The collapsed space -> first blank.
  EXPECT_EQ(SourceOf(b.anchors(), 6), 13u);  // 'w'
  // A link in a later node.
  b.AppendText(" and more", " and more", 40, true);
  EXPECT_EQ(b.text(), "Hello world and more");
  EXPECT_EQ(b.link_chars(), 7u);  // "and" and "more" without the space.
  EXPECT_EQ(SourceOf(b.anchors(), 12), 41u);
  std::string text;
  std::vector<SourceAnchor> anchors;
  b.TakeParagraph(&text, &anchors);
  EXPECT_EQ(text, "Hello world and more");
  EXPECT_TRUE(b.empty());
  EXPECT_EQ(b.chars(), 0u);
}

TEST(ParagraphBuilderTest, NoBreakSpaceAndSpaces) {
  ParagraphBuilder b;
  b.AppendText(
      "a\xC2\xA0\xC2\xA0"
      "b",
      "a&nbsp;&nbsp;b", 0, false);
  EXPECT_EQ(b.text(), "a b");
  b.AppendSpace();
  b.AppendText("c", "c", 50, false);
  EXPECT_EQ(b.text(), "a b c");
  EXPECT_EQ(SourceOf(b.anchors(), 4), 50u);
  // Only whitespace adds nothing; no leading or trailing spaces.
  ParagraphBuilder empty;
  empty.AppendSpace();
  empty.AppendText(" \n\t ", " \n\t ", 0, false);
  EXPECT_TRUE(empty.empty());
  empty.AppendText("x", "x", 9, false);
  EXPECT_EQ(empty.text(), "x");
}

TEST(ParagraphBuilderTest, CountsCodePoints) {
  ParagraphBuilder b;
  b.AppendText("Бишкек 比什凯克", "Бишкек 比什凯克", 0, true);
  EXPECT_EQ(b.chars(), 11u);
  EXPECT_EQ(b.link_chars(), 10u);
}

}  // namespace
}  // namespace newsloom
