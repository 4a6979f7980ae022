#include "extract/event_classifier.h"

#include <algorithm>
#include <utility>

namespace newsloom {
namespace {

using C = TriggerCue;

double Get(const EvidenceScores& e, C c) { return e.cues[static_cast<int>(c)]; }

uint64_t CueBit(C c) { return uint64_t{1} << static_cast<int>(c); }

EventRecord ToRecord(const EventDecision& d, bool background) {
  EventRecord r;
  r.type = d.type;
  r.subtype = d.subtype;
  r.plover_event = d.plover_event;
  r.plover_mode = d.plover_mode;
  r.background = background;
  r.confidence = d.confidence;
  return r;
}

// The hits of the deciding cues in the sentences of the given kind (background or not).
void AddEvidence(const AnalyzedDocument& doc, const std::vector<TriggerHit>& hits,
                 const ArticleEvidence& ev, uint64_t cues, bool background, size_t max,
                 EventRecord* r) {
  for (const TriggerHit& h : hits) {
    if (r->evidence.size() >= max) break;
    if ((ev.is_background[h.sentence] != 0) != background) continue;
    if ((cues >> static_cast<int>(h.cue) & 1) == 0) continue;
    r->evidence.push_back({h.begin, h.end, h.sentence, doc.text.substr(h.begin, h.end - h.begin)});
  }
}

}  // namespace

EventClassifier::EventClassifier(const EventLexicon* lexicon, EventClassifierOptions options)
    : lexicon_(lexicon), options_(std::move(options)) {}

const EventClassifier& EventClassifier::Default() {
  static const EventClassifier* c = new EventClassifier(&EventLexicon::Default());
  return *c;
}

ArticleEvidence EventClassifier::Evidence(const AnalyzedDocument& doc, const SentenceFlags& flags,
                                          const std::vector<Figure>& figures,
                                          std::vector<TriggerHit>* hits) const {
  std::vector<TriggerHit> local = FindTriggers(doc, *lexicon_);
  ArticleEvidence ev = GatherEvidence(doc, local, flags, figures, options_.evidence);
  if (hits != nullptr) *hits = std::move(local);
  return ev;
}

std::vector<EventRecord> EventClassifier::Classify(const AnalyzedDocument& doc,
                                                   const SentenceFlags& flags,
                                                   const std::vector<Figure>& figures) const {
  std::vector<TriggerHit> hits;
  const ArticleEvidence ev = Evidence(doc, flags, figures, &hits);
  std::vector<EventRecord> out;
  const EventDecision main = DecideEvent(ev.foreground, options_.rules);
  if (!main.type.empty()) {
    out.push_back(ToRecord(main, false));
    AddEvidence(doc, hits, ev, main.deciding_cues, false, options_.max_evidence, &out.back());
    if (main.type == "Protests" || main.type == "Riots") {
      AddSecondary(doc, hits, ev, figures, main.confidence, &out);
    }
  }
  AddBackground(doc, hits, ev, main.type.empty(), &out);
  return out;
}

void EventClassifier::AddSecondary(const AnalyzedDocument& doc, const std::vector<TriggerHit>& hits,
                                   const ArticleEvidence& ev, const std::vector<Figure>& figures,
                                   double confidence, std::vector<EventRecord>* out) const {
  const EvidenceScores& f = ev.foreground;
  auto add = [&](const char* subtype, const char* mode, uint64_t cues) {
    const EventDecision d{"Strategic developments", subtype, "COERCE", mode, confidence, cues};
    out->push_back(ToRecord(d, false));
    AddEvidence(doc, hits, ev, d.deciding_cues, false, options_.max_evidence, &out->back());
  };
  if (Get(f, C::kCurfew) + Get(f, C::kEmergency) >= options_.min_secondary_score) {
    add("Other", "curfew", CueBit(C::kCurfew) | CueBit(C::kEmergency));
  }
  int64_t arrested = 0;
  for (const Figure& fig : figures) {
    const bool bg = fig.background ||
                    (fig.sentence < ev.is_background.size() && ev.is_background[fig.sentence]);
    if (fig.kind == "arrested" && !bg) arrested = std::max(arrested, fig.value);
  }
  if (arrested >= options_.min_mass_arrests) add("Arrests", "arrest", CueBit(C::kArrest));
}

void EventClassifier::AddBackground(const AnalyzedDocument& doc,
                                    const std::vector<TriggerHit>& hits, const ArticleEvidence& ev,
                                    bool no_main, std::vector<EventRecord>* out) const {
  // The flagged sentences; and in a calm article (no main event because its lead is an
  // election result or appointment) the events it mentions in passing.
  const bool calm = no_main && ev.foreground.lead_nonevents > 0;
  EvidenceScores bg = calm ? ev.foreground : ev.background;
  bg.lead_nonevents = 0;
  const EventDecision past = DecideEvent(bg, options_.rules);
  if (past.type.empty()) return;
  out->push_back(ToRecord(past, true));
  AddEvidence(doc, hits, ev, past.deciding_cues, !calm, options_.max_evidence, &out->back());
}

}  // namespace newsloom
