// EntityTable's indexed candidate lookups against brute-force scans of every entity.
#include "link/entity_table.h"

#include <algorithm>
#include <random>

#include "core/hash.h"
#include "gtest/gtest.h"

namespace newsloom::link {
namespace {

bool Better(const Entity& a, int score_a, const Entity& b, int score_b) {
  if (score_a != score_b) return score_a > score_b;
  if (a.mention_count != b.mention_count) return a.mention_count > b.mention_count;
  return a.id < b.id;
}

std::optional<size_t> BruteMatchFullName(const EntityTable& table, const ParsedName& p) {
  std::optional<size_t> best;
  int best_score = 0;
  for (size_t i = 0; i < table.size(); ++i) {
    const int score = FullNameScore(table.at(i), p);
    if (score == 0) continue;
    if (!best || Better(table.at(i), score, table.at(*best), best_score)) {
      best = i;
      best_score = score;
    }
  }
  return best;
}

std::optional<size_t> BruteMostMentionedWithSurname(const EntityTable& table,
                                                    const std::string& surname) {
  std::optional<size_t> best;
  for (size_t i = 0; i < table.size(); ++i) {
    const Entity& e = table.at(i);
    if (e.kind != NamedEntityKind::kPerson || e.given.empty() || e.surname != surname) continue;
    if (!best || Better(e, 0, table.at(*best), 0)) best = i;
  }
  return best;
}

bool HasKey(const Entity& e, const std::string& key) {
  return std::find(e.sound_keys.begin(), e.sound_keys.end(), key) != e.sound_keys.end();
}

uint8_t Bit(Writing w) { return static_cast<uint8_t>(1u << static_cast<unsigned>(w)); }

// MatchAcrossWritings as its header states it, over every entity.
std::optional<size_t> BruteMatchAcrossWritings(const EntityTable& table, const ParsedName& p) {
  const std::string han_full = p.han_full_key.empty() ? "" : "h:" + p.han_full_key;
  std::vector<std::pair<std::string, uint8_t>> wanted;  // sound key, writing wanted
  const uint8_t alphabet = Bit(Writing::kAlphabet);
  if (p.writing == Writing::kAbjad && !p.abjad_key.empty()) {
    wanted.push_back({"a:" + p.abjad_key, alphabet});
  } else if (p.writing == Writing::kHan && !p.han_key.empty()) {
    wanted.push_back({p.han_full_key.empty() ? "h:" + p.han_key : han_full, alphabet});
  } else if (p.writing == Writing::kAlphabet && !p.given.empty()) {
    if (!p.abjad_key.empty()) wanted.push_back({"a:" + p.abjad_key, Bit(Writing::kAbjad)});
    if (!han_full.empty()) wanted.push_back({han_full, Bit(Writing::kHan)});
    if (!p.han_key.empty()) wanted.push_back({"h:" + p.han_key, Bit(Writing::kHan)});
  }
  std::optional<size_t> best;
  for (size_t i = 0; i < table.size(); ++i) {
    const Entity& e = table.at(i);
    if (p.writing == Writing::kAlphabet && (e.writings & alphabet) != 0) continue;
    for (const auto& [key, want] : wanted) {
      if ((e.writings & want) == 0 || !HasKey(e, key)) continue;
      if (!best || Better(e, 0, table.at(*best), 0)) best = i;
    }
  }
  return best;
}

class EntityTableTest : public testing::Test {
 protected:
  void SetUp() override {
    auto parser = NameParser::Create();
    ASSERT_TRUE(parser.ok()) << parser.status();
    parser_ = std::move(*parser);
  }
  std::unique_ptr<NameParser> parser_;
};

TEST_F(EntityTableTest, IndexAgreesWithBruteForce) {
  // Names built from a few given names and surnames in two scripts, so that many share a
  // surname, a given name, an initial or a spelling variant.
  const std::vector<std::string> given = {"Almazbek",  "Алмазбек",  "Mahinda",   "Gotabaya", "G.",
                                          "Kurmanbek", "Курманбек", "Sooronbay", "Maxim",    "M."};
  const std::vector<std::string> surnames = {"Atambayev", "Атамбаева", "Rajapaksa",
                                             "Bakiyev",   "Бакиев",    "Jeenbekov",
                                             "Petrov",    "Петрова",   "Rajapakse"};
  std::mt19937 rng(7);
  EntityTable table(8);
  std::vector<ParsedName> names;
  for (int i = 0; i < 300; ++i) {
    std::string name = given[rng() % given.size()] + " " + surnames[rng() % surnames.size()];
    if (rng() % 5 == 0) name = surnames[rng() % surnames.size()] + " " + given[rng() % 3];
    names.push_back(parser_->Parse(NamedEntityKind::kPerson, name));
  }
  for (size_t i = 0; i < names.size(); ++i) {
    const ParsedName& p = names[i];
    const std::optional<size_t> indexed = table.MatchFullName(p);
    EXPECT_EQ(indexed, BruteMatchFullName(table, p)) << p.key;
    EXPECT_EQ(table.MostMentionedWithSurname(p.surname),
              BruteMostMentionedWithSurname(table, p.surname))
        << p.surname;
    // Grow the table: every third name creates an entity even when it matched, to give the
    // index ties and near-duplicates; counts vary so that the mention order matters.
    size_t target = indexed && i % 3 != 0 ? *indexed : table.Create(NamedEntityKind::kPerson, p);
    if (i % 7 == 0) {
      // A surname-only person that later adopts a full name (indexed then, by GiveFullName).
      const ParsedName& bare = parser_->Parse(NamedEntityKind::kPerson, surnames[i % 9]);
      const size_t adopted = table.Create(NamedEntityKind::kPerson, bare);
      if (i % 2 == 0) {
        ParsedName full = bare;
        full.given = {"almasbek"};
        full.tokens.insert(full.tokens.begin(), "almasbek");
        table.GiveFullName(adopted, full);
      }
    }
    StoredEntityLink link;
    link.entity_id = table.at(target).id;
    link.mentions = static_cast<int64_t>(rng() % 4);
    table.Apply(link, +1);
  }
  EXPECT_GT(table.size(), 50u);
}

TEST_F(EntityTableTest, CrossWritingIndexAgreesWithBruteForce) {
  // The same persons in Latin, Cyrillic, Arabic and Chinese spellings, full and bare, so that
  // names meet across writings, entities change key (NoteName's re-key) and siblings share a
  // surname.
  const std::vector<std::string> names = {"Hosni Mubarak",
                                          "حسني مبارك",
                                          "Gamal Mubarak",
                                          "جمال مبارك",
                                          "Mubarak",
                                          "Hassan Rouhani",
                                          "حسن روحاني",
                                          "Хасан Рухани",
                                          "Mohamed ElBaradei",
                                          "محمد البرادعي",
                                          "Kassym-Jomart Tokayev",
                                          "托卡耶夫",
                                          "卡西姆-若马尔特·托卡耶夫",
                                          "Nursultan Nazarbayev",
                                          "纳扎尔巴耶夫",
                                          "Gotabaya Rajapaksa",
                                          "Mahinda Rajapaksa",
                                          "戈塔巴雅·拉贾帕克萨",
                                          "马欣达·拉贾帕克萨",
                                          "拉贾帕克萨",
                                          "Nikol Pashinyan",
                                          "帕希尼扬",
                                          "王毅",
                                          "Wang Yi"};
  std::mt19937 rng(11);
  EntityTable table(8);
  for (int i = 0; i < 400; ++i) {
    const ParsedName& p = parser_->Parse(NamedEntityKind::kPerson, names[rng() % names.size()]);
    const std::optional<size_t> across = table.MatchAcrossWritings(p);
    EXPECT_EQ(across, BruteMatchAcrossWritings(table, p)) << p.key;
    if (!p.given.empty()) {
      EXPECT_EQ(table.MatchFullName(p), BruteMatchFullName(table, p)) << p.key;
    }
    EXPECT_EQ(table.MostMentionedWithSurname(p.surname),
              BruteMostMentionedWithSurname(table, p.surname))
        << p.surname;
    std::optional<size_t> target = p.given.empty() ? std::nullopt : table.MatchFullName(p);
    if (!target) target = across;
    if (!target || rng() % 6 == 0) target = table.Create(NamedEntityKind::kPerson, p);
    table.NoteName(*target, p);
    StoredEntityLink link;
    link.entity_id = table.at(*target).id;
    link.mentions = static_cast<int64_t>(rng() % 4);
    table.Apply(link, +1);
  }
  EXPECT_GT(table.size(), 30u);
}

TEST_F(EntityTableTest, IdsFollowTheKeyAndSurviveCollisions) {
  EntityTable table(8);
  const ParsedName p = parser_->Parse(NamedEntityKind::kPerson, "Almazbek Atambayev");
  const size_t a = table.Create(NamedEntityKind::kPerson, p);
  EXPECT_EQ(table.at(a).id, "p:" + HexHash64(Hash64("almasbek atambaev")));
  const size_t b = table.Create(NamedEntityKind::kPerson, p);  // same key again
  EXPECT_NE(table.at(b).id, table.at(a).id);
  EXPECT_EQ(table.at(b).id, "p:" + HexHash64(Hash64("almasbek atambaev", 1)));
  EXPECT_EQ(table.FindKey(NamedEntityKind::kPerson, p.key), a);
  EXPECT_EQ(table.TakeDirty(), (std::vector<size_t>{a, b}));
  EXPECT_TRUE(table.TakeDirty().empty());
}

TEST_F(EntityTableTest, RenamedWhenTheDisplayNameChangesNotWhenFirstGiven) {
  EntityTable table(8);
  const ParsedName& p = parser_->Parse(NamedEntityKind::kPerson, "Kassym-Jomart Tokayev");
  const size_t i = table.Create(NamedEntityKind::kPerson, p);
  auto link = [&](const std::string& name) {
    StoredEntityLink l;
    l.entity_id = table.at(i).id;
    l.mentions = 1;
    l.name = name;
    l.variants = {{name, 1}};
    table.Apply(l, +1);
  };
  link("Kassym-Schomart Tokajew");
  EXPECT_TRUE(table.TakeRenamed().empty());  // the first name is no renaming
  link("Kassym-Jomart Tokayev");             // a tie keeps the earlier spelling
  EXPECT_TRUE(table.TakeRenamed().empty());
  link("Kassym-Jomart Tokayev");
  EXPECT_EQ(table.at(i).display_name, "Kassym-Jomart Tokayev");
  EXPECT_EQ(table.TakeRenamed(), (std::vector<size_t>{i}));
  EXPECT_TRUE(table.TakeRenamed().empty());
}

TEST_F(EntityTableTest, StoredRoundTrip) {
  EntityTable table(8);
  const size_t i = table.Create(
      NamedEntityKind::kOrganization,
      parser_->Parse(NamedEntityKind::kOrganization, "Collective Security Treaty Organization"));
  StoredEntityLink link;
  link.entity_id = table.at(i).id;
  link.mentions = 2;
  link.name = "Collective Security Treaty Organization";
  link.variants = {{"Collective Security Treaty Organization", 2}};
  link.published = "2022-01-06";
  table.Apply(link, +1);
  const StoredEntity stored = table.ToStored(table.at(i));
  EXPECT_EQ(stored.display_name, "Collective Security Treaty Organization");
  EntityTable loaded(8);
  loaded.Insert(stored, {parser_->Parse(NamedEntityKind::kOrganization, stored.display_name)});
  EXPECT_EQ(loaded.ToStored(loaded.at(0)), stored);
  EXPECT_EQ(loaded.MostMentionedWithAcronym("csto"), 0u);
  EXPECT_TRUE(loaded.TakeDirty().empty());
}

}  // namespace
}  // namespace newsloom::link
