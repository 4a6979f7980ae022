#include "extract/extractor.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "extract/actor_lexicon.h"
#include "extract/entity_tagger.h"
#include "extract/event_classifier.h"
#include "extract/figure_extractor.h"

namespace newsloom {
namespace {

// Sentences holding an event's evidence, in order, without repeats.
std::vector<uint32_t> EvidenceSentences(const EventRecord& event) {
  std::vector<uint32_t> out;
  for (const TextSpan& s : event.evidence) out.push_back(s.sentence);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsBackground(const SentenceFlags& flags, uint32_t sentence) {
  return sentence < flags.background.size() && flags.background[sentence] != 0;
}

// Actor roles of an event: the roles of the figures it reports and the actor nouns written in
// its evidence sentences and the lead (first two sentences), in order of first appearance.
std::vector<EventActor> EventActors(const AnalyzedDocument& doc, const ArticleFacts& facts,
                                    const std::vector<ActorMention>& actors,
                                    const std::vector<uint32_t>& sentences, bool background) {
  std::vector<EventActor> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& role, const std::string& name) {
    if (role.empty() || role == "people" || !seen.insert(role).second) return;
    out.push_back({role, name, ""});
  };
  auto relevant = [&](uint32_t sentence) {
    if (IsBackground(facts.flags, sentence) != background) return false;
    return sentence < 2 || std::binary_search(sentences.begin(), sentences.end(), sentence);
  };
  for (const ActorMention& m : actors) {
    if (relevant(m.span.sentence)) add(m.role, "");
  }
  for (const Figure& f : facts.figures) {
    if (f.background == background) add(f.actor, f.actor_name);
  }
  (void)doc;
  return out;
}

bool OverlapsPlace(const Geotag& geo, const std::vector<TextSpan>& spans) {
  for (const TaggedPlace& p : geo.places) {
    for (const PlaceMention& m : p.mentions) {
      for (const TextSpan& s : spans) {
        if (m.begin < s.end && s.begin < m.end) return true;
      }
    }
  }
  return false;
}

}  // namespace

Extractor::Extractor(const Gazetteer* gazetteer, const ExtractorOptions& options)
    : options_(options) {
  if (gazetteer != nullptr) geotagger_.emplace(gazetteer);
}

ArticleFacts Extractor::Extract(const AnalyzedDocument& doc,
                                const std::optional<FuzzyDate>& published) const {
  ArticleFacts facts;
  if (geotagger_) facts.geo = geotagger_->Tag(doc);

  for (NamedEntity& e : EntityTagger::Default().Tag(doc, geotagger_ ? &facts.geo : nullptr)) {
    (e.kind == NamedEntityKind::kPerson ? facts.persons : facts.organizations)
        .push_back(std::move(e));
  }
  // A place read inside a person's name ("Paris Hilton", "Jordan Henderson"): tag again with
  // the persons' spans fenced off.
  if (geotagger_) {
    std::vector<TextSpan> person_spans;
    for (const NamedEntity& p : facts.persons) {
      person_spans.insert(person_spans.end(), p.mentions.begin(), p.mentions.end());
    }
    if (OverlapsPlace(facts.geo, person_spans)) facts.geo = geotagger_->Tag(doc, &person_spans);
  }
  ExtractEventLayers(doc, published, std::nullopt, &facts);
  return facts;
}

void Extractor::ExtractEventLayers(const AnalyzedDocument& doc,
                                   const std::optional<FuzzyDate>& published,
                                   const std::optional<FuzzyDate>& background_reference,
                                   ArticleFacts* out) const {
  if (!options_.events) return;
  ArticleFacts& facts = *out;
  const DateExtractor& dates = DateExtractor::Default();
  DateFacts date_facts = dates.Extract(doc, published, background_reference);
  facts.flags = date_facts.flags;

  facts.figures = FigureExtractor::Default().Extract(doc, facts.flags);
  facts.events = EventClassifier::Default().Classify(doc, facts.flags, facts.figures);

  // Actor nouns count in the lead and in the events' evidence sentences (EventActors): find
  // them there only.
  std::vector<uint32_t> actor_sentences = {0, 1};
  for (const EventRecord& event : facts.events) {
    for (const TextSpan& s : event.evidence) actor_sentences.push_back(s.sentence);
  }
  std::sort(actor_sentences.begin(), actor_sentences.end());
  actor_sentences.erase(std::unique(actor_sentences.begin(), actor_sentences.end()),
                        actor_sentences.end());
  const std::vector<ActorMention> actors =
      ActorFinder::Default().FindInSentences(doc, actor_sentences);
  for (EventRecord& event : facts.events) {
    const std::vector<uint32_t> sentences = EvidenceSentences(event);
    if (!event.background) {
      if (std::optional<DateMention> date =
              dates.EventDate(doc, date_facts, sentences, published)) {
        event.date = date->date;
        event.date_precision = date->precision;
      }
    }
    event.actors = EventActors(doc, facts, actors, sentences, event.background);
  }
  facts.dates = std::move(date_facts.dates);
}

}  // namespace newsloom
