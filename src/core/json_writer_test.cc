#include "core/json_writer.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(JsonWriterTest, NestedValues) {
  JsonWriter w;
  w.BeginObject().Key("id").String("a\"b").Key("n").Int(-3).Key("x").Double(0.5);
  w.Key("list").BeginArray().Bool(true).Null().BeginObject().EndObject().EndArray();
  w.EndObject();
  EXPECT_EQ(w.str(), R"({"id":"a\"b","n":-3,"x":0.5,"list":[true,null,{}]})");
}

TEST(JsonWriterTest, EscapesControlAndKeepsUtf8) {
  std::string out;
  AppendJsonString("Бишкек\n\t\x01", &out);
  EXPECT_EQ(out, "\"Бишкек\\n\\t\\u0001\"");
}

TEST(JsonWriterTest, ReplacesInvalidUtf8) {
  std::string out;
  AppendJsonString(
      "a\xff"
      "b\xc3",
      &out);
  EXPECT_EQ(out,
            "\"a\xef\xbf\xbd"
            "b\xef\xbf\xbd\"");
  out.clear();
  AppendJsonString("\xed\xa0\x80", &out);  // Surrogate code point.
  EXPECT_EQ(out, "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
}

TEST(JsonWriterTest, DoubleFormatting) {
  JsonWriter w;
  w.BeginArray().Double(3.0).Double(0.12345, 3).Double(-0.0).Double(1.0 / 0.0).EndArray();
  EXPECT_EQ(w.str(), "[3,0.123,0,null]");
}

}  // namespace
}  // namespace newsloom
