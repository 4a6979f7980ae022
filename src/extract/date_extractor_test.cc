#include "extract/date_extractor.h"

#include <string>
#include <vector>

#include "extract/date_test_util.h"
#include "extract/event_date.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using date_testing::AnalyzeAs;
using date_testing::Day;
using date_testing::EventDateOf;
using date_testing::Month;

// Friday 7 January 2022.
const FuzzyDate kFriday = Day(2022, 1, 7);

struct Case {
  const char* lang;
  const char* text;
  const char* surface;    // the expression expected among the mentions
  const char* date;       // its resolved date
  const char* precision;  // its precision
};

std::string Describe(const DateFacts& facts) {
  std::string out;
  for (const DateMention& m : facts.dates) {
    out += "[" + m.span.surface + " -> " + m.date.ToString() + "/" + m.precision + "] ";
  }
  return out;
}

const DateMention* FindSurface(const DateFacts& facts, std::string_view surface) {
  for (const DateMention& m : facts.dates) {
    if (m.span.surface == surface) return &m;
  }
  return nullptr;
}

class DateCaseTest : public testing::TestWithParam<Case> {};

TEST_P(DateCaseTest, ResolvesAgainstPublicationDay) {
  const Case& c = GetParam();
  const AnalyzedDocument doc = AnalyzeAs(c.text, c.lang);
  const DateFacts facts = DateExtractor::Default().Extract(doc, kFriday);
  const DateMention* m = FindSurface(facts, c.surface);
  ASSERT_NE(m, nullptr) << c.lang << ": \"" << c.surface << "\" not found in: " << Describe(facts);
  EXPECT_EQ(m->date.ToString(), c.date) << c.text;
  EXPECT_EQ(m->precision, c.precision) << c.text;
  EXPECT_EQ(doc.text.substr(m->span.begin, m->span.end - m->span.begin), m->span.surface);
}

INSTANTIATE_TEST_SUITE_P(
    Languages, DateCaseTest,
    testing::Values(
        Case{"en", "Police said on Thursday that twelve people were detained.", "Thursday",
             "2022-01-06", "day"},
        Case{"en", "The protest began on 6 January 2022 in the capital.", "6 January 2022",
             "2022-01-06", "day"},
        Case{"en", "Talks were held on January 5 in Geneva.", "January 5", "2022-01-05", "day"},
        Case{"en", "On Jan. 6th, crowds gathered downtown.", "Jan. 6th", "2022-01-06", "day"},
        Case{"en", "The vote of December 30 was annulled.", "December 30", "2021-12-30", "day"},
        Case{"en", "Yesterday thousands marched through the city.", "Yesterday", "2022-01-06",
             "day"},
        Case{"en", "Earlier this week the government resigned.", "Earlier this week", "2022-01-07",
             "week"},
        Case{"en", "Last Friday riots broke out in the port.", "Last Friday", "2021-12-31", "day"},
        Case{"en", "Tuesday night clashes left two people dead.", "Tuesday night", "2022-01-04",
             "day"},
        Case{"en", "The party was founded in 2005 by students.", "2005", "2005", "year"},
        Case{"en", "The decree dated 2022-01-03 was published today.", "2022-01-03", "2022-01-03",
             "day"},
        Case{"en", "The order of 1/5/2022 was revoked by the court.", "1/5/2022", "2022-01-05",
             "day"},
        Case{"en", "Protests spread in March 2021 across the country.", "March 2021", "2021-03",
             "month"},
        Case{"en", "The miners went on strike in December, officials said.", "December", "2021-12",
             "month"},
        Case{"de", "Am 6. Januar 2022 demonstrierten Tausende in der Stadt.", "6. Januar 2022",
             "2022-01-06", "day"},
        Case{"de", "Am Samstagabend kam es zu schweren Krawallen.", "Samstagabend", "2022-01-01",
             "day"},
        Case{"de", "Gestern wurden dreißig Menschen festgenommen.", "Gestern", "2022-01-06", "day"},
        Case{"de", "Die Polizei griff in der Nacht zum Donnerstag ein.", "Nacht zum Donnerstag",
             "2022-01-06", "day"},
        Case{"de", "Das Urteil vom 06.01.2022 ist rechtskräftig.", "06.01.2022", "2022-01-06",
             "day"},
        Case{"de", "Im Jahr 2005 stürmten Demonstranten den Regierungssitz.", "2005", "2005",
             "year"},
        // A weekday written with its date is that date: one mention.
        Case{"nl", "Op donderdag 6 januari waren er rellen in de stad.", "donderdag 6 januari",
             "2022-01-06", "day"},
        Case{"en", "By Saturday, 1 January the crowds had grown.", "Saturday, 1 January",
             "2022-01-01", "day"},
        Case{"nl", "Gisteravond werden twintig mensen opgepakt.", "Gisteravond", "2022-01-06",
             "day"},
        Case{"nl", "Vorige week werd er ook al gedemonstreerd.", "Vorige week", "2021-12-31",
             "week"},
        Case{"nb", "I går kveld ble femten personer arrestert.", "I går kveld", "2022-01-06",
             "day"},
        Case{"nb", "Demonstrasjonen 6. januar samlet tusenvis av mennesker.", "6. januar",
             "2022-01-06", "day"},
        Case{"nn", "I går vart mange personar arresterte av politiet.", "I går", "2022-01-06",
             "day"},
        Case{"da", "I går blev tolv personer anholdt af politiet.", "I går", "2022-01-06", "day"},
        Case{"sv", "I måndags greps fyrtio personer av polisen.", "måndags", "2022-01-03", "day"},
        Case{"fr", "Le 6 janvier, la police a tiré sur la foule.", "6 janvier", "2022-01-06",
             "day"},
        Case{"fr", "Samedi dernier, des heurts ont éclaté.", "Samedi dernier", "2022-01-01", "day"},
        Case{"fr", "Hier, douze manifestants ont été arrêtés.", "Hier", "2022-01-06", "day"},
        Case{"es", "El 6 de enero de 2022 hubo disturbios en la capital.", "6 de enero de 2022",
             "2022-01-06", "day"},
        Case{"es", "Ayer la policía detuvo a cuarenta personas.", "Ayer", "2022-01-06", "day"},
        Case{"it", "Il 6 gennaio la polizia è intervenuta in piazza.", "6 gennaio", "2022-01-06",
             "day"},
        Case{"it", "Ieri sera ci sono stati scontri davanti al palazzo.", "Ieri sera", "2022-01-06",
             "day"},
        Case{"pl", "6 stycznia doszło do zamieszek w stolicy.", "6 stycznia", "2022-01-06", "day"},
        Case{"pl", "Wczoraj policja zatrzymała dwadzieścia osób.", "Wczoraj", "2022-01-06", "day"},
        Case{"pl", "Protesty trwają od ubiegłego piątku.", "ubiegłego piątku", "2021-12-31", "day"},
        Case{"ru", "6 января 2022 года в городе начались беспорядки.", "6 января 2022 года",
             "2022-01-06", "day"},
        Case{"ru", "Вчера задержаны двести человек.", "Вчера", "2022-01-06", "day"},
        Case{"ru", "Позавчера полиция применила слезоточивый газ.", "Позавчера", "2022-01-05",
             "day"},
        Case{"ru", "В 2005 году оппозиция захватила здание.", "2005 году", "2005", "year"},
        Case{"ru", "В четверг на площадь вышли тысячи людей.", "четверг", "2022-01-06", "day"},
        Case{"uk", "6 січня поліція затримала тридцять осіб.", "6 січня", "2022-01-06", "day"},
        Case{"uk", "У п'ятницю в центрі міста відбувся мітинг.", "п'ятницю", "2022-01-07", "day"},
        Case{"tr", "6 Ocak'ta polis göstericilere müdahale etti.", "6 Ocak'ta", "2022-01-06",
             "day"},
        Case{"tr", "Dün on beş kişi gözaltına alındı.", "Dün", "2022-01-06", "day"},
        Case{"tr", "Ülkede 2005 yılında bir ayaklanma oldu.", "2005 yılında", "2005", "year"},
        Case{"ar", "في 6 يناير خرج المتظاهرون إلى الشوارع.", "6 يناير", "2022-01-06", "day"},
        Case{"ar", "وفي 6 كانون الثاني اعتقلت الشرطة عشرين شخصا.", "6 كانون الثاني", "2022-01-06",
             "day"},
        Case{"ar", "قتل ثلاثة أشخاص أمس في العاصمة.", "أمس", "2022-01-06", "day"},
        Case{"ar", "خرج المتظاهرون يوم الخميس إلى الشوارع.", "الخميس", "2022-01-06", "day"},
        Case{"zh", "2022年1月6日，警方逮捕了三十人。", "2022年1月6日", "2022-01-06", "day"},
        Case{"zh", "城市6日局势依然紧张。", "6日", "2022-01-06", "day"},
        Case{"zh", "昨天有三十人被捕。", "昨天", "2022-01-06", "day"},
        Case{"zh", "周四发生了冲突。", "周四", "2022-01-06", "day"},
        Case{"zh", "上周五发生了冲突。", "上周五", "2021-12-31", "day"},
        Case{"zh", "该党成立于2005年。", "2005年", "2005", "year"}));

TEST(DateExtractorTest, NumbersThatAreNotDates) {
  for (const char* text :
       {"At 14:30 some 2,300 people were injured and a 52-year-old man died.",
        "In May we may march again, 2005 protesters said.", "The address is 1.2.3.4 or 10.0.0.1.",
        "Officers abandoned the building shortly after 10 p.m. on the third night.",
        "He was 31 years old and had 12 children."}) {
    const DateFacts facts = DateExtractor::Default().Extract(AnalyzeAs(text, "en"), kFriday);
    EXPECT_TRUE(facts.dates.empty()) << text << ": " << Describe(facts);
  }
}

TEST(DateExtractorTest, YearOfADayWithoutYearIsTheNearestToPublication) {
  const DateExtractor& x = DateExtractor::Default();
  DateFacts facts =
      x.Extract(AnalyzeAs("The decree is in force until January 5.", "en"), Day(2011, 12, 17));
  ASSERT_EQ(facts.dates.size(), 1u);
  EXPECT_EQ(facts.dates[0].date, Day(2012, 1, 5));
  EXPECT_TRUE(facts.dates[0].relative);
  facts = x.Extract(AnalyzeAs("The strike began in June.", "en"), Day(2011, 12, 17));
  ASSERT_EQ(facts.dates.size(), 1u);
  EXPECT_EQ(facts.dates[0].date, Month(2011, 6));
}

TEST(DateExtractorTest, WeekdayOfThePublicationDayIsThatDay) {
  const DateFacts facts = DateExtractor::Default().Extract(
      AnalyzeAs("Police fired tear gas on Friday.", "en"), kFriday);
  ASSERT_EQ(facts.dates.size(), 1u);
  EXPECT_EQ(facts.dates[0].date, kFriday);
  EXPECT_TRUE(facts.dates[0].relative);
}

TEST(DateExtractorTest, MonthPrecisionPublicationGivesMonths) {
  const AnalyzedDocument doc = AnalyzeAs(
      "Police fired tear gas on Thursday. Yesterday the crowd grew. On 6 January the army "
      "arrived.",
      "en");
  const DateFacts facts = DateExtractor::Default().Extract(doc, Month(2022, 1));
  ASSERT_EQ(facts.dates.size(), 3u) << Describe(facts);
  EXPECT_EQ(facts.dates[0].date, Month(2022, 1));
  EXPECT_EQ(facts.dates[0].precision, "month");
  EXPECT_EQ(facts.dates[1].precision, "month");
  EXPECT_EQ(facts.dates[2].date, Day(2022, 1, 6));
  EXPECT_EQ(facts.dates[2].precision, "day");
}

TEST(DateExtractorTest, WeekdayAnchoredByAnExplicitDayOfTheSameSentence) {
  const AnalyzedDocument doc =
      AnalyzeAs("On Tuesday the commission annulled the results of the October 4 vote.", "en");
  const DateFacts facts = DateExtractor::Default().Extract(doc, Month(2020, 10));
  const DateMention* tuesday = FindSurface(facts, "Tuesday");
  ASSERT_NE(tuesday, nullptr) << Describe(facts);
  EXPECT_EQ(tuesday->date, Day(2020, 10, 6));
  EXPECT_EQ(tuesday->precision, "day");
}

TEST(DateExtractorTest, WithoutPublicationDateOnlyAbsoluteDates) {
  const AnalyzedDocument doc =
      AnalyzeAs("Police fired tear gas on Thursday, 6 January 2022, in the city.", "en");
  const DateFacts facts = DateExtractor::Default().Extract(doc, std::nullopt);
  ASSERT_EQ(facts.dates.size(), 1u) << Describe(facts);
  EXPECT_EQ(facts.dates[0].date, Day(2022, 1, 6));
  EXPECT_FALSE(facts.dates[0].relative);
}

TEST(DateExtractorTest, EmptyDocument) {
  const DateFacts facts = DateExtractor::Default().Extract(AnalyzedDocument(), kFriday);
  EXPECT_TRUE(facts.dates.empty());
  EXPECT_TRUE(facts.flags.background.empty());
}

TEST(DateExtractorTest, FromTsvReportsTheBadFile) {
  auto bad = DateExtractor::FromTsv("en\tjanuary\t13\tmonth\n", "dates.tsv", "", "bg.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("dates.tsv:1:"), std::string::npos)
      << bad.status();
  bad = DateExtractor::FromTsv("", "dates.tsv", "en\tpreviously\tvery\n", "bg.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("bg.tsv:1:"), std::string::npos);
}

// ---- Event date

TEST(EventDateTest, DayBeforePublicationBeatsTheReportDay) {
  // Sunday 9 January 2022.
  const auto d = EventDateOf(
      "Protesters clashed with police on Saturday in the capital. On Sunday the president "
      "called for calm.",
      "en", Day(2022, 1, 9));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 8));
  EXPECT_EQ(d->precision, "day");
}

TEST(EventDateTest, TodayGivesThePublicationDay) {
  const auto d = EventDateOf("Police dispersed the crowd today with tear gas.", "en", kFriday);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, kFriday);
}

TEST(EventDateTest, NoDateIsUnknown) {
  EXPECT_FALSE(EventDateOf("Police dispersed the crowd with tear gas.", "en", kFriday));
}

TEST(EventDateTest, BackgroundAndOldDatesAreNotTheEvent) {
  const auto d = EventDateOf(
      "Police fired tear gas at protesters on Thursday. In March 2005 protesters stormed the "
      "same building.",
      "en", kFriday);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 6));
  EXPECT_FALSE(EventDateOf("The first protest took place on 3 October 2021.", "en", kFriday));
}

TEST(EventDateTest, EventSentencesComeFirst) {
  const std::string text =
      "The president spoke on Wednesday. Markets were calm. Schools stayed open. Traffic was "
      "light.\n\nRiots broke out on Thursday in the north.";
  const auto d = EventDateOf(text, "en", kFriday, {4});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 6));
  EXPECT_EQ(d->span.surface, "Thursday");
}

TEST(EventDateTest, FindMentionOfAStoryDay) {
  const AnalyzedDocument doc = AnalyzeAs(
      "The opposition said on Thursday it had taken control. Street battles on Wednesday "
      "forced the president to flee. In 2005 a crowd stormed the same building.",
      "en");
  const DateExtractor& x = DateExtractor::Default();
  const DateFacts facts = x.Extract(doc, Month(2010, 4));
  const auto found = FindMentionOfDay(facts, Day(2010, 4, 7));  // a Wednesday
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->span.surface, "Wednesday");
  EXPECT_EQ(found->date, Day(2010, 4, 7));
  EXPECT_FALSE(FindMentionOfDay(facts, Day(2010, 4, 6)));  // a Tuesday: not named
}

TEST(EventDateTest, PeriodStartsAreNotEvents) {
  const AnalyzedDocument doc = AnalyzeAs(
      "De overheid verdubbelde vanaf 5 januari de prijs. Donderdag waren er rellen.", "nl");
  const DateExtractor& x = DateExtractor::Default();
  const DateFacts facts = x.Extract(doc, kFriday);
  ASSERT_EQ(facts.dates.size(), 2u) << Describe(facts);
  EXPECT_TRUE(facts.dates[0].period_start);
  EXPECT_FALSE(facts.dates[1].period_start);
  const auto d = x.EventDate(doc, facts, {}, kFriday);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 6));
}

TEST(EventDateTest, MonthOnlyPublicationGivesTheMonth) {
  const auto d = EventDateOf("Riots broke out on Thursday in the north.", "en", Month(2022, 1));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Month(2022, 1));
  EXPECT_EQ(d->precision, "month");
  EXPECT_EQ(d->weekday, 4);
  // A story's day refines it only when it is a Thursday of that month.
  const auto refined = RefineWeekdayMonth(*d, Day(2022, 1, 6));
  ASSERT_TRUE(refined.has_value());
  EXPECT_EQ(refined->date, Day(2022, 1, 6));
  EXPECT_EQ(refined->precision, "day");
  EXPECT_FALSE(RefineWeekdayMonth(*d, Day(2022, 1, 7)));
  EXPECT_FALSE(RefineWeekdayMonth(*d, Day(2022, 2, 3)));
}

}  // namespace
}  // namespace newsloom
