#include "extract/slavic_names.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

struct Case {
  const char* lang;
  const char* written;
  const char* nominative;
};

class NominativeTest : public testing::TestWithParam<Case> {};

TEST_P(NominativeTest, GivesTheNominative) {
  const Case& c = GetParam();
  EXPECT_EQ(NominativePersonName(c.written, c.lang), c.nominative) << c.lang << " " << c.written;
}

INSTANTIATE_TEST_SUITE_P(
    Ukrainian, NominativeTest,
    testing::Values(Case{"uk", "Олександра Лукашенка", "Олександр Лукашенко"},
                    Case{"uk", "Сергія Нігояна", "Сергій Нігоян"},
                    Case{"uk", "Михайла Жизневського", "Михайло Жизневський"},
                    Case{"uk", "Лораном Фабіусом", "Лоран Фабіус"},
                    Case{"uk", "Франк-Вальтером Штайнмаєром", "Франк-Вальтер Штайнмаєр"},
                    Case{"uk", "Радославом Сікорським", "Радослав Сікорський"},
                    Case{"uk", "Віктора Януковича", "Віктор Янукович"},
                    Case{"uk", "Світлани Тихановської", "Світлана Тихановська"},
                    Case{"uk", "Світланою Тихановською", "Світлана Тихановська"},
                    Case{"uk", "Юлії Тимошенко", "Юлія Тимошенко"},
                    Case{"uk", "Тараса Шевченка", "Тарас Шевченко"},
                    Case{"uk", "Ангели Меркель", "Ангела Меркель"},
                    Case{"uk", "Аскара Акаєва", "Аскар Акаєв"},
                    Case{"uk", "Роза Отунбаєва", "Роза Отунбаєва"},
                    // Nominatives stay as written.
                    Case{"uk", "Світлана Тихановська", "Світлана Тихановська"},
                    Case{"uk", "Олександр Тарайковський", "Олександр Тарайковський"},
                    Case{"uk", "Жозеп Боррель", "Жозеп Боррель"},
                    Case{"uk", "Сергій Гапон", "Сергій Гапон"},
                    Case{"uk", "Лінас Лінкявічюс", "Лінас Лінкявічюс"},
                    Case{"uk", "Олександра Тихановська", "Олександра Тихановська"},
                    Case{"uk", "Юлія Тимошенко", "Юлія Тимошенко"}));

INSTANTIATE_TEST_SUITE_P(Russian, NominativeTest,
                         testing::Values(Case{"ru", "Виктора Януковича", "Виктор Янукович"},
                                         Case{"ru", "Владимира Лукина", "Владимир Лукин"},
                                         Case{"ru", "Николая Азарова", "Николай Азаров"},
                                         Case{"ru", "Дмитрия Пескова", "Дмитрий Песков"},
                                         Case{"ru", "Владимиром Путиным", "Владимир Путин"},
                                         Case{"ru", "Владимира Владимировича Путина",
                                              "Владимир Владимирович Путин"},
                                         Case{"ru", "Светланы Тихановской", "Светлана Тихановская"},
                                         Case{"ru", "Марии Захаровой", "Мария Захарова"},
                                         Case{"ru", "Эммануэля Макрона", "Эммануэль Макрон"},
                                         Case{"ru", "Дональда Трампа", "Дональд Трамп"},
                                         Case{"ru", "Мария Захарова", "Мария Захарова"},
                                         Case{"ru", "Сергей Супинский", "Сергей Супинский"},
                                         Case{"ru", "Николя Саркози", "Николя Саркози"}));

INSTANTIATE_TEST_SUITE_P(
    Polish, NominativeTest,
    testing::Values(Case{"pl", "Arsenijem Jaceniukiem", "Arsenij Jaceniuk"},
                    Case{"pl", "Wiktorem Janukowyczem", "Wiktor Janukowycz"},
                    Case{"pl", "Ołehem Tiahnybokiem", "Ołeh Tiahnybok"},
                    Case{"pl", "Siarhieja Cichanouskiego", "Siarhiej Cichanouski"},
                    Case{"pl", "Wiktora Janukowycza", "Wiktor Janukowycz"},
                    Case{"pl", "Charles'a Michela", "Charles Michel"},
                    Case{"pl", "Marty Lempart", "Marta Lempart"},
                    Case{"pl", "Pawła Kowalskiego", "Paweł Kowalski"},
                    Case{"pl", "Marka Kuchcińskiego", "Marek Kuchciński"},
                    Case{"pl", "Beaty Szydło", "Beata Szydło"},
                    Case{"pl", "Andrzeja Dudy", "Andrzej Duda"},
                    Case{"pl", "Andrzej Duda", "Andrzej Duda"},
                    Case{"pl", "Agata Duda", "Agata Duda"},
                    Case{"pl", "Aleksandr Łukaszenka", "Aleksandr Łukaszenka"},
                    Case{"pl", "Swiatłana Cichanouska", "Swiatłana Cichanouska"},
                    Case{"pl", "Marta Lempart", "Marta Lempart"}));

TEST(NominativeTest, OtherLanguagesAndOneWordNamesStayAsWritten) {
  EXPECT_EQ(NominativePersonName("Olga Tokarczuk", "de"), "Olga Tokarczuk");
  EXPECT_EQ(NominativePersonName("Лукашенка", "uk"), "Лукашенка");
  EXPECT_EQ(NominativePersonName("ОЛЕКСАНДРА ЛУКАШЕНКА", "uk"), "ОЛЕКСАНДРА ЛУКАШЕНКА");
  EXPECT_FALSE(DeclinesPersonNames("en"));
  EXPECT_TRUE(DeclinesPersonNames("pl"));
}

TEST(NominativeTest, ALoneShortSurnameIsEvidenceOfAMan) {
  // "Валерия" is a woman's name and the genitive of Валерий; "Лапина" a woman's surname and
  // the genitive of Лапин. A later "Лапин" settles it.
  const std::vector<std::string> others = {"Лапин"};
  EXPECT_EQ(NominativePersonName("Валерия Лапина", "ru", others), "Валерий Лапин");
  EXPECT_EQ(NominativePersonName("Валерия Лапина", "ru"), "Валерия Лапина");
}

}  // namespace
}  // namespace newsloom
