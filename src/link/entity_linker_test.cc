#include "link/entity_linker.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store/store.h"

namespace newsloom {
namespace {

NamedEntity Person(const std::string& name, std::vector<std::string> surfaces = {}) {
  NamedEntity e;
  e.kind = NamedEntityKind::kPerson;
  e.name = name;
  if (surfaces.empty()) surfaces.push_back(name);
  for (std::string& s : surfaces) {
    TextSpan span;
    span.surface = std::move(s);
    e.mentions.push_back(std::move(span));
  }
  return e;
}

NamedEntity Org(const std::string& name) {
  NamedEntity e = Person(name);
  e.kind = NamedEntityKind::kOrganization;
  return e;
}

std::optional<FuzzyDate> Date(const char* s) { return FuzzyDate::Parse(s); }

class EntityLinkerTest : public testing::Test {
 protected:
  void SetUp() override { linker_ = MakeLinker(nullptr); }

  static std::unique_ptr<EntityLinker> MakeLinker(Store* store) {
    auto linker = EntityLinker::Create(store);
    EXPECT_TRUE(linker.ok()) << linker.status();
    return linker.ok() ? std::move(*linker) : nullptr;
  }

  // Links one article and returns its entities' ids.
  std::vector<std::string> LinkIds(EntityLinker* linker, const std::string& article,
                                   std::vector<NamedEntity> entities,
                                   const char* date = "2020-10-06") {
    Status s = linker->Link(article, Date(date), &entities);
    EXPECT_TRUE(s.ok()) << s;
    last_ = entities;
    std::vector<std::string> ids;
    for (const NamedEntity& e : entities) ids.push_back(e.entity_id);
    return ids;
  }
  std::string LinkOne(const std::string& article, NamedEntity e) {
    return LinkIds(linker_.get(), article, {std::move(e)})[0];
  }

  std::unique_ptr<EntityLinker> linker_;
  std::vector<NamedEntity> last_;
};

// Arabic leaves out short vowels: transliteration alone gives "hsny mbark" for "Hosni
// Mubarak". The abjad sound key joins them, whichever came first.
TEST_F(EntityLinkerTest, ArabicNamesJoinTheirLatinSpellings) {
  const std::string mubarak = LinkOne("en1", Person("Hosni Mubarak"));
  EXPECT_EQ(LinkOne("ar1", Person("حسني مبارك")), mubarak);
  EXPECT_EQ(last_[0].display_name, "Hosni Mubarak");
  const std::string rouhani = LinkOne("fr1", Person("Hassan Rouhani"));
  EXPECT_EQ(LinkOne("ar2", Person("حسن روحاني")), rouhani);
  EXPECT_EQ(LinkOne("ar3", Person("محمد البرادعي")),
            LinkOne("en2", Person("Mohamed ElBaradei")));  // Arabic first
  EXPECT_EQ(last_[0].display_name, "Mohamed ElBaradei");
  // Once it has a Latin spelling, the entity is found by it as any other: a later bare
  // surname in Latin script joins it.
  EXPECT_EQ(LinkOne("en3", Person("ElBaradei")), last_[0].entity_id);
  // A short surname: all the words' skeletons. German spellings of Arabic sounds.
  EXPECT_EQ(LinkOne("ar4", Person("زين العابدين بن علي")),
            LinkOne("en4", Person("Zine El Abidine Ben Ali")));
  EXPECT_EQ(LinkOne("ar5", Person("جميل الشمري")), LinkOne("de1", Person("Dschamil al-Schammari")));
}

TEST_F(EntityLinkerTest, ChineseNamesInCyrillicJoinTheirPinyin) {
  const std::string xi = LinkOne("en1", Person("Xi Jinping"));
  EXPECT_EQ(LinkOne("ru1", Person("Си Цзиньпин")), xi);
  EXPECT_EQ(LinkOne("uk1", Person("Сі Цзіньпін")), xi);
  EXPECT_EQ(LinkOne("zh1", Person("习近平")), xi);
  EXPECT_EQ(last_[0].display_name, "Xi Jinping");
  EXPECT_EQ(LinkOne("ru2", Person("Ван И")), LinkOne("en2", Person("Wang Yi")));
}

TEST_F(EntityLinkerTest, ChineseTranscriptionsJoinTheirLatinSpellings) {
  const std::string tokayev = LinkOne("en1", Person("Kassym-Jomart Tokayev"));
  const std::string nazarbayev = LinkOne("en2", Person("Nursultan Nazarbayev"));
  EXPECT_EQ(LinkOne("zh1", Person("托卡耶夫")), tokayev);
  EXPECT_EQ(last_[0].display_name, "Kassym-Jomart Tokayev");
  EXPECT_EQ(LinkOne("zh2", Person("纳扎尔巴耶夫")), nazarbayev);  // one word, 6 characters
  // A full name must agree in its given name too: siblings share the surname.
  const std::string gotabaya = LinkOne("en3", Person("Gotabaya Rajapaksa"));
  const std::string mahinda = LinkOne("en4", Person("Mahinda Rajapaksa"));
  EXPECT_EQ(LinkOne("zh3", Person("戈塔巴雅·拉贾帕克萨")), gotabaya);
  EXPECT_EQ(LinkOne("zh4", Person("马欣达·拉贾帕克萨")), mahinda);
  // Chinese first, then the Latin spelling.
  const std::string pashinyan = LinkOne("zh5", Person("帕希尼扬"));
  EXPECT_EQ(LinkOne("en5", Person("Nikol Pashinyan")), pashinyan);
  EXPECT_EQ(last_[0].display_name, "Nikol Pashinyan");
}

// Surnames in -enko and -chko decline like nouns in -a; the Belarusian nominative is so too.
// Between equally common spellings the plain-ASCII one displays, not a Polish instrumental.
TEST_F(EntityLinkerTest, DeclinedEnkoSurnamesAndAsciiDisplayTies) {
  const std::string lukashenko = LinkOne("pl1", Person("Aleksandr Łukaszenka"));
  EXPECT_EQ(LinkOne("en1", Person("Alexander Lukashenko")), lukashenko);
  EXPECT_EQ(LinkOne("ru1", Person("Александр Лукашенко")), lukashenko);
  EXPECT_EQ(last_[0].display_name, "Alexander Lukashenko");
  const std::string klitschko = LinkOne("pl2", Person("Witalijem Kliczką"));
  EXPECT_EQ(LinkOne("en2", Person("Vitali Klitschko")), klitschko);
  EXPECT_EQ(last_[0].display_name, "Vitali Klitschko");
}

TEST_F(EntityLinkerTest, SoundKeysNeverJoinNamesOfOneWriting) {
  // "Hassan" and "Hussein" share the abjad skeleton "hsn", and so do the surnames here; in
  // Latin script the spellings differ, so these are two persons.
  const std::string a = LinkOne("en1", Person("Hassan Rouhani"));
  EXPECT_NE(LinkOne("en2", Person("Hussein Rouhani")), a);
  // A Chinese name (a common surname and a given name) is matched by its pinyin key, as
  // before: "王毅" is "Wang Yi".
  const std::string wang = LinkOne("en3", Person("Wang Yi"));
  EXPECT_EQ(LinkOne("zh1", Person("王毅")), wang);
  // Nor does a bare Latin surname join a person known only in Chinese characters, though
  // "Bujin" has the Han skeleton of "普京" (pujing).
  const std::string putin = LinkOne("zh2", Person("普京"));
  EXPECT_NE(LinkOne("en4", Person("Bujin")), putin);
}

TEST_F(EntityLinkerTest, VariantsAcrossScriptsMergeIntoOneEntity) {
  const std::vector<std::vector<std::string>> groups = {
      {"Almazbek Atambajev", "Almazbek Atambayev", "Алмазбек Атамбаев", "Almazbek Atambaïev"},
      {"Sooronbay Jeenbekov", "Sooronbay Zheenbekov", "Сооронбай Жээнбеков",
       "Sooronbaj Dzjeenbekov"},
      {"Kassym-Jomart Tokajev", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokajew",
       "Касым-Жомарт Токаев", "Kassym-Jomart Tokaïev"},
      {"Kurmanbek Bakiev", "Kurmanbek Bakiyev", "Курманбек Бакиев", "Kurmanbek Bakijev"},
  };
  std::vector<std::string> group_ids;
  int article = 0;
  for (const auto& group : groups) {
    std::string id;
    for (const std::string& name : group) {
      const std::string got = LinkOne("a" + std::to_string(++article), Person(name));
      ASSERT_FALSE(got.empty()) << name;
      if (id.empty()) id = got;
      EXPECT_EQ(got, id) << name << " did not join " << group[0];
    }
    group_ids.push_back(id);
    auto e = linker_->Lookup(id);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->variants.size(), group.size());  // every spelling kept
    EXPECT_EQ(e->article_count, static_cast<int64_t>(group.size()));
  }
  // Four different people.
  for (size_t i = 0; i < group_ids.size(); ++i) {
    for (size_t j = i + 1; j < group_ids.size(); ++j) EXPECT_NE(group_ids[i], group_ids[j]);
  }
  EXPECT_EQ(linker_->entity_count(), 4u);
}

TEST_F(EntityLinkerTest, SurnameOnlyMentionsJoinTheFullName) {
  const std::string id = LinkOne("a1", Person("Almazbek Atambayev"));
  EXPECT_EQ(LinkOne("a2", Person("Atambajev")), id);
  EXPECT_EQ(LinkOne("a3", Person("Атамбаева")), id);  // genitive
  EXPECT_EQ(LinkOne("a4", Person("Атамбаеву")), id);  // dative
  EXPECT_EQ(LinkOne("a5", Person("Алмазбека Атамбаева")), id);
  auto e = linker_->Lookup(id);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->display_name, "Almazbek Atambayev");  // surnames alone never display
  EXPECT_EQ(linker_->entity_count(), 1u);
}

TEST_F(EntityLinkerTest, AFullNameAdoptsAnEarlierBareSurname) {
  const std::string bare = LinkOne("a1", Person("Atambajev"));
  EXPECT_EQ(LinkOne("a2", Person("Almazbek Atambajev")), bare);
  EXPECT_EQ(LinkOne("a3", Person("Алмазбек Атамбаев")), bare);
  EXPECT_EQ(last_[0].display_name, "Almazbek Atambajev");
  // A second given name is another person, and bare mentions now go to the most mentioned.
  const std::string other = LinkOne("a4", Person("Ruslan Atambayev"));
  EXPECT_NE(other, bare);
  EXPECT_EQ(LinkOne("a5", Person("Atambayev")), bare);
  // Not when another person with the surname is known already.
  const std::string mahinda = LinkOne("b1", Person("Mahinda Rajapaksa"));
  EXPECT_EQ(LinkOne("b2", Person("Rajapaksa")), mahinda);
  EXPECT_NE(LinkOne("b3", Person("Gotabaya Rajapaksa")), mahinda);
}

TEST_F(EntityLinkerTest, SameSurnameDifferentGivenNamesStayApart) {
  const std::string mahinda = LinkOne("a1", Person("Mahinda Rajapaksa"));
  const std::string gotabaya = LinkOne("a2", Person("Gotabaya Rajapaksa"));
  EXPECT_NE(mahinda, gotabaya);
  EXPECT_EQ(LinkOne("a3", Person("Mahinda Rajapakse")), mahinda);
  EXPECT_EQ(LinkOne("a4", Person("G. Rajapaksa")), gotabaya);
  // A bare surname joins the one Rajapaksa of its own article...
  std::vector<std::string> ids =
      LinkIds(linker_.get(), "a5",
              {Person("Gotabaya Rajapaksa", {"Gotabaya Rajapaksa", "President Rajapaksa"}),
               Person("Rajapaksa")});
  EXPECT_EQ(ids[0], gotabaya);
  EXPECT_EQ(ids[1], gotabaya);
  // ... also when its full name joined another spelling of the surname ...
  ids = LinkIds(linker_.get(), "a5b", {Person("Mahinda Rajapakse"), Person("Rajapakse")});
  EXPECT_EQ(ids[0], mahinda);
  EXPECT_EQ(ids[1], mahinda);
  // ... and otherwise the most mentioned one (Gotabaya: 5 mentions, Mahinda: 4).
  EXPECT_EQ(LinkOne("a6", Person("Rajapaksa")), gotabaya);
  EXPECT_EQ(linker_->entity_count(), 2u);  // no surname-only entity was created
  auto m = linker_->Lookup(mahinda);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->article_count, 3);
  EXPECT_EQ(m->display_name, "Mahinda Rajapakse");  // 2 articles against 1
}

TEST_F(EntityLinkerTest, MiddleNamesAndPatronymics) {
  const std::string erdogan = LinkOne("a1", Person("Recep Tayyip Erdoğan"));
  EXPECT_EQ(LinkOne("a2", Person("Tayyip Erdogan")), erdogan);
  EXPECT_EQ(LinkOne("a3", Person("Тайип Эрдоган")), erdogan);
  const std::string ivan = LinkOne("a4", Person("Иван Сергеевич Петров"));
  EXPECT_EQ(LinkOne("a5", Person("Ivan Petrov")), ivan);
  // A brother: same patronymic and surname, another given name.
  EXPECT_NE(LinkOne("a6", Person("Павел Сергеевич Петров")), ivan);
  EXPECT_NE(LinkOne("a7", Person("Sergeyevich Petrov")), ivan);
}

TEST_F(EntityLinkerTest, DisplayNameIsTheMostCommonLatinSpelling) {
  const std::string id = LinkOne("a1", Person("Алмазбек Атамбаев"));
  EXPECT_EQ(last_[0].display_name, "Алмазбек Атамбаев");  // no Latin spelling yet
  LinkOne("a2", Person("Алмазбек Атамбаев"));
  LinkOne("a3", Person("Almazbek Atambajev"));
  EXPECT_EQ(last_[0].display_name, "Almazbek Atambajev");
  LinkOne("a4", Person("Almazbek Atambayev"));
  EXPECT_EQ(last_[0].display_name, "Almazbek Atambajev");  // tie: earliest seen
  LinkOne("a5", Person("Almazbek Atambayev"));
  EXPECT_EQ(last_[0].display_name, "Almazbek Atambayev");
  EXPECT_EQ(last_[0].entity_id, id);
}

TEST_F(EntityLinkerTest, OrganizationsByNameAndAcronym) {
  const std::string osce = LinkOne("a1", Org("OSCE"));
  EXPECT_EQ(LinkOne("a2", Org("Organization for Security and Co-operation in Europe")), osce);
  EXPECT_EQ(LinkOne("a3", Org("OSCE")), osce);
  const std::string csto = LinkOne("a4", Org("Collective Security Treaty Organization"));
  EXPECT_NE(csto, osce);
  EXPECT_EQ(LinkOne("a5", Org("CSTO")), csto);
  const std::string odkb = LinkOne("a6", Org("Организация Договора о коллективной безопасности"));
  EXPECT_EQ(LinkOne("a7", Org("ОДКБ")), odkb);
  // A person and an organization with one key are different entities.
  EXPECT_NE(LinkOne("a8", Person("Reuters")), LinkOne("a9", Org("Reuters")));
}

TEST_F(EntityLinkerTest, IdsAreStableAcrossLinkersAndOrderOfKinds) {
  auto other = MakeLinker(nullptr);
  const std::string a = LinkOne("a1", Person("Almazbek Atambayev"));
  const std::string b = LinkIds(other.get(), "x", {Person("Алмазбек Атамбаев")})[0];
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.substr(0, 2), "p:");
  EXPECT_EQ(a.size(), 18u);
  EXPECT_EQ(LinkOne("a2", Org("OSCE")).substr(0, 2), "o:");
}

TEST_F(EntityLinkerTest, CallsForOneArticleAddUp) {
  // The pipeline links an article in two calls: persons, then organizations.
  const std::string id = LinkIds(
      linker_.get(), "a1",
      {Person("Sooronbay Jeenbekov", {"Sooronbay Jeenbekov", "Jeenbekov", "Jeenbekov"})})[0];
  const std::vector<std::string> orgs = LinkIds(linker_.get(), "a1", {Org("OSCE"), Org("ОБСЕ")});
  EXPECT_NE(orgs[0], orgs[1]);  // different names, no acronym rule joins them
  // A third call naming the same person again adds mentions, not an article.
  LinkIds(linker_.get(), "a1", {Person("Сооронбай Жээнбеков")});
  auto e = linker_->Lookup(id);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->article_count, 1);
  EXPECT_EQ(e->mention_count, 4);
  ASSERT_EQ(e->variants.size(), 3u);
  EXPECT_EQ(e->variants[1].text, "Jeenbekov");
  EXPECT_EQ(e->variants[1].count, 2);
  EXPECT_EQ(linker_->pending_articles(), 1u);
  ASSERT_TRUE(linker_->Save(nullptr).ok());
  EXPECT_EQ(linker_->pending_articles(), 0u);
  EXPECT_EQ(linker_->Lookup(orgs[0])->article_count, 1);
}

TEST_F(EntityLinkerTest, SpellingsAreStoredWithWhitespaceCollapsed) {
  const std::string id =
      LinkIds(linker_.get(), "a1",
              {Person("  Sooronbay \t Jeenbekov ", {"Sooronbay  Jeenbekov", "Sooronbay\nJeenbekov",
                                                    " Jeenbekov", "Sooronbay Jeenbekov", " "})})[0];
  auto e = linker_->Lookup(id);
  ASSERT_TRUE(e.has_value());
  ASSERT_EQ(e->variants.size(), 2u);
  EXPECT_EQ(e->variants[0].text, "Sooronbay Jeenbekov");
  EXPECT_EQ(e->variants[0].count, 3);
  EXPECT_EQ(e->variants[0].name_count, 1);
  EXPECT_EQ(e->variants[1].text, "Jeenbekov");
  EXPECT_EQ(e->variants[1].count, 1);
  EXPECT_EQ(e->mention_count, 5);  // the blank mention counts, but is no spelling
  EXPECT_EQ(e->display_name, "Sooronbay Jeenbekov");
}

TEST_F(EntityLinkerTest, InterleavedArticlesCountOncePerArticle) {
  // Between two Saves, calls for an article add up even with other articles in between.
  const std::string id = LinkIds(linker_.get(), "a1", {Person("Sooronbay Jeenbekov")})[0];
  LinkIds(linker_.get(), "a2", {Person("Jeenbekov"), Org("OSCE")});
  LinkIds(linker_.get(), "a1", {Person("Jeenbekov"), Org("OSCE")});
  LinkIds(linker_.get(), "a2", {Person("Sooronbay Jeenbekov")});
  auto e = linker_->Lookup(id);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->article_count, 2);
  EXPECT_EQ(e->mention_count, 4);
  const std::string osce = LinkOne("a3", Org("OSCE"));
  EXPECT_EQ(linker_->Lookup(osce)->article_count, 3);
}

TEST_F(EntityLinkerTest, DatesAndCounts) {
  const std::string id =
      LinkIds(linker_.get(), "a1", {Person("Kurmanbek Bakiyev")}, "2010-04-07")[0];
  LinkIds(linker_.get(), "a2", {Person("Kurmanbek Bakiev"), Person("Bakiev")}, "2005-03");
  LinkIds(linker_.get(), "a3", {Person("Kurmanbek Bakiyev")}, "");
  auto e = linker_->Lookup(id);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->first_seen, "2005-03");
  EXPECT_EQ(e->last_seen, "2010-04-07");
  EXPECT_EQ(e->article_count, 3);
  EXPECT_EQ(e->mention_count, 4);
}

TEST_F(EntityLinkerTest, NamesWithoutLettersStayUnlinked) {
  std::vector<std::string> ids = LinkIds(linker_.get(), "a1", {Person("--"), Person("")});
  EXPECT_EQ(ids, (std::vector<std::string>{"", ""}));
  EXPECT_EQ(linker_->entity_count(), 0u);
  std::vector<NamedEntity> none;
  EXPECT_TRUE(linker_->Link("a2", std::nullopt, &none).ok());
  EXPECT_EQ(linker_->Link("", std::nullopt, &none).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(linker_->Link("a3", std::nullopt, nullptr).code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(EntityLinkerTest, ResolveDoesNotCreate) {
  const std::string id = LinkOne("a1", Person("Almazbek Atambayev"));
  EXPECT_EQ(linker_->Resolve(NamedEntityKind::kPerson, "Атамбаев"), id);
  EXPECT_EQ(linker_->Resolve(NamedEntityKind::kPerson, "Almazbek Atambajev"), id);
  EXPECT_EQ(linker_->Resolve(NamedEntityKind::kPerson, "Tokayev"), std::nullopt);
  EXPECT_EQ(linker_->entity_count(), 1u);
}

}  // namespace
}  // namespace newsloom
