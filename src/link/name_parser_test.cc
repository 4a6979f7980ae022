#include "link/name_parser.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom::link {
namespace {

class NameParserTest : public testing::Test {
 protected:
  void SetUp() override {
    auto parser = NameParser::Create();
    ASSERT_TRUE(parser.ok()) << parser.status();
    parser_ = std::move(*parser);
  }
  std::string PersonKey(std::string_view name) {
    return parser_->Parse(NamedEntityKind::kPerson, name).key;
  }
  std::unique_ptr<NameParser> parser_;
};

TEST_F(NameParserTest, SplitsWords) {
  EXPECT_EQ(NameParser::SplitWords("  Jean-Claude  O'Brien, Jr."),
            (std::vector<std::string>{"Jean", "Claude", "OBrien", "Jr"}));
  EXPECT_EQ(NameParser::SplitWords("Алмазбек\u00a0Атамбаев"),
            (std::vector<std::string>{"Алмазбек", "Атамбаев"}));
  EXPECT_TRUE(NameParser::SplitWords("— , .").empty());
  EXPECT_EQ(NameParser::SplitWords("a\xff"
                                   "b")
                .size(),
            2u);  // invalid byte separates
}

TEST_F(NameParserTest, PersonVariantsShareAKey) {
  const std::string key = PersonKey("Almazbek Atambayev");
  EXPECT_EQ(key, "almasbek atambaev");
  for (const char* s : {"Almazbek Atambajev", "Алмазбек Атамбаев", "Almazbek Atambaïev",
                        "ALMAZBEK ATAMBAYEV", "Алмазбек Атамбаеву"}) {
    EXPECT_EQ(PersonKey(s), key) << s;
  }
  EXPECT_EQ(PersonKey("Sooronbay Jeenbekov"), PersonKey("Сооронбай Жээнбеков"));
  EXPECT_EQ(PersonKey("Kassym-Jomart Tokayev"), PersonKey("Kassym-Jomart Tokajew"));
  EXPECT_EQ(PersonKey("Kurmanbek Bakiyev"), PersonKey("Курманбек Бакиев"));
  EXPECT_NE(PersonKey("Mahinda Rajapaksa"), PersonKey("Gotabaya Rajapaksa"));
}

TEST_F(NameParserTest, PersonParts) {
  ParsedName p = parser_->Parse(NamedEntityKind::kPerson, "Алмазбек Атамбаева");
  EXPECT_EQ(p.surname, "atambaev");
  EXPECT_EQ(p.given, std::vector<std::string>{"almasbek"});
  p = parser_->Parse(NamedEntityKind::kPerson, "Atambayev");
  EXPECT_EQ(p.surname, "atambaev");
  EXPECT_TRUE(p.given.empty());
  p = parser_->Parse(NamedEntityKind::kPerson, "习近平");
  EXPECT_EQ(p.tokens.size(), 2u);
  EXPECT_EQ(p.key, PersonKey("Xi Jinping"));
  EXPECT_TRUE(parser_->Parse(NamedEntityKind::kPerson, "--").key.empty());
}

TEST_F(NameParserTest, OrganizationAcronyms) {
  ParsedName p = parser_->Parse(NamedEntityKind::kOrganization, "OSCE");
  EXPECT_TRUE(p.is_acronym);
  EXPECT_EQ(p.acronym, "osce");
  p = parser_->Parse(NamedEntityKind::kOrganization,
                     "Organization for Security and Co-operation in Europe");
  EXPECT_FALSE(p.is_acronym);
  EXPECT_EQ(p.acronym, "osce");
  p = parser_->Parse(NamedEntityKind::kOrganization, "ОДКБ");
  EXPECT_TRUE(p.is_acronym);
  EXPECT_EQ(p.acronym, parser_
                           ->Parse(NamedEntityKind::kOrganization,
                                   "Организация Договора о коллективной безопасности")
                           .acronym);
  p = parser_->Parse(NamedEntityKind::kOrganization, "AGİT");
  EXPECT_TRUE(p.is_acronym);
  EXPECT_EQ(p.key, "agit");
  p = parser_->Parse(NamedEntityKind::kOrganization, "Reuters");
  EXPECT_FALSE(p.is_acronym);
  EXPECT_EQ(p.acronym, "");
}

TEST_F(NameParserTest, ParsesStayValidAcrossLaterParses) {
  parser_->Reserve(2);
  const ParsedName& first = parser_->Parse(NamedEntityKind::kPerson, "Almazbek Atambayev");
  const ParsedName& org = parser_->Parse(NamedEntityKind::kOrganization, "Almazbek Atambayev");
  // Many more names: the cache grows (rehashes) under the references.
  for (int i = 0; i < 2000; ++i) {
    parser_->Parse(NamedEntityKind::kPerson, "Ivan Petrov" + std::to_string(i));
  }
  EXPECT_EQ(first.key, "almasbek atambaev");
  EXPECT_EQ(first.surname, "atambaev");
  EXPECT_TRUE(org.surname.empty());  // the kinds are cached apart
  EXPECT_EQ(org.key, "almasbek atambaev");
  // A hit returns the same entry.
  EXPECT_EQ(&parser_->Parse(NamedEntityKind::kPerson, "Almazbek Atambayev"), &first);
}

}  // namespace
}  // namespace newsloom::link
