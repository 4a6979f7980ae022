#include "extract/background_detector.h"

#include <string>
#include <utility>
#include <vector>

#include "extract/date_extractor.h"
#include "extract/date_test_util.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using date_testing::AnalyzeAs;
using date_testing::Day;

const FuzzyDate kFriday = Day(2022, 1, 7);

std::vector<uint8_t> Flags(std::string_view text, std::string_view lang,
                           const std::optional<FuzzyDate>& published = kFriday) {
  return DateExtractor::Default().Extract(AnalyzeAs(text, lang), published).flags.background;
}

TEST(BackgroundTest, CuePhrasesPerLanguage) {
  struct Case {
    const char* lang;
    const char* text;  // lead sentence, then the background sentence
  };
  for (const Case& c : {
           Case{"en",
                "Police detained thirty protesters. Earlier this year he was sentenced "
                "to eleven years in prison."},
           Case{"en", "Police detained thirty protesters. He had previously led the party."},
           Case{"nl",
                "De politie hield dertig mensen aan. Vorig jaar werd hij veroordeeld "
                "tot vijf jaar cel."},
           Case{"de", "Die Polizei nahm dreißig Menschen fest. Früher war er Minister."},
           Case{"fr",
                "La police a arrêté trente personnes. Il avait auparavant dirigé le "
                "parti."},
           Case{"es",
                "La policía detuvo a treinta personas. El año pasado fue condenado a "
                "cinco años."},
           Case{"it", "La polizia ha arrestato trenta persone. In passato era stato ministro."},
           Case{"pl",
                "Policja zatrzymała trzydzieści osób. W zeszłym roku został skazany na "
                "pięć lat."},
           Case{"ru",
                "Полиция задержала тридцать человек. В прошлом году он был осуждён на пять "
                "лет."},
           Case{"uk",
                "Поліція затримала тридцять осіб. Кілька років тому він очолював "
                "міністерство."},
           Case{"tr",
                "Polis otuz kişiyi gözaltına aldı. Daha önce de benzer protestolar "
                "yapılmıştı."},
           Case{"nb", "Politiet arresterte tretti personer. I fjor ble han dømt til fem år."},
           Case{"ar", "اعتقلت الشرطة ثلاثين شخصا. وفي العام الماضي أعلنت الوزارة مقتل عشرة."},
           Case{"zh", "警方逮捕了三十人。去年当局曾宣布十人死亡。"},
       }) {
    const std::vector<uint8_t> flags = Flags(c.text, c.lang);
    ASSERT_EQ(flags.size(), 2u) << c.text;
    EXPECT_EQ(flags[0], 0) << c.text;
    EXPECT_EQ(flags[1], 1) << c.lang << ": " << c.text;
  }
}

// "Earlier" alone is an earlier report of this event, not an earlier event: its figures
// count (the ministry's first toll, before the one the article leads with).
TEST(BackgroundTest, AnEarlierReportIsNoBackground) {
  for (const auto& [lang, text] : std::vector<std::pair<std::string, std::string>>{
           {"en", "Police said 18 officers died. Earlier the ministry reported 13 dead."},
           {"ru",
            "Погибли 18 сотрудников полиции. Ранее ведомство сообщало о 13 погибших и 353 "
            "раненых."},
           {"uk", "Загинули 18 поліцейських. Раніше відомство повідомляло про 13 загиблих."},
           {"ar", "قتل 18 شرطيا. وفي وقت سابق أعلنت الوزارة مقتل عشرة."},
           {"zh", "18名警察死亡。内务部此前公布的数字为13人死亡。"},
       }) {
    const std::vector<uint8_t> flags = Flags(text, lang);
    ASSERT_EQ(flags.size(), 2u) << text;
    EXPECT_EQ(flags[1], 0) << lang << ": " << text;
  }
}

TEST(BackgroundTest, OldDatesMakeBackground) {
  for (const char* text : {"Police detained thirty protesters. In 2005 the revolution toppled "
                           "the president.",
                           "Police detained thirty protesters. The party won the vote of "
                           "October 4, 2020 by a wide margin."}) {
    const std::vector<uint8_t> flags = Flags(text, "en");
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0], 0) << text;
    EXPECT_EQ(flags[1], 1) << text;
  }
  const std::vector<uint8_t> ru =
      Flags("Полиция задержала тридцать человек. В 2005 году оппозиция захватила здание.", "ru");
  EXPECT_EQ(ru, (std::vector<uint8_t>{0, 1}));
  EXPECT_EQ(Flags("Полиция задержала тридцать человек. Он руководит страной с 1994 года.", "ru"),
            (std::vector<uint8_t>{0, 0}));
  EXPECT_EQ(Flags("Polis otuz kişiyi gözaltına aldı. Bu 2005'ten beri en büyük protesto.", "tr"),
            (std::vector<uint8_t>{0, 0}));
}

TEST(BackgroundTest, ThenAfterAnOldDate) {
  EXPECT_EQ(Flags("Полиция задержала тридцать человек. Это самые кровавые беспорядки с 2005 года, "
                  "когда власти подавили восстание в Андижане. Тогда погибли 187 человек.",
                  "ru"),
            (std::vector<uint8_t>{0, 0, 1}));
  EXPECT_EQ(Flags("Die Polizei nahm dreißig Menschen fest. Es sind die schwersten Unruhen seit "
                  "2005. Damals starben 187 Menschen.",
                  "de"),
            (std::vector<uint8_t>{0, 0, 1}));
  // Without an old date before it, "then" is news.
  EXPECT_EQ(Flags("Полиция применила слезоточивый газ. Тогда протестующие ушли с площади.", "ru"),
            (std::vector<uint8_t>{0, 0}));
}

TEST(BackgroundTest, TheSentenceAfterAnOldDateGoesOnAboutThatTime) {
  EXPECT_EQ(Flags("Police detained thirty protesters. The two men fell out after deadly unrest "
                  "in January 2021. According to official figures, 238 people were killed. "
                  "Police said 40 people were injured on Friday.",
                  "en"),
            (std::vector<uint8_t>{0, 1, 1, 0}));
  // Not two sentences on.
  EXPECT_EQ(Flags("Police detained thirty protesters. The two men fell out after deadly unrest "
                  "in January 2021. According to official figures, 238 people were killed. "
                  "Police said 40 people were injured.",
                  "en"),
            (std::vector<uint8_t>{0, 1, 1, 0}));
}

TEST(BackgroundTest, TheSentenceAfterThenGoesOnAboutThatTime) {
  EXPECT_EQ(Flags("Die Polizei nahm dreißig Menschen fest. Es sind die schwersten Unruhen seit "
                  "2005. Damals schossen Soldaten auf Demonstranten. Nach offiziellen Angaben "
                  "starben 187 Menschen. Am Freitag wurden 18 Menschen verletzt.",
                  "de"),
            (std::vector<uint8_t>{0, 0, 1, 1, 0}));
  // Only one sentence on, only in the paragraph, and not one with a date of its own.
  EXPECT_EQ(Flags("Die Polizei nahm dreißig Menschen fest. Es sind die schwersten Unruhen seit "
                  "2005. Damals schossen Soldaten auf Demonstranten. Nach offiziellen Angaben "
                  "starben 187 Menschen. Die Polizei nahm 40 Menschen fest.",
                  "de"),
            (std::vector<uint8_t>{0, 0, 1, 1, 0}));
  EXPECT_EQ(Flags("Die Polizei nahm dreißig Menschen fest. Es sind die schwersten Unruhen seit "
                  "2005. Damals schossen Soldaten auf Demonstranten.\n\nNach offiziellen "
                  "Angaben wurden 18 Menschen verletzt.",
                  "de"),
            (std::vector<uint8_t>{0, 0, 1, 0}));
  EXPECT_EQ(Flags("Die Polizei nahm dreißig Menschen fest. Es sind die schwersten Unruhen seit "
                  "2005. Damals schossen Soldaten auf Demonstranten. Am Donnerstag wurden 18 "
                  "Menschen verletzt.",
                  "de"),
            (std::vector<uint8_t>{0, 0, 1, 0}));
}

TEST(BackgroundTest, RecentDatesAndCancelledCuesStayNews) {
  for (const char* text : {
           "Police detained thirty protesters. Earlier on Thursday police had said twelve "
           "people had been killed.",
           "Police detained thirty protesters. Earlier today police fired tear gas.",
           "Police detained thirty protesters. Police said 250 people had been arrested.",
           "Police detained thirty protesters. The former president called for calm.",
           "Police detained thirty protesters. It is the worst unrest since 2005.",
           "Police detained thirty protesters. He has ruled the country since 1994.",
           "Police detained thirty protesters. Medics said 86 people had been wounded and 70 "
           "people had been detained.",
       }) {
    EXPECT_EQ(Flags(text, "en"), (std::vector<uint8_t>{0, 0})) << text;
  }
}

TEST(BackgroundTest, FirstSentenceOnlyWhenItDatesItselfFarBack) {
  EXPECT_EQ(Flags("Previously the party led the country.", "en"), (std::vector<uint8_t>{0}));
  EXPECT_EQ(Flags("In 2005 protesters stormed the government building.", "en"),
            (std::vector<uint8_t>{1}));
}

TEST(BackgroundTest, HistoryParagraph) {
  const std::vector<uint8_t> flags = Flags(
      "Police detained thirty protesters on Thursday.\n\n"
      "In 2005 protesters stormed the building. The president fled abroad. In 2010 a second "
      "uprising followed.",
      "en");
  EXPECT_EQ(flags, (std::vector<uint8_t>{0, 1, 1, 1}));
}

TEST(BackgroundTest, WithoutPublicationDateTheLatestDayIsTheReference) {
  const std::vector<uint8_t> flags = Flags(
      "Police detained thirty protesters on 6 January 2022. In 2005 protesters stormed the "
      "building.",
      "en", std::nullopt);
  EXPECT_EQ(flags, (std::vector<uint8_t>{0, 1}));
}

TEST(BackgroundTest, ParseErrorsNameFileAndLine) {
  auto bad = BackgroundDetector::Parse("# c\nen\tpreviously\n", "bg.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("bg.tsv:2:"), std::string::npos);
  bad = BackgroundDetector::Parse("zh\t此前 曾\tstrong\n", "bg.tsv");
  EXPECT_FALSE(bad.ok());
  auto good = BackgroundDetector::Parse("en\tprevious*\tstrong\n", "bg.tsv");
  ASSERT_TRUE(good.ok());
  const AnalyzedDocument doc = AnalyzeAs("Police came. Previously unknown men fled.", "en");
  EXPECT_EQ((*good)->CueScore(doc, 1), 2);
  EXPECT_EQ((*good)->CueScore(doc, 0), 0);
  EXPECT_EQ((*good)->CueScore(doc, 9), 0);
}

}  // namespace
}  // namespace newsloom
