#include "ingest/json_raw_string.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(FindTopLevelStringTest, SkipsNestedValuesAndTrickyStrings) {
  const std::string json =
      R"({"a": {"text": "nested"}, "b": ["x", {"text": 1}], "q": "say \"text\": no", )"
      R"("n": -1.5e3, "t": true, "text" : "found it"})";
  auto span = FindTopLevelString(json, "text");
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(json.substr(span->begin, span->end - span->begin), "found it");
  EXPECT_FALSE(FindTopLevelString(json, "missing").has_value());
  EXPECT_FALSE(FindTopLevelString(R"({"text": 5})", "text").has_value());
  EXPECT_FALSE(FindTopLevelString("[1,2]", "text").has_value());
}

TEST(FindTopLevelValueTest, GivesWholeValuesOfEveryType) {
  const std::string json =
      R"({"text": "x \"events\":[1] y", "events" : [{"a": "]"}, [2]] , "n": 12 , )"
      R"("o": {"events": []}, "s": "v", "z": null})";
  auto value = [&](std::string_view key) {
    auto span = FindTopLevelValue(json, key);
    return span ? json.substr(span->begin, span->end - span->begin) : std::string("<none>");
  };
  EXPECT_EQ(value("events"), R"([{"a": "]"}, [2]])");
  EXPECT_EQ(value("n"), "12");
  EXPECT_EQ(value("o"), R"({"events": []})");
  EXPECT_EQ(value("s"), R"("v")");
  EXPECT_EQ(value("z"), "null");
  EXPECT_EQ(value("missing"), "<none>");
  // Truncated input never reads past the end.
  const std::string cut = R"({"a": "unterminated)";
  auto span = FindTopLevelValue(cut, "a");
  ASSERT_TRUE(span.has_value());
  EXPECT_LE(span->end, cut.size());
  EXPECT_FALSE(FindTopLevelString(cut, "a").has_value());
}

TEST(UnescapedToRawTest, MapsAcrossEscapes) {
  // Unescaped: "a\nb" + "é" (2 bytes) + "c" + U+1F600 (4 bytes) + "d".
  const std::string json = R"({"text":"a\nb\u00e9c\ud83d\ude00d"})";
  auto span = FindTopLevelString(json, "text");
  ASSERT_TRUE(span.has_value());
  size_t size = 0;
  OffsetMap m = UnescapedToRaw(json, *span, 1, &size);
  EXPECT_EQ(size, 11u);  // a, \n, b, é (2 bytes), c, U+1F600 (4 bytes), d
  EXPECT_EQ(json[m.ToSource(0)], 'a');
  EXPECT_EQ(json[m.ToSource(2)], 'b');
  EXPECT_EQ(json[m.ToSource(5)], 'c');
  EXPECT_EQ(json[m.ToSource(10)], 'd');
}

TEST(UnescapedToRawTest, StepLimitsAnchorsButStaysExactAfterwards) {
  std::string json = R"({"text":")";
  for (int i = 0; i < 100; ++i) json += R"(Ж)";  // Ж, 2 bytes unescaped, 6 raw
  json += R"( plain tail"})";
  auto span = FindTopLevelString(json, "text");
  ASSERT_TRUE(span.has_value());
  size_t size = 0;
  OffsetMap m = UnescapedToRaw(json, *span, 32, &size);
  EXPECT_EQ(size, 211u);
  EXPECT_LE(m.anchors().size(), 211u / 32 + 2);
  // An anchor is placed once the step is reached, so the plain tail maps exactly.
  EXPECT_EQ(json.substr(m.ToSource(201), 10), "plain tail");
}

}  // namespace
}  // namespace newsloom
