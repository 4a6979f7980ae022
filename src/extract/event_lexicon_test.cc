#include "extract/event_lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "extract/event_trigger_matcher.h"
#include "text/analyzer.h"

namespace newsloom {

extern const std::string_view kEventTriggersTsv;

namespace {

TEST(EventLexiconTest, EmbeddedFileParsesAndCoversLanguages) {
  auto lex = EventLexicon::Parse(kEventTriggersTsv, "event_triggers.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  for (const char* lang :
       {"en", "nl", "nb", "da", "sv", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar", "zh"}) {
    EXPECT_TRUE((*lex)->HasLanguage(lang)) << lang;
    std::set<TriggerCue> cues;
    for (const TriggerEntry* e : (*lex)->EntriesOf(lang)) cues.insert(e->cue);
    // The cues every language needs to tell protests, riots and force apart.
    for (TriggerCue c :
         {TriggerCue::kProtest, TriggerCue::kProtester, TriggerCue::kRiot, TriggerCue::kClash,
          TriggerCue::kStorm, TriggerCue::kArson, TriggerCue::kLoot, TriggerCue::kTeargas,
          TriggerCue::kShoot, TriggerCue::kKill, TriggerCue::kPolice, TriggerCue::kCurfew,
          TriggerCue::kEmergency, TriggerCue::kArrest, TriggerCue::kBomb, TriggerCue::kAirstrike,
          TriggerCue::kShelling, TriggerCue::kBattle, TriggerCue::kNonEvent}) {
      EXPECT_TRUE(cues.count(c)) << lang << " lacks cue " << TriggerCueName(c);
    }
  }
  EXPECT_FALSE((*lex)->HasLanguage("und"));
}

TEST(EventLexiconTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* tsv;
    const char* message;
  };
  for (const Case& c : {Case{"# c\nen\triot\tword\triot\n", "x.tsv:2: expected 5"},
                        Case{"en\triot\tstem\triot\t1\n", "x.tsv:1: unknown match"},
                        Case{"en\triot\tword\tuprising\t1\n", "x.tsv:1: unknown cue"},
                        Case{"en\triot\tword\triot\t0\n", "x.tsv:1: weight"},
                        Case{"en\triot\tword\triot\tx\n", "x.tsv:1: weight"},
                        Case{"en\tmob\tprefix\tmob\t1\n", "x.tsv:1: prefix"},
                        Case{"en\tset  fire\tword\tarson\t1\n", "x.tsv:1: empty word"},
                        Case{"en\t* fire\tword\tarson\t1\n", "x.tsv:1: a phrase"}}) {
    auto lex = EventLexicon::Parse(c.tsv, "x.tsv");
    ASSERT_FALSE(lex.ok()) << c.tsv;
    EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(std::string(lex.status().message()).find(c.message), std::string::npos)
        << lex.status();
  }
}

class MatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok());
    analyzer_ = a->release();
  }
  // The cue names found in `text`, in order, as "cue:surface".
  std::vector<std::string> Find(const EventLexicon& lex, const std::string& text,
                                const char* lang) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok());
    doc->lang = lang;
    std::vector<std::string> out;
    for (const TriggerHit& h : FindTriggers(*doc, lex)) {
      out.push_back(std::string(TriggerCueName(h.cue)) + ":" +
                    doc->text.substr(h.begin, h.end - h.begin));
    }
    return out;
  }
  static Analyzer* analyzer_;
};
Analyzer* MatcherTest::analyzer_ = nullptr;

using ::testing::ElementsAre;

TEST_F(MatcherTest, WordStemPrefixSubAndPhrases) {
  auto lex = EventLexicon::Parse(
      "en\tprotest\tword\tprotest\t1\n"
      "en\triot police\tword\tpolice\t1\n"
      "en\triot\tword\triot\t1\n"
      "en\tset * fire\tword\tarson\t1\n"
      "de\tdemonstrant\tprefix\tprotester\t1\n"
      "de\tkrawall\tsub\triot\t1\n"
      "de\tausgangssperre\tprefix\tcurfew\t1\n"
      "ar\tمتظاهر\tprefix\tprotester\t1\n"
      "zh\t抗议\tsub\tprotest\t1\n"
      "zh\t炸弹\tsub\tbomb\t1\n"
      "zh\t路边炸弹\tsub\tlandmine\t1\n",
      "t.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_THAT(Find(**lex, "Rioters set the hall on fire as riot police watched protests.", "en"),
              ElementsAre("arson:set the hall on fire", "police:riot police", "protest:protests"));
  EXPECT_THAT(
      Find(**lex, "Die Demonstranten lieferten sich Corona-Krawalle trotz Ausgangssperre.", "de"),
      ElementsAre("protester:Demonstranten", "riot:Krawalle", "curfew:Ausgangssperre"));
  EXPECT_THAT(Find(**lex, "واعتقلت الشرطة عشرات المتظاهرين والمتظاهرات", "ar"),
              ElementsAre("protester:المتظاهرين", "protester:والمتظاهرات"));
  EXPECT_THAT(Find(**lex, "数千名抗议者聚集在广场。", "zh"), ElementsAre("protest:抗议"));
  EXPECT_THAT(Find(**lex, "一枚路边炸弹爆炸。", "zh"), ElementsAre("landmine:路边炸弹"));
}

}  // namespace
}  // namespace newsloom
