#include "export/story_json.h"

#include <simdjson.h>

#include "core/json_writer.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

void WriteLocation(simdjson::dom::element location, const GeoLookup& geo, JsonWriter* w) {
  simdjson::dom::object obj;
  if (location.get_object().get(obj) != simdjson::SUCCESS) {
    w->Raw(simdjson::to_string(location));
    return;
  }
  int64_t geonameid = 0;
  std::string_view country;
  w->BeginObject();
  for (auto field : obj) {
    if (field.key == "lat" || field.key == "lon" || field.key == "geo_precision") continue;
    if (field.key == "geonameid" && field.value.get_int64().get(geonameid) != simdjson::SUCCESS) {
      geonameid = 0;
    }
    if (field.key == "country" && field.value.get_string().get(country) != simdjson::SUCCESS) {
      country = {};
    }
    w->Key(field.key).Raw(simdjson::to_string(field.value));
  }
  std::optional<LatLon> at = geo.Town(geonameid);
  int precision = 1;
  if (!at) {
    at = geo.Capital(country);
    precision = 3;
  }
  if (at) {
    w->Key("lat").Double(at->lat, 5).Key("lon").Double(at->lon, 5);
    w->Key("geo_precision").Int(precision);
  } else {
    w->Key("lat").Null().Key("lon").Null().Key("geo_precision").Null();
  }
  w->EndObject();
}

}  // namespace

StatusOr<std::string> StoryJson(const StoredStory& story, StoryView view, const GeoLookup& geo) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object obj;
  if (parser.parse(story.json).get_object().get(obj) != simdjson::SUCCESS) {
    return absl::DataLossError(fmt::format("story {}: stored JSON is not an object", story.id));
  }
  JsonWriter w;
  w.BeginObject();
  for (auto field : obj) {
    if (field.key == "article_count") continue;
    if (field.key == "leads" && view == StoryView::kSummary) continue;
    w.Key(field.key);
    if (field.key == "location" && !field.value.is_null()) {
      WriteLocation(field.value, geo, &w);
    } else {
      w.Raw(simdjson::to_string(field.value));
    }
  }
  w.Key("article_count").Int(story.article_count);
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom
