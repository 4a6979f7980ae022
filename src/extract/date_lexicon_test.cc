#include "extract/date_lexicon.h"

#include <string>

#include "extract/date_numerals.h"
#include "gtest/gtest.h"

namespace newsloom {

extern const std::string_view kDatesTsv;
extern const std::string_view kBackgroundTsv;

namespace {

using date_internal::DayNumber;
using date_internal::ReadNumericDate;
using date_internal::YearNumber;

TEST(DateLexiconTest, EmbeddedFileParsesAndCoversEveryLanguage) {
  auto lex = DateLexicon::Parse(kDatesTsv, "data/lexicons/dates.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  for (const char* lang : {"en", "nl", "nb", "nn", "da", "sv", "de", "fr", "es", "it", "pl", "ru",
                           "uk", "tr", "ar", "zh"}) {
    EXPECT_TRUE((*lex)->HasLanguage(lang)) << lang;
  }
  // Every language has 12 months and 7 weekdays.
  for (const char* lang :
       {"en", "nl", "nb", "da", "sv", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar"}) {
    bool months[13] = {}, weekdays[8] = {};
    for (const auto& [word, list] : *(*lex)->WordsOf(lang)) {
      for (const DateWord* e : list) {
        if (e->kind == DateWordKind::kMonth || e->kind == DateWordKind::kMonthWeak) {
          months[e->value] = true;
        }
        if (e->kind == DateWordKind::kWeekday) weekdays[e->value] = true;
      }
    }
    for (int m = 1; m <= 12; ++m) EXPECT_TRUE(months[m]) << lang << " month " << m;
    for (int d = 1; d <= 7; ++d) EXPECT_TRUE(weekdays[d]) << lang << " weekday " << d;
  }
  EXPECT_EQ(&DateLexicon::Default(), &DateLexicon::Default());
}

TEST(DateLexiconTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* tsv;
    const char* what;
  };
  for (const Case& c : {Case{"# x\nen\tjanuary\t1\n", "t.tsv:2: expected 4"},
                        Case{"en\tjanuary\t13\tmonth\n", "t.tsv:1: value out of range"},
                        Case{"en\tjanuary\tx\tmonth\n", "t.tsv:1: value must be an integer"},
                        Case{"en\tjanuary\t1\tmonthly\n", "t.tsv:1: unknown kind"},
                        Case{"\tjanuary\t1\tmonth\n", "t.tsv:1: empty language"},
                        Case{"en\ta  b\t0\tdaypart\n", "t.tsv:1: empty word"},
                        Case{"zh\t昨 天\t-1\trel_day\n", "t.tsv:1: zh entries"}}) {
    auto lex = DateLexicon::Parse(c.tsv, "t.tsv");
    ASSERT_FALSE(lex.ok()) << c.tsv;
    EXPECT_NE(std::string(lex.status().message()).find(c.what), std::string::npos) << lex.status();
  }
}

TEST(DateLexiconTest, EmbeddedBackgroundCuesParse) { EXPECT_FALSE(kBackgroundTsv.empty()); }

TEST(DateNumeralsTest, NumericDates) {
  struct Case {
    const char* text;
    bool month_first;
    int y, m, d;
  };
  for (const Case& c :
       {Case{"2022-01-06", false, 2022, 1, 6}, Case{"06.01.2022", false, 2022, 1, 6},
        Case{"6/1/2022", false, 2022, 1, 6}, Case{"6/1/2022", true, 2022, 6, 1},
        Case{"13/1/2022", true, 2022, 1, 13}, Case{"1/13/2022", false, 2022, 1, 13},
        Case{"2022/1/6 ", false, 2022, 1, 6}}) {
    auto nd = ReadNumericDate(c.text, 0, c.month_first);
    ASSERT_TRUE(nd.has_value()) << c.text;
    EXPECT_EQ(nd->year, c.y) << c.text;
    EXPECT_EQ(nd->month, c.m) << c.text;
    EXPECT_EQ(nd->day, c.d) << c.text;
  }
  for (const char* text : {"1.2.3.4", "2022-13-01", "31.02.2022", "14:30", "2.300", "06.01.2022.5",
                           "1-2-3", "20221-01-06"}) {
    EXPECT_FALSE(ReadNumericDate(text, 0, false).has_value()) << text;
  }
  EXPECT_FALSE(ReadNumericDate("5.06.01.2022", 2, false).has_value());
  // Arabic-Indic and full-width digits.
  EXPECT_TRUE(ReadNumericDate("٢٠٢٢-٠١-٠٦", 0, false).has_value());
}

TEST(DateNumeralsTest, DayAndYearTokens) {
  EXPECT_EQ(DayNumber("6"), 6);
  EXPECT_EQ(DayNumber("06"), 6);
  EXPECT_EQ(DayNumber("6th"), 6);
  EXPECT_EQ(DayNumber("1er"), 1);
  EXPECT_FALSE(DayNumber("32"));
  EXPECT_FALSE(DayNumber("0"));
  EXPECT_FALSE(DayNumber("6km"));
  EXPECT_EQ(YearNumber("2005"), 2005);
  EXPECT_EQ(YearNumber("2005'te"), 2005);
  EXPECT_FALSE(YearNumber("2300"));
  EXPECT_FALSE(YearNumber("205"));
  EXPECT_FALSE(YearNumber("20050"));
}

}  // namespace
}  // namespace newsloom
