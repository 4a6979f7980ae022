#include "extract/event_rules.h"

#include <gtest/gtest.h>

namespace newsloom {
namespace {

using C = TriggerCue;

class RulesTest : public ::testing::Test {
 protected:
  void Add(C cue, double score) {
    e_.cues[static_cast<int>(cue)] += score;
    if (IsEventCue(cue)) e_.lead_events += score;
  }
  EventDecision Decide() { return DecideEvent(e_); }
  EvidenceScores e_;
};

TEST_F(RulesTest, NothingWithoutEvidence) { EXPECT_EQ(Decide().type, ""); }

TEST_F(RulesTest, PeacefulProtest) {
  Add(C::kProtest, 3);
  Add(C::kProtester, 2);
  const EventDecision d = Decide();
  EXPECT_EQ(d.type, "Protests");
  EXPECT_EQ(d.subtype, "Peaceful protest");
  EXPECT_EQ(d.plover_event, "PROTEST");
  EXPECT_EQ(d.plover_mode, "demo");
  EXPECT_GT(d.confidence, 0.5);
  EXPECT_LE(d.confidence, 1.0);
}

TEST_F(RulesTest, StrikeAndHungerStrikeModes) {
  Add(C::kStrike, 5);
  Add(C::kProtest, 1);
  EXPECT_EQ(Decide().plover_mode, "strike");
  Add(C::kHunger, 3);
  EXPECT_EQ(Decide().plover_mode, "hunger");
}

TEST_F(RulesTest, TearGasOnPeacefulCrowdIsIntervention) {
  Add(C::kProtest, 5);
  Add(C::kTeargas, 2);
  e_.co.demo_force = 2;
  const EventDecision d = Decide();
  EXPECT_EQ(d.type, "Protests");
  EXPECT_EQ(d.subtype, "Protest with intervention");
}

TEST_F(RulesTest, ArrestFiguresAreIntervention) {
  Add(C::kProtest, 5);
  e_.co.arrested = 1;
  EXPECT_EQ(Decide().subtype, "Protest with intervention");
}

TEST_F(RulesTest, LethalForceOnPeacefulCrowdIsExcessiveForce) {
  Add(C::kProtest, 6);
  Add(C::kShoot, 3);
  Add(C::kKill, 3);
  e_.co.demo_lethal = 3;
  const EventDecision d = Decide();
  EXPECT_EQ(d.type, "Protests");
  EXPECT_EQ(d.subtype, "Excessive force against protesters");
  EXPECT_EQ(d.plover_event, "ASSAULT");
  EXPECT_EQ(d.plover_mode, "firearms");
}

TEST_F(RulesTest, DemonstratorViolenceIsRiotEvenWithPoliceForce) {
  Add(C::kProtest, 6);
  Add(C::kTeargas, 3);
  Add(C::kStorm, 3);
  Add(C::kArson, 2);
  e_.co.demo_violence = 2;
  const EventDecision d = Decide();
  EXPECT_EQ(d.type, "Riots");
  EXPECT_EQ(d.subtype, "Violent demonstration");
  EXPECT_EQ(d.plover_event, "PROTEST");
  EXPECT_EQ(d.plover_mode, "riot");
}

TEST_F(RulesTest, PoliceCasualtiesMakeARiot) {
  Add(C::kProtest, 6);
  e_.co.police_victims = 1.5;
  EXPECT_EQ(Decide().type, "Riots");
}

TEST_F(RulesTest, MobWithoutProtestIsMobViolence) {
  Add(C::kMob, 3);
  Add(C::kBeat, 1);
  const EventDecision d = Decide();
  EXPECT_EQ(d.type, "Riots");
  EXPECT_EQ(d.subtype, "Mob violence");
}

TEST_F(RulesTest, OtherFamilies) {
  {
    RulesTest::e_ = {};
    Add(C::kAirstrike, 4);
    Add(C::kKill, 2);
    EXPECT_EQ(Decide().type, "Explosions/Remote violence");
    EXPECT_EQ(Decide().subtype, "Air/drone strike");
    EXPECT_EQ(Decide().plover_mode, "aerial");
  }
  {
    e_ = {};
    Add(C::kShelling, 4);
    EXPECT_EQ(Decide().subtype, "Shelling/artillery/missile attack");
  }
  {
    e_ = {};
    Add(C::kBattle, 4);
    Add(C::kArmedGroup, 2);
    EXPECT_EQ(Decide().type, "Battles");
    EXPECT_EQ(Decide().subtype, "Armed clash");
    Add(C::kCapture, 3);
    EXPECT_EQ(Decide().subtype, "Non-state actor overtakes territory");
    Add(C::kRetake, 4);
    EXPECT_EQ(Decide().subtype, "Government regains territory");
  }
  {
    e_ = {};
    Add(C::kAbduct, 4);
    EXPECT_EQ(Decide().type, "Violence against civilians");
    EXPECT_EQ(Decide().subtype, "Abduction/forced disappearance");
  }
  {
    e_ = {};
    Add(C::kSexual, 3);
    EXPECT_EQ(Decide().subtype, "Sexual violence");
  }
}

TEST_F(RulesTest, StrategicDevelopmentsOnlyWithoutViolence) {
  Add(C::kArrest, 4);
  EXPECT_EQ(Decide().type, "Strategic developments");
  EXPECT_EQ(Decide().subtype, "Arrests");
  EXPECT_EQ(Decide().plover_mode, "arrest");
  e_ = {};
  Add(C::kAgreement, 4);
  EXPECT_EQ(Decide().subtype, "Agreement");
  EXPECT_EQ(Decide().plover_event, "AGREE");
  e_ = {};
  Add(C::kCurfew, 4);
  EXPECT_EQ(Decide().subtype, "Other");
  EXPECT_EQ(Decide().plover_mode, "curfew");
}

TEST_F(RulesTest, ViolenceWithoutProtestWordsIsNoDemonstration) {
  Add(C::kArson, 3);  // a house fire
  EXPECT_EQ(Decide().type, "");
  Add(C::kLoot, 3);  // shops looted, no protest or riot words
  EXPECT_EQ(Decide().type, "Strategic developments");
  EXPECT_EQ(Decide().subtype, "Looting/property destruction");
  Add(C::kRiot, 2);  // "rioters looted shops": riot words make it a riot
  EXPECT_EQ(Decide().type, "Riots");
}

TEST_F(RulesTest, ForceDominatingWeakViolenceStaysAProtest) {
  Add(C::kProtest, 8);
  Add(C::kTeargas, 4);
  Add(C::kWaterCannon, 3);
  Add(C::kClash, 2);  // "clashes" while a sit-in is cleared
  e_.co.demo_force = 4;
  EXPECT_EQ(Decide().subtype, "Protest with intervention");
  Add(C::kRiot, 2);  // the text calls it a riot
  EXPECT_EQ(Decide().type, "Riots");
}

TEST_F(RulesTest, CalmLeadGivesNothing) {
  e_.lead_nonevents = 3;
  e_.cues[static_cast<int>(C::kNonEvent)] = 6;
  e_.cues[static_cast<int>(C::kProtest)] = 3;  // a protest mentioned later in the text
  EXPECT_EQ(Decide().type, "");
}

}  // namespace
}  // namespace newsloom
