// Organization rules of EntityTagger: known bodies in many languages and scripts, inflected
// and clitic forms, common words that are no bodies, name boundaries and acronyms in
// parentheses. The sentences are made up for these tests.
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_tagger.h"
#include "gtest/gtest.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

class EntityBodiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status();
    analyzer_ = a->release();
  }
  static void TearDownTestSuite() { delete analyzer_; }

  static std::vector<NamedEntity> Tag(std::string_view text, std::string_view lang) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok()) << doc.status();
    Geotag geo;
    return EntityTagger::Default().Tag(*doc, &geo);
  }
  static const NamedEntity* Org(const std::vector<NamedEntity>& es, std::string_view name) {
    for (const NamedEntity& e : es) {
      if (e.kind == NamedEntityKind::kOrganization && e.name == name) return &e;
    }
    return nullptr;
  }
  static size_t Orgs(const std::vector<NamedEntity>& es) {
    size_t n = 0;
    for (const NamedEntity& e : es) n += e.kind == NamedEntityKind::kOrganization;
    return n;
  }
  static std::string Names(const std::vector<NamedEntity>& es) {
    std::string s;
    for (const NamedEntity& e : es) {
      s += "[" + e.name + (e.kind == NamedEntityKind::kOrganization ? " (o)" : " (p)") + "]";
    }
    return s;
  }

  static inline const Analyzer* analyzer_ = nullptr;
};

TEST_F(EntityBodiesTest, KnownBodiesGetTheirEnglishName) {
  auto tr = Tag("Barış ve Demokrasi Partisi milletvekilleri dün Meclis'te konuştu.", "tr");
  EXPECT_NE(Org(tr, "Peace and Democracy Party"), nullptr) << Names(tr);
  auto uk = Tag("Правозахисний центр «Вясна» повідомив про нові затримання.", "uk");
  EXPECT_NE(Org(uk, "Viasna"), nullptr) << Names(uk);
  auto de = Tag("Das Verwaltungsgericht Berlin hob das Verbot am Abend auf.", "de");
  EXPECT_NE(Org(de, "Administrative Court of Berlin"), nullptr) << Names(de);
  auto es = Tag("Los Mossos y la Guardia Civil cerraron la autopista.", "es");
  EXPECT_NE(Org(es, "Civil Guard"), nullptr) << Names(es);
  EXPECT_NE(Org(es, "Mossos d'Esquadra"), nullptr) << Names(es);
}

TEST_F(EntityBodiesTest, TraditionalChineseAndLongestHanForm) {
  auto hk = Tag("醫院管理局表示，昨晚共有十人送院。", "zh");
  EXPECT_NE(Org(hk, "Hospital Authority"), nullptr) << Names(hk);
  // "民主党" is inside "自由民主党": the longer form wins.
  auto jp = Tag("日本自由民主党昨天召开会议。", "zh");
  EXPECT_NE(Org(jp, "Liberal Democratic Party"), nullptr) << Names(jp);
  EXPECT_EQ(Org(jp, "Democratic Party"), nullptr) << Names(jp);
}

TEST_F(EntityBodiesTest, InflectedAndTitleCaseForms) {
  auto pl = Tag("Kilku dziennikarzy Biełsatu zatrzymano w nocy.", "pl");
  EXPECT_NE(Org(pl, "Belsat TV"), nullptr) << Names(pl);
  auto ru = Tag("Сотрудники Мемориала передали список задержанных.", "ru");
  EXPECT_NE(Org(ru, "Memorial Human Rights Centre"), nullptr) << Names(ru);
  // ... also on the first word of a longer name.
  auto ru3 = Tag("Представители Корпуса стражей исламской революции промолчали.", "ru");
  EXPECT_NE(Org(ru3, "Islamic Revolutionary Guard Corps"), nullptr) << Names(ru3);
  // A case ending is cut off only down to four letters: "Второй" is no "ВТО".
  auto ru2 = Tag("Второй день подряд шли дожди.", "ru");
  EXPECT_EQ(Orgs(ru2), 0u) << Names(ru2);
  auto it = Tag("La Cgil e la Cisl hanno indetto uno sciopero per venerdì.", "it");
  EXPECT_NE(Org(it, "CGIL"), nullptr) << Names(it);
  EXPECT_NE(Org(it, "CISL"), nullptr) << Names(it);
  auto fr = Tag("Selon l'agence Isna, trois policiers ont été blessés.", "fr");
  EXPECT_NE(Org(fr, "ISNA"), nullptr) << Names(fr);
}

TEST_F(EntityBodiesTest, ArabicCliticsBeforeTheArticle) {
  // "للحزب" = "ل" + "الحزب"; "والوكالة" = "و" + "الوكالة".
  auto ar = Tag("وأعلن الوزير دعمه للحزب الوطني الديمقراطي في الانتخابات.", "ar");
  EXPECT_NE(Org(ar, "National Democratic Party"), nullptr) << Names(ar);
  auto ar2 = Tag("زار مفتشو الأمم المتحدة والوكالة الدولية للطاقة الذرية الموقع.", "ar");
  EXPECT_NE(Org(ar2, "International Atomic Energy Agency"), nullptr) << Names(ar2);
  EXPECT_NE(Org(ar2, "United Nations"), nullptr) << Names(ar2);
}

TEST_F(EntityBodiesTest, CommonWordsSurnamesAndLongerNamesAreNoBodies) {
  auto es = Tag("Podemos decir que la marcha fue tranquila. Mañana podemos volver.", "es");
  EXPECT_EQ(Org(es, "Podemos"), nullptr) << Names(es);
  auto en = Tag("The engineer Peter Tesla lived in Boston.", "en");
  EXPECT_EQ(Org(en, "Tesla"), nullptr) << Names(en);
  auto labour = Tag("Officials at the Ministry of Labour said wages rose.", "en");
  EXPECT_EQ(Org(labour, "Labour Party"), nullptr) << Names(labour);
  auto cap = Tag("The independent candidate won the seat.", "en");
  EXPECT_EQ(Org(cap, "The Independent"), nullptr) << Names(cap);
  auto left = Tag("The left wing of the party objected.", "en");
  EXPECT_EQ(Orgs(left), 0u) << Names(left);
  auto nl = Tag("De Staatspolizei Koninklijke Marechaussee patrouilleert op Schiphol.", "de");
  EXPECT_NE(Org(nl, "Royal Netherlands Marechaussee"), nullptr) << Names(nl);
}

TEST_F(EntityBodiesTest, GermanCompoundNounsAreNoNames) {
  auto de =
      Tag("Die Übergangsregierung kündigte Wahlen an. Der Koordinierungsrat tagte später.", "de");
  EXPECT_EQ(Orgs(de), 0u) << Names(de);
}

TEST_F(EntityBodiesTest, NameBoundaries) {
  // A Slavic genitive after the head stays in the name; a surname in the genitive does not.
  auto pl = Tag("Wczoraj Strajk Rolników zablokował drogi.", "pl");
  EXPECT_NE(Org(pl, "Strajk Rolników"), nullptr) << Names(pl);
  auto pl2 = Tag("Wczoraj Sztab Nowakowskiej wydał oświadczenie.", "pl");
  EXPECT_EQ(Org(pl2, "Sztab Nowakowskiej"), nullptr) << Names(pl2);
  // Romance names put the head first, with a regnal number after a given name.
  auto it = Tag("I feriti sono stati portati al Policlinico Vittorio Emanuele II di notte.", "it");
  EXPECT_NE(Org(it, "Policlinico Vittorio Emanuele II"), nullptr) << Names(it);
  // A channel number after "Radio".
  auto en = Tag("He told Lakeside Radio 4 that the march would go ahead.", "en");
  EXPECT_NE(Org(en, "Lakeside Radio 4"), nullptr) << Names(en);
}

TEST_F(EntityBodiesTest, AcronymInParenthesesJoinsItsLongName) {
  auto en =
      Tag("The Harbour Workers Union (HWU) called a strike. HWU leaders met on Monday.", "en");
  const NamedEntity* u = Org(en, "Harbour Workers Union");
  ASSERT_NE(u, nullptr) << Names(en);
  EXPECT_EQ(u->mentions.size(), 3u) << Names(en);
  EXPECT_EQ(Org(en, "HWU"), nullptr) << Names(en);
  // A known acronym names the group of an unknown long name.
  auto tr = Tag("Kurdish Peace Front (BDP) üyeleri toplandı.", "tr");
  EXPECT_EQ(Orgs(tr), 1u) << Names(tr);
}

}  // namespace
}  // namespace newsloom
