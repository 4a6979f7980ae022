#include "export/export_story.h"

#include <simdjson.h>

#include <algorithm>
#include <map>

#include "core/fuzzy_date.h"
#include "core/strings.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

std::string Str(element e, std::string_view key) {
  std::string_view s;
  if (e[key].get_string().get(s) != simdjson::SUCCESS) return "";
  return std::string(s);
}

int64_t Int(element e, std::string_view key) {
  int64_t i = 0;
  if (e[key].get_int64().get(i) != simdjson::SUCCESS) return 0;
  return i;
}

// What one member article says about the event.
struct Member {
  std::string type, subtype, date, date_precision;
  std::vector<std::string> actors;  // labels, in the event's order
  int64_t geonameid = 0;
  std::string country, admin1;
  int precision = 0;
  std::vector<std::string> sources;
};

std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  url = url.substr(url.rfind('@') == std::string_view::npos ? 0 : url.rfind('@') + 1);
  if (url.rfind("www.", 0) == 0) url.remove_prefix(4);
  return AsciiLower(url.substr(0, url.find(':')));
}

std::optional<Member> ParseMember(simdjson::dom::parser& parser, const std::string& json,
                                  const std::string& country_name) {
  element doc;
  if (parser.parse(json).get(doc) != simdjson::SUCCESS || !doc.is_object()) return std::nullopt;
  Member m;
  array events;
  if (doc["events"].get_array().get(events) == simdjson::SUCCESS) {
    for (element ev : events) {
      bool background = false;
      if (ev["background"].get_bool().get(background) != simdjson::SUCCESS) background = false;
      if (background) continue;
      m.type = Str(ev, "type");
      m.subtype = Str(ev, "subtype");
      m.date = Str(ev, "date");
      m.date_precision = Str(ev, "date_precision");
      array actors;
      if (ev["actors"].get_array().get(actors) == simdjson::SUCCESS) {
        for (element a : actors) {
          std::string name = Str(a, "name");
          if (name.empty()) {
            name = Capitalized(Str(a, "role"));
            if (!name.empty() && !country_name.empty()) name += " (" + country_name + ")";
          }
          if (!name.empty()) m.actors.push_back(std::move(name));
        }
      }
      break;  // the main event
    }
  }
  element loc;
  if (doc["location"].get(loc) == simdjson::SUCCESS && loc.is_object()) {
    m.geonameid = Int(loc, "geonameid");
    m.country = Str(loc, "country");
    m.admin1 = Str(loc, "admin1");
    m.precision = static_cast<int>(Int(loc, "precision"));
  }
  array orgs;
  if (doc["organizations"].get_array().get(orgs) == simdjson::SUCCESS) {
    for (element o : orgs) {
      bool source = false;
      if (o["source"].get_bool().get(source) == simdjson::SUCCESS && source) {
        if (std::string name = Str(o, "name"); !name.empty()) m.sources.push_back(name);
      }
    }
  }
  if (std::string host = UrlHost(Str(doc, "url")); !host.empty()) m.sources.push_back(host);
  return m;
}

// The most frequent value; ties go to the smallest (deterministic).
std::string MostCommon(const std::vector<std::string>& values) {
  std::map<std::string, int> count;
  for (const std::string& v : values) {
    if (!v.empty()) ++count[v];
  }
  std::string best;
  int best_n = 0;
  for (const auto& [v, n] : count) {
    if (n > best_n) best = v, best_n = n;
  }
  return best;
}

int PrecisionRank(std::string_view p) {
  if (p == "day") return 1;
  if (p == "week") return 2;
  if (p == "month") return 3;
  return 0;
}

void SetDate(ExportStory* out, std::string_view date, int precision) {
  std::optional<FuzzyDate> d = FuzzyDate::Parse(date);
  if (!d) return;
  out->year = d->year();
  // Fields finer than the precision are 1: "2022-11" is 2022-11-01.
  out->event_date = fmt::format("{:04}-{:02}-{:02}", d->year(), d->month(), d->day());
  out->time_precision = d->precision() == DatePrecision::kDay ? precision : 3;
}

void ChooseDate(const std::vector<Member>& members, std::string_view first_published,
                ExportStory* out) {
  int finest = 0;
  for (const Member& m : members) {
    const int r = PrecisionRank(m.date_precision);
    if (r != 0 && !m.date.empty() && (finest == 0 || r < finest)) finest = r;
  }
  if (finest != 0) {
    std::map<std::string, int> count;
    for (const Member& m : members) {
      if (PrecisionRank(m.date_precision) == finest && !m.date.empty()) ++count[m.date];
    }
    std::string best;
    int best_n = 0;
    for (const auto& [d, n] : count) {
      if (n > best_n) best = d, best_n = n;
    }
    SetDate(out, best, finest);
    if (out->year != 0) return;
  }
  SetDate(out, first_published, 1);
}

std::vector<std::string> StringArray(element e, std::string_view key) {
  std::vector<std::string> out;
  array a;
  if (e[key].get_array().get(a) != simdjson::SUCCESS) return out;
  for (element item : a) {
    std::string_view s;
    if (item.get_string().get(s) == simdjson::SUCCESS) out.emplace_back(s);
  }
  return out;
}

}  // namespace

std::vector<std::string> StoryArticleIds(const StoredStory& story) {
  thread_local simdjson::dom::parser parser;
  element doc;
  if (parser.parse(story.json).get(doc) != simdjson::SUCCESS) return {};
  return StringArray(doc, "articles");
}

StatusOr<ExportStory> BuildExportStory(const StoredStory& story,
                                       const std::vector<std::string>& member_json,
                                       const GeoLookup& geo) {
  thread_local simdjson::dom::parser parser;
  ExportStory out;
  out.story_id = story.id;
  out.article_count = story.article_count;
  out.first_published = story.first_published;
  out.last_published = story.last_published;
  int64_t geonameid = 0;
  std::string place;
  {
    element doc;
    if (parser.parse(story.json).get(doc) != simdjson::SUCCESS || !doc.is_object()) {
      return absl::DataLossError(fmt::format("story {}: stored JSON is not an object", story.id));
    }
    out.event_type = Str(doc, "event_type");
    out.langs = StringArray(doc, "langs");
    out.articles = StringArray(doc, "articles");
    element headline;
    if (doc["headline"].get(headline) == simdjson::SUCCESS) out.notes = Str(headline, "text");
    element loc;
    if (doc["location"].get(loc) == simdjson::SUCCESS && loc.is_object()) {
      out.iso = Str(loc, "country");
      place = Str(loc, "place");
      geonameid = Int(loc, "geonameid");
    }
    array figures;
    if (doc["figures"].get_array().get(figures) == simdjson::SUCCESS) {
      for (element f : figures) {
        if (Str(f, "kind") == "killed") out.fatalities += std::max<int64_t>(Int(f, "value"), 0);
      }
    }
  }
  const std::string country_name = geo.CountryName(out.iso);
  out.country = country_name.empty() ? out.iso : country_name;
  std::vector<Member> members;
  for (const std::string& json : member_json) {
    if (std::optional<Member> m = ParseMember(parser, json, country_name)) {
      members.push_back(std::move(*m));
    }
  }
  // Event type details, actors, date.
  std::vector<std::string> subtypes, actors, admin1s, sources;
  int best_precision = 0;
  for (const Member& m : members) {
    if (!out.event_type.empty() && m.type == out.event_type) subtypes.push_back(m.subtype);
    actors.insert(actors.end(), m.actors.begin(), m.actors.end());
    const bool here = geonameid != 0 ? m.geonameid == geonameid : m.country == out.iso;
    if (here && !out.iso.empty()) {
      admin1s.push_back(m.admin1);
      if (m.precision > 0 && (best_precision == 0 || m.precision < best_precision)) {
        best_precision = m.precision;
      }
    }
    for (const std::string& s : m.sources) {
      if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
    }
  }
  out.sub_event_type = MostCommon(subtypes);
  out.actor1 = MostCommon(actors);
  actors.erase(std::remove(actors.begin(), actors.end(), out.actor1), actors.end());
  out.actor2 = MostCommon(actors);
  out.admin1 = MostCommon(admin1s);
  ChooseDate(members, story.first_published, &out);
  // Location.
  if (!out.iso.empty()) {
    out.location = !place.empty() ? place : !out.admin1.empty() ? out.admin1 : out.country;
    out.coordinates = geo.Town(geonameid);
    if (out.coordinates) {
      out.geo_precision = best_precision == 2 ? 2 : 1;  // 3 would mean no town
    } else {
      out.coordinates = geo.Capital(out.iso);
      out.geo_precision = 3;
    }
  }
  if (sources.size() > 10) sources.resize(10);
  for (const std::string& s : sources) {
    if (!out.source.empty()) out.source += "; ";
    out.source += s;
  }
  std::string hex = story.id.rfind("s_", 0) == 0 ? story.id.substr(2) : story.id;
  for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string iso3 = geo.Iso3(out.iso);
  out.event_id_cnty = (iso3.empty() ? "XXX" : iso3) + hex;
  return out;
}

}  // namespace newsloom
