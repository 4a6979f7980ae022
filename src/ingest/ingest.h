// Ingest: turns the inputs a user names (files, directories, "-", feed URLs) into
// RawDocuments, detecting each input's format and dispatching to its reader.
//
//   inputs      a directory is expanded recursively to its files in sorted path order
//               (hidden files skipped); "-" is standard input; http(s) URLs are fetched
//               (RSS/Atom feeds, or single HTML pages); anything else is a file.
//   detection   by content first, then extension (ingest/format_detector.h); gzip files
//               (.gz, or gzip magic) are decompressed on the fly whatever their format.
//   streaming   JSONL and WARC are streamed (no file-size limit, only max_document_bytes per
//               record); text, seed, HTML and feed files are read whole, up to max_file_bytes.
//   errors      bad input never stops the batch: each unreadable input, unknown format, or
//               bad record goes to sink->Reject() naming the file or URL (and the record),
//               and ingestion goes on with the next one.
//
// Ids and sources follow RawDocument::id. A page fetched directly from a URL gets id
// "<host>:<HexHash64(Hash64(url))>".
//
// Thread safety: an Ingester may be used from several threads if its sink is thread-safe.
#ifndef NEWSLOOM_INGEST_INGEST_H_
#define NEWSLOOM_INGEST_INGEST_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/feed_reader.h"
#include "ingest/html_reader.h"
#include "ingest/http_fetcher.h"
#include "ingest/jsonl_reader.h"
#include "ingest/seed_reader.h"
#include "ingest/text_reader.h"
#include "ingest/warc_reader.h"

namespace newsloom {

struct IngestOptions {
  // Largest input read whole (text, seed, HTML and feed files, fetched URLs), after gzip
  // decompression. Default 64 MiB.
  uint64_t max_file_bytes = 64u << 20;
  // Largest single document: a text/seed/HTML file, a JSONL line, a WARC payload, a feed
  // item's text. Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // JSONL field names (default id, title, text, url, published, lang).
  JsonlFieldNames jsonl_fields;
  // HTML main-text extraction (its max_html_bytes follows max_document_bytes).
  HtmlExtractorOptions html;
  // HTTP: connect timeout 10 s, total timeout 30 s, user agent "Newsloom/<version>",
  // at most 5 redirects, conditional GET on (see ingest/http_fetcher.h).
  HttpFetcherOptions http;
  // Fetcher for URLs, not owned. Null: the Ingester makes its own from `http`, with an
  // in-memory validator cache that lasts as long as the Ingester. Pass one to share its
  // validator cache between runs.
  HttpFetcher* fetcher = nullptr;
};

class Ingester {
 public:
  // `env` is not owned and must outlive the Ingester.
  explicit Ingester(Env* env, IngestOptions options = {});

  // One input as IngestPaths treats it: a file, directory, "-" or URL.
  void IngestInput(const std::string& input, DocumentSink* sink) const;
  // One file or "-" (a directory is rejected here; IngestInput expands directories).
  void IngestFile(const std::string& path, DocumentSink* sink) const;
  // Content read from `in`, named `source` (used for detection by extension and for ids).
  void IngestStream(const std::string& source, SequentialFile* in, DocumentSink* sink) const;
  // Content already in memory.
  void IngestBytes(const std::string& source, std::string_view bytes, DocumentSink* sink) const;
  // Fetches an http(s) URL; a 304 Not Modified yields nothing and is not an error.
  void IngestUrl(const std::string& url, DocumentSink* sink) const;

 private:
  // Reads all of `in` into `*out`; false (after rejecting) when over max_file_bytes or on a
  // read error.
  bool ReadWhole(const std::string& source, SequentialFile* in, std::string* out,
                 DocumentSink* sink) const;
  void Dispatch(SourceFormat format, const std::string& source, SequentialFile* in,
                DocumentSink* sink) const;

  Env* env_;
  IngestOptions options_;
  std::unique_ptr<HttpFetcher> owned_fetcher_;
  HttpFetcher* fetcher_;
  SeedReader seed_;
  TextReader text_;
  HtmlReader html_;
  JsonlReader jsonl_;
  WarcReader warc_;
  FeedReader feed_;
};

// Ingests every input in order (see Ingester). Returns non-OK only for invalid arguments
// (null env or sink) — never for bad input, which goes to sink->Reject().
Status IngestPaths(Env* env, const std::vector<std::string>& inputs, const IngestOptions& options,
                   DocumentSink* sink);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_INGEST_H_
