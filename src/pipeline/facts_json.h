// The facts keys of an articles.jsonl line (DESIGN.md "Contracts",
// docs/formats/articles-jsonl.md): location, places, countries, persons, organizations,
// events, figures. Every mention is {start, end, surface}, byte offsets into the clean text.
#ifndef NEWSLOOM_PIPELINE_FACTS_JSON_H_
#define NEWSLOOM_PIPELINE_FACTS_JSON_H_

#include <string>

#include "core/json_writer.h"
#include "extract/extractor.h"

namespace newsloom {

// Appends the facts keys to the object `w` is writing.
void WriteFactsJson(const ArticleFacts& facts, JsonWriter& w);

// The values of the "events" and "figures" keys alone (JSON arrays), as WriteFactsJson
// writes them.
std::string EventsJson(const ArticleFacts& facts);
std::string FiguresJson(const ArticleFacts& facts);

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_FACTS_JSON_H_
