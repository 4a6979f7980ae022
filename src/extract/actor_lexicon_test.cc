#include "extract/actor_lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/analyzer.h"

namespace newsloom {

extern const std::string_view kActorsTsv;

namespace {

using ::testing::ElementsAre;

AnalyzedDocument Analyze(std::string_view text, std::string_view lang) {
  static const Analyzer* analyzer = Analyzer::Create().value().release();
  AnalyzedDocument doc = analyzer->Analyze(text, lang).value();
  doc.lang = std::string(lang);
  return doc;
}

// "role:surface" per mention.
std::vector<std::string> Roles(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const ActorMention& m : ActorFinder::Default().Find(Analyze(text, lang))) {
    out.push_back(m.role + ":" + m.span.surface);
  }
  return out;
}

TEST(ActorFinderTest, EmbeddedFileParses) {
  auto f = ActorFinder::FromTsv(kActorsTsv, "actors.tsv");
  ASSERT_TRUE(f.ok()) << f.status();
}

TEST(ActorFinderTest, ErrorsNameFileAndLine) {
  auto bad = ActorFinder::FromTsv("en\tpolice\tpolice\nen\tdogs\tanimals\n", "a.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("a.tsv:2: unknown role"), std::string::npos);
  EXPECT_FALSE(ActorFinder::FromTsv("en\tpolice\n", "a.tsv").ok());
}

TEST(ActorFinderTest, RolesInSeveralLanguages) {
  EXPECT_THAT(Roles("Riot police clashed with protesters near the palace.", "en"),
              ElementsAre("police:Riot police", "protesters:protesters"));
  EXPECT_THAT(Roles("Militairen en betogers stonden tegenover elkaar.", "nl"),
              ElementsAre("military:Militairen", "protesters:betogers"));
  EXPECT_THAT(Roles("Die Sicherheitskräfte nahmen Journalisten fest.", "de"),
              ElementsAre("security forces:Sicherheitskräfte", "journalists:Journalisten"));
  EXPECT_THAT(Roles("Les forces de l'ordre ont dispersé les manifestants.", "fr"),
              ElementsAre("police:forces de l'ordre", "protesters:manifestants"));
  EXPECT_THAT(Roles("Полицейские задержали протестующих.", "ru"),
              ElementsAre("police:Полицейские", "protesters:протестующих"));
  EXPECT_THAT(Roles("Policjanci zatrzymali demonstrantów.", "pl"),
              ElementsAre("police:Policjanci", "protesters:demonstrantów"));
  EXPECT_THAT(Roles("Polis göstericilere müdahale etti.", "tr"),
              ElementsAre("police:Polis", "protesters:göstericilere"));
  EXPECT_THAT(Roles("اشتبكت قوات الأمن مع المتظاهرين", "ar"),
              ElementsAre("security forces:قوات الأمن", "protesters:المتظاهرين"));
  EXPECT_THAT(Roles("警察与抗议者发生冲突。", "zh"),
              ElementsAre("police:警察", "protesters:抗议者"));
}

TEST(ActorFinderTest, FigureActorNames) {
  EXPECT_EQ(FigureActorOf("military"), "troops");
  EXPECT_EQ(FigureActorOf("foreign troops"), "troops");
  EXPECT_EQ(FigureActorOf("government"), "people");
  EXPECT_EQ(FigureActorOf("police"), "police");
}

}  // namespace
}  // namespace newsloom
