// Extractor: runs every extract stage over one analysed article and gathers its facts —
// places and the main location, persons and organizations, dates and background sentences,
// figures, events with their date, location and actors.
//
// Stage order (each stage sees what the earlier ones found):
//   places (geotagger.h) -> persons/organizations (entity_tagger.h, avoiding place names)
//   -> dates and background sentences (date_extractor.h)
//   -> figures (figure_extractor.h; figures in background sentences are marked background)
//   -> events (event_classifier.h, using the figures) -> event date (from the sentences that
//      carry the event's evidence) and actors (actor roles in those sentences and the figures).
// Entity ids (link/) are not set here: linking needs the state of every article seen so far
// and runs in the pipeline's ordered stage.
//
// Thread safety: Extract is const and safe to call concurrently. The Gazetteer must outlive
// the Extractor.
#ifndef NEWSLOOM_EXTRACT_EXTRACTOR_H_
#define NEWSLOOM_EXTRACT_EXTRACTOR_H_

#include <optional>
#include <vector>

#include "core/fuzzy_date.h"
#include "extract/date_extractor.h"
#include "extract/facts.h"
#include "extract/geotagger.h"
#include "resources/gazetteer.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct ArticleFacts {
  Geotag geo;
  std::vector<NamedEntity> persons;        // kind kPerson, by first mention
  std::vector<NamedEntity> organizations;  // kind kOrganization, by first mention
  std::vector<DateMention> dates;          // every date expression, text order
  SentenceFlags flags;                     // background sentences
  std::vector<Figure> figures;             // text order
  std::vector<EventRecord> events;         // the main event first
};

struct ExtractorOptions {
  // Run the event layers: dates and background sentences, figures, events. false leaves
  // dates, flags, figures and events empty (places, persons and organizations only: what
  // `newsloom bench` times separately for the entity layers). Default true.
  bool events = true;
};

class Extractor {
 public:
  // `gazetteer` is not owned; null skips places (no location, places or countries).
  explicit Extractor(const Gazetteer* gazetteer, const ExtractorOptions& options = {});

  // `published` is the article's publication date (relative dates resolve against it).
  ArticleFacts Extract(const AnalyzedDocument& doc,
                       const std::optional<FuzzyDate>& published) const;

  // Runs the event layers (dates and background sentences, figures, events) again over
  // `facts`, whose places, persons and organizations stay as they are; with options.events
  // off it does nothing. `background_reference` stands in for a missing `published` when
  // telling background (DateExtractor::Extract): the date a story inferred for an undated
  // article, so that its history sentences ("in April 2010 more than 80 people died") stop
  // giving figures. `doc` must be the analysis the facts were extracted from.
  void ExtractEventLayers(const AnalyzedDocument& doc, const std::optional<FuzzyDate>& published,
                          const std::optional<FuzzyDate>& background_reference,
                          ArticleFacts* facts) const;

 private:
  std::optional<Geotagger> geotagger_;
  ExtractorOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EXTRACTOR_H_
