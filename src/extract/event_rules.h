// The ACLED decision rules: from the evidence of an article (event_evidence.h) to an ACLED
// event type and sub-type and the matching PLOVER event and mode.
//
// The rules, in order:
//   1. Too little evidence of any event kind (sum of event cues below min_event_score) gives
//      nothing; a lead with calm political news (election result, appointment) and no event
//      trigger gives nothing either. A demonstration needs protest or riot words: fires,
//      vandalism or a "clash" on their own are none.
//   2. The family with the most evidence wins: demonstrations (protest words, riots, force used
//      on crowds), battles, explosions/remote violence, violence against civilians; strategic
//      developments (curfew, arrests, agreements) only when none of these is present.
//   3. Demonstrations: demonstrators using violence (riot words, storming, arson, looting,
//      stones, clashes, police hurt) make Riots/Violent demonstration even when police also
//      used force, unless the force used on the crowd clearly dominates the story (peaceful
//      demonstrators met with tear gas and water cannon); a mob without protest words makes
//      Riots/Mob violence. Otherwise Protests: lethal force (shooting, killing with protest
//      words) is Excessive force against protesters, other force (tear gas, dispersal,
//      arrests) Protest with intervention, else Peaceful protest.
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_EXTRACT_EVENT_RULES_H_
#define NEWSLOOM_EXTRACT_EVENT_RULES_H_

#include <string>

#include "extract/event_evidence.h"

namespace newsloom {

struct EventDecision {
  std::string type;  // "" = no event
  std::string subtype;
  std::string plover_event;
  std::string plover_mode;
  double confidence = 0;  // [0,1]
  // Cues that decided the type (for evidence spans), as a bit set over TriggerCue.
  uint64_t deciding_cues = 0;
};

struct EventRuleOptions {
  // Least summed (weighted) event-cue score for any event. Default 2.0 (one protest word in
  // the headline is 3).
  double min_event_score = 2.0;
  // Riots when demonstrator violence (riot words x riot_word_weight, acts of violence, half
  // the clashes, police casualties) is at least riot_min_score, at least riot_force_ratio x
  // the force used on the crowd (tear gas, water cannon, dispersal, beatings) and at least
  // riot_demo_ratio x the protest evidence. Defaults 2.5, 1.5, 0.3, 0.2.
  double riot_word_weight = 2.5;
  double riot_min_score = 1.5;
  double riot_force_ratio = 0.3;
  double riot_demo_ratio = 0.2;
  // Excessive force against protesters needs this much lethal evidence (2 x sentences with
  // protest words and shooting or killing, 2 x protesters killed among the figures).
  // Default 4.
  double min_lethal_score = 4.0;
  // Strategic developments (arrests, curfew, agreement, looting) need this score when no
  // demonstration or armed violence is present. Default 4 (an arrest in a police report is
  // not yet a political development).
  double min_strategic_score = 4.0;
};

EventDecision DecideEvent(const EvidenceScores& e, const EventRuleOptions& options = {});

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EVENT_RULES_H_
