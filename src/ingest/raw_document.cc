#include "ingest/raw_document.h"

#include "ingest/document_sink.h"

namespace newsloom {

std::string_view SourceFormatName(SourceFormat f) {
  switch (f) {
    case SourceFormat::kSeedText:
      return "seed";
    case SourceFormat::kPlainText:
      return "text";
    case SourceFormat::kHtml:
      return "html";
    case SourceFormat::kJsonl:
      return "jsonl";
    case SourceFormat::kWarc:
      return "warc";
    case SourceFormat::kFeed:
      return "feed";
  }
  return "unknown";
}

std::string Rejection::ToString() const {
  std::string out = source;
  if (record > 0) out += ":" + std::to_string(record);
  out += ": ";
  out.append(status.message().data(), status.message().size());
  return out;
}

}  // namespace newsloom
