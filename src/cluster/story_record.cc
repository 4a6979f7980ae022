#include "cluster/story_record.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/json_writer.h"

namespace newsloom::cluster {
namespace {

// Sort key of a report time: dated first by first day, undated last.
int64_t TimeKey(const std::optional<FuzzyDate>& d) { return d ? d->ToDays() : INT64_MAX; }

bool SameDay(const std::optional<FuzzyDate>& a, const std::optional<FuzzyDate>& b) {
  return a && b && a->precision() == DatePrecision::kDay && *a == *b;
}

// The most frequent value; ties go to the one seen first.
template <typename T>
T Majority(const std::vector<T>& values) {
  std::map<T, std::pair<int, size_t>> counts;  // value -> (count, first position)
  for (size_t i = 0; i < values.size(); ++i) {
    auto [it, inserted] = counts.try_emplace(values[i], 0, i);
    ++it->second.first;
  }
  const T* best = nullptr;
  std::pair<int, size_t> best_count{0, 0};
  for (const auto& [v, c] : counts) {
    if (best == nullptr || c.first > best_count.first ||
        (c.first == best_count.first && c.second < best_count.second)) {
      best = &v;
      best_count = c;
    }
  }
  return best ? *best : T();
}

void WriteDate(JsonWriter* w, const std::optional<FuzzyDate>& d) {
  if (d) {
    w->String(d->ToString());
  } else {
    w->Null();
  }
}

void WriteLead(JsonWriter* w, const StoryLead& lead) {
  w->BeginObject();
  w->Key("text").String(lead.text);
  w->Key("article").String(lead.article);
  w->Key("lang").String(lead.lang);
  w->EndObject();
}

}  // namespace

std::vector<ReconciledFigure> ReconcileFigures(const std::vector<MemberFigures>& members) {
  struct Pending {
    FigureReport report;
    size_t order;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Pending>> groups;
  for (size_t m = 0; m < members.size(); ++m) {
    std::map<std::pair<std::string, std::string>, const StoryFigure*> mine;
    for (const StoryFigure& f : members[m].figures) {
      const StoryFigure*& slot = mine[{f.kind, f.actor}];
      if (slot == nullptr || f.value > slot->value) slot = &f;
    }
    for (const auto& [key, f] : mine) {
      groups[key].push_back(
          {FigureReport{f->value, f->approx, members[m].article, members[m].published}, m});
    }
  }
  std::vector<ReconciledFigure> out;
  for (auto& [key, reports] : groups) {
    std::stable_sort(reports.begin(), reports.end(), [](const Pending& a, const Pending& b) {
      return std::make_tuple(TimeKey(a.report.published), a.order) <
             std::make_tuple(TimeKey(b.report.published), b.order);
    });
    ReconciledFigure fig;
    fig.kind = key.first;
    fig.actor = key.second;
    // The latest dated report decides; undated reports only count when nothing is dated.
    size_t last = reports.size() - 1;
    while (last > 0 && !reports[last].report.published) --last;
    fig.value = reports[last].report.value;
    for (size_t i = last; i-- > 0;) {
      if (!SameDay(reports[i].report.published, reports[last].report.published)) break;
      fig.value = std::min(fig.value, reports[i].report.value);
    }
    for (Pending& p : reports) {
      if (p.report.value != reports[0].report.value) fig.conflict = true;
      fig.reports.push_back(std::move(p.report));
    }
    out.push_back(std::move(fig));
  }
  return out;
}

StoryRecord BuildStoryRecord(const Story& story) {
  StoryRecord r;
  r.id = story.id;
  std::vector<std::string> langs, types;
  std::vector<std::tuple<std::string, int64_t, std::string>> places;
  std::map<std::string, std::pair<int64_t, std::string>> persons;  // id -> (mentions, name)
  std::vector<MemberFigures> figures;
  for (size_t i = 0; i < story.members.size(); ++i) {
    const StoryItem& m = story.members[i];
    r.articles.push_back(m.article_id);
    langs.push_back(m.lang);
    if (!m.event_type.empty()) types.push_back(m.event_type);
    if (!m.main_country.empty())
      places.emplace_back(m.main_place, m.main_geonameid, m.main_country);
    if (m.published) {
      if (!r.first_published || *m.published < *r.first_published) r.first_published = m.published;
      if (!r.last_published || *r.last_published < *m.published) r.last_published = m.published;
    }
    for (const StoryEntity& e : m.entities) {
      if (!e.person) continue;
      auto& p = persons[e.id];
      p.first += e.mentions;
      // The fullest name any member gives ("Sooronbay Jeenbekov" over a bare "Jeenbekov" from
      // an article linked before the full name was seen); ties keep the first.
      if (std::count(e.name.begin(), e.name.end(), ' ') >
              std::count(p.second.begin(), p.second.end(), ' ') ||
          p.second.empty()) {
        p.second = e.name;
      }
    }
    const std::optional<FuzzyDate> when =
        m.published ? m.published : (i < story.inferred.size() ? story.inferred[i] : std::nullopt);
    figures.push_back({m.article_id, when, m.figures});
  }
  // Languages by count, then code.
  std::map<std::string, int> lang_count;
  for (const std::string& l : langs) ++lang_count[l];
  for (const auto& [l, c] : lang_count) r.langs.push_back(l);
  std::stable_sort(r.langs.begin(), r.langs.end(), [&](const std::string& a, const std::string& b) {
    return lang_count[a] > lang_count[b];
  });
  if (!places.empty()) std::tie(r.place, r.geonameid, r.country) = Majority(places);
  r.event_type = Majority(types);
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto& [id, p] : persons) ranked.emplace_back(-p.first, p.second);
  std::sort(ranked.begin(), ranked.end());
  for (size_t i = 0; i < ranked.size() && r.persons.size() < 8; ++i) {
    if (std::find(r.persons.begin(), r.persons.end(), ranked[i].second) == r.persons.end()) {
      r.persons.push_back(ranked[i].second);
    }
  }
  // Headline: the central member; other languages: their best-supported member.
  if (!story.members.empty()) {
    const StoryItem& c = story.members[std::min(story.central, story.members.size() - 1)];
    r.headline = {c.lead.empty() ? c.title : c.lead, c.article_id, c.lang};
    std::map<std::string, size_t> best;
    for (size_t i = 0; i < story.members.size(); ++i) {
      const StoryItem& m = story.members[i];
      if (m.lang == c.lang) continue;
      auto it = best.find(m.lang);
      const double s = i < story.support.size() ? story.support[i] : 0;
      if (it == best.end() || s > story.support[it->second]) best[m.lang] = i;
    }
    for (const auto& [lang, i] : best) {
      const StoryItem& m = story.members[i];
      r.leads.push_back({m.lead.empty() ? m.title : m.lead, m.article_id, m.lang});
    }
  }
  r.figures = ReconcileFigures(figures);
  return r;
}

std::string StoryRecordJson(const StoryRecord& r) {
  JsonWriter w;
  w.BeginObject();
  w.Key("id").String(r.id);
  w.Key("articles").BeginArray();
  for (const std::string& a : r.articles) w.String(a);
  w.EndArray();
  w.Key("langs").BeginArray();
  for (const std::string& l : r.langs) w.String(l);
  w.EndArray();
  w.Key("first_published");
  WriteDate(&w, r.first_published);
  w.Key("last_published");
  WriteDate(&w, r.last_published);
  w.Key("location");
  if (r.country.empty()) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("place").String(r.place);
    w.Key("geonameid");
    if (r.geonameid != 0) {
      w.Int(r.geonameid);
    } else {
      w.Null();
    }
    w.Key("country").String(r.country);
    w.EndObject();
  }
  w.Key("event_type");
  if (r.event_type.empty()) {
    w.Null();
  } else {
    w.String(r.event_type);
  }
  w.Key("persons").BeginArray();
  for (const std::string& p : r.persons) w.String(p);
  w.EndArray();
  w.Key("headline");
  WriteLead(&w, r.headline);
  w.Key("leads").BeginArray();
  for (const StoryLead& l : r.leads) WriteLead(&w, l);
  w.EndArray();
  w.Key("figures").BeginArray();
  for (const ReconciledFigure& f : r.figures) {
    w.BeginObject();
    w.Key("kind").String(f.kind);
    w.Key("actor").String(f.actor);
    w.Key("value").Int(f.value);
    w.Key("reports").BeginArray();
    for (const FigureReport& rep : f.reports) {
      w.BeginObject();
      w.Key("value").Int(rep.value);
      w.Key("approx").Bool(rep.approx);
      w.Key("article").String(rep.article);
      w.Key("published");
      WriteDate(&w, rep.published);
      w.EndObject();
    }
    w.EndArray();
    w.Key("conflict").Bool(f.conflict);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom::cluster
