#include "extract/geotagger.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "gtest/gtest.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

class GeotaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto g = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
    ASSERT_TRUE(g.ok()) << g.status();
    gazetteer_ = g->release();
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status();
    analyzer_ = a->release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    delete gazetteer_;
  }

  static Geotag Tag(std::string_view text, std::string_view lang) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok()) << doc.status();
    return Geotagger(gazetteer_).Tag(*doc);
  }
  static const TaggedPlace* Main(const Geotag& tag) {
    return tag.main ? &tag.places[*tag.main] : nullptr;
  }
  static const TaggedPlace* Find(const Geotag& tag, std::string_view name) {
    for (const TaggedPlace& p : tag.places) {
      if (p.name == name) return &p;
    }
    return nullptr;
  }

  static inline const Gazetteer* gazetteer_ = nullptr;
  static inline const Analyzer* analyzer_ = nullptr;
};

// The per-thread memos keyed by Token::form_id give what the lookups by text give: the same
// places with and without form ids, on a cold and on a warm memo.
TEST_F(GeotaggerTest, FormIdMemosChangeNothing) {
  const std::pair<std::string_view, std::string_view> texts[] = {
      {"BISHKEK - Police in Bishkek and Osh detained protesters. In Kyrgyzstan, Jordan Peterson "
       "spoke; jordan is a river.",
       "en"},
      {"В Бишкеке и в Алматы прошли митинги. Жители Бишкека вышли на площадь.", "ru"},
      {"In Den Haag en in Rotterdam werd gedemonstreerd; Kazachstan stuurde troepen.", "nl"},
  };
  auto places = [](const Geotag& g) {
    std::string s;
    for (const TaggedPlace& p : g.places) {
      s += p.name + "/" + p.country + ":";
      for (const PlaceMention& m : p.mentions) s += std::to_string(m.begin) + ",";
      s += ";";
    }
    if (g.main) s += "main=" + std::to_string(*g.main);
    return s;
  };
  for (int round = 0; round < 2; ++round) {
    for (const auto& [text, lang] : texts) {
      auto doc = analyzer_->Analyze(text, lang);
      ASSERT_TRUE(doc.ok()) << doc.status();
      bool any_id = false;
      for (const Token& t : doc->tokens) any_id = any_id || t.form_id != 0;
      EXPECT_TRUE(any_id) << lang;
      const std::string with_ids = places(Geotagger(gazetteer_).Tag(*doc));
      for (Token& t : doc->tokens) t.form_id = 0;
      EXPECT_EQ(places(Geotagger(gazetteer_).Tag(*doc)), with_ids) << lang;
      EXPECT_FALSE(with_ids.empty()) << lang;
    }
  }
}

TEST_F(GeotaggerTest, DutchCapitalAndCountry) {
  Geotag tag =
      Tag("Onrust in Kirgizië.\n\nDuizenden mensen liepen dinsdag door de straten van de hoofdstad "
          "Bisjkek. De regering van Kirgizië riep de noodtoestand uit.",
          "nl");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->kind, TaggedPlace::kPlace);
  EXPECT_EQ(main->name, "Bishkek");
  EXPECT_EQ(main->country, "KG");
  EXPECT_EQ(main->mentions.at(0).surface, "Bisjkek");
  EXPECT_EQ(tag.precision, 1);
  ASSERT_FALSE(tag.countries.empty());
  EXPECT_EQ(tag.countries[0], "KG");
  const TaggedPlace* kg = Find(tag, "Kyrgyzstan");
  ASSERT_NE(kg, nullptr);
  EXPECT_EQ(kg->kind, TaggedPlace::kCountry);
  EXPECT_EQ(kg->mentions.size(), 2u);
}

TEST_F(GeotaggerTest, RussianLocativeCase) {
  Geotag tag = Tag("Вчера в Бишкеке прошла большая демонстрация у здания парламента.", "ru");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->name, "Bishkek");
  EXPECT_EQ(main->country, "KG");
  EXPECT_EQ(main->mentions.at(0).surface, "Бишкеке");
}

TEST_F(GeotaggerTest, GermanCityAndCountry) {
  Geotag tag =
      Tag("In Almaty gingen am Donnerstag wieder tausende Menschen auf die Straße. Die Proteste in "
          "Kasachstan richten sich gegen höhere Gaspreise.",
          "de");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->name, "Almaty");
  EXPECT_EQ(main->country, "KZ");
  ASSERT_NE(Find(tag, "Kazakhstan"), nullptr);
  EXPECT_EQ(tag.countries.at(0), "KZ");
}

TEST_F(GeotaggerTest, DatelineWinsOverLaterCity) {
  Geotag tag =
      Tag("ALMATY, 6 jan (ANP) - De regering heeft de noodtoestand uitgeroepen. Ook in Bisjkek "
          "gingen mensen de straat op. In Bisjkek bleef het later rustig.",
          "nl");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->name, "Almaty");
  EXPECT_EQ(main->country, "KZ");
  const TaggedPlace* bishkek = Find(tag, "Bishkek");
  ASSERT_NE(bishkek, nullptr);
  EXPECT_EQ(bishkek->mentions.size(), 2u);
}

TEST_F(GeotaggerTest, ParisInFrance) {
  Geotag tag =
      Tag("Thousands marched through Paris on Saturday. The protests spread across France as "
          "unions called for more strikes.",
          "en");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->name, "Paris");
  EXPECT_EQ(main->country, "FR");
  EXPECT_NEAR(main->lat, 48.85, 0.1);
  EXPECT_GT(main->geonameid, 0);
}

TEST_F(GeotaggerTest, CountryOnly) {
  Geotag tag = Tag("The government of Kazakhstan announced new fuel prices on Monday.", "en");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->kind, TaggedPlace::kCountry);
  EXPECT_EQ(main->country, "KZ");
  EXPECT_EQ(tag.precision, 0);
  for (const TaggedPlace& p : tag.places) EXPECT_NE(p.kind, TaggedPlace::kPlace) << p.name;
}

TEST_F(GeotaggerTest, PossessiveAndGenitive) {
  Geotag tag = Tag("Protesters stormed buildings in Kyrgyzstan's capital on Tuesday.", "en");
  ASSERT_NE(Find(tag, "Kyrgyzstan"), nullptr);
  Geotag nb = Tag("Kasakhstans regjering gikk av etter protestene i Almaty.", "nb");
  ASSERT_NE(Main(nb), nullptr);
  EXPECT_EQ(Main(nb)->name, "Almaty");
}

TEST_F(GeotaggerTest, TurkishAndPolishEndings) {
  Geotag tr = Tag("Dün Ankara'da binlerce kişi hükümeti protesto etti.", "tr");
  ASSERT_NE(Main(tr), nullptr);
  EXPECT_EQ(Main(tr)->name, "Ankara");
  EXPECT_EQ(Main(tr)->mentions.at(0).surface, "Ankara'da");
  Geotag pl = Tag("Wczoraj w Warszawie odbyła się duża demonstracja.", "pl");
  ASSERT_NE(Main(pl), nullptr);
  EXPECT_EQ(Main(pl)->name, "Warsaw");
  EXPECT_EQ(Main(pl)->country, "PL");
}

TEST_F(GeotaggerTest, ChineseSubstrings) {
  Geotag tag = Tag("吉尔吉斯斯坦首都比什凯克发生抗议活动。", "zh");
  const TaggedPlace* main = Main(tag);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->name, "Bishkek");
  EXPECT_EQ(main->country, "KG");
  EXPECT_EQ(main->mentions.at(0).surface, "比什凯克");
}

// A transcribed foreign name joined by a middle dot is no place: "萨尔塔" (Salta, Argentina)
// opens "萨尔塔纳特·阿济尔别克" (Saltanat Azirbek).
TEST_F(GeotaggerTest, ChineseDottedNamesAreNoPlaces) {
  Geotag tag = Tag("哈萨克斯坦警方发言人萨尔塔纳特·阿济尔别克表示，局势已经稳定。", "zh");
  EXPECT_EQ(Find(tag, "Salta"), nullptr);
  ASSERT_FALSE(tag.places.empty());
  for (const TaggedPlace& p : tag.places) EXPECT_EQ(p.country, "KZ") << p.name;
  // Without the dot, the same characters are read as the place.
  EXPECT_NE(Find(Tag("阿根廷北部萨尔塔省发生地震。", "zh"), "Salta"), nullptr);
}

TEST_F(GeotaggerTest, SkipsPersonNamesAndAcronyms) {
  Geotag tag =
      Tag("The photographer Paris Brandtner spoke to TASS about a show in Kazakhstan.", "en");
  EXPECT_EQ(Find(tag, "Paris"), nullptr);
  for (const TaggedPlace& p : tag.places) EXPECT_NE(p.kind, TaggedPlace::kPlace) << p.name;
}

TEST_F(GeotaggerTest, NothingFound) {
  Geotag tag = Tag("the weather was fine and nobody went anywhere today.", "en");
  EXPECT_TRUE(tag.places.empty());
  EXPECT_FALSE(tag.main.has_value());
  EXPECT_EQ(tag.precision, 0);
  EXPECT_TRUE(tag.countries.empty());
}

TEST_F(GeotaggerTest, Deterministic) {
  const char* text = "Demonstranten in Bisjkek en Osj eisten nieuwe verkiezingen in Kirgizië.";
  Geotag a = Tag(text, "nl"), b = Tag(text, "nl");
  ASSERT_EQ(a.places.size(), b.places.size());
  for (size_t i = 0; i < a.places.size(); ++i) EXPECT_EQ(a.places[i].name, b.places[i].name);
  EXPECT_EQ(a.main, b.main);
}

// The shared seed articles: 000, 001, 004 are about Bishkek, 002 and 003 about Almaty.
TEST_F(GeotaggerTest, Seeds) {
  const std::filesystem::path dir = NEWSLOOM_SOURCE_DIR "/../shared/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no seeds at " << dir;
  struct Expected {
    const char* prefix;
    const char* country;
    const char* city;
  };
  const Expected expected[] = {{"000_", "KG", "Bishkek"},
                               {"001_", "KG", "Bishkek"},
                               {"002_", "KZ", "Almaty"},
                               {"003_", "KZ", "Almaty"},
                               {"004_", "KG", "Bishkek"}};
  for (const Expected& e : expected) {
    std::string text;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().filename().string().rfind(e.prefix, 0) != 0) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    }
    ASSERT_FALSE(text.empty()) << e.prefix;
    // Strip the " date YYYY-MM " header of the first seeds.
    if (text.rfind(" date ", 0) == 0 && text.size() > 14) text = text.substr(14);
    Geotag tag = Tag(text, "");
    const TaggedPlace* main = Main(tag);
    for (const TaggedPlace& p : tag.places) {
      std::printf("%s %s/%s \"%s\" x%zu score %.2f\n", e.prefix, p.country.c_str(), p.name.c_str(),
                  p.mentions[0].surface.c_str(), p.mentions.size(), p.score);
    }
    ASSERT_NE(main, nullptr) << e.prefix;
    EXPECT_EQ(main->country, e.country) << e.prefix;
    EXPECT_EQ(main->name, e.city) << e.prefix;
  }
}

// ---- Homographs ----

TEST_F(GeotaggerTest, ParisHiltonIsNotParis) {
  Geotag tag = Tag("Paris Hilton arrived at the gala in Los Angeles on Friday evening.", "en");
  EXPECT_EQ(Find(tag, "Paris"), nullptr);
  ASSERT_NE(Main(tag), nullptr);
  EXPECT_EQ(Main(tag)->name, "Los Angeles");
}

TEST_F(GeotaggerTest, JordanAsAPersonIsNotTheCountry) {
  Geotag tag =
      Tag("Jordan Peterson said the lecture was sold out. Michael Jordan stayed home.", "en");
  for (const TaggedPlace& p : tag.places) EXPECT_NE(p.country, "JO") << p.name;
  Geotag country = Tag("King Abdullah returned to Jordan after talks in Cairo.", "en");
  EXPECT_NE(Find(country, "Jordan"), nullptr);
}

TEST_F(GeotaggerTest, GivenNamesThatNameACountryElsewhere) {
  // "Marta" is an alternate name of Malta; "Maurizio" of Mauritius.
  Geotag tag =
      Tag("Marta Lempart said the protests would go on. The union leader Maurizio "
          "Landini spoke in Rome.",
          "en");
  EXPECT_EQ(Find(tag, "Malta"), nullptr);
  EXPECT_EQ(Find(tag, "Mauritius"), nullptr);
  EXPECT_NE(Find(tag, "Rome"), nullptr);
}

TEST_F(GeotaggerTest, GermanNounsThatNameSmallTowns) {
  // Brand (fire), Brücken (bridges), Ende (end; an alternate name of India), Lage (situation).
  Geotag tag =
      Tag("In Bischkek setzten Demonstranten Reifen in Brand und besetzten zwei Brücken. "
          "Ein Ende der Gewalt ist nicht in Sicht, die Lage bleibt angespannt.",
          "de");
  for (const TaggedPlace& p : tag.places) EXPECT_NE(p.country, "DE") << p.name;
  EXPECT_EQ(Find(tag, "India"), nullptr);
  EXPECT_NE(Find(tag, "Bishkek"), nullptr);
}

TEST_F(GeotaggerTest, GeorgiaByContext) {
  Geotag caucasus = Tag("Thousands rallied in Tbilisi, Georgia, against the new law.", "en");
  const TaggedPlace* ge = Find(caucasus, "Georgia");
  ASSERT_NE(ge, nullptr);
  EXPECT_EQ(ge->kind, TaggedPlace::kCountry);
  EXPECT_EQ(ge->country, "GE");
  ASSERT_NE(Main(caucasus), nullptr);
  EXPECT_EQ(Main(caucasus)->name, "Tbilisi");

  Geotag us = Tag("Police in Atlanta, Georgia, arrested twenty protesters on Sunday.", "en");
  ASSERT_NE(Main(us), nullptr);
  EXPECT_EQ(Main(us)->name, "Atlanta");
  EXPECT_EQ(Main(us)->country, "US");
  for (const TaggedPlace& p : us.places) {
    EXPECT_NE(p.country, "GE") << p.name;
    if (p.mentions[0].surface == "Georgia") EXPECT_EQ(p.admin1_code, "US-GA");
  }
}

TEST_F(GeotaggerTest, CommonWordsAreNotPlaces) {
  Geotag en = Tag("The West condemned the crackdown in Minsk on Monday.", "en");
  ASSERT_NE(Main(en), nullptr);
  EXPECT_EQ(Main(en)->name, "Minsk");
  for (const TaggedPlace& p : en.places) EXPECT_NE(p.mentions[0].surface, "West");
  Geotag nl = Tag("Hun leider sprak gisteren in Utrecht met de pers.", "nl");
  for (const TaggedPlace& p : nl.places) EXPECT_NE(p.mentions[0].surface, "Hun");
  // Scripts without capitals: every word is a candidate, so the common words matter more.
  // "ميدان" is a square (and Medan), "المدينة" the city (and Medina), "中央" central (and a
  // province of Iran).
  Geotag ar = Tag("تجمع المتظاهرون في ميدان التحرير وسط القاهرة وفي المدينة القديمة.", "ar");
  ASSERT_NE(Main(ar), nullptr);
  EXPECT_EQ(Main(ar)->name, "Cairo");
  for (const TaggedPlace& p : ar.places) EXPECT_EQ(p.name, "Cairo");
  Geotag zh = Tag("外交部发言人在北京表示，中央政府支持香港特区政府。", "zh");
  for (const TaggedPlace& p : zh.places) EXPECT_NE(p.mentions[0].surface, "中央") << p.name;
  EXPECT_NE(Find(zh, "Beijing"), nullptr);
}

TEST_F(GeotaggerTest, PersonSpansFromTheCaller) {
  const char* text = "Almaty Nurlanov spoke to reporters in Bishkek.";
  auto doc = analyzer_->Analyze(text, "en");
  ASSERT_TRUE(doc.ok());
  std::vector<TextSpan> persons = {{0, 15, 0, "Almaty Nurlanov"}};
  Geotag tag = Geotagger(gazetteer_).Tag(*doc, &persons);
  EXPECT_EQ(Find(tag, "Almaty"), nullptr);
  ASSERT_NE(Main(tag), nullptr);
  EXPECT_EQ(Main(tag)->name, "Bishkek");
}

TEST_F(GeotaggerTest, ContextAndDistanceDisambiguate) {
  Geotag tag = Tag("Farmers blocked roads in Córdoba and Seville on Tuesday.", "en");
  const TaggedPlace* cordoba = Find(tag, "Córdoba");
  ASSERT_NE(cordoba, nullptr);
  EXPECT_EQ(cordoba->country, "ES");
}

// ---- Inflected and possessive forms ----

TEST_F(GeotaggerTest, InflectedForms) {
  struct Case {
    const char* text;
    const char* lang;
    const char* city;
    const char* surface;
  };
  const Case cases[] = {
      {"Вчера в Алматы прошёл митинг у здания акимата.", "ru", "Almaty", "Алматы"},
      {"Вчера в Алма-Ате прошёл митинг у здания акимата.", "ru", "Almaty", "Алма-Ате"},
      {"Police said Almaty's main square was cleared overnight.", "en", "Almaty", "Almaty's"},
      {"Demonstranten trokken door Bisjkek, de hoofdstad van Kirgizië.", "nl", "Bishkek",
       "Bisjkek"},
      {"Tusenvis demonstrerte i Bisjkek mandag kveld.", "nb", "Bishkek", "Bisjkek"},
      {"Учора у Києві тисячі людей вийшли на вулиці.", "uk", "Kyiv", "Києві"},
      {"İstanbul'da binlerce kişi yürüdü.", "tr", "Istanbul", "İstanbul'da"},
      {"Des milliers de manifestants se sont rassemblés au Caire mardi.", "fr", "Cairo", "Caire"},
      {"In Bischkek demonstrierten am Montag Tausende.", "de", "Bishkek", "Bischkek"},
      {"Wczoraj w Biszkeku doszło do starć z policją.", "pl", "Bishkek", "Biszkeku"},
  };
  for (const Case& c : cases) {
    Geotag tag = Tag(c.text, c.lang);
    const TaggedPlace* main = Main(tag);
    ASSERT_NE(main, nullptr) << c.text;
    EXPECT_EQ(main->name, c.city) << c.text;
    EXPECT_EQ(main->mentions.at(0).surface, c.surface) << c.text;
  }
  Geotag possessive = Tag("Kirgizië's president trad af na de onrust.", "nl");
  ASSERT_NE(Find(possessive, "Kyrgyzstan"), nullptr);
}

TEST_F(GeotaggerTest, CyrillicSoftStems) {
  // The genitive and locative of nouns in -ь and -ія: Білорусі (Білорусь), Росії (Росія).
  Geotag belarus = Tag("Лідерка опозиції Білорусі Світлана Тихановська виїхала до Литви.", "uk");
  const TaggedPlace* by = Find(belarus, "Belarus");
  ASSERT_NE(by, nullptr);
  EXPECT_EQ(by->mentions.at(0).surface, "Білорусі");
  Geotag russia = Tag("Посол Росії заявив про нові санкції.", "uk");
  ASSERT_NE(Find(russia, "Russia"), nullptr);
  Geotag russia_ru = Tag("Президент России выступил с обращением.", "ru");
  ASSERT_NE(Find(russia_ru, "Russia"), nullptr);
}

// ---- Datelines ----

TEST_F(GeotaggerTest, DatelineOpeningALaterParagraph) {
  Geotag tag =
      Tag("Unrest spreads after vote\n\nBISHKEK (Reuters) - Protesters seized government "
          "buildings. Later, crowds also gathered in Osh and in Osh again.",
          "en");
  ASSERT_NE(Main(tag), nullptr);
  EXPECT_EQ(Main(tag)->name, "Bishkek");
}

// ---- Precision ----

TEST_F(GeotaggerTest, PrecisionTownNearProvinceCountry) {
  Geotag town = Tag("Riot police cleared the square in Almaty on Wednesday.", "en");
  EXPECT_EQ(town.precision, 1);
  Geotag near = Tag("Clashes broke out near Almaty on Wednesday.", "en");
  ASSERT_NE(Main(near), nullptr);
  EXPECT_EQ(Main(near)->name, "Almaty");
  EXPECT_EQ(near.precision, 2);
  Geotag outskirts = Tag("Fighting was reported on the outskirts of Bishkek.", "en");
  EXPECT_EQ(outskirts.precision, 2);
  Geotag ru = Tag("Столкновения произошли под Бишкеком в среду.", "ru");
  ASSERT_NE(Main(ru), nullptr);
  EXPECT_EQ(Main(ru)->name, "Bishkek");
  EXPECT_EQ(ru.precision, 2);
  Geotag province = Tag("Farmers protested across Bavaria on Monday.", "en");
  ASSERT_NE(Main(province), nullptr);
  EXPECT_EQ(Main(province)->kind, TaggedPlace::kSubdivision);
  EXPECT_EQ(Main(province)->admin1_code, "DE-BY");
  EXPECT_EQ(province.precision, 3);
  Geotag country = Tag("Strikes spread across Kazakhstan this week.", "en");
  EXPECT_EQ(country.precision, 0);
}

TEST_F(GeotaggerTest, Admin1OfTheMainPlace) {
  Geotag tag = Tag("Thousands gathered in Bishkek on Tuesday.", "en");
  ASSERT_NE(Main(tag), nullptr);
  EXPECT_EQ(Main(tag)->admin1_code, "KG-GB");
  EXPECT_FALSE(Main(tag)->admin1_name.empty());
}

// ---- Adjectives ----

TEST_F(GeotaggerTest, AdjectivesAreCountryContextNotPlaces) {
  Geotag tag = Tag("Russian paratroopers landed at the airport of Almaty on Friday.", "en");
  ASSERT_NE(Main(tag), nullptr);
  EXPECT_EQ(Main(tag)->name, "Almaty");
  ASSERT_FALSE(tag.adjectives.empty());
  EXPECT_EQ(tag.adjectives[0].country, "RU");
  EXPECT_EQ(tag.adjectives[0].surface, "Russian");
  for (const TaggedPlace& p : tag.places) EXPECT_NE(p.country, "RU") << p.name;

  Geotag country = Tag("Russian paratroopers landed in Kazakhstan on Friday.", "en");
  ASSERT_NE(Main(country), nullptr);
  EXPECT_EQ(Main(country)->country, "KZ");
  EXPECT_EQ(country.countries.at(0), "KZ");

  Geotag nl = Tag("De Kazachse regering trad af; Kirgizische troepen bleven thuis.", "nl");
  ASSERT_EQ(nl.adjectives.size(), 2u);
  EXPECT_EQ(nl.adjectives[0].country, "KZ");
  EXPECT_EQ(nl.adjectives[1].country, "KG");
  EXPECT_FALSE(nl.main.has_value());   // adjectives alone name no place
  EXPECT_EQ(nl.countries.size(), 2u);  // equal weight: by code

  Geotag ru = Tag("Казахстанские власти ввели режим ЧП.", "ru");
  ASSERT_EQ(ru.adjectives.size(), 1u);
  EXPECT_EQ(ru.adjectives[0].country, "KZ");
}

}  // namespace
}  // namespace newsloom
