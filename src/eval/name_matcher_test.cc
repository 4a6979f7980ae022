#include "eval/name_matcher.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

TEST(FoldVariantsTest, FoldsTransliterationVariants) {
  EXPECT_EQ(FoldVariants("atambajev"), "atambaev");
  EXPECT_EQ(FoldVariants("atambayev"), "atambaev");
  EXPECT_EQ(FoldVariants("atambaev"), "atambaev");
  EXPECT_EQ(FoldVariants("jeenbekov"), "enbekov");
  EXPECT_EQ(FoldVariants("zheenbekov"), "enbekov");
  EXPECT_EQ(FoldVariants("tokajew"), "tokaev");
  EXPECT_EQ(FoldVariants("bakiev"), "bakev");
  EXPECT_EQ(FoldVariants("bakiyev"), "bakev");
  EXPECT_EQ(FoldVariants("mikhail"), "mihail");
  EXPECT_EQ(FoldVariants("aleksandr"), FoldVariants("alexandr"));
  EXPECT_EQ(FoldVariants("yuriy"), FoldVariants("yuri"));
  EXPECT_EQ(FoldVariants("kassym"), "kasym");
  // German "dsch" and final "w": "Dschaparow" = "Japarov" = "Zhaparov".
  EXPECT_EQ(FoldVariants("dschaparow"), FoldVariants("japarov"));
  EXPECT_EQ(FoldVariants("dschaparow"), FoldVariants("zhaparov"));
  EXPECT_NE(FoldVariants("dschaparow"), FoldVariants("shaparov"));
  // German z = s, intervocalic i as a glide, y before a consonant, gh = g.
  EXPECT_EQ(FoldVariants("nasarbajew"), FoldVariants("nazarbayev"));
  EXPECT_EQ(FoldVariants("baialinova"), FoldVariants("bayalinova"));
  EXPECT_EQ(FoldVariants("hoseyn"), FoldVariants("hosein"));
  EXPECT_EQ(FoldVariants("gholam"), FoldVariants("golam"));
  EXPECT_EQ(FoldVariants(""), "");
}

TEST(JaroWinklerTest, KnownValues) {
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "abc"), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", ""), 0.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "xyz"), 0.0);
  // Textbook examples (Winkler 1990).
  EXPECT_NEAR(JaroWinkler("martha", "marhta"), 0.9611, 1e-4);
  EXPECT_NEAR(JaroWinkler("dwayne", "duane"), 0.8400, 1e-4);
  EXPECT_NEAR(JaroWinkler("dixon", "dicksonx"), 0.8133, 1e-4);
}

TEST(GreedyMatchTest, TakesBestPairsOneToOne) {
  // Best cell (0,1)=0.9 first; then row 1 can only take col 0 (0.5); row 2 has nothing left.
  const std::vector<std::vector<double>> scores = {{0.8, 0.9}, {0.5, 0.85}, {0.0, 0.7}};
  const auto pairs = GreedyMatch(scores);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0], std::make_pair(size_t{0}, size_t{1}));
  EXPECT_EQ(pairs[1], std::make_pair(size_t{1}, size_t{0}));
  EXPECT_TRUE(GreedyMatch({}).empty());
  EXPECT_TRUE(GreedyMatch({{0.0, 0.0}}).empty());
}

class NameMatcherTest : public ::testing::Test {
 protected:
  NameMatcher m_;
};

TEST_F(NameMatcherTest, TransliteratesOtherScripts) {
  ASSERT_TRUE(m_.transliteration_ok());
  EXPECT_EQ(m_.FoldedKey("Атамбаев"), "atambaev");
  EXPECT_EQ(m_.FoldedKey("Сооронбай Жээнбеков"), "soronbai enbekov");
  EXPECT_EQ(m_.FoldedKey("Қасым-Жомарт Тоқаев"), "kasym omart tokaev");
  EXPECT_EQ(m_.FoldedKey("O'Neill"), "oneil");
  EXPECT_EQ(m_.FoldedKey("  ...  "), "");
}

TEST_F(NameMatcherTest, SpellingVariantsAndScriptsMatch) {
  const std::vector<std::vector<std::string>> groups = {
      {"Atambajev", "Atambayev", "Атамбаев", "Atambaev"},
      {"Jeenbekov", "Zheenbekov", "Жээнбеков", "Žeenbekov"},
      {"Tokajev", "Tokayev", "Tokajew", "Токаев"},
      {"Bakiev", "Bakiyev", "Бакиев"},
      {"Mikhail Klimentyev", "Михаил Климентьев", "Michail Klimentjev"},
      {"Dschaparow", "Japarov", "Zhaparov", "Жапаров"},
      {"Josep Borrell", "Жозеп Боррель"},
      {"Roza Otunbayeva", "Rosa Otounbaïeva"},
  };
  for (const auto& group : groups) {
    for (const auto& a : group) {
      for (const auto& b : group) {
        EXPECT_GT(m_.PersonScore(a, b), 0) << a << " vs " << b;
      }
    }
  }
}

TEST_F(NameMatcherTest, SurnameOnlyMatchesFullName) {
  EXPECT_GT(m_.PersonScore("Jeenbekov", "Sooronbay Jeenbekov"), 0);
  EXPECT_GT(m_.PersonScore("Жээнбеков", "Sooronbay Jeenbekov"), 0);
  EXPECT_EQ(m_.PersonScore("Sooronbay Jeenbekov", "Tokayev"), 0);
  // A full match scores above a surname-only match.
  EXPECT_GT(m_.PersonScore("Sooronbay Jeenbekov", "Sooronbay Jeenbekov"),
            m_.PersonScore("Jeenbekov", "Sooronbay Jeenbekov"));
}

TEST_F(NameMatcherTest, ConflictingGivenNamesDoNotMatch) {
  EXPECT_EQ(m_.PersonScore("Gotabaya Rajapaksa", "Mahinda Rajapaksa"), 0);
  EXPECT_EQ(m_.PersonScore("Vladimir Putin", "Vladimir Voronin"), 0);
  EXPECT_EQ(m_.PersonScore("Putin", "Pirogov"), 0);
  EXPECT_GT(m_.PersonScore("G. Rajapaksa", "Gotabaya Rajapaksa"), 0);
  EXPECT_EQ(m_.PersonScore("M. Rajapaksa", "Gotabaya Rajapaksa"), 0);
  EXPECT_EQ(m_.PersonScore("", "Gotabaya Rajapaksa"), 0);
}

TEST_F(NameMatcherTest, GivenNameVariantsAndOrder) {
  EXPECT_GT(m_.PersonScore("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"), 0);
  EXPECT_GT(m_.PersonScore("Kassymjomart Tokayev", "Kassym-Jomart Tokayev"), 0);
  // Surname first, with a patronymic.
  EXPECT_GT(m_.PersonScore("Атамбаев Алмазбек Шаршенович", "Almazbek Atambayev"), 0);
  // A given name alone is not a surname match.
  EXPECT_EQ(m_.PersonScore("Almazbek", "Almazbek Atambayev"), 0);
}

TEST_F(NameMatcherTest, OneToOneMatchingPrefersFullNames) {
  // Run lists the surname alone and Gotabaya in full; gold lists both brothers. Greedy takes
  // Gotabaya = Gotabaya (1.0) first, leaving the bare surname for Mahinda.
  const std::vector<std::string> run = {"Rajapaksa", "Gotabaya Rajapaksa"};
  const std::vector<std::string> gold = {"Gotabaya Rajapaksa", "Mahinda Rajapaksa"};
  std::vector<std::vector<double>> scores(2, std::vector<double>(2));
  for (size_t i = 0; i < 2; ++i) {
    for (size_t j = 0; j < 2; ++j) scores[i][j] = m_.PersonScore(run[i], gold[j]);
  }
  const auto pairs = GreedyMatch(scores);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0], std::make_pair(size_t{1}, size_t{0}));
  EXPECT_EQ(pairs[1], std::make_pair(size_t{0}, size_t{1}));
}

TEST_F(NameMatcherTest, PlaceNames) {
  EXPECT_GT(m_.PlaceScore("Bishkek", "Бишкек"), 0);
  EXPECT_GT(m_.PlaceScore("Bisjkek", "Bishkek"), 0);
  EXPECT_GT(m_.PlaceScore("Almaty", "Алматы"), 0);
  EXPECT_GT(m_.PlaceScore("Nur-Sultan", "Nursultan"), 0);
  EXPECT_EQ(m_.PlaceScore("Bishkek", "Osh"), 0);
  EXPECT_EQ(m_.PlaceScore("Almaty", "Astana"), 0);
  EXPECT_EQ(m_.PlaceScore("", "Astana"), 0);
}

TEST_F(NameMatcherTest, JoinedWordsAndCompoundSurnames) {
  EXPECT_GT(m_.PersonScore("Adil Abdulmehdi", "Adil Abdul-Mahdi"), 0);
  EXPECT_GT(m_.PersonScore("Javier Ortega", "Javier Ortega del Valle"), 0);
  EXPECT_LT(m_.PersonScore("Javier Ortega", "Javier Ortega del Valle"), 1.0);
  EXPECT_EQ(m_.PersonScore("Javier Ortega", "Maria Ortega del Valle"), 0);
  EXPECT_EQ(m_.PersonScore("Mahinda Rajapaksa", "Gotabaya Rajapaksa"), 0);
  EXPECT_EQ(m_.PersonScore("Nursultan Nazarbayev", "Dariga Nazarbayeva"), 0);
}

}  // namespace
}  // namespace newsloom::eval
