#include "extract/event_rules.h"

#include <algorithm>
#include <initializer_list>

namespace newsloom {
namespace {

using C = TriggerCue;

double Get(const EvidenceScores& e, C c) { return e.cues[static_cast<int>(c)]; }

double SumOf(const EvidenceScores& e, std::initializer_list<C> cues) {
  double sum = 0;
  for (C c : cues) sum += Get(e, c);
  return sum;
}

uint64_t Bits(std::initializer_list<C> cues) {
  uint64_t b = 0;
  for (C c : cues) b |= uint64_t{1} << static_cast<int>(c);
  return b;
}

constexpr std::initializer_list<C> kDemoCues = {C::kProtest, C::kProtester, C::kStrike, C::kHunger,
                                                C::kOccupy};
constexpr std::initializer_list<C> kRiotCues = {C::kRiot,  C::kViolent,   C::kStorm,
                                                C::kArson, C::kLoot,      C::kVandal,
                                                C::kThrow, C::kBarricade, C::kClash};
constexpr std::initializer_list<C> kForceCues = {C::kTeargas, C::kRubberBullet, C::kWaterCannon,
                                                 C::kDisperse, C::kBeat};
constexpr std::initializer_list<C> kBattleCues = {C::kBattle, C::kArmedGroup, C::kCapture,
                                                  C::kRetake};
constexpr std::initializer_list<C> kRemoteCues = {
    C::kBomb, C::kAirstrike, C::kShelling, C::kSuicide, C::kGrenade, C::kLandmine, C::kChemical};
constexpr std::initializer_list<C> kCivilianCues = {C::kAbduct, C::kSexual, C::kMassacre};
constexpr std::initializer_list<C> kStrategicCues = {C::kCurfew, C::kEmergency, C::kArrest,
                                                     C::kAgreement};

double Confidence(double winner, double total) {
  if (winner <= 0) return 0;
  const double share = winner / std::max(total, winner);  // how clearly this family won
  const double amount = std::min(1.0, winner / 12.0);     // how much evidence there is
  return std::clamp(0.25 + 0.45 * share + 0.3 * amount, 0.0, 1.0);
}

EventDecision Make(const char* type, const char* subtype, const char* plover, const char* mode,
                   uint64_t bits) {
  EventDecision d;
  d.type = type;
  d.subtype = subtype;
  d.plover_event = plover;
  d.plover_mode = mode;
  d.deciding_cues = bits;
  return d;
}

// PLOVER mode of a (non-violent) protest: the dominant form of it.
const char* ProtestMode(const EvidenceScores& e) {
  const double demo = SumOf(e, {C::kProtest, C::kProtester});
  if (Get(e, C::kHunger) > 0 && Get(e, C::kHunger) >= 0.5 * demo) return "hunger";
  if (Get(e, C::kStrike) > demo) return "strike";
  if (Get(e, C::kOccupy) > demo) return "occupy";
  return "demo";
}

// Demonstrator violence: riot words ("riot", "unrest", Krawalle, беспорядки) count
// riot_word_weight times, acts of violence (storming, arson, looting, stones, barricades) once,
// clashes half (police and demonstrators clash in peaceful protests that are dispersed too),
// police casualties among the figures three times.
double DemonstratorViolence(const EvidenceScores& e, const EventRuleOptions& o) {
  return o.riot_word_weight * Get(e, C::kRiot) +
         SumOf(e, {C::kViolent, C::kStorm, C::kArson, C::kLoot, C::kVandal, C::kThrow,
                   C::kBarricade}) +
         0.5 * Get(e, C::kClash) + 3.0 * e.co.police_victims;
}

EventDecision Demonstration(const EvidenceScores& e, const EventRuleOptions& o) {
  const double demo = SumOf(e, kDemoCues);
  const double violence = DemonstratorViolence(e, o);
  const double force = SumOf(e, kForceCues) + e.co.demo_force;
  const double mob = Get(e, C::kMob);
  const uint64_t demo_bits = Bits(kDemoCues);
  if (mob > 0 && mob >= demo && mob >= 0.5 * violence) {
    return Make("Riots", "Mob violence", "ASSAULT", "beat", Bits({C::kMob}) | Bits(kRiotCues));
  }
  if (violence >= o.riot_min_score && violence >= o.riot_force_ratio * force &&
      violence >= o.riot_demo_ratio * demo) {
    return Make("Riots", "Violent demonstration", "PROTEST", "riot", Bits(kRiotCues) | demo_bits);
  }
  const double lethal = 2.0 * e.co.demo_lethal + 2.0 * e.co.demo_victims;
  if (lethal >= o.min_lethal_score) {
    const char* mode = Get(e, C::kShoot) > 0 ? "firearms" : "beat";
    return Make("Protests", "Excessive force against protesters", "ASSAULT", mode,
                demo_bits | Bits({C::kShoot, C::kKill}));
  }
  if (force + 0.5 * Get(e, C::kArrest) + e.co.arrested >= 1.0) {
    return Make("Protests", "Protest with intervention", "PROTEST", ProtestMode(e),
                demo_bits | Bits(kForceCues) | Bits({C::kArrest}));
  }
  return Make("Protests", "Peaceful protest", "PROTEST", ProtestMode(e), demo_bits);
}

EventDecision RemoteViolence(const EvidenceScores& e) {
  struct Sub {
    C cue;
    const char* subtype;
    const char* plover;
    const char* mode;
  };
  static constexpr Sub kSubs[] = {
      {C::kChemical, "Chemical weapon", "FIGHT", "cbrn"},
      {C::kAirstrike, "Air/drone strike", "FIGHT", "aerial"},
      {C::kSuicide, "Suicide bomb", "ASSAULT", "explosives"},
      {C::kShelling, "Shelling/artillery/missile attack", "FIGHT", "artillery"},
      {C::kGrenade, "Grenade", "ASSAULT", "explosives"},
      {C::kLandmine, "Remote explosive/landmine/IED", "ASSAULT", "explosives"},
  };
  const Sub* best = nullptr;
  for (const Sub& s : kSubs) {
    if (Get(e, s.cue) > 0 && (best == nullptr || Get(e, s.cue) > Get(e, best->cue))) best = &s;
  }
  if (best == nullptr) {
    return Make("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT",
                "explosives", Bits(kRemoteCues));
  }
  return Make("Explosions/Remote violence", best->subtype, best->plover, best->mode,
              Bits(kRemoteCues));
}

EventDecision Battle(const EvidenceScores& e) {
  if (Get(e, C::kRetake) > 0 && Get(e, C::kRetake) >= Get(e, C::kCapture)) {
    return Make("Battles", "Government regains territory", "FIGHT", "occupy", Bits(kBattleCues));
  }
  if (Get(e, C::kCapture) > 0 && Get(e, C::kCapture) >= 0.5 * Get(e, C::kBattle)) {
    return Make("Battles", "Non-state actor overtakes territory", "FIGHT", "occupy",
                Bits(kBattleCues));
  }
  return Make("Battles", "Armed clash", "FIGHT", "small_arms", Bits(kBattleCues));
}

EventDecision CivilianViolence(const EvidenceScores& e) {
  if (Get(e, C::kSexual) > 0 && Get(e, C::kSexual) >= Get(e, C::kAbduct)) {
    return Make("Violence against civilians", "Sexual violence", "ASSAULT", "sexual",
                Bits(kCivilianCues));
  }
  if (Get(e, C::kAbduct) > Get(e, C::kMassacre)) {
    return Make("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct",
                Bits(kCivilianCues));
  }
  const char* mode = Get(e, C::kShoot) > 0 ? "firearms" : "beat";
  return Make("Violence against civilians", "Attack", "ASSAULT", mode,
              Bits(kCivilianCues) | Bits({C::kShoot, C::kKill}));
}

EventDecision Strategic(const EvidenceScores& e) {
  const double arrest = Get(e, C::kArrest) + 2.0 * e.co.arrested;
  const double curfew = SumOf(e, {C::kCurfew, C::kEmergency});
  const double agreement = Get(e, C::kAgreement);
  const double loot = SumOf(e, {C::kLoot, C::kVandal}) + 0.5 * Get(e, C::kArson);
  if (agreement >= std::max({arrest, curfew, loot})) {
    return Make("Strategic developments", "Agreement", "AGREE", "", Bits({C::kAgreement}));
  }
  if (loot >= std::max(arrest, curfew)) {
    return Make("Strategic developments", "Looting/property destruction", "COERCE", "seize",
                Bits({C::kLoot, C::kVandal, C::kArson}));
  }
  if (arrest >= curfew) {
    return Make("Strategic developments", "Arrests", "COERCE", "arrest", Bits({C::kArrest}));
  }
  return Make("Strategic developments", "Other", "COERCE", "curfew",
              Bits({C::kCurfew, C::kEmergency}));
}

}  // namespace

EventDecision DecideEvent(const EvidenceScores& e, const EventRuleOptions& o) {
  if (e.lead_events == 0 && e.lead_nonevents > 0) return {};
  // A demonstration needs protest or riot words (or a mob); acts of violence alone (a fire, a
  // smashed window, a "clash" in sport) are no demonstration.
  const double demo_core =
      SumOf(e, kDemoCues) + o.riot_word_weight * Get(e, C::kRiot) + Get(e, C::kMob);
  const double demo_family =
      demo_core < o.min_event_score
          ? 0
          : demo_core + SumOf(e, kRiotCues) - Get(e, C::kRiot) + 0.5 * SumOf(e, kForceCues);
  const double battle = SumOf(e, kBattleCues);
  const double remote = SumOf(e, kRemoteCues);
  const double civilian = SumOf(e, kCivilianCues);
  const double total = demo_family + battle + remote + civilian;
  EventDecision d;
  double winner = 0;
  if (total < o.min_event_score) {
    const double strategic = SumOf(e, kStrategicCues) + 2.0 * e.co.arrested +
                             SumOf(e, {C::kLoot, C::kVandal}) + 0.5 * Get(e, C::kArson);
    if (strategic < o.min_strategic_score) return {};
    d = Strategic(e);
    winner = strategic;
    d.confidence = Confidence(winner, strategic + total);
    return d;
  }
  if (demo_family >= std::max({battle, remote, civilian})) {
    d = Demonstration(e, o);
    winner = demo_family;
  } else if (remote >= std::max(battle, civilian)) {
    d = RemoteViolence(e);
    winner = remote;
  } else if (battle >= civilian) {
    d = Battle(e);
    winner = battle;
  } else {
    d = CivilianViolence(e);
    winner = civilian;
  }
  d.confidence = Confidence(winner, total);
  return d;
}

}  // namespace newsloom
