#include "ingest/ingest.h"

#include "absl/strings/str_cat.h"
#include "core/hash.h"
#include "ingest/buffered_reader.h"
#include "ingest/format_detector.h"
#include "ingest/gzip_file.h"
#include "ingest/http_response.h"
#include "ingest/reader_common.h"
#include "ingest/source_names.h"

namespace newsloom {
namespace {

// Env errors name the path already; a Rejection names it again, so drop the prefix.
Status WithoutSourcePrefix(const Status& s, const std::string& source) {
  std::string_view msg(s.message().data(), s.message().size());
  const std::string prefix = source + ": ";
  if (msg.substr(0, prefix.size()) != prefix) return s;
  return Status(s.code(), std::string(msg.substr(prefix.size())));
}

Status UnknownFormat() {
  return absl::InvalidArgumentError(
      "unrecognised format (not seed text, plain text, HTML, JSONL, WARC or an RSS/Atom feed)");
}

HtmlReaderOptions HtmlOptions(const IngestOptions& o) {
  HtmlReaderOptions h;
  h.max_document_bytes = o.max_document_bytes;
  h.extractor = o.html;
  return h;
}

WarcReaderOptions WarcOptions(const IngestOptions& o) {
  WarcReaderOptions w;
  w.max_document_bytes = o.max_document_bytes;
  w.html = HtmlOptions(o);
  return w;
}

}  // namespace

Ingester::Ingester(Env* env, IngestOptions options)
    : env_(env),
      options_(std::move(options)),
      seed_(SeedReaderOptions{options_.max_document_bytes}),
      text_(TextReaderOptions{options_.max_document_bytes}),
      html_(HtmlOptions(options_)),
      jsonl_(JsonlReaderOptions{options_.max_document_bytes, options_.jsonl_fields}),
      warc_(WarcOptions(options_)),
      feed_(FeedReaderOptions{options_.max_document_bytes, options_.max_file_bytes}) {
  fetcher_ = options_.fetcher;
  if (fetcher_ == nullptr) {
    owned_fetcher_ = std::make_unique<HttpFetcher>(options_.http);
    fetcher_ = owned_fetcher_.get();
  }
}

void Ingester::IngestInput(const std::string& input, DocumentSink* sink) const {
  if (IsHttpUrl(input)) return IngestUrl(input, sink);
  if (input == "-" || !env_->IsDirectory(input)) return IngestFile(input, sink);
  std::vector<std::string> files;
  Status listed = env_->ListFilesRecursive(input, &files);
  if (!listed.ok()) return RejectInput(sink, input, 0, WithoutSourcePrefix(listed, input));
  for (const std::string& file : files) IngestFile(file, sink);
}

void Ingester::IngestFile(const std::string& path, DocumentSink* sink) const {
  if (path != "-" && env_->IsDirectory(path)) {
    return RejectInput(sink, path, 0, absl::InvalidArgumentError("is a directory"));
  }
  StatusOr<std::unique_ptr<SequentialFile>> file = env_->NewSequentialFile(path);
  if (!file.ok()) return RejectInput(sink, path, 0, WithoutSourcePrefix(file.status(), path));
  IngestStream(path, file->get(), sink);
}

void Ingester::IngestStream(const std::string& source, SequentialFile* in,
                            DocumentSink* sink) const {
  BufferedReader raw(in);
  StatusOr<std::string_view> head = raw.Peek(kFormatHeadBytes);
  if (!head.ok()) return RejectInput(sink, source, 0, WithoutSourcePrefix(head.status(), source));
  if (head->empty()) return RejectInput(sink, source, 0, absl::InvalidArgumentError("empty file"));
  BufferedReaderFile raw_file(&raw);
  if (!HasGzipMagic(*head)) {
    const std::optional<SourceFormat> format = DetectFormat(source, *head);
    if (!format) return RejectInput(sink, source, 0, UnknownFormat());
    return Dispatch(*format, source, &raw_file, sink);
  }
  GzipFile gz(&raw_file);
  BufferedReader inflated(&gz);
  StatusOr<std::string_view> inner = inflated.Peek(kFormatHeadBytes);
  if (!inner.ok()) return RejectInput(sink, source, 0, inner.status());
  if (inner->empty()) {
    return RejectInput(sink, source, 0, absl::InvalidArgumentError("empty file (gzip)"));
  }
  const std::optional<SourceFormat> format = DetectFormat(source, *inner);
  if (!format) return RejectInput(sink, source, 0, UnknownFormat());
  BufferedReaderFile inflated_file(&inflated);
  Dispatch(*format, source, &inflated_file, sink);
}

void Ingester::IngestBytes(const std::string& source, std::string_view bytes,
                           DocumentSink* sink) const {
  std::unique_ptr<SequentialFile> in = NewStringSequentialFile(std::string(bytes));
  IngestStream(source, in.get(), sink);
}

bool Ingester::ReadWhole(const std::string& source, SequentialFile* in, std::string* out,
                         DocumentSink* sink) const {
  BufferedReader reader(in);
  StatusOr<uint64_t> n = reader.Read(options_.max_file_bytes, out);
  if (!n.ok()) {
    RejectInput(sink, source, 0, n.status());
    return false;
  }
  StatusOr<bool> end = reader.AtEnd();
  if (end.ok() && !*end) {
    RejectInput(
        sink, source, 0,
        absl::InvalidArgumentError(absl::StrCat(
            "larger than the limit of ", options_.max_file_bytes, " bytes (max_file_bytes)")));
    return false;
  }
  if (!end.ok()) RejectInput(sink, source, 0, end.status());
  return end.ok();
}

void Ingester::Dispatch(SourceFormat format, const std::string& source, SequentialFile* in,
                        DocumentSink* sink) const {
  if (format == SourceFormat::kJsonl) {
    jsonl_.Read(source, in, sink).IgnoreError();
    return;
  }
  if (format == SourceFormat::kWarc) {
    warc_.Read(source, in, sink).IgnoreError();
    return;
  }
  std::string bytes;
  if (!ReadWhole(source, in, &bytes, sink)) return;
  Status s;
  switch (format) {
    case SourceFormat::kSeedText:
      s = seed_.Read(source, bytes, sink);
      break;
    case SourceFormat::kPlainText:
      s = text_.Read(source, bytes, sink);
      break;
    case SourceFormat::kHtml:
      s = html_.Read(source, bytes, sink);
      break;
    case SourceFormat::kFeed:
      s = feed_.Read(source, bytes, sink);
      break;
    default:
      break;
  }
  s.IgnoreError();  // readers report problems to the sink
}

void Ingester::IngestUrl(const std::string& url, DocumentSink* sink) const {
  StatusOr<HttpFetchResult> fetched = fetcher_->Fetch(url);
  if (!fetched.ok()) return RejectInput(sink, url, 0, fetched.status());
  if (fetched->not_modified) return;
  const std::string& body = fetched->body;
  if (body.empty()) return RejectInput(sink, url, 0, absl::InvalidArgumentError("empty response"));
  if (body.size() > options_.max_file_bytes) {
    return RejectInput(sink, url, 0,
                       absl::InvalidArgumentError("response larger than max_file_bytes"));
  }
  const std::string charset = CharsetParameter(fetched->content_type);
  const std::string mime = MimeType(fetched->content_type);
  const std::optional<SourceFormat> format =
      DetectFormat(fetched->final_url, std::string_view(body).substr(0, kFormatHeadBytes));
  if (format == SourceFormat::kFeed) {
    feed_.Read(url, body, sink, charset).IgnoreError();
  } else if (format == SourceFormat::kHtml || IsHtmlMimeType(mime)) {
    StatusOr<RawDocument> doc = html_.Parse(body, charset);
    if (doc.ok() && doc->url.empty()) doc->url = fetched->final_url;
    Deliver(std::move(doc), absl::StrCat(UrlHost(url), ":", HexHash64(Hash64(url))), url,
            SourceFormat::kHtml, 0, sink);
  } else {
    RejectInput(
        sink, url, 0,
        absl::InvalidArgumentError(absl::StrCat("neither a feed nor an HTML page (Content-Type \"",
                                                fetched->content_type, "\")")));
  }
}

Status IngestPaths(Env* env, const std::vector<std::string>& inputs, const IngestOptions& options,
                   DocumentSink* sink) {
  if (env == nullptr || sink == nullptr) {
    return absl::InvalidArgumentError("IngestPaths: env and sink must not be null");
  }
  Ingester ingester(env, options);
  for (const std::string& input : inputs) ingester.IngestInput(input, sink);
  return absl::OkStatus();
}

}  // namespace newsloom
