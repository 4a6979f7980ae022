// Detects the format of an input from its first bytes and, failing that, its name.
//
// Content wins over the extension (an ".txt" file holding HTML is read as HTML). Rules, in
// order, on `head` after an optional UTF-8 BOM and leading whitespace:
//   seed text  " date YYYY-MM " (the leading space optional)
//   WARC       "WARC/1.", or gzip magic with a name ending in ".warc.gz"
//   feed       first element <rss>, <feed> (Atom) or <rdf:RDF> (after <?xml?>, comments,
//              doctype)
//   HTML       first element <html>, <head>, <body>, <p>, <div>, <article>, <meta>, <title>,
//              or <!doctype html>
//   JSONL      '{'
// then by extension (case-insensitive, after removing ".gz"): .txt .text -> text;
// .html .htm .xhtml -> HTML; .jsonl .ndjson -> JSONL; .warc -> WARC; .rss .atom .xml -> feed;
// and finally text that looks like text (no NUL or other control bytes in `head`) -> text.
#ifndef NEWSLOOM_INGEST_FORMAT_DETECTOR_H_
#define NEWSLOOM_INGEST_FORMAT_DETECTOR_H_

#include <optional>
#include <string_view>

#include "ingest/raw_document.h"

namespace newsloom {

// How many leading bytes DetectFormat looks at; pass at least this many when available.
inline constexpr size_t kFormatHeadBytes = 4096;

// `path` is the file name or URL (only its extension is used); `head` is the start of the
// content (decompressed if the file is gzip, except for .warc.gz which is also recognised
// compressed). nullopt when the input is not a supported format (binary junk, images).
std::optional<SourceFormat> DetectFormat(std::string_view path, std::string_view head);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_FORMAT_DETECTOR_H_
