#include "eval/semeval_pairs.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "core/hash.h"
#include "core/json_writer.h"
#include "core/strings.h"
#include "eval/csv_reader.h"
#include "eval/metrics.h"

namespace newsloom::eval {
namespace {

std::optional<double> ParseNumber(std::string_view s) {
  s = StripAsciiWhitespace(s);
  if (s.empty()) return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// Column positions by header name; -1 when absent.
struct Columns {
  int pair_id = -1, lang1 = -1, lang2 = -1, text1 = -1, text2 = -1, overall = -1;
  int geography = -1, entities = -1, time = -1, narrative = -1, style = -1, tone = -1;
};

Status FindColumns(const CsvRecord& header, std::string_view path, Columns* c) {
  const std::vector<std::pair<std::string_view, int*>> names = {
      {"pair_id", &c->pair_id},     {"lang1", &c->lang1},       {"lang2", &c->lang2},
      {"text1", &c->text1},         {"text2", &c->text2},       {"Overall", &c->overall},
      {"Geography", &c->geography}, {"Entities", &c->entities}, {"Time", &c->time},
      {"Narrative", &c->narrative}, {"Style", &c->style},       {"Tone", &c->tone}};
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string_view name = StripAsciiWhitespace(header.fields[i]);
    for (const auto& [wanted, index] : names) {
      if (*index < 0 && EqualsIgnoreCase(name, wanted)) *index = static_cast<int>(i);
    }
  }
  for (size_t k = 0; k < 6; ++k) {  // The first six are required.
    if (*names[k].second < 0) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: missing column '{}'", path, header.line, names[k].first));
    }
  }
  return absl::OkStatus();
}

std::optional<double> Optional(const CsvRecord& r, int column) {
  if (column < 0 || column >= static_cast<int>(r.fields.size())) return std::nullopt;
  return ParseNumber(r.fields[column]);
}

StatusOr<LabeledPair> ToPair(const CsvRecord& r, const Columns& c, size_t width,
                             std::string_view path) {
  if (r.fields.size() < width) {
    return absl::InvalidArgumentError(
        fmt::format("{}:{}: expected {} fields, found {}", path, r.line, width, r.fields.size()));
  }
  LabeledPair p;
  p.line = r.line;
  p.input.pair_id = r.fields[c.pair_id];
  p.input.lang1 = std::string(StripAsciiWhitespace(r.fields[c.lang1]));
  p.input.lang2 = std::string(StripAsciiWhitespace(r.fields[c.lang2]));
  p.input.text1 = r.fields[c.text1];
  p.input.text2 = r.fields[c.text2];
  const std::optional<double> overall = ParseNumber(r.fields[c.overall]);
  if (!overall || *overall < 1 || *overall > 4) {
    return absl::InvalidArgumentError(
        fmt::format("{}:{}: Overall must be a number from 1 to 4, not '{}'", path, r.line,
                    r.fields[c.overall]));
  }
  p.overall = *overall;
  p.geography = Optional(r, c.geography);
  p.entities = Optional(r, c.entities);
  p.time = Optional(r, c.time);
  p.narrative = Optional(r, c.narrative);
  p.style = Optional(r, c.style);
  p.tone = Optional(r, c.tone);
  return p;
}

Correlation Correlate(const std::vector<double>& x, const std::vector<double>& y) {
  return Correlation{Pearson(x, y), static_cast<int64_t>(x.size())};
}

// The columns named by the header line (records[0]) and the fields a row needs.
Status ReadHeader(const std::vector<CsvRecord>& records, std::string_view path, Columns* columns,
                  size_t* width) {
  if (records.empty()) {
    return absl::InvalidArgumentError(fmt::format("{}:1: no header line", path));
  }
  NL_RETURN_IF_ERROR(FindColumns(records[0], path, columns));
  *width = 1 + std::max({columns->pair_id, columns->lang1, columns->lang2, columns->text1,
                         columns->text2, columns->overall});
  return absl::OkStatus();
}

}  // namespace

StatusOr<std::vector<LabeledPair>> ParseSemEvalPairs(std::string_view csv, std::string_view path) {
  NL_ASSIGN_OR_RETURN(std::vector<CsvRecord> records, ParseCsv(csv, path));
  Columns columns;
  size_t width = 0;
  NL_RETURN_IF_ERROR(ReadHeader(records, path, &columns, &width));
  std::vector<LabeledPair> pairs;
  for (size_t i = 1; i < records.size(); ++i) {
    NL_ASSIGN_OR_RETURN(LabeledPair p, ToPair(records[i], columns, width, path));
    pairs.push_back(std::move(p));
  }
  return pairs;
}

StatusOr<std::vector<LabeledPair>> LoadSemEvalPairs(Env* env, const std::string& path) {
  std::string text;
  NL_RETURN_IF_ERROR(env->ReadFile(path, &text));
  return ParseSemEvalPairs(text, path);
}

StatusOr<std::vector<LabeledPair>> ParseSemEvalPairsLenient(std::string_view csv,
                                                            std::string_view path,
                                                            std::vector<std::string>* rejected) {
  std::vector<CsvRecord> records = ParseCsvRecovering(csv, path, rejected);
  Columns columns;
  size_t width = 0;
  NL_RETURN_IF_ERROR(ReadHeader(records, path, &columns, &width));
  std::vector<LabeledPair> pairs;
  for (size_t i = 1; i < records.size(); ++i) {
    StatusOr<LabeledPair> p = ToPair(records[i], columns, width, path);
    if (p.ok()) {
      pairs.push_back(std::move(*p));
    } else {
      rejected->push_back(std::string(p.status().message()));
    }
  }
  return pairs;
}

StatusOr<std::vector<LabeledPair>> LoadSemEvalPairsLenient(Env* env, const std::string& path,
                                                           std::vector<std::string>* rejected) {
  std::string text;
  NL_RETURN_IF_ERROR(env->ReadFile(path, &text));
  return ParseSemEvalPairsLenient(text, path, rejected);
}

PairsReport ScorePairs(const std::vector<LabeledPair>& pairs, const PairScorer& scorer,
                       const std::vector<size_t>* indices) {
  std::vector<size_t> all;
  if (indices == nullptr) {
    all.resize(pairs.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    indices = &all;
  }
  std::vector<double> scores;
  scores.reserve(indices->size());
  for (size_t i : *indices) scores.push_back(scorer(pairs[i].input));
  return CorrelateScores(pairs, *indices, scores);
}

PairsReport CorrelateScores(const std::vector<LabeledPair>& pairs,
                            const std::vector<size_t>& indices, const std::vector<double>& scores) {
  std::vector<double> all_x, all_y, cross_x, cross_y;
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> groups;
  for (size_t k = 0; k < indices.size() && k < scores.size(); ++k) {
    const LabeledPair& p = pairs[indices[k]];
    all_x.push_back(scores[k]);
    all_y.push_back(p.similarity());
    if (p.cross_lingual()) {
      cross_x.push_back(scores[k]);
      cross_y.push_back(p.similarity());
    }
    auto& group = groups[p.lang_pair()];
    group.first.push_back(scores[k]);
    group.second.push_back(p.similarity());
  }
  PairsReport report;
  report.overall = Correlate(all_x, all_y);
  report.cross_lingual = Correlate(cross_x, cross_y);
  for (const auto& [key, xy] : groups) report.by_lang_pair[key] = Correlate(xy.first, xy.second);
  return report;
}

std::vector<Fold> KFold(const std::vector<LabeledPair>& pairs, int k) {
  if (k < 2) {
    Fold fold;
    for (size_t i = 0; i < pairs.size(); ++i) fold.test.push_back(i);
    return {fold};
  }
  std::vector<Fold> folds(k);
  for (size_t i = 0; i < pairs.size(); ++i) {
    const size_t f = Hash64(pairs[i].input.pair_id) % static_cast<uint64_t>(k);
    for (size_t g = 0; g < folds.size(); ++g)
      (g == f ? folds[g].test : folds[g].train).push_back(i);
  }
  return folds;
}

std::string FormatPairsReport(const PairsReport& report) {
  std::vector<std::pair<std::string, Correlation>> rows = {{"overall", report.overall},
                                                           {"cross-lingual", report.cross_lingual}};
  for (const auto& [key, c] : report.by_lang_pair) rows.emplace_back(key, c);
  size_t width = 5;
  for (const auto& row : rows) width = std::max(width, row.first.size());
  std::string out = fmt::format("{:<{}}  {:>6}  {:>8}\n", "group", width, "n", "pearson");
  for (const auto& [name, c] : rows) {
    out += fmt::format("{:<{}}  {:>6}  {:>8.4f}\n", name, width, c.pairs, c.pearson);
  }
  return out;
}

std::string PairsReportToJson(const PairsReport& report) {
  JsonWriter w;
  auto write = [&w](std::string_view key, const Correlation& c) {
    w.Key(key).BeginObject().Key("pearson").Double(c.pearson).Key("pairs").Int(c.pairs);
    w.EndObject();
  };
  w.BeginObject();
  write("overall", report.overall);
  write("cross_lingual", report.cross_lingual);
  w.Key("by_lang_pair").BeginObject();
  for (const auto& [key, c] : report.by_lang_pair) write(key, c);
  w.EndObject();
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom::eval
