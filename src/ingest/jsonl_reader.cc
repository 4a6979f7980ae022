#include "ingest/jsonl_reader.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "ingest/buffered_reader.h"
#include "ingest/json_raw_string.h"
#include "ingest/source_names.h"
#include "simdjson.h"
#include "text/charset.h"

namespace newsloom {
namespace {

constexpr uint32_t kAnchorStep = 32;

struct ParsedLine {
  RawDocument doc;
  std::string id;  // from the id field, "" when absent
};

// A date string (ISO 8601 or RFC 822), seconds or milliseconds since the epoch, or the object
// of Newsloom's own articles.jsonl ({"date": ..., "precision": ...}), so that its output can
// be analysed again. A date marked "inferred" (from the article's story) was not given by the
// source and is not read.
std::optional<FuzzyDate> DateFromJson(simdjson::dom::element value) {
  std::string_view s;
  simdjson::dom::object obj;
  if (value.get_object().get(obj) == simdjson::SUCCESS) {
    bool inferred = false;
    if (obj["inferred"].get_bool().get(inferred) == simdjson::SUCCESS && inferred) {
      return std::nullopt;
    }
    if (obj["date"].get_string().get(s) != simdjson::SUCCESS) return std::nullopt;
    return FuzzyDate::Parse(s);
  }
  if (value.get_string().get(s) == simdjson::SUCCESS) {
    if (auto d = FuzzyDate::Parse(s)) return d;
    return FuzzyDate::ParseRfc822(s);
  }
  double seconds = 0;
  int64_t i = 0;
  if (value.get_int64().get(i) == simdjson::SUCCESS) {
    seconds = static_cast<double>(i);
  } else if (value.get_double().get(seconds) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  if (std::abs(seconds) > 1e11) seconds /= 1000;  // milliseconds
  if (!std::isfinite(seconds) || std::abs(seconds) > 1e12) return std::nullopt;
  const auto date = FuzzyDate::FromDays(static_cast<int64_t>(std::floor(seconds / 86400)));
  return FuzzyDate::Make(date.year(), date.month(), date.day());  // range check
}

std::string StringField(simdjson::dom::object obj, const std::string& name) {
  std::string_view s;
  if (obj[name].get_string().get(s) != simdjson::SUCCESS) return "";
  return std::string(s);
}

// Parses one non-blank line into a document (without source fields).
StatusOr<ParsedLine> ParseLine(std::string_view line, const JsonlFieldNames& fields,
                               simdjson::dom::parser* parser) {
  simdjson::dom::element root;
  auto error = parser->parse(line.data(), line.size(), true).get(root);
  if (error) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid JSON: ", simdjson::error_message(error)));
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return absl::InvalidArgumentError("not a JSON object");
  }
  std::string_view text;
  if (obj[fields.text].get_string().get(text) != simdjson::SUCCESS) {
    // NotFound (not InvalidArgument) so Read can tell files that hold no articles at all.
    return absl::NotFoundError(absl::StrCat("missing \"", fields.text, "\" field (a string)"));
  }
  if (IsBlank(text)) return absl::InvalidArgumentError(absl::StrCat("blank \"", fields.text, "\""));
  ParsedLine out;
  RawDocument& doc = out.doc;
  doc.text = std::string(text);
  doc.title = StringField(obj, fields.title);
  doc.url = StringField(obj, fields.url);
  doc.lang_hint = PrimaryLanguageSubtag(StringField(obj, fields.lang));
  simdjson::dom::element value;
  if (obj[fields.published].get(value) == simdjson::SUCCESS) doc.published = DateFromJson(value);
  int64_t numeric_id = 0;
  if (obj[fields.id].get(value) == simdjson::SUCCESS) {
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) {
      out.id = std::string(s);
    } else if (value.get_int64().get(numeric_id) == simdjson::SUCCESS) {
      out.id = std::to_string(numeric_id);
    }
  }
  size_t unescaped = 0;
  std::optional<RawSpan> span = FindTopLevelString(line, fields.text);
  if (span) doc.text_to_original = UnescapedToRaw(line, *span, kAnchorStep, &unescaped);
  if (!span || unescaped != doc.text.size()) {
    doc.text_to_original = OffsetMap();
    doc.text_to_original.AddAnchor(0, span ? static_cast<uint32_t>(span->begin) : 0);
  }
  doc.original_bytes = line.size();
  return out;
}

// Parses `line`, repairing invalid UTF-8 when that is all that is wrong with it.
StatusOr<ParsedLine> ParseLineRepairing(std::string* line, const JsonlFieldNames& fields,
                                        simdjson::dom::parser* parser) {
  if (!IsValidUtf8(*line)) ReplaceInvalidUtf8(line);
  return ParseLine(*line, fields, parser);
}

}  // namespace

JsonlReader::JsonlReader(JsonlReaderOptions options) : options_(std::move(options)) {}

Status JsonlReader::Read(const std::string& source, SequentialFile* in, DocumentSink* sink) const {
  BufferedReader reader(in);
  simdjson::dom::parser parser;
  const std::string stem = SourceStem(source);
  std::string line;
  // Until the first record is accepted, rejections wait here: a file in which no record has
  // the text field (answers, metadata) is rejected once as a whole rather than line by line.
  std::vector<Rejection> pending;
  bool accepted_any = false;
  size_t missing_text = 0;
  auto reject = [&](int64_t number, Status status) {
    if (accepted_any) {
      RejectInput(sink, source, number, std::move(status));
    } else {
      pending.push_back({source, number, std::move(status)});
    }
  };
  for (int64_t number = 1;; ++number) {
    StatusOr<BufferedReader::LineStatus> got = reader.ReadLine(options_.max_document_bytes, &line);
    if (!got.ok()) {
      reject(number, got.status());
      break;
    }
    if (*got == BufferedReader::LineStatus::kEnd) break;
    if (*got == BufferedReader::LineStatus::kTooLong) {
      reject(number, absl::InvalidArgumentError(absl::StrCat("line over the limit of ",
                                                             options_.max_document_bytes,
                                                             " bytes (max_document_bytes)")));
      continue;
    }
    if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (IsBlank(line)) continue;
    StatusOr<ParsedLine> parsed = ParseLineRepairing(&line, options_.fields, &parser);
    if (!parsed.ok()) {
      if (absl::IsNotFound(parsed.status())) ++missing_text;
      reject(number, parsed.status());
      continue;
    }
    if (!accepted_any) {
      accepted_any = true;
      for (Rejection& r : pending) sink->Reject(std::move(r));
      pending.clear();
    }
    std::string id = parsed->id.empty() ? absl::StrCat(stem, ":", number) : parsed->id;
    Deliver(std::move(parsed->doc), id, source, SourceFormat::kJsonl, number, sink);
  }
  if (pending.size() > 1 && missing_text == pending.size()) {
    RejectInput(sink, source, 0,
                absl::InvalidArgumentError(absl::StrCat(
                    "no record has a \"", options_.fields.text, "\" field (", pending.size(),
                    " records): not a file of articles (--jsonl-text names the field)")));
  } else {
    for (Rejection& r : pending) sink->Reject(std::move(r));
  }
  return absl::OkStatus();
}

Status JsonlReader::ReadBytes(const std::string& source, std::string_view bytes,
                              DocumentSink* sink) const {
  std::unique_ptr<SequentialFile> in = NewStringSequentialFile(std::string(bytes));
  return Read(source, in.get(), sink);
}

}  // namespace newsloom
