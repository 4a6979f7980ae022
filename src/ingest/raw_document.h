// RawDocument: one article as a reader found it, before text analysis.
#ifndef NEWSLOOM_INGEST_RAW_DOCUMENT_H_
#define NEWSLOOM_INGEST_RAW_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/fuzzy_date.h"
#include "text/offset_map.h"

namespace newsloom {

enum class SourceFormat : uint8_t { kSeedText, kPlainText, kHtml, kJsonl, kWarc, kFeed };

std::string_view SourceFormatName(SourceFormat f);  // "seed", "text", "html", ...

struct RawDocument {
  // Stable article id (see docs/formats/ids.md): a single-article file's name without
  // extension; a JSONL record's id field (else "<stem>:<line>"); a WARC response record or a
  // feed item read from a file "<stem>:<k>" (k = 1-based record/item number); a feed item
  // fetched from a URL "<host>:<16 hex digits of Hash64(guid or link)>".
  std::string id;
  std::string source;  // path or URL as given by the user (with "#k" for records inside)
  SourceFormat format = SourceFormat::kPlainText;
  int64_t record = 0;  // 1-based line/record/item number inside `source`; 0 for files
  std::string url;     // canonical article URL when known
  std::string title;   // empty when unknown
  std::optional<FuzzyDate> published;
  std::string lang_hint;  // declared language (JSONL field, <html lang>, feed language)
  // Main text as UTF-8 (charset decoded, HTML reduced to its article text, the seed header
  // removed), not yet repaired or normalised; text analysis takes it from here.
  std::string text;
  // Maps offsets in `text` back to the bytes of the original input (file, record payload).
  OffsetMap text_to_original;
  uint64_t original_bytes = 0;  // size of the input this document came from
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_RAW_DOCUMENT_H_
