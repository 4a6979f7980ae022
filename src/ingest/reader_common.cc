#include "ingest/reader_common.h"

#include "absl/strings/str_cat.h"
#include "core/strings.h"
#include "ingest/decoded_offsets.h"
#include "ingest/source_names.h"
#include "text/charset.h"

namespace newsloom {

Status CheckDocumentSize(uint64_t size, uint64_t max_bytes) {
  if (size <= max_bytes) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat("document of ", size,
                                                 " bytes is over the limit of ", max_bytes,
                                                 " bytes (max_document_bytes)"));
}

DecodedText DecodePlainText(std::string_view bytes, std::string_view declared) {
  DecodedText out;
  out.text = DecodeToUtf8(bytes, declared, &out.charset);
  out.to_original =
      MapToOriginal(OffsetMap(), static_cast<uint32_t>(out.text.size()), out.text, bytes);
  return out;
}

bool IsBlank(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (s.substr(i, 3) == "\xE3\x80\x80" || s.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

namespace {

bool HasControlBytes(std::string_view text) {
  text = text.substr(0, 4096);
  size_t controls = 0;
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) ++controls;
  }
  return controls * 50 > text.size();
}

}  // namespace

bool LooksBinary(std::string_view original, std::string_view decoded,
                 std::string_view decoded_charset) {
  const bool wide = StartsWithIgnoreCase(decoded_charset, "utf-16") ||
                    StartsWithIgnoreCase(decoded_charset, "utf-32");
  if (!wide) return HasControlBytes(original);
  if (HasControlBytes(decoded)) return true;
  const bool bom = original.size() >= 2 && ((original[0] == '\xFF' && original[1] == '\xFE') ||
                                            (original[0] == '\xFE' && original[1] == '\xFF'));
  if (bom) return false;
  const std::string_view head = decoded.substr(0, 1024);
  size_t ascii = 0;
  for (char c : head) ascii += static_cast<unsigned char>(c) < 0x80;
  return ascii * 10 < head.size() * 3;
}

std::string PrimaryLanguageSubtag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && !IsAsciiSpace(c)) return "";
    if (letter) out += static_cast<char>(c | 0x20);
  }
  if (out.size() < 2 || out.size() > 3) return "";
  return out;
}

void Deliver(StatusOr<RawDocument> doc, const std::string& id, const std::string& source,
             SourceFormat format, int64_t record, DocumentSink* sink) {
  if (!doc.ok()) {
    RejectInput(sink, source, record, doc.status());
    return;
  }
  doc->id = id;
  doc->source = record > 0 ? RecordSource(source, record) : source;
  doc->format = format;
  doc->record = record;
  sink->Accept(*std::move(doc));
}

void RejectInput(DocumentSink* sink, const std::string& source, int64_t record, Status status) {
  Rejection r;
  r.source = source;
  r.record = record;
  r.status = std::move(status);
  sink->Reject(std::move(r));
}

}  // namespace newsloom
