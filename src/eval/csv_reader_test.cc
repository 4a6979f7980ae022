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

TEST(CsvReaderTest, RecoveringSkipsBadRecordsAndGoesOn) {
  std::vector<std::string> errors;
  const auto r = ParseCsvRecovering("a,b\n\"x\"y,z\n1,2\n\"ok\",\"multi\nline\"\n3,\"open\n4,5\n",
                                    "t.csv", &errors);
  // The junk after a closing quote costs line 2; the unterminated quote on line 6 costs that
  // line only, and line 7 is read again as a record.
  EXPECT_EQ(Fields(r), (Rows{{"a", "b"}, {"1", "2"}, {"ok", "multi\nline"}, {"4", "5"}}));
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[3].line, 7);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "t.csv:2: unexpected character after closing quote");
  EXPECT_EQ(errors[1], "t.csv:6: unterminated quoted field");

  errors.clear();
  const auto clean = ParseCsvRecovering("a,b\r\n1,2", "t.csv", &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(Fields(clean), (Rows{{"a", "b"}, {"1", "2"}}));
  EXPECT_TRUE(ParseCsvRecovering("\"", "t.csv", &errors).empty());
  EXPECT_EQ(errors.size(), 1u);
}

}  // namespace
}  // namespace newsloom::eval
