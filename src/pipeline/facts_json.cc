#include "pipeline/facts_json.h"

#include <string>

namespace newsloom {
namespace {

void Mention(JsonWriter& w, uint32_t begin, uint32_t end, std::string_view surface) {
  w.BeginObject().Key("start").Int(begin).Key("end").Int(end).Key("surface").String(surface);
  w.EndObject();
}

void Spans(JsonWriter& w, std::string_view key, const std::vector<TextSpan>& spans) {
  w.Key(key).BeginArray();
  for (const TextSpan& s : spans) Mention(w, s.begin, s.end, s.surface);
  w.EndArray();
}

void PlaceMentions(JsonWriter& w, const TaggedPlace& p) {
  w.Key("mentions").BeginArray();
  for (const PlaceMention& m : p.mentions) Mention(w, m.begin, m.end, m.surface);
  w.EndArray();
}

void StringOrNull(JsonWriter& w, std::string_view key, std::string_view value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value);
  }
}

// ACLED geo precision: 1 the town, 2 near it or its district, 3 the province; a location known
// only to the country is written with precision 3 and no place.
void Location(JsonWriter& w, const Geotag& geo) {
  w.Key("location");
  if (!geo.main || *geo.main >= geo.places.size()) {
    w.Null();
    return;
  }
  const TaggedPlace& p = geo.places[*geo.main];
  const bool town = p.kind == TaggedPlace::kPlace;
  w.BeginObject();
  StringOrNull(w, "place", p.kind == TaggedPlace::kCountry ? "" : p.name);
  w.Key("geonameid");
  if (town) {
    w.Int(p.geonameid);
  } else {
    w.Null();
  }
  w.Key("country").String(p.country);
  StringOrNull(w, "admin1", p.kind == TaggedPlace::kSubdivision ? p.name : p.admin1_name);
  StringOrNull(w, "admin1_code", p.admin1_code);
  if (town) {
    w.Key("lat").Double(p.lat, 5).Key("lon").Double(p.lon, 5);
  } else {
    w.Key("lat").Null().Key("lon").Null();
  }
  w.Key("precision").Int(geo.precision == 0 ? 3 : geo.precision);
  w.EndObject();
}

void Places(JsonWriter& w, const Geotag& geo) {
  w.Key("places").BeginArray();
  for (const TaggedPlace& p : geo.places) {
    if (p.kind == TaggedPlace::kCountry) continue;
    w.BeginObject().Key("name").String(p.name);
    w.Key("kind").String(p.kind == TaggedPlace::kPlace ? "place" : "subdivision");
    w.Key("geonameid");
    if (p.kind == TaggedPlace::kPlace) {
      w.Int(p.geonameid);
    } else {
      w.Null();
    }
    w.Key("country").String(p.country);
    if (p.kind == TaggedPlace::kPlace) {
      w.Key("lat").Double(p.lat, 5).Key("lon").Double(p.lon, 5);
    }
    PlaceMentions(w, p);
    w.EndObject();
  }
  w.EndArray();
  // Countries by weight; mentions of the country's own names where there are any.
  w.Key("countries").BeginArray();
  for (const std::string& code : geo.countries) {
    w.BeginObject().Key("code").String(code);
    const TaggedPlace* named = nullptr;
    for (const TaggedPlace& p : geo.places) {
      if (p.kind == TaggedPlace::kCountry && p.country == code) named = &p;
    }
    if (named != nullptr) {
      w.Key("name").String(named->name);
      PlaceMentions(w, *named);
    } else {
      w.Key("mentions").BeginArray().EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
}

void Entities(JsonWriter& w, std::string_view key, const std::vector<NamedEntity>& entities) {
  w.Key(key).BeginArray();
  for (const NamedEntity& e : entities) {
    w.BeginObject();
    w.Key("name").String(e.display_name.empty() ? e.name : e.display_name);
    if (!e.display_name.empty() && e.display_name != e.name) w.Key("written").String(e.name);
    StringOrNull(w, "entity_id", e.entity_id);
    if (!e.role.empty()) w.Key("role").String(e.role);
    if (e.source) w.Key("source").Bool(true);
    Spans(w, "mentions", e.mentions);
    w.EndObject();
  }
  w.EndArray();
}

void EventsArray(JsonWriter& w, const ArticleFacts& facts) {
  w.BeginArray();
  for (const EventRecord& e : facts.events) {
    w.BeginObject().Key("type").String(e.type);
    StringOrNull(w, "subtype", e.subtype);
    w.Key("plover").BeginObject();
    StringOrNull(w, "event", e.plover_event);
    StringOrNull(w, "mode", e.plover_mode);
    w.EndObject();
    if (e.date) {
      w.Key("date").String(e.date->ToString());
    } else {
      w.Key("date").Null();
    }
    StringOrNull(w, "date_precision", e.date_precision);
    if (e.background) {
      w.Key("location").Null();
    } else {
      Location(w, facts.geo);
    }
    w.Key("actors").BeginArray();
    for (const EventActor& a : e.actors) {
      w.BeginObject().Key("role").String(a.role);
      StringOrNull(w, "name", a.name);
      StringOrNull(w, "entity_id", a.entity_id);
      w.EndObject();
    }
    w.EndArray();
    w.Key("background").Bool(e.background);
    w.Key("confidence").Double(e.confidence, 3);
    Spans(w, "evidence", e.evidence);
    w.EndObject();
  }
  w.EndArray();
}

void FiguresArray(JsonWriter& w, const std::vector<Figure>& figures) {
  w.BeginArray();
  for (const Figure& f : figures) {
    w.BeginObject().Key("kind").String(f.kind).Key("actor").String(f.actor);
    if (!f.actor_name.empty()) w.Key("actor_name").String(f.actor_name);
    w.Key("value").Int(f.value).Key("approx").Bool(f.approx);
    StringOrNull(w, "qualifier", f.qualifier);
    w.Key("text").String(f.text);
    w.Key("sentence").Int(f.sentence).Key("start").Int(f.begin).Key("end").Int(f.end);
    w.Key("confidence").Double(f.confidence, 3);
    w.Key("background").Bool(f.background);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteFactsJson(const ArticleFacts& facts, JsonWriter& w) {
  Location(w, facts.geo);
  Places(w, facts.geo);
  Entities(w, "persons", facts.persons);
  Entities(w, "organizations", facts.organizations);
  EventsArray(w.Key("events"), facts);
  FiguresArray(w.Key("figures"), facts.figures);
}

std::string EventsJson(const ArticleFacts& facts) {
  JsonWriter w;
  EventsArray(w, facts);
  return w.Release();
}

std::string FiguresJson(const ArticleFacts& facts) {
  JsonWriter w;
  FiguresArray(w, facts.figures);
  return w.Release();
}

}  // namespace newsloom
