#include "export/geojson_writer.h"

#include "core/json_writer.h"

namespace newsloom {
namespace {

void StringOrNull(JsonWriter* w, std::string_view key, const std::string& value) {
  w->Key(key);
  if (value.empty()) {
    w->Null();
  } else {
    w->String(value);
  }
}

}  // namespace

std::string GeoJsonBegin() { return R"({"type":"FeatureCollection","features":[)"; }

std::string GeoJsonEnd() { return "]}\n"; }

void GeoJsonAppendFeature(const ExportStory& s, bool first, std::string* out) {
  JsonWriter w;
  w.BeginObject().Key("type").String("Feature").Key("id").String(s.story_id);
  w.Key("geometry");
  if (s.coordinates) {
    w.BeginObject().Key("type").String("Point").Key("coordinates").BeginArray();
    w.Double(s.coordinates->lon, 5).Double(s.coordinates->lat, 5).EndArray().EndObject();
  } else {
    w.Null();
  }
  w.Key("properties").BeginObject();
  w.Key("story_id").String(s.story_id);
  w.Key("event_id_cnty").String(s.event_id_cnty);
  StringOrNull(&w, "event_date", s.event_date);
  w.Key("time_precision");
  if (s.time_precision != 0) {
    w.Int(s.time_precision);
  } else {
    w.Null();
  }
  StringOrNull(&w, "event_type", s.event_type);
  StringOrNull(&w, "sub_event_type", s.sub_event_type);
  StringOrNull(&w, "actor1", s.actor1);
  StringOrNull(&w, "actor2", s.actor2);
  StringOrNull(&w, "country", s.country);
  StringOrNull(&w, "iso", s.iso);
  StringOrNull(&w, "admin1", s.admin1);
  StringOrNull(&w, "location", s.location);
  w.Key("geo_precision");
  if (s.geo_precision != 0) {
    w.Int(s.geo_precision);
  } else {
    w.Null();
  }
  StringOrNull(&w, "source", s.source);
  StringOrNull(&w, "notes", s.notes);
  w.Key("fatalities").Int(s.fatalities);
  w.Key("article_count").Int(s.article_count);
  StringOrNull(&w, "first_published", s.first_published);
  StringOrNull(&w, "last_published", s.last_published);
  w.Key("languages").BeginArray();
  for (const std::string& l : s.langs) w.String(l);
  w.EndArray();
  w.EndObject().EndObject();
  if (!first) out->push_back(',');
  out->append(w.str());
}

}  // namespace newsloom
