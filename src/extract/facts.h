// Facts: the value types the extract stages produce for one analysed article and the pipeline
// writes to articles.jsonl (DESIGN.md "Contracts", docs/formats/articles-jsonl.md).
//
// Offsets: every begin/end is a byte offset into AnalyzedDocument::text (the clean text written
// as `text` in articles.jsonl), on UTF-8 boundaries, end exclusive. `sentence` is an index into
// AnalyzedDocument::sentences.
//
// Background: `SentenceFlags::background[i]` is true when sentence i talks about an earlier
// event ("in 2005 the Tulip Revolution...", "earlier this year he was sentenced..."). Figures
// and events found in such sentences are kept but marked background, and never give the
// article's own event or figures.
#ifndef NEWSLOOM_EXTRACT_FACTS_H_
#define NEWSLOOM_EXTRACT_FACTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/fuzzy_date.h"

namespace newsloom {

// One occurrence of a name or phrase in the text.
struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  std::string surface;  // the bytes [begin, end) of the text, as written
};

// Per-sentence annotations shared by the figure and event stages.
struct SentenceFlags {
  std::vector<uint8_t> background;  // one per sentence: 1 = about an earlier event
};

enum class NamedEntityKind : uint8_t { kPerson, kOrganization };

// A person or organization named in one article. Mentions of the same entity inside the
// article are grouped ("President Sooronbay Jeenbekov" ... "Jeenbekov").
struct NamedEntity {
  NamedEntityKind kind = NamedEntityKind::kPerson;
  std::string name;  // the fullest form written in this article ("Almazbek Atambayev",
                     // "Алмазбек Атамбаев", "CSTO"); a Russian, Ukrainian or Polish person's
                     // name in the nominative (slavic_names.h)
  std::string role;  // English role when a role word goes with a mention ("president",
                     // "former president", "spokesperson", "minister"); "" otherwise
  // True for news agencies and broadcasters cited as the source of a report (Reuters, AP, TASS,
  // Interfax, BBC), and for persons named only in a byline or photo credit. Sources are listed
  // but are not actors of events.
  bool source = false;
  std::vector<TextSpan> mentions;  // text order, at least one
  std::string entity_id;           // canonical id from link/ ("" until linked)
  std::string display_name;        // canonical display name from link/ ("" until linked)
};

// A casualty, arrest, deployment or crowd figure.
struct Figure {
  // killed, injured, arrested, hospitalized, missing, deployed, crowd
  std::string kind;
  // Who the figure counts: police, security forces, troops, military, protesters, rioters,
  // civilians, people, journalists, ... (docs/formats/articles-jsonl.md lists them)
  std::string actor;
  std::string actor_name;  // a named group when the text gives one ("CSTO", "Russian
                           // paratroopers"); "" otherwise
  int64_t value = 0;
  bool approx = false;
  std::string qualifier;  // "", "at least", "nearly", "more than", "about", "up to"
  std::string text;       // exact text of the clause that states it (bytes [begin, end))
  uint32_t sentence = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  double confidence = 0;  // [0,1]
  bool background = false;
};

struct EventActor {
  std::string role;       // protesters, rioters, police, security forces, military, government,
                          // opposition, foreign troops, civilians
  std::string name;       // named entity when one is given ("CSTO", "Interior Ministry")
  std::string entity_id;  // from link/ ("" when unnamed or not linked)
};

// One event the article reports (or mentions as background).
struct EventRecord {
  std::string type;               // ACLED event type: "Protests", "Riots", ...
  std::string subtype;            // ACLED sub-event type: "Violent demonstration", ...
  std::string plover_event;       // PLOVER event: "PROTEST", "COERCE", "ASSAULT", ...
  std::string plover_mode;        // PLOVER mode: "riot", "arrest", "firearms", ... ("" if none)
  std::optional<FuzzyDate> date;  // the event date (not the publication date)
  std::string date_precision;     // ACLED time precision: "day", "week", "month" ("" if no date)
  std::vector<EventActor> actors;
  bool background = false;
  double confidence = 0;           // [0,1]
  std::vector<TextSpan> evidence;  // trigger words that decided the type
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_FACTS_H_
