#include "extract/event_evidence.h"

#include <algorithm>
#include <string_view>

namespace newsloom {
namespace {

using C = TriggerCue;

// One trigger counts at most this many times its weight per sentence (lists of synonyms in
// one sentence are one piece of evidence, not five).
constexpr double kMaxPerCuePerSentence = 2.0;

double Get(const CueScores& s, C c) { return s[static_cast<int>(c)]; }

double SumOf(const CueScores& s, std::initializer_list<C> cues) {
  double sum = 0;
  for (C c : cues) sum += Get(s, c);
  return sum;
}

bool HasDemo(const CueScores& s) {
  return SumOf(s, {C::kProtest, C::kProtester, C::kStrike, C::kHunger, C::kOccupy}) > 0;
}

bool HasViolence(const CueScores& s) {
  return SumOf(s, {C::kRiot, C::kStorm, C::kArson, C::kLoot, C::kVandal, C::kThrow, C::kClash,
                   C::kBarricade, C::kViolent}) > 0;
}

bool HasForce(const CueScores& s) {
  return SumOf(s, {C::kTeargas, C::kRubberBullet, C::kWaterCannon, C::kDisperse, C::kBeat}) > 0;
}

bool HasLethal(const CueScores& s) { return SumOf(s, {C::kShoot, C::kKill}) > 0; }

double SentenceWeight(uint32_t si, const EvidenceOptions& o) {
  if (si == 0) return o.headline_weight;
  if (si < o.lead_sentences) return o.lead_weight;
  return 1.0;
}

void AddSentence(const CueScores& local, uint32_t si, double w, const EvidenceOptions& o,
                 EvidenceScores* out) {
  bool any = false;
  for (int c = 0; c < kTriggerCueCount; ++c) {
    if (local[c] <= 0) continue;
    out->cues[c] += w * local[c];
    any = true;
    if (si < o.lead_sentences) {
      if (static_cast<C>(c) == C::kNonEvent) {
        out->lead_nonevents += local[c];
      } else if (IsEventCue(static_cast<C>(c))) {
        out->lead_events += local[c];
      }
    }
  }
  if (!any) return;
  ++out->sentences;
  if (HasDemo(local)) {
    if (HasViolence(local)) out->co.demo_violence += w;
    if (HasForce(local)) out->co.demo_force += w;
    if (HasLethal(local)) out->co.demo_lethal += w;
  }
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

void AddFigure(const Figure& f, CooccurrenceScores* co) {
  const bool state = IsOneOf(f.actor, {"police", "security forces", "troops", "military",
                                       "soldiers", "officers", "national guard"});
  const bool crowd =
      IsOneOf(f.actor, {"protesters", "demonstrators", "people", "civilians", "rioters"});
  if ((f.kind == "killed" || f.kind == "injured") && state) {
    co->police_victims += f.kind == "killed" ? 1.5 : 1.0;
  } else if (f.kind == "killed" && crowd) {
    co->demo_victims += 1.0;
  } else if (f.kind == "arrested") {
    co->arrested += 1.0;
  }
}

}  // namespace

bool IsEventCue(TriggerCue cue) {
  return cue != C::kNonEvent && cue != C::kPolice && cue != C::kTroops && cue != C::kCount;
}

ArticleEvidence GatherEvidence(const AnalyzedDocument& doc, const std::vector<TriggerHit>& hits,
                               const SentenceFlags& flags, const std::vector<Figure>& figures,
                               const EvidenceOptions& options) {
  ArticleEvidence ev;
  const uint32_t n = static_cast<uint32_t>(doc.sentences.size());
  ev.is_background.assign(n, 0);
  for (uint32_t i = 0; i < n && i < flags.background.size(); ++i) {
    ev.is_background[i] = flags.background[i] ? 1 : 0;
  }
  size_t h = 0;
  for (uint32_t si = 0; si < n; ++si) {
    CueScores local{};
    bool any = false;
    for (; h < hits.size() && hits[h].sentence <= si; ++h) {
      if (hits[h].sentence < si) continue;
      double& v = local[static_cast<int>(hits[h].cue)];
      v = std::min(v + hits[h].weight, kMaxPerCuePerSentence * hits[h].weight);
      any = true;
    }
    if (!any) continue;  // a sentence without triggers adds nothing
    EvidenceScores* out = ev.is_background[si] ? &ev.background : &ev.foreground;
    AddSentence(local, si, SentenceWeight(si, options), options, out);
  }
  for (const Figure& f : figures) {
    const bool bg = f.background || (f.sentence < n && ev.is_background[f.sentence]);
    AddFigure(f, bg ? &ev.background.co : &ev.foreground.co);
  }
  return ev;
}

}  // namespace newsloom
