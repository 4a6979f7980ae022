#include "eval/csv_reader.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

std::vector<std::vector<std::string>> Fields(const std::vector<CsvRecord>& records) {
  std::vector<std::vector<std::string>> out;
  out.reserve(records.size());
  for (const auto& r : records) out.push_back(r.fields);
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, PlainRecords) {
  auto r = ParseCsv("a,b,c\n1,2,3\n", "t.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fields(*r), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_EQ((*r)[1].line, 2);
}

TEST(CsvReaderTest, QuotedFieldsWithCommasQuotesAndNewlines) {
  auto r = ParseCsv(
      "id,text\n"
      "1,\"He said \"\"hi\"\", then left\"\n"
      "2,\"two\nlines, here\"\n"
      "3,\"\"\n"
      "4,last\n",
      "t.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fields(*r), (Rows{{"id", "text"},
                              {"1", "He said \"hi\", then left"},
                              {"2", "two\nlines, here"},
                              {"3", ""},
                              {"4", "last"}}));
  EXPECT_EQ((*r)[3].line, 5);  // after the record spanning lines 3-4
  EXPECT_EQ((*r)[4].line, 6);
}

TEST(CsvReaderTest, CrlfBomBlankLinesEmptyFieldsAndNoFinalNewline) {
  auto r = ParseCsv("\xEF\xBB\xBFx,y\r\n\r\n,\r\na,\r\n,b\r\nlast,row", "t.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fields(*r), (Rows{{"x", "y"}, {"", ""}, {"a", ""}, {"", "b"}, {"last", "row"}}));
  EXPECT_EQ((*r)[1].line, 3);
}

TEST(CsvReaderTest, QuotedCrlfIsKeptAndLenientQuotes) {
  auto r = ParseCsv("\"a\r\nb\",5 \"inch\"\nx\ry,z\n", "t.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fields(*r), (Rows{{"a\r\nb", "5 \"inch\""}, {"x\ry", "z"}}));
  EXPECT_EQ((*r)[1].line, 3);
}

TEST(CsvReaderTest, EmptyInput) {
  auto r = ParseCsv("", "t.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
}

TEST(CsvReaderTest, Errors) {
  auto unterminated = ParseCsv("a,b\n1,\"open\nstill open\n", "t.csv");
  ASSERT_FALSE(unterminated.ok());
  EXPECT_EQ(unterminated.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(unterminated.status().message().find("t.csv:2: unterminated"), std::string::npos)
      << unterminated.status();

  auto junk = ParseCsv("a,b\n\"x\"y,z\n", "t.csv");
  ASSERT_FALSE(junk.ok());
  EXPECT_NE(junk.status().message().find("t.csv:2: unexpected character after closing quote"),
            std::string::npos)
      << junk.status();
}

}  // namespace
}  // namespace newsloom::eval
