// Helpers shared by the readers: size limits, plain-text decoding with offsets back to the
// input, and delivering a parsed document or its error to a sink.
#ifndef NEWSLOOM_INGEST_READER_COMMON_H_
#define NEWSLOOM_INGEST_READER_COMMON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/raw_document.h"
#include "text/offset_map.h"

namespace newsloom {

// Default limit on the bytes of one document (a file, JSONL line, WARC payload, feed item).
inline constexpr size_t kDefaultMaxDocumentBytes = 8u << 20;

// InvalidArgument "document of N bytes is over the limit of M bytes" when size > max.
Status CheckDocumentSize(uint64_t size, uint64_t max_bytes);

struct DecodedText {
  std::string text;       // UTF-8
  OffsetMap to_original;  // offsets in `text` -> offsets in the input bytes
  std::string charset;    // charset used to decode, lower case
};

// Decodes plain text (no markup) with text/charset.h: a BOM, else valid UTF-8, else charset
// detection. `declared` is an HTTP or JSON charset, "" when unknown.
DecodedText DecodePlainText(std::string_view bytes, std::string_view declared = "");

// True when `s` has nothing but whitespace (ASCII or U+00A0/U+3000/U+FEFF).
bool IsBlank(std::string_view s);

// True when `original` looks like binary data rather than a document: its first 4 KiB has
// NUL bytes or more than 2% other control bytes (besides tab, newline, carriage return, form
// feed). Input that `decoded_charset` says is UTF-16/32 is judged on `decoded` (the UTF-8
// result) instead, and without a BOM it must also be at least 30% ASCII, since charset
// detection calls random bytes UTF-16 readily.
bool LooksBinary(std::string_view original, std::string_view decoded,
                 std::string_view decoded_charset);

// A declared language tag reduced to its primary subtag, lower case: "en-US" -> "en",
// "pt_BR" -> "pt". "" for empty or implausible tags (not 2-3 ASCII letters).
std::string PrimaryLanguageSubtag(std::string_view tag);

// Fills the source fields of `*doc` (id, source, format, record) and hands it to the sink,
// or rejects `source`/`record` with `status` when it is not OK.
void Deliver(StatusOr<RawDocument> doc, const std::string& id, const std::string& source,
             SourceFormat format, int64_t record, DocumentSink* sink);

// sink->Reject({source, record, status}).
void RejectInput(DocumentSink* sink, const std::string& source, int64_t record, Status status);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_READER_COMMON_H_
