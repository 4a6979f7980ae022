#include "export/csv_writer.h"

#include "absl/strings/str_join.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

constexpr std::string_view kColumns[] = {
    "event_id_cnty",  "event_date", "year",       "time_precision", "event_type",
    "sub_event_type", "actor1",     "actor2",     "country",        "iso",
    "admin1",         "location",   "latitude",   "longitude",      "geo_precision",
    "source",         "notes",      "fatalities", "story_id",       "article_count",
    "languages",      "articles",
};

std::string Number(int64_t v, bool present) { return present ? std::to_string(v) : ""; }

}  // namespace

std::string AcledCsvHeader() {
  std::string out;
  for (std::string_view c : kColumns) {
    if (!out.empty()) out.push_back(',');
    out.append(c);
  }
  out.append("\r\n");
  return out;
}

void AppendCsvField(std::string_view field, std::string* out) {
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendAcledCsvRow(const ExportStory& s, std::string* out) {
  const bool located = s.coordinates.has_value();
  const std::string fields[] = {
      s.event_id_cnty,
      s.event_date,
      Number(s.year, s.year != 0),
      Number(s.time_precision, s.time_precision != 0),
      s.event_type,
      s.sub_event_type,
      s.actor1,
      s.actor2,
      s.country,
      s.iso,
      s.admin1,
      s.location,
      located ? fmt::format("{:.5f}", s.coordinates->lat) : "",
      located ? fmt::format("{:.5f}", s.coordinates->lon) : "",
      Number(s.geo_precision, s.geo_precision != 0),
      s.source,
      s.notes,
      std::to_string(s.fatalities),
      s.story_id,
      std::to_string(s.article_count),
      absl::StrJoin(s.langs, " "),
      absl::StrJoin(s.articles, " "),
  };
  static_assert(std::size(fields) == std::size(kColumns));
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    AppendCsvField(f, out);
  }
  out->append("\r\n");
}

}  // namespace newsloom
