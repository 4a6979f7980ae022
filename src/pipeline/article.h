// Article: everything the per-article stages know about one input document. Produced by the
// Pipeline, written as one line of articles.jsonl (article_json.h) and stored (store/).
#ifndef NEWSLOOM_PIPELINE_ARTICLE_H_
#define NEWSLOOM_PIPELINE_ARTICLE_H_

#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "ingest/raw_document.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct Article {
  RawDocument raw;
  AnalyzedDocument doc;
  std::string duplicate_of;   // id of the original this re-publishes; "" when none
  std::string story_id;       // "" until story clustering assigns one
  uint64_t content_hash = 0;  // fingerprint of the normalised text (dedup/)
  bool extracted = false;     // the extract stage ran (facts is meaningful)
  ArticleFacts facts;         // places, entities, figures, events (extract/, link/)
};

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_ARTICLE_H_
