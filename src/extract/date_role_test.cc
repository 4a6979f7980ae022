// Date roles (date_role.h), the expressions joined or resolved against other dates
// (date_extractor.h: anaphoric days, weekday with date, day spans, overnight spans) and how
// the event-date picker uses them (event_date.h). Sentences written for these tests.
#include "extract/date_role.h"

#include <string>
#include <vector>

#include "extract/date_extractor.h"
#include "extract/date_test_util.h"
#include "extract/event_date.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using date_testing::AnalyzeAs;
using date_testing::Day;
using date_testing::EventDateOf;
using date_testing::Month;

const char* RoleName(DateRole r) {
  switch (r) {
    case DateRole::kEvent:
      return "event";
    case DateRole::kStatement:
      return "statement";
    case DateRole::kContext:
      return "context";
    case DateRole::kOnset:
      return "onset";
    case DateRole::kAnterior:
      return "anterior";
    case DateRole::kTimestamp:
      return "timestamp";
  }
  return "?";
}

std::string Describe(const DateFacts& facts) {
  std::string out;
  for (const DateMention& m : facts.dates) {
    out += "[" + m.span.surface + " -> " + m.date.ToString() + "/" + m.precision + " " +
           RoleName(m.role) + (m.period_start ? " period" : "") + "] ";
  }
  return out;
}

const DateMention* FindSurface(const DateFacts& facts, std::string_view surface) {
  for (const DateMention& m : facts.dates) {
    if (m.span.surface == surface) return &m;
  }
  return nullptr;
}

struct RoleCase {
  const char* lang;
  const char* text;
  const char* surface;
  DateRole role;
};

class DateRoleCaseTest : public testing::TestWithParam<RoleCase> {};

TEST_P(DateRoleCaseTest, ReadsTheWordsNextToTheDate) {
  const RoleCase& c = GetParam();
  const AnalyzedDocument doc = AnalyzeAs(c.text, c.lang);
  const DateFacts facts = DateExtractor::Default().Extract(doc, Day(2022, 1, 7));
  const DateMention* m = FindSurface(facts, c.surface);
  ASSERT_NE(m, nullptr) << c.lang << ": \"" << c.surface << "\" not in " << Describe(facts);
  EXPECT_STREQ(RoleName(m->role), RoleName(c.role)) << c.lang << ": " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Languages, DateRoleCaseTest,
    testing::Values(
        // Statements: a reporting verb or noun in the date's clause.
        RoleCase{"en", "The ministry said on Monday that the square was calm.", "Monday",
                 DateRole::kStatement},
        RoleCase{"en", "On Thursday the ministry had reported 300 arrests.", "Thursday",
                 DateRole::kStatement},
        RoleCase{"en", "Students marched to the palace on Monday, the police said.", "Monday",
                 DateRole::kEvent},
        RoleCase{"en", "The police said protesters marched on Monday.", "Monday", DateRole::kEvent},
        RoleCase{"de", "Das Ministerium meldete am Donnerstag zwanzig Festnahmen.", "Donnerstag",
                 DateRole::kStatement},
        RoleCase{"de", "Das sagte ein Sprecher der Stadtverwaltung am Montag in Bonn.", "Montag",
                 DateRole::kStatement},
        RoleCase{"ru", "Во вторник представитель прокуратуры заявил о новых задержаниях.",
                 "вторник", DateRole::kStatement},
        RoleCase{"fr", "Vendredi, le ministère a annoncé trois cents interpellations.", "Vendredi",
                 DateRole::kStatement},
        RoleCase{"it", "L'annuncio è arrivato sabato sera in televisione.", "sabato sera",
                 DateRole::kStatement},
        RoleCase{"tr", "Bakan salı günü yaptığı açıklamada sükunet çağrısı yaptı.", "salı",
                 DateRole::kStatement},
        RoleCase{"zh", "警方4日通报，两名嫌疑人已被拘留。", "4日", DateRole::kStatement},
        // Context: the election or vote the event is about.
        RoleCase{"en", "Crowds rejected the outcome of Sunday's parliamentary vote.", "Sunday's",
                 DateRole::kContext},
        RoleCase{"en", "Thousands marched on Monday after the election.", "Monday",
                 DateRole::kEvent},
        RoleCase{"de", "Die Kommission annullierte die Parlamentswahl vom Sonntag.", "Sonntag",
                 DateRole::kContext},
        RoleCase{"ru", "Оппозиция не признала итоги выборов 2 января.", "2 января",
                 DateRole::kContext},
        RoleCase{"es", "La oposición rechazó las elecciones del domingo.", "domingo",
                 DateRole::kContext},
        // Onset: a verb of beginning right before (tr: after) the date.
        RoleCase{"en", "The protests began on 2 January in the west.", "2 January",
                 DateRole::kOnset},
        RoleCase{"nl", "De onrust begon op 2 januari in het westen.", "2 januari",
                 DateRole::kOnset},
        RoleCase{"ru", "Протесты начались 2 января на западе страны.", "2 января",
                 DateRole::kOnset},
        RoleCase{"tr", "Pazartesi günü başlayan gösteriler sürüyor.", "Pazartesi",
                 DateRole::kOnset},
        RoleCase{"zh", "本轮抗议始于1月2日，随后蔓延。", "1月2日", DateRole::kOnset},
        // Anterior: a pluperfect clause.
        RoleCase{"de", "Am Mittwoch hatten Demonstranten das Rathaus gestürmt.", "Mittwoch",
                 DateRole::kAnterior},
        RoleCase{"en", "On Wednesday protesters had stormed the mayor's office.", "Wednesday",
                 DateRole::kAnterior},
        // Timestamp: a date with a clock time.
        RoleCase{"de", "Bonn (dpa) · 07.01.2022, 16:37 Uhr", "07.01.2022", DateRole::kTimestamp}));

TEST(DateRoleFinderTest, ParseErrorsNameTheLine) {
  const auto bad = DateRoleFinder::Parse("en\tsaid\treport\nen\tsaid so\treport\n", "roles.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("roles.tsv:2"), std::string::npos);
  const auto good = DateRoleFinder::Parse("en\tsince\tsince\nen\t*wahl\tcontext\n", "r.tsv");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ((*good)->size(), 1u);
}

TEST(DateJoinTest, WeekdayWithItsDateIsOneMention) {
  const AnalyzedDocument doc =
      AnalyzeAs("Протесты начались в пятницу, 15 ноября, в Тегеране.", "ru");
  const DateFacts facts = DateExtractor::Default().Extract(doc, Day(2019, 11, 21));
  ASSERT_EQ(facts.dates.size(), 1u) << Describe(facts);
  EXPECT_EQ(facts.dates[0].span.surface, "пятницу, 15 ноября");
  EXPECT_EQ(facts.dates[0].date, Day(2019, 11, 15));
  EXPECT_EQ(facts.dates[0].weekday, 5);
  EXPECT_EQ(facts.dates[0].role, DateRole::kOnset);
}

TEST(DateJoinTest, WeekdayWithItsDateOverridesTheWeekOfPublication) {
  // Published a month later: "Saturday" alone would be the Saturday before publication.
  const AnalyzedDocument doc = AnalyzeAs("By Saturday 16 November the protests had spread.", "en");
  const DateFacts facts = DateExtractor::Default().Extract(doc, Day(2019, 12, 16));
  const DateMention* m = FindSurface(facts, "Saturday 16 November");
  ASSERT_NE(m, nullptr) << Describe(facts);
  EXPECT_EQ(m->date, Day(2019, 11, 16));
}

TEST(DateJoinTest, AnaphoricNextDayFollowsTheDayBefore) {
  struct Case {
    const char* lang;
    const char* text;
    const char* surface;
  };
  const Case cases[] = {
      {"ru", "Митинг прошёл 15 ноября. На следующий день тысячи людей вышли на улицы.",
       "На следующий день"},
      {"en", "Workers went on strike on 15 November. The next day thousands joined them.",
       "The next day"},
      {"fr", "La grève a commencé le 15 novembre. Le lendemain, des milliers les ont rejoints.",
       "Le lendemain"},
      {"de", "Der Streik begann am 15. November. Am nächsten Tag kamen Tausende dazu.",
       "Am nächsten Tag"},
      {"tr", "Grev 15 Kasım'da başladı. Ertesi gün binlerce kişi katıldı.", "Ertesi gün"},
  };
  for (const Case& c : cases) {
    const AnalyzedDocument doc = AnalyzeAs(c.text, c.lang);
    const DateFacts facts = DateExtractor::Default().Extract(doc, Day(2019, 11, 21));
    const DateMention* m = FindSurface(facts, c.surface);
    ASSERT_NE(m, nullptr) << c.lang << ": " << Describe(facts);
    EXPECT_EQ(m->date, Day(2019, 11, 16)) << c.lang;
    EXPECT_EQ(m->precision, "day") << c.lang;
  }
  // Without a day before it: the publication month.
  const AnalyzedDocument alone = AnalyzeAs("The next day thousands joined them.", "en");
  const DateFacts facts = DateExtractor::Default().Extract(alone, Month(2019, 11));
  ASSERT_EQ(facts.dates.size(), 1u) << Describe(facts);
  EXPECT_EQ(facts.dates[0].precision, "month");
}

TEST(DateJoinTest, TwoDaysJoinedByAndAreOneSpanDatedByTheFirst) {
  const struct {
    const char* lang;
    const char* text;
    const char* surface;
  } cases[] = {
      {"de", "Bei Zusammenstößen am Freitag und Samstag wurden 200 Menschen verletzt.",
       "Freitag und Samstag"},
      {"en", "Clashes on Friday and Saturday left 200 people injured.", "Friday and Saturday"},
      {"it", "Negli scontri di venerdì e sabato sono rimaste ferite 200 persone.",
       "venerdì e sabato"},
  };
  for (const auto& c : cases) {
    const AnalyzedDocument doc = AnalyzeAs(c.text, c.lang);
    const DateFacts facts = DateExtractor::Default().Extract(doc, Day(2022, 7, 5));  // Tuesday
    const DateMention* m = FindSurface(facts, c.surface);
    ASSERT_NE(m, nullptr) << c.lang << ": " << Describe(facts);
    EXPECT_EQ(m->date, Day(2022, 7, 1)) << c.lang;
    EXPECT_EQ(m->span_days, 1) << c.lang;
  }
}

TEST(DateJoinTest, ARunOfNightsOrDaysIsDatedByItsFirst) {
  // Published on Tuesday 11 August 2020.
  const struct {
    const char* lang;
    const char* text;
    const char* surface;
    FuzzyDate first;
  } cases[] = {
      {"en", "Police and protesters clashed for the second night in a row.",
       "second night in a row", Day(2020, 8, 9)},
      {"uk", "У місті другу ніч поспіль тривали сутички.", "другу ніч поспіль", Day(2020, 8, 9)},
      {"de", "Zur dritten Nacht in Folge gingen Tausende auf die Straße.", "dritten Nacht in Folge",
       Day(2020, 8, 8)},
      {"ru", "Забастовка продолжается третий день подряд.", "третий день подряд", Day(2020, 8, 9)},
  };
  for (const auto& c : cases) {
    const AnalyzedDocument doc = AnalyzeAs(c.text, c.lang);
    const DateFacts facts = DateExtractor::Default().Extract(doc, Day(2020, 8, 11));
    const DateMention* m = FindSurface(facts, c.surface);
    ASSERT_NE(m, nullptr) << c.lang << ": " << Describe(facts);
    EXPECT_EQ(m->date, c.first) << c.lang;
  }
}

TEST(DateJoinTest, ChineseOvernightSpanIsDatedByItsSecondDay) {
  const AnalyzedDocument doc = AnalyzeAs("5日夜间至6日凌晨，武装分子企图冲击警察局。", "zh");
  const DateFacts facts = DateExtractor::Default().Extract(doc, Month(2022, 1));
  ASSERT_EQ(facts.dates.size(), 1u) << Describe(facts);
  EXPECT_EQ(facts.dates[0].date, Day(2022, 1, 6));
}

TEST(DateJoinTest, FromAndAPartirOpenPeriods) {
  const AnalyzedDocument en =
      AnalyzeAs("A decree that from Oct. 15 will require a health pass.", "en");
  const DateFacts en_facts = DateExtractor::Default().Extract(en, Month(2021, 10));
  ASSERT_FALSE(en_facts.dates.empty());
  EXPECT_TRUE(en_facts.dates[0].period_start) << Describe(en_facts);
  const AnalyzedDocument fr = AnalyzeAs("Le passe sera obligatoire à partir du 15 octobre.", "fr");
  const DateFacts fr_facts = DateExtractor::Default().Extract(fr, Month(2021, 10));
  ASSERT_FALSE(fr_facts.dates.empty());
  EXPECT_TRUE(fr_facts.dates[0].period_start) << Describe(fr_facts);
}

TEST(EventDateRoleTest, StatementDayLosesToTheEventDay) {
  const auto d = EventDateOf(
      "The interior ministry said on Thursday that 20 protesters were held. Protesters stormed "
      "the city hall on Wednesday.",
      "en", Day(2022, 1, 7), {0, 1});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 5));
}

TEST(EventDateRoleTest, ElectionDayLosesToTheProtestDay) {
  const auto d = EventDateOf(
      "Crowds angry at the result of Sunday's parliamentary vote stormed the parliament on "
      "Monday night.",
      "en", Day(2020, 10, 6), {0});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2020, 10, 5));
  const auto ru = EventDateOf(
      "Протестующие, недовольные итогами выборов 4 октября, в понедельник "
      "захватили здание парламента.",
      "ru", Day(2020, 10, 6), {0});
  ASSERT_TRUE(ru.has_value());
  EXPECT_EQ(ru->date, Day(2020, 10, 5));
}

TEST(EventDateRoleTest, AnElectionAloneStillGivesItsDay) {
  const auto d =
      EventDateOf("Voters stayed at home in Sunday's snap election.", "en", Day(2022, 11, 21), {0});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 11, 20));
}

TEST(EventDateRoleTest, OnsetLosesToTheDayTheArticleFollows) {
  const auto d = EventDateOf(
      "The protests began on Monday in the west. On Wednesday crowds stormed the mayor's "
      "office in the capital.",
      "en", Day(2022, 1, 7), {0, 1});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 5));
  // Alone, the day riots broke out is the event.
  const auto alone =
      EventDateOf("Riots broke out on Thursday in the north.", "en", Day(2022, 1, 7), {0});
  ASSERT_TRUE(alone.has_value());
  EXPECT_EQ(alone->date, Day(2022, 1, 6));
}

TEST(EventDateRoleTest, ASpanOfDaysIsDatedByItsFirstDay) {
  const auto d = EventDateOf(
      "Bei den Zusammenstößen in Nukus am Freitag und Samstag wurden 243 Menschen verletzt. "
      "Der Präsident reiste am Samstag nach Nukus.",
      "de", Day(2022, 7, 5), {0});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 7, 1));
}

TEST(EventDateRoleTest, OfOlderDaysTheFirstWins) {
  const auto d = EventDateOf(
      "Police fired tear gas at crowds on Sunday. Protesters first blocked the roads on "
      "Saturday.",
      "en", Day(2022, 1, 14), {0, 1});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 8));
}

TEST(EventDateRoleTest, FollowUpWeeksLaterTakesTheEventDay) {
  const auto d = EventDateOf(
      "Amnesty said on Monday that security forces killed 304 people. Protesters blocked the "
      "roads on 16 November.",
      "en", Day(2019, 12, 16), {1});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2019, 11, 16));
}

TEST(EventDateRoleTest, PluperfectOfTheLeadStillTellsTheEvent) {
  const std::string text =
      "Le chef du renseignement avait été limogé jeudi au plus fort des émeutes.\n\n"
      "Le calme restait précaire.\n\nLes banques restaient fermées.\n\n"
      "Mercredi, des manifestants ont occupé l'aéroport.";
  const auto d = EventDateOf(text, "fr", Day(2022, 1, 8), {0, 3});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Day(2022, 1, 6));
  // Outside the lead, the pluperfect tells an earlier event.
  const auto de = EventDateOf(
      "In der Nacht zum Donnerstag versuchten Bewaffnete, Polizeigebäude zu stürmen.\n\n"
      "Die Lage blieb angespannt.\n\nBanken blieben geschlossen.\n\n"
      "Am Mittwoch hatten Demonstranten das Rathaus in Brand gesteckt.",
      "de", Day(2022, 1, 6), {0, 3});
  ASSERT_TRUE(de.has_value());
  EXPECT_EQ(de->date, Day(2022, 1, 6));
}

}  // namespace
}  // namespace newsloom
