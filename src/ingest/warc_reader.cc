#include "ingest/warc_reader.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "core/strings.h"
#include "ingest/buffered_reader.h"
#include "ingest/format_detector.h"
#include "ingest/gzip_file.h"
#include "ingest/http_response.h"
#include "ingest/source_names.h"

namespace newsloom {
namespace {

struct WarcHeaders {
  std::string type;  // lower case
  std::string content_type;
  std::string target_uri;
  std::string date;
  int64_t content_length = -1;
};

int64_t ParseLength(std::string_view s) {
  s = StripAsciiWhitespace(s);
  if (s.empty() || s.size() > 15) return -1;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

void SetHeader(std::string_view line, WarcHeaders* h) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view name = StripAsciiWhitespace(line.substr(0, colon));
  std::string_view value = StripAsciiWhitespace(line.substr(colon + 1));
  if (EqualsIgnoreCase(name, "WARC-Type")) {
    h->type = AsciiLower(value);
  } else if (EqualsIgnoreCase(name, "Content-Type")) {
    h->content_type = std::string(value);
  } else if (EqualsIgnoreCase(name, "WARC-Target-URI")) {
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
      value = value.substr(1, value.size() - 2);  // WARC/1.0 drafts wrapped URIs in <>
    }
    h->target_uri = std::string(value);
  } else if (EqualsIgnoreCase(name, "WARC-Date")) {
    h->date = std::string(value);
  } else if (EqualsIgnoreCase(name, "Content-Length")) {
    h->content_length = ParseLength(value);
  }
}

bool IsWanted(const WarcHeaders& h) {
  if (h.type == "response") return MimeType(h.content_type) == "application/http";
  if (h.type == "resource") return IsHtmlMimeType(MimeType(h.content_type));
  return false;
}

}  // namespace

// Reads the records of one archive, delivering documents and rejections as it goes.
class WarcReader::RecordLoop {
 public:
  RecordLoop(const WarcReader& reader, const std::string& source, BufferedReader* in,
             DocumentSink* sink)
      : reader_(reader), options_(reader.options_), source_(source), in_(in), sink_(sink) {}

  void Run() {
    while (true) {
      WarcHeaders h;
      StatusOr<bool> got = ReadHeaders(&h);
      if (got.ok() && !*got) return;
      ++records_;
      if (!got.ok()) return Fail(got.status());
      if (h.content_length < 0) {
        return Fail(absl::DataLossError("WARC record without a valid Content-Length"));
      }
      const bool counted = h.type == "response" || h.type == "resource";
      if (counted) ++k_;
      const uint64_t limit =
          options_.max_document_bytes + (h.type == "response" ? options_.max_header_bytes : 0);
      if (!counted || !IsWanted(h) || static_cast<uint64_t>(h.content_length) > limit) {
        if (counted && IsWanted(h)) {
          RejectInput(sink_, source_, k_,
                      absl::InvalidArgumentError(absl::StrCat("WARC record of ", h.content_length,
                                                              " bytes is over the limit of ", limit,
                                                              " bytes (max_document_bytes)")));
        }
        StatusOr<uint64_t> skipped = in_->Skip(h.content_length);
        if (!skipped.ok()) return Fail(skipped.status());
        if (*skipped < static_cast<uint64_t>(h.content_length)) return Fail(Truncated());
        continue;
      }
      std::string block;
      StatusOr<uint64_t> read = in_->Read(h.content_length, &block);
      if (!read.ok()) return Fail(read.status());
      if (*read < static_cast<uint64_t>(h.content_length)) return Fail(Truncated());
      HandleBlock(h, block);
    }
  }

 private:
  static Status Truncated() { return absl::DataLossError("truncated WARC record"); }

  // Reads the version line and headers of the next record; false at the end of input.
  StatusOr<bool> ReadHeaders(WarcHeaders* h) {
    std::string line;
    while (true) {  // blank lines between records
      record_offset_ = in_->offset();
      NL_ASSIGN_OR_RETURN(auto got, in_->ReadLine(options_.max_header_bytes, &line));
      if (got == BufferedReader::LineStatus::kEnd) return false;
      if (got == BufferedReader::LineStatus::kLine && line.empty()) continue;
      if (got == BufferedReader::LineStatus::kTooLong || line.compare(0, 7, "WARC/1.") != 0) {
        return absl::DataLossError("not a WARC record (expected \"WARC/1.0\" or \"WARC/1.1\")");
      }
      break;
    }
    size_t header_bytes = 0;
    while (true) {
      NL_ASSIGN_OR_RETURN(auto got, in_->ReadLine(options_.max_header_bytes, &line));
      if (got == BufferedReader::LineStatus::kEnd) return Truncated();
      header_bytes += line.size() + 2;
      if (got == BufferedReader::LineStatus::kTooLong || header_bytes > options_.max_header_bytes) {
        return absl::DataLossError("WARC header block over max_header_bytes");
      }
      if (line.empty()) return true;
      SetHeader(line, h);
    }
  }

  void HandleBlock(const WarcHeaders& h, std::string_view block) {
    std::string charset = CharsetParameter(h.content_type);
    std::string body_storage;
    std::string_view body = block;
    if (h.type == "response") {
      StatusOr<HttpResponseMessage> http = ParseHttpResponse(block, options_.max_document_bytes);
      if (!http.ok()) return RejectInput(sink_, source_, k_, http.status());
      if (http->status != 200) return;  // redirects, errors: not articles
      const std::string mime = MimeType(http->content_type);
      if (mime.empty()
              ? DetectFormat("", std::string_view(http->body).substr(0, kFormatHeadBytes)) !=
                    SourceFormat::kHtml
              : !IsHtmlMimeType(mime)) {
        return;
      }
      charset = CharsetParameter(http->content_type);
      body_storage = std::move(http->body);
      body = body_storage;
    }
    StatusOr<RawDocument> doc = reader_.html_.Parse(body, charset);
    if (doc.ok()) {
      if (!h.target_uri.empty()) doc->url = h.target_uri;
      if (!doc->published) doc->published = FuzzyDate::Parse(h.date);
    }
    Deliver(std::move(doc), absl::StrCat(SourceStem(source_), ":", k_), source_,
            SourceFormat::kWarc, k_, sink_);
  }

  void Fail(const Status& s) {
    RejectInput(sink_, source_, 0,
                Status(s.code(),
                       absl::StrCat(s.message(), " (in the WARC record at offset ", record_offset_,
                                    ", after ", records_ - 1, " complete records)")));
  }

  const WarcReader& reader_;
  const WarcReaderOptions& options_;
  const std::string& source_;
  BufferedReader* in_;
  DocumentSink* sink_;
  int64_t records_ = 0;  // WARC records of any type started, the current one included
  int64_t k_ = 0;        // response and resource records seen
  uint64_t record_offset_ = 0;
};

WarcReader::WarcReader(WarcReaderOptions options)
    : options_(options), html_([&] {
        HtmlReaderOptions html = options.html;
        html.max_document_bytes = options.max_document_bytes;
        return html;
      }()) {}

Status WarcReader::Read(const std::string& source, SequentialFile* in, DocumentSink* sink) const {
  BufferedReader raw(in);
  StatusOr<std::string_view> head = raw.Peek(2);
  if (!head.ok()) {
    RejectInput(sink, source, 0, head.status());
    return absl::OkStatus();
  }
  if (HasGzipMagic(*head)) {
    BufferedReaderFile compressed(&raw);  // still holds the peeked bytes
    GzipFile gz(&compressed);
    BufferedReader reader(&gz);
    RecordLoop(*this, source, &reader, sink).Run();
  } else {
    RecordLoop(*this, source, &raw, sink).Run();
  }
  return absl::OkStatus();
}

Status WarcReader::ReadBytes(const std::string& source, std::string_view bytes,
                             DocumentSink* sink) const {
  std::unique_ptr<SequentialFile> in = NewStringSequentialFile(std::string(bytes));
  return Read(source, in.get(), sink);
}

}  // namespace newsloom
