// JsonlReader: one JSON object per line, one article per object (simdjson).
//
// Fields (names configurable in JsonlFieldNames): text (required, a non-blank string), id
// (string or integer; else the id is "<stem>:<line>"), title, url, lang (a language tag,
// reduced to its primary subtag), published (ISO 8601 date or timestamp, RFC 822 date, or a
// Unix time in seconds — or milliseconds when over 10^11 — or the {"date", "precision"} object
// of Newsloom's own articles.jsonl, so its output reads back with its dates, except those
// marked "inferred"; unparseable dates are ignored).
// Other fields are ignored; for a repeated key the first occurrence counts.
//
// Blank lines are skipped. Each bad line is rejected with its 1-based line number and the
// batch goes on: invalid JSON, not an object, missing or blank text, a line over
// max_document_bytes (consumed without being held in memory, so a 50 MB line costs no more
// than the limit). Lines with invalid UTF-8 are repaired (U+FFFD) rather than rejected.
// Input is streamed: files of any size are read line by line.
//
// text_to_original maps offsets in `text` to byte offsets in the record's line (the raw JSON,
// escapes included): exact except inside words written as \u escapes (see
// ingest/json_raw_string.h); original_bytes is the line's length. Lines whose invalid UTF-8
// was repaired map into the repaired line.
//
// Thread safety: Read/ReadBytes are const and safe to call concurrently (each call uses its
// own parser).
#ifndef NEWSLOOM_INGEST_JSONL_READER_H_
#define NEWSLOOM_INGEST_JSONL_READER_H_

#include <string>
#include <string_view>

#include "core/env.h"
#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/reader_common.h"

namespace newsloom {

struct JsonlFieldNames {
  std::string id = "id";
  std::string title = "title";
  std::string text = "text";
  std::string url = "url";
  std::string published = "published";
  std::string lang = "lang";
};

struct JsonlReaderOptions {
  // Longest line accepted, in bytes. Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  JsonlFieldNames fields;
};

class JsonlReader {
 public:
  explicit JsonlReader(JsonlReaderOptions options = {});

  // Streams lines from `in` until its end. A read error (e.g. truncated gzip) is rejected
  // with the number of the line being read and ends the file; documents delivered before it
  // stay delivered. Returns OK (errors go to the sink).
  Status Read(const std::string& source, SequentialFile* in, DocumentSink* sink) const;
  // Same over bytes in memory.
  Status ReadBytes(const std::string& source, std::string_view bytes, DocumentSink* sink) const;

 private:
  JsonlReaderOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_JSONL_READER_H_
