#include "extract/entity_tagger.h"

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "extract/geotagger.h"
#include "gtest/gtest.h"
#include "resources/gazetteer.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

class EntityTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status();
    analyzer_ = a->release();
  }
  static void TearDownTestSuite() { delete analyzer_; }

  // Tags `text`; each of `places` (substrings of the text) is given as a geotagged place.
  static std::vector<NamedEntity> Tag(std::string_view text, std::string_view lang,
                                      std::vector<std::string_view> places = {}) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok()) << doc.status();
    Geotag geo;
    for (std::string_view place : places) {
      TaggedPlace p;
      p.name = std::string(place);
      const auto b = static_cast<uint32_t>(doc->text.find(place));
      EXPECT_NE(b, std::string::npos) << place;
      p.mentions.push_back({b, static_cast<uint32_t>(b + place.size()), std::string(place)});
      geo.places.push_back(p);
    }
    return EntityTagger::Default().Tag(*doc, &geo);
  }
  static const NamedEntity* Find(const std::vector<NamedEntity>& es, std::string_view name) {
    for (const NamedEntity& e : es) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }
  static std::string Names(const std::vector<NamedEntity>& es) {
    std::string s;
    for (const NamedEntity& e : es) s += "[" + e.name + "]";
    return s;
  }

  static inline const Analyzer* analyzer_ = nullptr;
};

// The per-thread memo keyed by Token::form_id gives what the lookups by text give: the same
// entities with and without form ids, on a cold and on a warm memo.
TEST_F(EntityTaggerTest, FormIdMemoChangesNothing) {
  const std::pair<std::string_view, std::string_view> texts[] = {
      {"Former president Daniyar Kasymov met NATO officials. Human rights groups and the "
       "Supreme Court of Kyrgyzstan objected. Rights activist Aida Salyanova said the UN-backed "
       "plan failed.",
       "en"},
      {"Президент Садыр Жапаров встретился с главой ОДКБ. Жапаров заявил о протестах.", "ru"},
      {"Ministerpräsident Olaf Scholz traf die Vereinten Nationen. Die Bundesregierung schwieg.",
       "de"},
  };
  auto entities = [](const std::vector<NamedEntity>& es) {
    std::string s;
    for (const NamedEntity& e : es) {
      s += e.name + "/" + e.role + (e.source ? "/source" : "") + ":";
      for (const TextSpan& m : e.mentions) s += std::to_string(m.begin) + ",";
      s += ";";
    }
    return s;
  };
  for (int round = 0; round < 2; ++round) {
    for (const auto& [text, lang] : texts) {
      auto doc = analyzer_->Analyze(text, lang);
      ASSERT_TRUE(doc.ok()) << doc.status();
      const Geotag geo;
      const std::string with_ids = entities(EntityTagger::Default().Tag(*doc, &geo));
      for (Token& t : doc->tokens) t.form_id = 0;
      EXPECT_EQ(entities(EntityTagger::Default().Tag(*doc, &geo)), with_ids) << lang;
      EXPECT_FALSE(with_ids.empty()) << lang;
    }
  }
}

TEST_F(EntityTaggerTest, EnglishRoleAndSurnameMention) {
  auto es =
      Tag("Former president Daniyar Kasymov spoke on Monday. Kasymov said the vote was "
          "rigged.",
          "en");
  const NamedEntity* p = Find(es, "Daniyar Kasymov");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->kind, NamedEntityKind::kPerson);
  EXPECT_EQ(p->role, "former president");
  EXPECT_EQ(p->mentions.size(), 2u);
  EXPECT_EQ(Find(es, "Monday"), nullptr);
}

TEST_F(EntityTaggerTest, EnglishAgenciesBylinesAndCredits) {
  auto es =
      Tag("By Maria Lindqvist\n\nOSLO (Reuters) - Police detained 40 people on Friday, "
          "according to AP. The Kyrgyz and Russian envoys met in January.\n\n"
          "Photo: Ivan Petrov / AFP",
          "en");
  const NamedEntity* reuters = Find(es, "Reuters");
  ASSERT_NE(reuters, nullptr) << Names(es);
  EXPECT_EQ(reuters->kind, NamedEntityKind::kOrganization);
  EXPECT_TRUE(reuters->source);
  ASSERT_NE(Find(es, "AP"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "AP")->source);
  ASSERT_NE(Find(es, "AFP"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "AFP")->source);
  const NamedEntity* byline = Find(es, "Maria Lindqvist");
  ASSERT_NE(byline, nullptr) << Names(es);
  EXPECT_TRUE(byline->source);
  const NamedEntity* credit = Find(es, "Ivan Petrov");
  ASSERT_NE(credit, nullptr) << Names(es);
  EXPECT_TRUE(credit->source);
  for (const char* bad : {"Kyrgyz", "Russian", "January", "Friday", "Police", "The Kyrgyz"}) {
    EXPECT_EQ(Find(es, bad), nullptr) << bad << " in " << Names(es);
  }
}

TEST_F(EntityTaggerTest, EnglishOrganizationsAndAcronyms) {
  auto es =
      Tag("The Social Democratic Party of Kyrgyzstan and the trade union CGIL joined the "
          "protest. Observers from the OSCE said the Interior Ministry lied. Chapter II of "
          "the report blames the CSTO.",
          "en");
  const NamedEntity* party = Find(es, "Social Democratic Party of Kyrgyzstan");
  ASSERT_NE(party, nullptr) << Names(es);
  EXPECT_EQ(party->kind, NamedEntityKind::kOrganization);
  EXPECT_NE(Find(es, "CGIL"), nullptr) << Names(es);
  EXPECT_NE(Find(es, "OSCE"), nullptr) << Names(es);
  EXPECT_NE(Find(es, "Interior Ministry"), nullptr) << Names(es);
  EXPECT_NE(Find(es, "CSTO"), nullptr) << Names(es);
  EXPECT_EQ(Find(es, "II"), nullptr) << Names(es);
  EXPECT_FALSE(Find(es, "OSCE")->source);
}

TEST_F(EntityTaggerTest, PlacesFromTheGeotagAreNotEntities) {
  const std::string text =
      "Aibek Tashiev marched from Naryn to Bishkek City Hall with Talas farmers.";
  auto doc = analyzer_->Analyze(text, "en");
  ASSERT_TRUE(doc.ok());
  Geotag geo;
  for (const char* place : {"Naryn", "Bishkek", "Talas"}) {
    TaggedPlace p;
    p.name = place;
    const auto b = static_cast<uint32_t>(text.find(place));
    p.mentions.push_back({b, static_cast<uint32_t>(b + strlen(place)), place});
    geo.places.push_back(p);
  }
  auto es = EntityTagger::Default().Tag(*doc, &geo);
  EXPECT_NE(Find(es, "Aibek Tashiev"), nullptr) << Names(es);
  const NamedEntity* hall = Find(es, "Bishkek City Hall");
  ASSERT_NE(hall, nullptr) << Names(es);
  EXPECT_EQ(hall->kind, NamedEntityKind::kOrganization);
  EXPECT_EQ(Find(es, "Naryn"), nullptr) << Names(es);
  EXPECT_EQ(Find(es, "Talas"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, Dutch) {
  auto es =
      Tag("Oud-premier Jan de Vries zei dinsdag tegen ANP dat de demonstratie verboden is. "
          "Woordvoerder Pieter Bakker van de politie bevestigde dat. De Vries was boos.",
          "nl");
  const NamedEntity* p = Find(es, "Jan de Vries");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "former prime minister");
  const NamedEntity* w = Find(es, "Pieter Bakker");
  ASSERT_NE(w, nullptr) << Names(es);
  EXPECT_EQ(w->role, "spokesperson");
  ASSERT_NE(Find(es, "ANP"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "ANP")->source);
  EXPECT_EQ(Find(es, "Oud"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, Norwegian) {
  auto es =
      Tag("Statsminister Kari Nordvik sier til NTB at regjeringen vil svare. Nordvik "
          "møtte lederen i FN på mandag.",
          "nb");
  const NamedEntity* p = Find(es, "Kari Nordvik");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "prime minister");
  EXPECT_EQ(p->mentions.size(), 2u);
  ASSERT_NE(Find(es, "NTB"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "NTB")->source);
  EXPECT_NE(Find(es, "United Nations"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, German) {
  auto es =
      Tag("Die Demonstranten warfen Steine auf die Polizei. Außenminister Dieter Hartmann "
          "sagte am Mittwoch laut dpa, die Lage sei ernst. Hartmann rief zur Ruhe auf.",
          "de");
  const NamedEntity* p = Find(es, "Dieter Hartmann");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "minister");
  EXPECT_EQ(p->mentions.size(), 2u);
  ASSERT_NE(Find(es, "dpa"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "dpa")->source);
  for (const NamedEntity& e : es) {
    EXPECT_NE(e.kind == NamedEntityKind::kPerson && e.name != "Dieter Hartmann", true) << e.name;
  }
}

TEST_F(EntityTaggerTest, RussianInflectedSurname) {
  auto es =
      Tag("Президент Киргизии Сооронбай Жээнбеков заявил о готовности к диалогу. "
          "Оппозиция потребовала отставки Жээнбекова, сообщает ТАСС. Наблюдатели ОБСЕ "
          "критиковали выборы.",
          "ru", {"Киргизии"});
  const NamedEntity* p = Find(es, "Сооронбай Жээнбеков");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "president");
  EXPECT_EQ(p->mentions.size(), 2u);
  const NamedEntity* tass = Find(es, "TASS");
  ASSERT_NE(tass, nullptr) << Names(es);
  EXPECT_TRUE(tass->source);
  ASSERT_NE(Find(es, "OSCE"), nullptr) << Names(es);
  EXPECT_EQ(Find(es, "OSCE")->mentions.at(0).surface, "ОБСЕ");
  EXPECT_EQ(Find(es, "Оппозиция"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, SlavicNamesOnlyInObliqueCasesGetTheirNominative) {
  auto uk =
      Tag("Протести почалися після переобрання Олександра Лукашенка. Лукашенка підтримала "
          "армія. Міністр зустрівся з Лораном Фабіусом.",
          "uk");
  const NamedEntity* lukashenko = Find(uk, "Олександр Лукашенко");
  ASSERT_NE(lukashenko, nullptr) << Names(uk);
  EXPECT_EQ(lukashenko->mentions.size(), 2u);
  EXPECT_EQ(lukashenko->mentions.at(0).surface, "Олександра Лукашенка");
  ASSERT_NE(Find(uk, "Лоран Фабіус"), nullptr) << Names(uk);
  auto pl = Tag("Sikorski rozmawiał z Arsenijem Jaceniukiem i Ołehem Tiahnybokiem.", "pl");
  ASSERT_NE(Find(pl, "Arsenij Jaceniuk"), nullptr) << Names(pl);
  ASSERT_NE(Find(pl, "Ołeh Tiahnybok"), nullptr) << Names(pl);
}

TEST_F(EntityTaggerTest, TwoWordPlaceThatIsAGivenNameAndSurname) {
  // "Pedro Sánchez" is also a village in Argentina.
  auto es = Tag("El presidente del Gobierno en funciones, Pedro Sánchez, prometió responder.", "es",
                {"Pedro Sánchez"});
  ASSERT_NE(Find(es, "Pedro Sánchez"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, NamesThatLookLikeOtherThings) {
  // "-rat" makes a German council ("Sicherheitsrat"), not a Karakalpak name.
  auto en =
      Tag("Police had detained Dauletmurat Tazhimuratov, a lawyer. Crowds stormed the "
          "White House and Askar Akayev fled to Moscow. The uprising toppled President "
          "Zine El Abidine Ben Ali.",
          "en", {"White House", "Moscow"});
  EXPECT_NE(Find(en, "Dauletmurat Tazhimuratov"), nullptr) << Names(en);
  EXPECT_NE(Find(en, "Askar Akayev"), nullptr) << Names(en);
  const NamedEntity* ben_ali = Find(en, "Zine El Abidine Ben Ali");
  ASSERT_NE(ben_ali, nullptr) << Names(en);
  EXPECT_EQ(ben_ali->role, "president");
  auto general =
      Tag("They blamed the commander for Nasiriya, Lieutenant General Jamil "
          "al-Shammari, for the bloodshed.",
          "en");
  const NamedEntity* shammari = Find(general, "Jamil al-Shammari");
  ASSERT_NE(shammari, nullptr) << Names(general);
  EXPECT_EQ(shammari->role, "military officer");
  auto es = Tag("Detuvieron al fotoperiodista Albert Garcia, que fue liberado de madrugada.", "es",
                {"Garcia"});
  EXPECT_NE(Find(es, "Albert Garcia"), nullptr) << Names(es);
  auto de = Tag("Der Sicherheitsrat tagte am Montag.", "de");
  for (const NamedEntity& e : de) EXPECT_NE(e.kind, NamedEntityKind::kPerson) << e.name;
}

TEST_F(EntityTaggerTest, TitlesOfOtherLanguagesAndAbstractNouns) {
  // "legale" is Italian for lawyer; the Turkish stem of "Madamin" is no English "madam";
  // "Führung" (leadership) after "geistlichen" (cleric) is no name.
  auto de =
      Tag("Im vergangenen Jahr wurden 1.110 legale Abbrüche vorgenommen. Er folge dem "
          "Aufruf der geistlichen Führung.",
          "de");
  for (const NamedEntity& e : de) EXPECT_NE(e.kind, NamedEntityKind::kPerson) << e.name;
  auto tr =
      Tag("Kriz merkezinin başkanı Madamin Karatayev, yaralıların tedavi gördüğünü söyledi.", "tr");
  EXPECT_NE(Find(tr, "Madamin Karatayev"), nullptr) << Names(tr);
}

TEST_F(EntityTaggerTest, ChineseNamesInCyrillicAndMinistersWithTheirPortfolio) {
  auto ru =
      Tag("На встрече присутствовал министр иностранных дел Ван И. Он заявил о поддержке.", "ru");
  const NamedEntity* wang = Find(ru, "Ван И");
  ASSERT_NE(wang, nullptr) << Names(ru);
  EXPECT_EQ(wang->role, "minister");
  auto uk = Tag("У зустрічі взяв участь міністр закордонних справ Дмитро Кулеба.", "uk");
  ASSERT_NE(Find(uk, "Дмитро Кулеба"), nullptr) << Names(uk);
  EXPECT_EQ(Find(uk, "Дмитро Кулеба")->role, "minister");
}

TEST_F(EntityTaggerTest, HongKongHasNoForeignMinistryOfItsOwn) {
  auto doc = analyzer_->Analyze(
      "Hong Kong police fired tear gas. The Foreign Ministry said the "
      "protests were riots.",
      "en");
  ASSERT_TRUE(doc.ok());
  Geotag geo;
  TaggedPlace hk;
  hk.name = "Hong Kong";
  hk.country = "HK";
  hk.mentions.push_back({0, 9, "Hong Kong"});
  geo.places.push_back(hk);
  geo.countries = {"HK"};
  const std::vector<NamedEntity> es = EntityTagger::Default().Tag(*doc, &geo);
  EXPECT_NE(Find(es, "Chinese Foreign Ministry"), nullptr) << Names(es);
  EXPECT_EQ(Find(es, "Hong Kong Foreign Ministry"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, BareSecurityCouncilIsTheCountrysUnlessTheUnsIsNamed) {
  Geotag geo;
  geo.countries = {"KZ"};
  auto national = analyzer_->Analyze(
      "Tokayev removed Nazarbayev as head of the powerful Security Council on Wednesday.", "en");
  ASSERT_TRUE(national.ok());
  std::vector<NamedEntity> es = EntityTagger::Default().Tag(*national, &geo);
  EXPECT_NE(Find(es, "Security Council of Kazakhstan"), nullptr) << Names(es);
  auto un = analyzer_->Analyze(
      "Russia asked the UN Security Council to meet. The Security Council met on Friday.", "en");
  ASSERT_TRUE(un.ok());
  es = EntityTagger::Default().Tag(*un, &geo);
  EXPECT_NE(Find(es, "UN Security Council"), nullptr) << Names(es);
  EXPECT_EQ(Find(es, "Security Council of Kazakhstan"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, KnownBodyBeforeADateIsNoLongerName) {
  // "on Monday" does not continue the name ("Committee on Foreign Affairs" does).
  auto es = Tag("Amnesty International on Monday said 40 people were detained.", "en");
  ASSERT_NE(Find(es, "Amnesty International"), nullptr) << Names(es);
  EXPECT_EQ(Find(es, "Amnesty International")->kind, NamedEntityKind::kOrganization);
  es = Tag("The Committee on Foreign Affairs met in March.", "en");
  EXPECT_NE(Find(es, "Committee on Foreign Affairs"), nullptr) << Names(es);
}

TEST_F(EntityTaggerTest, QuotedNicknameIsNoName) {
  auto es =
      Tag("Protesters have begun calling their fallen the \"Heavenly Hundred\". Coffins were "
          "carried across the square.",
          "en");
  for (const NamedEntity& e : es) EXPECT_NE(e.kind, NamedEntityKind::kPerson) << e.name;
}

TEST_F(EntityTaggerTest, NoPersonRightAfterAnArticle) {
  auto es =
      Tag("Nombró al general como jefe de la Defensa Nacional. El líder opositor y premio "
          "Nobel de la Paz Mohamed ElBaradei regresó al país.",
          "es");
  EXPECT_EQ(Find(es, "Defensa Nacional"), nullptr) << Names(es);
  EXPECT_NE(Find(es, "Mohamed ElBaradei"), nullptr) << Names(es);
  EXPECT_TRUE(Tag("Una barricada arde en la plaza Urquinaona de Barcelona.", "es").empty());
  EXPECT_TRUE(Tag("Hubo choques en el puente de Qasr el Nil durante horas.", "es").empty());
  auto de =
      Tag("Gasschwaden lagen über den Straßen des Stadtteils Beyoğlu. Er gilt als letzter "
          "Diktator Europas.",
          "de");
  for (const NamedEntity& e : de) EXPECT_NE(e.kind, NamedEntityKind::kPerson) << e.name;
}

TEST_F(EntityTaggerTest, HyphenatedPlaceAdjectiveIsNoName) {
  auto es = Tag("Его осудили за захват в заложники губернатора Иссык-Кульской области.", "ru");
  for (const NamedEntity& e : es) {
    EXPECT_NE(e.kind, NamedEntityKind::kPerson) << e.name;
  }
}

TEST_F(EntityTaggerTest, Arabic) {
  auto es =
      Tag("قال الرئيس حسني مبارك إن الحكومة ستستقيل، بحسب وكالة رويترز. وطالبت الأمم "
          "المتحدة بضبط النفس.",
          "ar");
  const NamedEntity* p = Find(es, "حسني مبارك");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "president");
  ASSERT_NE(Find(es, "Reuters"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "Reuters")->source);
  EXPECT_NE(Find(es, "United Nations"), nullptr) << Names(es);
}

// Between an Arabic role word and the name stand the role's own complements, which carry the
// article ("وزيرة الخارجية الأمريكية", "المرشد الأعلى للجمهورية الإسلامية"); a name's first
// word does not. A governorate (محافظة) is not a governor (محافظ).
TEST_F(EntityTaggerTest, ArabicRoleComplementsAreNotNames) {
  auto es =
      Tag("دعت وزيرة الخارجية الأمريكية هيلاري كلينتون إلى الهدوء. وقال المرشد الأعلى للجمهورية "
          "الإسلامية الإيرانية علي خامنئي إن البلاد آمنة. وكان المدير العام السابق للوكالة الدولية "
          "للطاقة الذرية قد عاد إلى القاهرة. وأغلقت المتاجر في محافظة واحدة وفي المحافظات "
          "المضطربة. وشارك في الجنازة الرئيس زين العابدين بن علي.",
          "ar");
  const NamedEntity* clinton = Find(es, "هيلاري كلينتون");
  ASSERT_NE(clinton, nullptr) << Names(es);
  EXPECT_EQ(clinton->role, "minister");
  const NamedEntity* khamenei = Find(es, "علي خامنئي");
  ASSERT_NE(khamenei, nullptr) << Names(es);
  EXPECT_EQ(khamenei->role, "leader");
  ASSERT_NE(Find(es, "زين العابدين بن علي"), nullptr) << Names(es);
  for (const char* wrong :
       {"الأمريكية هيلاري", "للجمهورية الإسلامية الإيرانية", "العام السابق", "واحدة", "المضطربة"}) {
    EXPECT_EQ(Find(es, wrong), nullptr) << wrong << ": " << Names(es);
  }
  // Clinton is also a town: as the gazetteer's place, it still ends the name it follows.
  auto town = Tag("دعت وزيرة الخارجية الأمريكية هيلاري كلينتون إلى الهدوء.", "ar", {"كلينتون"});
  ASSERT_NE(Find(town, "هيلاري كلينتون"), nullptr) << Names(town);
}

TEST_F(EntityTaggerTest, Chinese) {
  auto es =
      Tag("哈萨克斯坦总统托卡耶夫5日宣布全国进入紧急状态。外交部发言人耿爽说，中方支持。"
          "托卡耶夫当晚发表讲话。联合国呼吁克制，路透社报道。",
          "zh");
  const NamedEntity* p = Find(es, "托卡耶夫");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "president");
  EXPECT_EQ(p->mentions.size(), 2u);
  const NamedEntity* g = Find(es, "耿爽");
  ASSERT_NE(g, nullptr) << Names(es);
  EXPECT_EQ(g->role, "spokesperson");
  EXPECT_NE(Find(es, "United Nations"), nullptr) << Names(es);
  ASSERT_NE(Find(es, "Reuters"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "Reuters")->source);
}

// Traditional characters meet the simplified role words ("發言人" is "发言人"); a married
// woman's double surname ("林鄭") comes with her two given-name characters.
TEST_F(EntityTaggerTest, ChineseTraditional) {
  auto es =
      Tag("警務處處長盧偉聰表示，局勢已受控。行政長官林鄭月娥晚上發表講話，譴責暴力行為。"
          "外交部發言人耿爽在北京說，中方支持特區政府依法施政。",
          "zh");
  const NamedEntity* lo = Find(es, "盧偉聰");
  ASSERT_NE(lo, nullptr) << Names(es);
  EXPECT_EQ(lo->role, "police chief");
  ASSERT_NE(Find(es, "林鄭月娥"), nullptr) << Names(es);
  const NamedEntity* geng = Find(es, "耿爽");
  ASSERT_NE(geng, nullptr) << Names(es);
  EXPECT_EQ(geng->role, "spokesperson");
}

TEST_F(EntityTaggerTest, ChineseDottedName) {
  auto es = Tag("警方发言人萨尔塔纳特·阿济尔别克表示，局势已经稳定。", "zh");
  const NamedEntity* p = Find(es, "萨尔塔纳特·阿济尔别克");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "spokesperson");
}

TEST_F(EntityTaggerTest, Turkish) {
  auto es =
      Tag("Başbakan Recep Tayyip Erdoğan, göstericilere sert sözlerle yüklendi. "
          "Erdoğan'ın açıklaması Reuters'a göre tepki çekti. Kırgız ve Rus heyetleri "
          "Ocak ayında görüştü.",
          "tr");
  const NamedEntity* p = Find(es, "Recep Tayyip Erdoğan");
  ASSERT_NE(p, nullptr) << Names(es);
  EXPECT_EQ(p->role, "prime minister");
  EXPECT_EQ(p->mentions.size(), 2u);
  ASSERT_NE(Find(es, "Reuters"), nullptr) << Names(es);
  EXPECT_TRUE(Find(es, "Reuters")->source);
  for (const char* bad : {"Kırgız", "Rus", "Ocak"}) {
    EXPECT_EQ(Find(es, bad), nullptr) << bad << " in " << Names(es);
  }
}

TEST_F(EntityTaggerTest, NationalInstitutionsGetTheirCountry) {
  auto es =
      Tag("The Kyrgyz health ministry said 12 people were hurt. Le ministère de "
          "l'Intérieur du Kazakhstan a démenti.",
          "en", {"Kazakhstan"});
  EXPECT_NE(Find(es, "Kyrgyz Ministry of Health"), nullptr) << Names(es);
  auto ru = Tag("МВД Казахстана сообщило о задержаниях.", "ru", {});
  EXPECT_NE(Find(ru, "Interior Ministry"), nullptr) << Names(ru);
}

TEST_F(EntityTaggerTest, ShoutedWordsKickersAndHeadlinesAreNoOrganizations) {
  auto nb =
      Tag("Politiet rykket inn.\nBRANN: En bil står i brann ved stasjonen.\n"
          "Det var stille i natt.",
          "nb", {});
  EXPECT_EQ(Find(nb, "BRANN"), nullptr) << Names(nb);
  auto en =
      Tag("Lakeside Workers Storm City Council Offices\nThe march ended at 15:48 BST "
          "near the council offices, the WMO said.",
          "en", {});
  EXPECT_EQ(Find(en, "BST"), nullptr) << Names(en);
  EXPECT_EQ(Find(en, "Lakeside Workers Storm City Council Offices"), nullptr) << Names(en);
  EXPECT_NE(Find(en, "WMO"), nullptr) << Names(en);
}

TEST_F(EntityTaggerTest, NamesAfterLowerCaseHeadWords) {
  auto ru = Tag("Лидировали партии «Зелёный Дол» и «Новый Путь», сообщил ЦИК.", "ru", {});
  EXPECT_NE(Find(ru, "Зелёный Дол"), nullptr) << Names(ru);
  EXPECT_NE(Find(ru, "Новый Путь"), nullptr) << Names(ru);
  auto en = Tag("Officials of the party Lindenblatt Nord met on Friday.", "en", {});
  EXPECT_NE(Find(en, "Lindenblatt Nord"), nullptr) << Names(en);
  auto de = Tag("Vorn lagen die Parteien Lindenblatt und Morgenrot Nord.", "de", {});
  EXPECT_NE(Find(de, "Lindenblatt"), nullptr) << Names(de);
  EXPECT_NE(Find(de, "Morgenrot Nord"), nullptr) << Names(de);
  auto fr = Tag("Le mouvement Aube Claire a été dissous.", "fr", {});
  EXPECT_NE(Find(fr, "Aube Claire"), nullptr) << Names(fr);
}

TEST_F(EntityTaggerTest, ElidedArticlesBeforeKnownBodies) {
  auto fr =
      Tag("Selon l'AFP, des envoyés de l'OSCE et de l'Union européenne sont arrivés.", "fr", {});
  EXPECT_NE(Find(fr, "AFP"), nullptr) << Names(fr);
  EXPECT_NE(Find(fr, "OSCE"), nullptr) << Names(fr);
  EXPECT_NE(Find(fr, "European Union"), nullptr) << Names(fr);
  auto it = Tag("Il segretario generale dell'ONU ha parlato ieri.", "it", {});
  EXPECT_NE(Find(it, "United Nations"), nullptr) << Names(it);
  // A lower-case word after the apostrophe is no name.
  auto low = Tag("Il a parlé de l'union des travailleurs.", "fr", {});
  EXPECT_EQ(Find(low, "European Union"), nullptr) << Names(low);
}

TEST_F(EntityTaggerTest, EmptyDocument) {
  AnalyzedDocument doc;
  EXPECT_TRUE(EntityTagger::Default().Tag(doc, nullptr).empty());
}

}  // namespace
}  // namespace newsloom

namespace newsloom {
namespace {

// Prints the entities of the text in NEWSLOOM_ENTITY_TEXT (language NEWSLOOM_ENTITY_LANG), for
// looking into a case by hand; skipped otherwise.
TEST(EntityTaggerDebug, PrintEntities) {
  const char* text = std::getenv("NEWSLOOM_ENTITY_TEXT");
  if (text == nullptr) GTEST_SKIP() << "set NEWSLOOM_ENTITY_TEXT to print its entities";
  const char* lang = std::getenv("NEWSLOOM_ENTITY_LANG");
  auto analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  auto doc = (*analyzer)->Analyze(text, lang ? lang : "");
  ASSERT_TRUE(doc.ok());
  // With the gazetteer, as the pipeline tags: the places first.
  auto gazetteer = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();
  const Geotag geo = Geotagger(gazetteer->get()).Tag(*doc);
  for (const TaggedPlace& p : geo.places) {
    std::cout << "PLACE " << p.name << " (" << p.country << ")";
    for (const PlaceMention& m : p.mentions) std::cout << " [" << m.surface << "]";
    std::cout << "\n";
  }
  for (const NamedEntity& e : EntityTagger::Default().Tag(*doc, &geo)) {
    std::cout << (e.kind == NamedEntityKind::kPerson ? "PER " : "ORG ") << e.name
              << " role=" << e.role << " source=" << e.source << " mentions=" << e.mentions.size()
              << "\n";
  }
}

}  // namespace
}  // namespace newsloom
