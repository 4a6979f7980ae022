// Event evidence of one article: trigger hits (event_trigger_matcher.h) summed per cue with
// sentence weights, split into the article's own sentences ("foreground") and background
// sentences, plus sentence-level co-occurrences the ACLED rules need (demonstrators doing
// violence, force used on demonstrators) and what the article's figures add.
//
// Thread safety: pure functions of their arguments.
#ifndef NEWSLOOM_EXTRACT_EVENT_EVIDENCE_H_
#define NEWSLOOM_EXTRACT_EVENT_EVIDENCE_H_

#include <array>
#include <cstdint>
#include <vector>

#include "extract/event_trigger_matcher.h"
#include "extract/facts.h"
#include "text/analyzed_document.h"

namespace newsloom {

using CueScores = std::array<double, kTriggerCueCount>;

// Sentence-level co-occurrences, each the weighted count of sentences where it holds.
struct CooccurrenceScores {
  double demo_violence = 0;   // protest words + an act of violence (storm, arson, loot, ...)
  double demo_force = 0;      // protest words + tear gas, water cannon, dispersal, beating
  double demo_lethal = 0;     // protest words + shooting or killing
  double police_victims = 0;  // figures: police/security forces killed or injured
  double demo_victims = 0;    // figures: protesters/people killed (lethal force evidence)
  double arrested = 0;        // figures: people arrested or detained
};

struct EvidenceScores {
  CueScores cues{};  // weighted sum per cue
  CooccurrenceScores co;
  double lead_events = 0;     // event cues (not kNonEvent/kPolice/kTroops) in the lead
  double lead_nonevents = 0;  // kNonEvent cues in the lead
  uint32_t sentences = 0;     // sentences that contributed
};

struct ArticleEvidence {
  EvidenceScores foreground;           // the article's own sentences
  EvidenceScores background;           // sentences flagged as background
  std::vector<uint8_t> is_background;  // per sentence, as used (flags, or 0)
};

struct EvidenceOptions {
  // Sentence weights: the first sentence (headline or dateline lead) counts `headline_weight`
  // (default 3), the next `lead_sentences - 1` sentences (default 3 in all) `lead_weight`
  // (default 2), the rest 1.
  double headline_weight = 3.0;
  double lead_weight = 2.0;
  uint32_t lead_sentences = 3;
};

// True for cues that are evidence of a political-violence or demonstration event (everything
// except kNonEvent and the actor cues kPolice, kTroops).
bool IsEventCue(TriggerCue cue);

// Sums `hits` (sorted by position) per sentence. `flags.background` may be empty (no
// background sentences) or shorter than the sentence list (missing = 0); `figures` may be
// empty.
ArticleEvidence GatherEvidence(const AnalyzedDocument& doc, const std::vector<TriggerHit>& hits,
                               const SentenceFlags& flags, const std::vector<Figure>& figures,
                               const EvidenceOptions& options = {});

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EVENT_EVIDENCE_H_
