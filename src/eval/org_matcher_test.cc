#include "eval/org_matcher.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

class OrgMatcherTest : public ::testing::Test {
 protected:
  NameMatcher names_;
  OrgMatcher orgs_{&names_, OrgAliasTable::Default()};
};

TEST_F(OrgMatcherTest, DefaultTableLoadsWithoutConflicts) {
  EXPECT_GE(OrgAliasTable::Default().groups().size(), 5u);
  EXPECT_TRUE(orgs_.conflicts().empty()) << orgs_.conflicts().front();
}

TEST_F(OrgMatcherTest, AliasesAcrossLanguagesAndScripts) {
  const std::vector<std::vector<std::string>> groups = {
      {"OSCE", "OSSE", "ОБСЕ", "Organization for Security and Co-operation in Europe"},
      {"UN", "VN", "ООН", "United Nations", "the United Nations"},
      {"EU", "European Union", "Europese Unie"},
      {"CSTO", "ОДКБ", "Collective Security Treaty Organization"},
  };
  for (const auto& group : groups) {
    for (const auto& a : group) {
      for (const auto& b : group) EXPECT_GT(orgs_.Score(a, b), 0) << a << " vs " << b;
    }
  }
  EXPECT_EQ(orgs_.Score("OSCE", "CSTO"), 0);
  EXPECT_EQ(orgs_.Score("EU", "UN"), 0);
}

TEST_F(OrgMatcherTest, ExactKeysAndAcronyms) {
  EXPECT_EQ(orgs_.Score("Reuters", "reuters"), 1.0);
  EXPECT_EQ(orgs_.Score("The Daily Planet", "Daily Planet"), 1.0);
  EXPECT_EQ(orgs_.Score("Reuters", "Interfax"), 0);
  EXPECT_EQ(orgs_.Score("", ""), 0);
  // Not in the alias table: initials of the long name, skipping "of".
  EXPECT_DOUBLE_EQ(orgs_.Score("KNB", "Komitet Natsionalnoy Bezopasnosti"), 0.9);
  EXPECT_DOUBLE_EQ(orgs_.Score("Bank of Northern Lakes", "BNL"), 0.9);
  EXPECT_EQ(orgs_.Score("BNX", "Bank of Northern Lakes"), 0);
}

TEST_F(OrgMatcherTest, WordOrderAndFunctionWords) {
  EXPECT_EQ(orgs_.Score("Health Ministry", "Ministry of Health"), 1.0);
  EXPECT_EQ(orgs_.Score("the Ministry of Health.", "Health Ministry"), 1.0);
  EXPECT_EQ(orgs_.Score("Lake Fishing Board", "Board of Lake Fishing"), 1.0);
  EXPECT_EQ(orgs_.Score("Health Ministry", "Ministry of Transport"), 0);
  EXPECT_EQ(orgs_.Score("Lake Fishing Board", "Lake Fishing"), 0);
}

TEST_F(OrgMatcherTest, CountryQualifiers) {
  EXPECT_EQ(orgs_.Score("Kyrgyz Interior Ministry", "Interior Ministry of Kyrgyzstan"), 1.0);
  EXPECT_EQ(orgs_.Score("Belarusian Central Election Commission",
                        "Central Election Commission of Belarus"),
            1.0);
  EXPECT_GT(orgs_.Score("Ministry of Health of Kyrgyzstan", "Health Ministry"), 0);
  EXPECT_GT(orgs_.Score("Ukrainian Health Ministry", "Ukrainian Ministry of Health"), 0);
  EXPECT_GT(orgs_.Score("National Hospital", "National Hospital of Sri Lanka"), 0);
  // Different countries never match; a lone word with a qualifier is too vague.
  EXPECT_EQ(orgs_.Score("Kyrgyz Interior Ministry", "Kazakh Interior Ministry"), 0);
  EXPECT_EQ(orgs_.Score("Interior Ministry of Kyrgyzstan", "Kazakh Interior Ministry"), 0);
  EXPECT_EQ(orgs_.Score("Kyrgyz Government", "Government"), 0);
  EXPECT_EQ(orgs_.Score("Kyrgyzstan", "Kazakhstan"), 0);
}

TEST_F(OrgMatcherTest, InstitutionSynonyms) {
  const std::vector<std::string> interior = {
      "Interior Ministry", "Ministry of Internal Affairs", "Ministry of the Interior",
      "Kyrgyz Ministry of Internal Affairs", "Interior Ministry of Kyrgyzstan"};
  for (const auto& a : interior) {
    for (const auto& b : interior) EXPECT_GT(orgs_.Score(a, b), 0) << a << " vs " << b;
  }
  EXPECT_GT(orgs_.Score("Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry"), 0);
  EXPECT_EQ(orgs_.Score("Interior Ministry", "Foreign Ministry"), 0);
  EXPECT_EQ(orgs_.Score("Ministry of Internal Affairs", "Ministry of Foreign Affairs"), 0);
  EXPECT_EQ(orgs_.Score("Kazakh Foreign Ministry", "Kyrgyz Ministry of Foreign Affairs"), 0);
  // A national security council is not the UN Security Council.
  EXPECT_EQ(orgs_.Score("Security Council of Kazakhstan", "UN Security Council"), 0);
}

TEST(OrgAliasTableTest, CountryLines) {
  auto table = OrgAliasTable::Parse("=XL\tXlandic\tXland\nBoard of Fish\tFish Board\n", "t.tsv");
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_EQ(table->countries().size(), 1u);
  EXPECT_EQ(table->countries()[0][0], "XL");
  NameMatcher names;
  OrgMatcher orgs(&names, *table);
  EXPECT_EQ(orgs.Score("Xlandic Fish Board", "Board of Fish of Xland"), 1.0);
  EXPECT_FALSE(OrgAliasTable::Parse("=XL\n", "t.tsv").ok());
}

TEST(OrgAliasTableTest, ParsesTsvAndRejectsEmptyNames) {
  auto table =
      OrgAliasTable::Parse("# comment\n\nACME\tAcme Corporation\n  Foo \t Bar \n", "t.tsv");
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_EQ(table->groups().size(), 2u);
  EXPECT_EQ(table->groups()[1], (std::vector<std::string>{"Foo", "Bar"}));

  auto bad = OrgAliasTable::Parse("ACME\tAcme\nX\t\tY\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("t.tsv:2:"), std::string::npos) << bad.status();
}

TEST(OrgAliasTableTest, CustomTableDrivesMatching) {
  auto table = OrgAliasTable::Parse("ACME\tAcme Corporation\tАкме\n", "t.tsv");
  ASSERT_TRUE(table.ok());
  NameMatcher names;
  OrgMatcher orgs(&names, *table);
  EXPECT_EQ(orgs.CanonicalKey("Акме"), "@ACME");
  EXPECT_EQ(orgs.Score("Acme Corporation", "Акме"), 1.0);
  EXPECT_EQ(orgs.Score("OSCE", "OSSE"), 0);  // not in this table
}

}  // namespace
}  // namespace newsloom::eval
