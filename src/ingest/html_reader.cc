#include "ingest/html_reader.h"

#include <algorithm>

#include "ingest/decoded_offsets.h"
#include "ingest/source_names.h"
#include "text/charset.h"

namespace newsloom {
namespace {

HtmlExtractorOptions ExtractorOptions(const HtmlReaderOptions& options) {
  HtmlExtractorOptions out = options.extractor;
  // Decoding can grow a page (a single-byte charset becomes up to 3 bytes per character).
  out.max_html_bytes = std::max(out.max_html_bytes, 3 * options.max_document_bytes);
  return out;
}

}  // namespace

HtmlReader::HtmlReader(HtmlReaderOptions options)
    : options_(options), extractor_(ExtractorOptions(options)) {}

StatusOr<RawDocument> HtmlReader::Parse(std::string_view bytes,
                                        std::string_view http_charset) const {
  NL_RETURN_IF_ERROR(CheckDocumentSize(bytes.size(), options_.max_document_bytes));
  if (IsBlank(bytes)) return absl::InvalidArgumentError("empty page");
  const std::string declared =
      http_charset.empty() ? SniffDeclaredCharset(bytes) : std::string(http_charset);
  std::string used;
  const std::string html = DecodeToUtf8(bytes, declared, &used);
  if (LooksBinary(bytes, html, used)) {
    return absl::InvalidArgumentError("binary data, not an HTML page");
  }
  StatusOr<HtmlContent> content = extractor_.Extract(html);
  if (!content.ok()) return content.status();
  if (IsBlank(content->text)) return absl::InvalidArgumentError("page has no article text");
  RawDocument doc;
  doc.title = std::move(content->title);
  doc.published = content->published;
  doc.url = std::move(content->canonical_url);
  doc.lang_hint = std::move(content->lang);
  doc.text_to_original = MapToOriginal(content->text_to_html,
                                       static_cast<uint32_t>(content->text.size()), html, bytes);
  doc.text = std::move(content->text);
  doc.original_bytes = bytes.size();
  return doc;
}

Status HtmlReader::Read(const std::string& source, std::string_view bytes,
                        DocumentSink* sink) const {
  Deliver(Parse(bytes), SourceStem(source), source, SourceFormat::kHtml, 0, sink);
  return absl::OkStatus();
}

}  // namespace newsloom
