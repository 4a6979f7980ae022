// The body of POST /api/articles (docs/api.md "Write"), untrusted: one JSON object, a JSON
// array of objects, or JSON lines — each object an article as in the JSONL input format
// (ingest/jsonl_reader.h: text required; id, title, url, published, lang optional).
//
// Records are numbered from 1: the line number for JSON lines (blank lines count, so numbers
// match what the client sent), the element number for an array, 1 for a single object. Each
// bad record is rejected with its number and the others go on.
//
// Ids: a record's `id` when it gives one; otherwise "api:" + HexHash64(Hash64(text)) — stable,
// so posting the same text again updates the same article instead of adding a copy.
// Documents come out with source "api" and their record number.
//
// Thread safety: pure function (each call uses its own parser).
#ifndef NEWSLOOM_SERVER_POST_BODY_H_
#define NEWSLOOM_SERVER_POST_BODY_H_

#include <string_view>
#include <vector>

#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/raw_document.h"

namespace newsloom {

struct PostedArticles {
  std::vector<RawDocument> documents;  // in record order
  std::vector<Rejection> rejections;   // source "api", record = the record number
};

inline constexpr std::string_view kPostSource = "api";

// InvalidArgument only when the body holds nothing at all (empty or only whitespace) or is a
// JSON value that is neither an object nor an array of them; every other problem is a
// per-record rejection.
StatusOr<PostedArticles> ParsePostBody(std::string_view body);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_POST_BODY_H_
