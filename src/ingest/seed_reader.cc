#include "ingest/seed_reader.h"

#include "core/strings.h"
#include "ingest/decoded_offsets.h"
#include "ingest/source_names.h"
#include "ingest/text_reader.h"

namespace newsloom {
namespace {

// Parses the header at the start of `s`; returns its length including the whitespace after
// it, or 0 when `s` does not start with a header.
size_t ParseHeader(std::string_view s, std::optional<FuzzyDate>* date) {
  size_t i = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  if (s.substr(i, 5) != "date ") return 0;
  i += 5;
  const std::string_view ym = s.substr(i, 7);
  if (ym.size() < 7 || ym[4] != '-') return 0;
  int year = 0, month = 0;
  for (size_t k : {0, 1, 2, 3, 5, 6}) {
    if (ym[k] < '0' || ym[k] > '9') return 0;
    (k < 4 ? year : month) = (k < 4 ? year : month) * 10 + (ym[k] - '0');
  }
  i += 7;
  if (i < s.size() && !IsAsciiSpace(s[i])) return 0;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  *date = FuzzyDate::Make(year, month);
  return i;
}

}  // namespace

SeedReader::SeedReader(SeedReaderOptions options) : options_(options) {}

StatusOr<RawDocument> SeedReader::Parse(std::string_view bytes) const {
  NL_RETURN_IF_ERROR(CheckDocumentSize(bytes.size(), options_.max_document_bytes));
  DecodedText decoded = DecodePlainText(bytes);
  std::optional<FuzzyDate> date;
  const size_t header = ParseHeader(decoded.text, &date);
  if (header == 0) {
    return absl::InvalidArgumentError("missing \" date YYYY-MM \" header");
  }
  if (!date) return absl::InvalidArgumentError("impossible date in the \" date YYYY-MM \" header");
  std::string_view body = std::string_view(decoded.text).substr(header);
  if (IsBlank(body)) return absl::InvalidArgumentError("no text after the date header");
  RawDocument doc;
  doc.published = date;
  doc.text = std::string(body);
  OffsetMap to_decoded;
  to_decoded.AddAnchor(0, static_cast<uint32_t>(header));
  doc.text_to_original =
      MapToOriginal(to_decoded, static_cast<uint32_t>(doc.text.size()), decoded.text, bytes);
  doc.title = GuessHeadline(doc.text);
  doc.original_bytes = bytes.size();
  return doc;
}

Status SeedReader::Read(const std::string& source, std::string_view bytes,
                        DocumentSink* sink) const {
  Deliver(Parse(bytes), SourceStem(source), source, SourceFormat::kSeedText, 0, sink);
  return absl::OkStatus();
}

}  // namespace newsloom
