#include "server/post_body.h"

#include <simdjson.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/hash.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "ingest/collecting_sink.h"
#include "ingest/jsonl_reader.h"

namespace newsloom {
namespace {

// One record as one JSON line, with its number and whether it names its own id.
struct Record {
  int64_t number = 0;
  std::string line;
  bool has_id = false;
  std::string text;  // for the content-derived id
};

Record Inspect(simdjson::dom::parser& parser, int64_t number, std::string_view json) {
  Record r;
  r.number = number;
  simdjson::dom::object obj;
  if (parser.parse(json.data(), json.size()).get_object().get(obj) == simdjson::SUCCESS) {
    r.line = simdjson::minify(obj);
    simdjson::dom::element id;
    r.has_id = obj["id"].get(id) == simdjson::SUCCESS && (id.is_string() || id.is_int64());
    std::string_view text;
    if (obj["text"].get_string().get(text) == simdjson::SUCCESS) r.text = std::string(text);
  } else {
    r.line = std::string(json);  // the reader rejects it with its own message
  }
  return r;
}

// Splits the body into records.
StatusOr<std::vector<Record>> Records(std::string_view body) {
  const std::string_view trimmed = StripAsciiWhitespace(body);
  if (trimmed.empty()) return absl::InvalidArgumentError("empty body: expected JSON articles");
  simdjson::dom::parser parser;
  std::vector<Record> out;
  simdjson::dom::element whole;
  if (parser.parse(trimmed.data(), trimmed.size()).get(whole) == simdjson::SUCCESS) {
    if (whole.is_object()) {
      out.push_back(Inspect(parser, 1, trimmed));
      return out;
    }
    simdjson::dom::array array;
    if (whole.get_array().get(array) != simdjson::SUCCESS) {
      return absl::InvalidArgumentError(
          "body is neither a JSON object, an array of objects, nor JSON lines");
    }
    std::vector<std::string> items;
    for (simdjson::dom::element e : array) items.push_back(simdjson::minify(e));
    simdjson::dom::parser item_parser;
    for (size_t i = 0; i < items.size(); ++i) {
      out.push_back(Inspect(item_parser, static_cast<int64_t>(i) + 1, items[i]));
    }
    return out;
  }
  int64_t number = 0;
  for (std::string_view line : SplitView(body, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripAsciiWhitespace(line).empty()) continue;
    out.push_back(Inspect(parser, number, line));
  }
  return out;
}

}  // namespace

StatusOr<PostedArticles> ParsePostBody(std::string_view body) {
  NL_ASSIGN_OR_RETURN(std::vector<Record> records, Records(body));
  // The JSONL reader reads the records as lines numbered like the records: record n is line n.
  std::string lines;
  std::map<int64_t, const Record*> by_number;
  int64_t line_no = 0;
  for (const Record& r : records) {
    while (line_no + 1 < r.number) {
      lines.push_back('\n');
      ++line_no;
    }
    // A raw line with a newline inside cannot happen (split on '\n'); minified JSON has none.
    lines.append(r.line).push_back('\n');
    ++line_no;
    by_number[r.number] = &r;
  }
  CollectingSink sink;
  JsonlReader reader;
  NL_RETURN_IF_ERROR(reader.ReadBytes(std::string(kPostSource), lines, &sink));
  PostedArticles out;
  out.documents = sink.documents();
  out.rejections = sink.rejections();
  for (RawDocument& d : out.documents) {
    d.source = std::string(kPostSource);
    auto it = by_number.find(d.record);
    if (it != by_number.end() && !it->second->has_id) {
      d.id = fmt::format("api:{}", HexHash64(Hash64(it->second->text)));
    }
  }
  // The reader refuses a whole input in which no record has a text (record 0, "not a file of
  // articles"); here each record is reported on its own.
  std::vector<Rejection> rejections;
  std::set<int64_t> reported;
  for (const Rejection& r : out.rejections) reported.insert(r.record);
  for (const RawDocument& d : out.documents) reported.insert(d.record);
  for (Rejection& r : out.rejections) {
    if (r.record > 0) {
      r.source = std::string(kPostSource);
      rejections.push_back(std::move(r));
      continue;
    }
    for (const Record& rec : records) {
      if (reported.insert(rec.number).second) {
        rejections.push_back({std::string(kPostSource), rec.number,
                              absl::InvalidArgumentError("missing \"text\" field (a string)")});
      }
    }
  }
  std::sort(rejections.begin(), rejections.end(),
            [](const Rejection& a, const Rejection& b) { return a.record < b.record; });
  out.rejections = std::move(rejections);
  return out;
}

}  // namespace newsloom
