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
