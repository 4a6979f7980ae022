// Event type classification (issue 5 "Event type"): the ACLED event type and sub-type and the
// PLOVER event and mode of the events an article reports, from the multilingual trigger lexicon
// data/lexicons/event_triggers.tsv (event_lexicon.h), per-sentence weighted evidence
// (event_evidence.h) and the ACLED rules (event_rules.h).
//
// Thread safety: an EventClassifier is immutable; Classify may be called concurrently.
#ifndef NEWSLOOM_EXTRACT_EVENT_CLASSIFIER_H_
#define NEWSLOOM_EXTRACT_EVENT_CLASSIFIER_H_

#include <cstdint>
#include <vector>

#include "extract/event_evidence.h"
#include "extract/event_lexicon.h"
#include "extract/event_rules.h"
#include "extract/facts.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct EventClassifierOptions {
  EvidenceOptions evidence;
  EventRuleOptions rules;
  // Evidence spans kept per event, at most. Default 8.
  size_t max_evidence = 8;
  // A demonstration's secondary events follow the main event: Strategic developments/Other
  // (COERCE/curfew) when curfew and state-of-emergency cues score at least
  // min_secondary_score (default 3), and Strategic developments/Arrests (COERCE/arrest) when
  // a figure counts at least min_mass_arrests people arrested (default 100).
  double min_secondary_score = 3.0;
  int64_t min_mass_arrests = 100;
};

class EventClassifier {
 public:
  // `lexicon` is not owned and must outlive the classifier.
  explicit EventClassifier(const EventLexicon* lexicon, EventClassifierOptions options = {});

  // A classifier with the embedded lexicon and default options.
  static const EventClassifier& Default();

  // The events `doc` reports, main event first: type, subtype, plover_event, plover_mode,
  // background, confidence and evidence (the trigger words that decided the type). Date and
  // actors are left empty (other stages fill them).
  //   flags.background[i] marks sentences about earlier events (may be empty = none):
  //     triggers there give one event with background = true, never the main event.
  //   figures (may be empty): the article's figures; people killed by security forces,
  //     police casualties and arrests are evidence too.
  // Returns an empty vector when the article reports no event of the ACLED kind (an election
  // result, an appointment, a policy announcement). The main event, when there is one, is the
  // first element and is not background; secondary events (Strategic developments: curfew,
  // mass arrests; see EventClassifierOptions) follow, then at most one background event.
  std::vector<EventRecord> Classify(const AnalyzedDocument& doc, const SentenceFlags& flags,
                                    const std::vector<Figure>& figures) const;

  // The evidence Classify decides on (for tests and diagnostics).
  ArticleEvidence Evidence(const AnalyzedDocument& doc, const SentenceFlags& flags,
                           const std::vector<Figure>& figures,
                           std::vector<TriggerHit>* hits = nullptr) const;

 private:
  void AddSecondary(const AnalyzedDocument& doc, const std::vector<TriggerHit>& hits,
                    const ArticleEvidence& ev, const std::vector<Figure>& figures,
                    double confidence, std::vector<EventRecord>* out) const;
  void AddBackground(const AnalyzedDocument& doc, const std::vector<TriggerHit>& hits,
                     const ArticleEvidence& ev, bool no_main, std::vector<EventRecord>* out) const;

  const EventLexicon* lexicon_;
  EventClassifierOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EVENT_CLASSIFIER_H_
