#include "eval/report_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "core/json_writer.h"

namespace newsloom::eval {
namespace {

using Cell = std::function<std::string(const MetricScores&)>;

struct Row {
  std::string name;
  Cell cell;
};

std::string Ratio(double value, int64_t num, int64_t den) {
  return fmt::format("{:.3f} ({}/{})", value, num, den);
}

void AddAccuracy(std::vector<Row>* rows, std::string name, Accuracy MetricScores::*field) {
  rows->push_back({std::move(name), [field](const MetricScores& s) {
                     const Accuracy& a = s.*field;
                     return Ratio(a.value(), a.correct, a.total);
                   }});
}

void AddPrf(std::vector<Row>* rows, const std::string& name, PrfCounts MetricScores::*field) {
  rows->push_back({name + " P", [field](const MetricScores& s) {
                     const PrfCounts& c = s.*field;
                     return Ratio(c.precision(), c.tp, c.tp + c.fp);
                   }});
  rows->push_back({name + " R", [field](const MetricScores& s) {
                     const PrfCounts& c = s.*field;
                     return Ratio(c.recall(), c.tp, c.tp + c.fn);
                   }});
  rows->push_back({name + " F1", [field](const MetricScores& s) {
                     return fmt::format("{:.3f}", (s.*field).f1());
                   }});
}

std::vector<Row> TableRows() {
  std::vector<Row> rows;
  rows.push_back({"articles", [](const MetricScores& s) { return std::to_string(s.articles); }});
  rows.push_back(
      {"missing from run", [](const MetricScores& s) { return std::to_string(s.missing); }});
  AddAccuracy(&rows, "language", &MetricScores::language);
  AddAccuracy(&rows, "country", &MetricScores::country);
  AddAccuracy(&rows, "city", &MetricScores::city);
  AddAccuracy(&rows, "published date", &MetricScores::published);
  AddAccuracy(&rows, "event type", &MetricScores::event_type);
  AddAccuracy(&rows, "event date", &MetricScores::event_date);
  AddPrf(&rows, "persons", &MetricScores::persons);
  AddPrf(&rows, "organizations", &MetricScores::organizations);
  AddPrf(&rows, "figures kind+value", &MetricScores::figures);
  AddPrf(&rows, "figures +actor", &MetricScores::figures_actor);
  rows.push_back({"stories B-cubed P", [](const MetricScores& s) {
                    return fmt::format("{:.3f} (n={})", s.story_bcubed.precision(),
                                       s.story_bcubed.items);
                  }});
  rows.push_back({"stories B-cubed R", [](const MetricScores& s) {
                    return fmt::format("{:.3f} (n={})", s.story_bcubed.recall(),
                                       s.story_bcubed.items);
                  }});
  rows.push_back({"stories B-cubed F1", [](const MetricScores& s) {
                    return fmt::format("{:.3f}", s.story_bcubed.f1());
                  }});
  AddPrf(&rows, "stories pairwise", &MetricScores::story_pairs);
  AddPrf(&rows, "duplicates", &MetricScores::duplicates);
  return rows;
}

void AppendNotes(const EvalReport& report, std::string* out) {
  constexpr size_t kMaxIds = 20;
  if (!report.missing_ids.empty()) {
    *out += "\nmissing from run:";
    for (size_t i = 0; i < report.missing_ids.size() && i < kMaxIds; ++i) {
      *out += " " + report.missing_ids[i];
    }
    if (report.missing_ids.size() > kMaxIds) {
      *out += fmt::format(" ... ({} more)", report.missing_ids.size() - kMaxIds);
    }
    *out += "\n";
  }
  if (report.run_bad_lines > 0 || report.run_duplicate_ids > 0 || report.run_story_conflicts > 0) {
    *out += fmt::format(
        "\nrun problems: {} bad lines, {} repeated article ids, {} story_id conflicts\n",
        report.run_bad_lines, report.run_duplicate_ids, report.run_story_conflicts);
  }
  for (const auto& e : report.run_errors) *out += "  " + e + "\n";
  for (const auto& w : report.warnings) *out += "warning: " + w + "\n";
}

}  // namespace

std::string FormatReportTable(const EvalReport& report) {
  std::vector<std::string> headers = {"metric", "overall"};
  std::vector<const MetricScores*> columns = {&report.overall};
  for (const auto& [lang, scores] : report.by_lang) {
    headers.push_back(lang);
    columns.push_back(&scores);
  }
  std::vector<std::vector<std::string>> table = {headers};
  for (const Row& row : TableRows()) {
    std::vector<std::string> line = {row.name};
    for (const MetricScores* s : columns) line.push_back(row.cell(*s));
    table.push_back(std::move(line));
  }
  std::vector<size_t> widths(headers.size(), 0);
  for (const auto& line : table) {
    for (size_t c = 0; c < line.size(); ++c) widths[c] = std::max(widths[c], line[c].size());
  }
  std::string out = fmt::format(
      "{} gold articles, {} run articles: {} matched, {} missing from run, {} not in gold\n\n",
      report.gold_articles, report.run_articles, report.matched_articles, report.missing_ids.size(),
      report.extra_run_articles);
  for (const auto& line : table) {
    std::string text;
    for (size_t c = 0; c < line.size(); ++c) {
      text += fmt::format("{:<{}}", line[c], widths[c]);
      if (c + 1 < line.size()) text += "  ";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  AppendNotes(report, &out);
  return out;
}

namespace {

void WriteAccuracy(JsonWriter& w, std::string_view key, const Accuracy& a) {
  w.Key(key).BeginObject();
  w.Key("accuracy").Double(a.value()).Key("correct").Int(a.correct).Key("total").Int(a.total);
  w.EndObject();
}

void WritePrf(JsonWriter& w, std::string_view key, const PrfCounts& c) {
  w.Key(key).BeginObject();
  w.Key("precision").Double(c.precision()).Key("recall").Double(c.recall());
  w.Key("f1").Double(c.f1()).Key("tp").Int(c.tp).Key("fp").Int(c.fp).Key("fn").Int(c.fn);
  w.EndObject();
}

void WriteStrings(JsonWriter& w, std::string_view key, const std::vector<std::string>& v) {
  w.Key(key).BeginArray();
  for (const auto& s : v) w.String(s);
  w.EndArray();
}

void WriteScores(JsonWriter& w, const MetricScores& s) {
  w.BeginObject();
  w.Key("articles").Int(s.articles).Key("missing").Int(s.missing);
  WriteAccuracy(w, "language", s.language);
  WriteAccuracy(w, "country", s.country);
  WriteAccuracy(w, "city", s.city);
  WriteAccuracy(w, "published", s.published);
  WriteAccuracy(w, "event_type", s.event_type);
  WriteAccuracy(w, "event_date", s.event_date);
  WritePrf(w, "persons", s.persons);
  WritePrf(w, "organizations", s.organizations);
  WritePrf(w, "figures", s.figures);
  WritePrf(w, "figures_actor", s.figures_actor);
  w.Key("story_bcubed").BeginObject();
  w.Key("precision").Double(s.story_bcubed.precision());
  w.Key("recall").Double(s.story_bcubed.recall());
  w.Key("f1").Double(s.story_bcubed.f1()).Key("items").Int(s.story_bcubed.items);
  w.EndObject();
  WritePrf(w, "story_pairs", s.story_pairs);
  WritePrf(w, "duplicates", s.duplicates);
  w.EndObject();
}

void WriteArticle(JsonWriter& w, const ArticleResult& a) {
  w.BeginObject();
  w.Key("id").String(a.id).Key("lang").String(a.lang).Key("found").Bool(a.found);
  w.Key("language").Bool(a.language).Key("country").Bool(a.country).Key("city").Bool(a.city);
  w.Key("published").Bool(a.published).Key("event_type").Bool(a.event_type);
  w.Key("event_date").Bool(a.event_date);
  WritePrf(w, "persons", a.persons);
  WritePrf(w, "organizations", a.organizations);
  WritePrf(w, "figures", a.figures);
  WritePrf(w, "figures_actor", a.figures_actor);
  WriteStrings(w, "persons_missed", a.persons_missed);
  WriteStrings(w, "persons_spurious", a.persons_spurious);
  WriteStrings(w, "organizations_missed", a.organizations_missed);
  WriteStrings(w, "organizations_spurious", a.organizations_spurious);
  w.EndObject();
}

}  // namespace

std::string ReportToJson(const EvalReport& report) {
  JsonWriter w;
  w.BeginObject();
  w.Key("gold_articles").Int(report.gold_articles);
  w.Key("run_articles").Int(report.run_articles);
  w.Key("matched_articles").Int(report.matched_articles);
  w.Key("extra_run_articles").Int(report.extra_run_articles);
  WriteStrings(w, "missing_ids", report.missing_ids);
  w.Key("run_bad_lines").Int(report.run_bad_lines);
  w.Key("run_duplicate_ids").Int(report.run_duplicate_ids);
  w.Key("run_story_conflicts").Int(report.run_story_conflicts);
  WriteStrings(w, "run_errors", report.run_errors);
  WriteStrings(w, "warnings", report.warnings);
  w.Key("overall");
  WriteScores(w, report.overall);
  w.Key("by_lang").BeginObject();
  for (const auto& [lang, scores] : report.by_lang) {
    w.Key(lang);
    WriteScores(w, scores);
  }
  w.EndObject();
  w.Key("articles").BeginArray();
  for (const auto& a : report.articles) WriteArticle(w, a);
  w.EndArray();
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom::eval
