#include "eval/report_format.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace newsloom::eval {
namespace {

EvalReport SmallReport() {
  GoldArticle a;
  a.id = "a";
  a.lang = "en";
  a.persons = {"Anna Berg"};
  GoldArticle b;
  b.id = "b";
  b.lang = "nl";
  RunOutput run;
  RunArticle ra;
  ra.id = "a";
  ra.lang = "en";
  ra.persons = {"Berg", "Olaf Lind"};
  run.articles.push_back(ra);
  run.errors.emplace_back("articles.jsonl:3: invalid JSON");
  run.bad_lines = 1;
  return Evaluate({a, b}, run);
}

TEST(ReportFormatTest, TableHasRowsColumnsAndZeros) {
  const std::string table = FormatReportTable(SmallReport());
  EXPECT_NE(table.find("2 gold articles, 1 run articles: 1 matched, 1 missing from run"),
            std::string::npos)
      << table;
  // Header row with one column per language.
  EXPECT_NE(table.find("metric"), std::string::npos);
  const size_t overall = table.find("overall");
  ASSERT_NE(overall, std::string::npos);
  const size_t header = table.rfind('\n', overall) + 1;
  const std::string header_line = table.substr(header, table.find('\n', header) - header);
  EXPECT_EQ(header_line.rfind("metric", 0), 0u) << header_line;
  EXPECT_NE(header_line.find("en"), std::string::npos) << header_line;
  EXPECT_NE(header_line.find("nl"), std::string::npos) << header_line;
  // persons overall: tp 1, fp 1, fn 0 -> P 0.500 (1/2), R 1.000 (1/1).
  EXPECT_NE(table.find("0.500 (1/2)"), std::string::npos) << table;
  EXPECT_NE(table.find("1.000 (1/1)"), std::string::npos) << table;
  // Metrics over nothing are shown as zeros, not skipped.
  EXPECT_NE(table.find("0.000 (0/0)"), std::string::npos) << table;
  EXPECT_NE(table.find("duplicates F1"), std::string::npos);
  EXPECT_NE(table.find("stories B-cubed P"), std::string::npos);
  EXPECT_NE(table.find("missing from run: b"), std::string::npos);
  EXPECT_NE(table.find("articles.jsonl:3: invalid JSON"), std::string::npos);
  // Fixed width: every metric row's "overall" cell starts in the same column.
  const size_t col = header_line.find("overall");
  size_t pos = table.find("\nlanguage");
  ASSERT_NE(pos, std::string::npos);
  EXPECT_EQ(table.substr(pos + 1 + col, 5), "0.500");  // language: 1 of 2
}

TEST(ReportFormatTest, JsonRoundTrips) {
  const std::string json = ReportToJson(SmallReport());
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS) << json;
  EXPECT_EQ(int64_t(doc["gold_articles"]), 2);
  EXPECT_EQ(int64_t(doc["matched_articles"]), 1);
  EXPECT_EQ(std::string_view(doc["missing_ids"].at(0)), "b");
  EXPECT_EQ(int64_t(doc["overall"]["persons"]["tp"]), 1);
  EXPECT_EQ(int64_t(doc["overall"]["persons"]["fp"]), 1);
  EXPECT_DOUBLE_EQ(double(doc["overall"]["persons"]["precision"]), 0.5);
  EXPECT_EQ(int64_t(doc["by_lang"]["nl"]["language"]["total"]), 1);
  EXPECT_DOUBLE_EQ(double(doc["by_lang"]["nl"]["language"]["accuracy"]), 0.0);
  EXPECT_EQ(int64_t(doc["overall"]["story_bcubed"]["items"]), 2);
  EXPECT_EQ(std::string_view(doc["articles"].at(0)["persons_spurious"].at(0)), "Olaf Lind");
  EXPECT_EQ(bool(doc["articles"].at(1)["found"]), false);
}

}  // namespace
}  // namespace newsloom::eval
