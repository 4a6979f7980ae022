#include "ingest/text_reader.h"

#include <vector>

#include "core/strings.h"
#include "ingest/source_names.h"
#include "text/chrome_lines.h"

namespace newsloom {
namespace {

constexpr size_t kMaxHeadlineBytes = 200;
constexpr size_t kMaxHeadlineWords = 30;
constexpr int kMaxLeadingLines = 5;

size_t CountWords(std::string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    if (IsAsciiSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool EndsLikeSentence(std::string_view line) {
  if (line.empty()) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return true;
  return line.size() >= 3 && line.substr(line.size() - 3) == "\xE3\x80\x82";  // 。
}

bool HasAsciiLetter(std::string_view s) {
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

}  // namespace

std::string GuessHeadline(std::string_view text) {
  std::string_view best;
  size_t best_chars = 0;
  int seen = 0;
  size_t pos = 0;
  while (pos < text.size() && seen < kMaxLeadingLines) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = StripAsciiWhitespace(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    ++seen;
    const size_t words = CountWords(line);
    if (line.size() > kMaxHeadlineBytes || words > kMaxHeadlineWords || EndsLikeSentence(line)) {
      break;  // body text starts here
    }
    const bool more_follows =
        !StripAsciiWhitespace(text.substr(std::min(pos, text.size()))).empty();
    const size_t chars = CountCodePoints(line);
    const bool enough = words >= 3 || (!HasAsciiLetter(line) && chars >= 8);
    if (enough && more_follows && chars > best_chars) {
      best = line;
      best_chars = chars;
    }
  }
  return std::string(best);
}

TextReader::TextReader(TextReaderOptions options) : options_(options) {}

StatusOr<RawDocument> TextReader::Parse(std::string_view bytes) const {
  NL_RETURN_IF_ERROR(CheckDocumentSize(bytes.size(), options_.max_document_bytes));
  if (IsBlank(bytes)) return absl::InvalidArgumentError("empty file: no text");
  DecodedText decoded = DecodePlainText(bytes);
  if (LooksBinary(bytes, decoded.text, decoded.charset)) {
    return absl::InvalidArgumentError("binary data, not text");
  }
  // Text saved from web pages often keeps the page's navigation lines ("Accessibility
  // links", "Breaking News") before the article and sharing/copyright lines after it.
  const ArticleSpan span = FindArticleSpan(decoded.text);
  if (span.begin == span.end) {
    return absl::InvalidArgumentError("no article text, only site navigation lines");
  }
  OffsetMap trimmed_to_decoded;
  trimmed_to_decoded.AddAnchor(0, static_cast<uint32_t>(span.begin));
  RawDocument doc;
  doc.text = decoded.text.substr(span.begin, span.end - span.begin);
  doc.title = GuessHeadline(doc.text);
  doc.text_to_original =
      trimmed_to_decoded.Then(decoded.to_original, static_cast<uint32_t>(doc.text.size()));
  doc.original_bytes = bytes.size();
  return doc;
}

Status TextReader::Read(const std::string& source, std::string_view bytes,
                        DocumentSink* sink) const {
  Deliver(Parse(bytes), SourceStem(source), source, SourceFormat::kPlainText, 0, sink);
  return absl::OkStatus();
}

}  // namespace newsloom
