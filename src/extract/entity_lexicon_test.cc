#include "extract/entity_lexicon.h"

#include "gtest/gtest.h"

namespace newsloom {

extern const std::string_view kEntityRolesTsv;
extern const std::string_view kEntityOrganizationsTsv;
extern const std::string_view kEntityAgenciesTsv;
extern const std::string_view kEntityWordsTsv;
extern const std::string_view kEntityInstitutionsTsv;
extern const std::string_view kEntityDemonymsTsv;

namespace {

TEST(EntityLexiconTest, EmbeddedFilesParse) {
  auto lex = EntityLexicon::Parse(kEntityRolesTsv, "roles.tsv", kEntityOrganizationsTsv,
                                  "organizations.tsv", kEntityAgenciesTsv, "agencies.tsv",
                                  kEntityWordsTsv, "entity_words.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_GT(lex->role_count(), 1000u);
  EXPECT_GT(lex->body_count(), 600u);
  EXPECT_GT(lex->word_count(), 3000u);
  const size_t bodies = lex->body_count();
  ASSERT_TRUE(lex->AddInstitutions(kEntityInstitutionsTsv, "entity_institutions.tsv").ok());
  ASSERT_TRUE(lex->AddDemonyms(kEntityDemonymsTsv, "entity_demonyms.tsv").ok());
  EXPECT_GT(lex->body_count(), bodies + 10);
  const EntityLexicon& def = EntityLexicon::Default();
  EXPECT_EQ(def.body_count(), lex->body_count());
  ASSERT_NE(def.CountryByIso("KG"), nullptr);
  EXPECT_EQ(def.CountryByIso("KG")->demonym, "Kyrgyz");
  ASSERT_NE(def.CountryByDemonym("kazakh"), nullptr);
  EXPECT_EQ(def.CountryByDemonym("kazakh")->name, "Kazakhstan");
  EXPECT_TRUE(def.WordClass("ministry") & kWordOrgHead);
  EXPECT_TRUE(def.WordClass("kyrgyz") & kWordNationality);
  EXPECT_TRUE(def.WordClass("maandag") & kWordWeekday);
  EXPECT_TRUE(def.WordClass("января") & kWordMonth);
  EXPECT_NE(def.RolesStartingWith("президент"), nullptr);
  EXPECT_NE(def.RolesStartingWith("woordvoerder"), nullptr);
  EXPECT_NE(def.FormsStartingWith("обсе"), nullptr);
  EXPECT_FALSE(def.han_roles().empty());
  EXPECT_FALSE(def.han_forms().empty());
}

TEST(EntityLexiconTest, ErrorsNameFileAndLine) {
  auto bad_roles =
      EntityLexicon::Parse("# c\nen\tpresident\tpresident\n", "r.tsv", "", "o", "", "a", "", "w");
  ASSERT_FALSE(bad_roles.ok());
  EXPECT_NE(bad_roles.status().message().find("r.tsv:2:"), std::string::npos) << bad_roles.status();
  auto bad_kind =
      EntityLexicon::Parse("en\tpresident\tpresident\tboss\n", "r.tsv", "", "o", "", "a", "", "w");
  ASSERT_FALSE(bad_kind.ok());
  auto bad_class = EntityLexicon::Parse("", "r", "", "o", "", "a", "\n\nen\tfoo\tbar\n", "w.tsv");
  ASSERT_FALSE(bad_class.ok());
  EXPECT_NE(bad_class.status().message().find("w.tsv:3: unknown class"), std::string::npos);
  EntityLexicon demonyms;
  auto bad_demonym = demonyms.AddDemonyms("KGZ\tKyrgyz\tKyrgyzstan\n", "d.tsv");
  EXPECT_NE(bad_demonym.message().find("d.tsv:1:"), std::string::npos) << bad_demonym;
  auto empty_org = EntityLexicon::Parse("", "r", "UN\t\tVN\n", "o.tsv", "", "a", "", "w");
  ASSERT_FALSE(empty_org.ok());
  EXPECT_NE(empty_org.status().message().find("o.tsv:1:"), std::string::npos);
}

TEST(EntityLexiconTest, CanonicalOnlyNamesAndHanIndex) {
  auto lex = EntityLexicon::Parse("", "r", "=The Left\tDie Linke\n新党\t新民主党\n", "o.tsv", "",
                                  "a", "", "w");
  ASSERT_TRUE(lex.ok()) << lex.status();
  ASSERT_EQ(lex->body_count(), 2u);
  EXPECT_EQ(lex->body(0).name, "The Left");
  EXPECT_EQ(lex->FormsStartingWith("the"), nullptr);  // "=The Left" is no form
  EXPECT_NE(lex->FormsStartingWith("die"), nullptr);
  const std::vector<uint32_t>* han = lex->HanFormsStartingWith("新");
  ASSERT_NE(han, nullptr);
  ASSERT_EQ(han->size(), 2u);
  EXPECT_EQ(lex->form((*han)[0]).surface, "新民主党");  // longest first
  EXPECT_EQ(lex->HanFormsStartingWith("党"), nullptr);
  auto bare = EntityLexicon::Parse("", "r", "=Lonely\n", "o.tsv", "", "a", "", "w");
  ASSERT_FALSE(bare.ok());
  EXPECT_NE(bare.status().message().find("o.tsv:1:"), std::string::npos) << bare.status();
}

TEST(EntityLexiconTest, FoldsCase) {
  EXPECT_EQ(FoldEntityText("ОБСЕ"), "обсе");
  EXPECT_EQ(FoldEntityText("Reuters"), "reuters");
  EXPECT_EQ(FoldEntityText("Präsident"), "präsident");
}

}  // namespace
}  // namespace newsloom
