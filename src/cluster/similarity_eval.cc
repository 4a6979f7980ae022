#include "cluster/similarity_eval.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "cluster/similarity.h"
#include "cluster/similarity_fit.h"
#include "core/hash.h"
#include "core/json_writer.h"
#include "core/thread_pool.h"
#include "fmt/format.h"
#include "text/analyzer.h"

namespace newsloom::cluster {
namespace {

using TermCounts = std::vector<std::pair<uint64_t, uint32_t>>;  // sorted by term

// What one pair gives: the model's signals and both texts' term counts; or why it failed.
struct PairData {
  std::vector<double> signals;
  TermCounts terms1, terms2;
  std::string error;
};

// Word stems and numbers of a document, counted. No language tag: like a plain vectorizer, the
// same written form in two languages is one term.
TermCounts Terms(const AnalyzedDocument& doc) {
  std::vector<uint64_t> hashes;
  hashes.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kWord) {
      hashes.push_back(Hash64(t.stem, 1));
    } else if (t.kind == TokenKind::kNumber) {
      hashes.push_back(Hash64(t.lower, 2));
    }
  }
  std::sort(hashes.begin(), hashes.end());
  TermCounts out;
  for (uint64_t h : hashes) {
    if (!out.empty() && out.back().first == h) {
      ++out.back().second;
    } else {
      out.emplace_back(h, 1);
    }
  }
  return out;
}

double TfIdfCosine(const TermCounts& a, const TermCounts& b,
                   const absl::flat_hash_map<uint64_t, uint32_t>& df, double documents) {
  auto weight = [&](const std::pair<uint64_t, uint32_t>& t) {
    auto it = df.find(t.first);
    const double d = it == df.end() ? 0 : it->second;
    return t.second * (std::log((1 + documents) / (1 + d)) + 1);
  };
  double na = 0, nb = 0, dot = 0;
  for (const auto& t : a) na += weight(t) * weight(t);
  for (const auto& t : b) nb += weight(t) * weight(t);
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += weight(a[i]) * weight(b[j]);
      ++i;
      ++j;
    }
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

std::vector<PairData> AnalyseAll(const std::vector<eval::LabeledPair>& pairs,
                                 const SimilarityModel& model, const Analyzer& analyzer,
                                 FactSource* facts, size_t threads, const std::string& path) {
  ThreadPool pool(threads);
  const std::vector<AnalysedPair> analysed = AnalysePairs(pairs, analyzer, facts, &pool);
  std::vector<PairData> out(pairs.size());
  pool.ParallelFor(pairs.size(), [&](size_t i) {
    const AnalysedPair& p = analysed[i];
    if (!p.error.empty()) {
      out[i].error =
          fmt::format("{}:{}: pair {}: {}", path, pairs[i].line, pairs[i].input.pair_id, p.error);
      return;
    }
    out[i].signals = SignalsOf(p, model);
    out[i].terms1 = Terms(p.a);
    out[i].terms2 = Terms(p.b);
  });
  return out;
}

SemEvalScores Correlate(const std::vector<eval::LabeledPair>& pairs,
                        const std::vector<double>& scores) {
  std::vector<size_t> all, mono;
  std::vector<double> mono_scores;
  for (size_t i = 0; i < pairs.size(); ++i) {
    all.push_back(i);
    if (!pairs[i].cross_lingual()) {
      mono.push_back(i);
      mono_scores.push_back(scores[i]);
    }
  }
  SemEvalScores s;
  s.report = eval::CorrelateScores(pairs, all, scores);
  s.monolingual = eval::CorrelateScores(pairs, mono, mono_scores).overall;
  return s;
}

void Reject(std::string message, size_t max_listed, SemEvalEvalReport* report) {
  ++report->rejected;
  if (report->rejects.size() < max_listed) report->rejects.push_back(std::move(message));
}

void WriteScores(JsonWriter* w, std::string_view key, const SemEvalScores& s) {
  auto corr = [w](std::string_view name, const eval::Correlation& c) {
    w->Key(name).BeginObject().Key("pearson").Double(c.pearson).Key("pairs").Int(c.pairs);
    w->EndObject();
  };
  w->Key(key).BeginObject();
  corr("overall", s.report.overall);
  corr("monolingual", s.monolingual);
  corr("cross_lingual", s.report.cross_lingual);
  w->Key("by_lang_pair").BeginObject();
  for (const auto& [pair, c] : s.report.by_lang_pair) corr(pair, c);
  w->EndObject().EndObject();
}

}  // namespace

StatusOr<SemEvalEvalReport> EvaluateSemEval(Env* env, const std::string& path,
                                            const SemEvalEvalOptions& options) {
  if (options.folds < 2 || options.folds > 100) {
    return absl::InvalidArgumentError(
        fmt::format("--folds must be from 2 to 100, not {}", options.folds));
  }
  SemEvalEvalReport report;
  report.path = path;
  report.folds = options.folds;
  std::vector<std::string> rejected_rows;
  NL_ASSIGN_OR_RETURN(std::vector<eval::LabeledPair> read,
                      eval::LoadSemEvalPairsLenient(env, path, &rejected_rows));
  for (std::string& m : rejected_rows) Reject(std::move(m), options.max_listed_rejects, &report);

  NL_ASSIGN_OR_RETURN(auto analyzer, Analyzer::Create());
  const SimilarityModel& model = SimilarityModel::Default();
  std::unique_ptr<FactSource> facts;
  if (options.facts) {
    NL_ASSIGN_OR_RETURN(facts, FactSource::Open());
  }
  std::vector<PairData> data =
      AnalyseAll(read, model, *analyzer, facts.get(), options.threads, path);
  std::vector<eval::LabeledPair> pairs;
  std::vector<std::vector<double>> signals;
  std::vector<const PairData*> kept;
  for (size_t i = 0; i < read.size(); ++i) {
    if (!data[i].error.empty()) {
      Reject(std::move(data[i].error), options.max_listed_rejects, &report);
      continue;
    }
    pairs.push_back(std::move(read[i]));
    signals.push_back(data[i].signals);
    kept.push_back(&data[i]);
  }
  if (pairs.size() < 2) {
    return absl::InvalidArgumentError(
        fmt::format("{}: {} usable pairs; at least 2 are needed", path, pairs.size()));
  }
  report.pairs = static_cast<int64_t>(pairs.size());

  SimilarityFitOptions fit_options;
  fit_options.folds = options.folds;
  fit_options.logistic.l2 = options.l2;
  NL_ASSIGN_OR_RETURN(SimilarityFit fit,
                      FitSimilarity(pairs, signals, SimilarityWeights::Default(), fit_options));
  report.model = Correlate(pairs, fit.cross_validated_scores);

  std::vector<double> shipped;
  for (const auto& s : signals) shipped.push_back(model.weights().Score(s));
  report.shipped = Correlate(pairs, shipped);

  absl::flat_hash_map<uint64_t, uint32_t> df;
  for (const PairData* d : kept) {
    for (const auto& t : d->terms1) ++df[t.first];
    for (const auto& t : d->terms2) ++df[t.first];
  }
  const double documents = 2.0 * static_cast<double>(kept.size());
  std::vector<double> tfidf;
  for (const PairData* d : kept) tfidf.push_back(TfIdfCosine(d->terms1, d->terms2, df, documents));
  report.tfidf = Correlate(pairs, tfidf);
  return report;
}

std::string FormatSemEvalReport(const SemEvalEvalReport& r) {
  struct Row {
    std::string name;
    eval::Correlation model, shipped, tfidf;
  };
  std::vector<Row> rows = {
      {"overall", r.model.report.overall, r.shipped.report.overall, r.tfidf.report.overall},
      {"monolingual", r.model.monolingual, r.shipped.monolingual, r.tfidf.monolingual},
      {"cross-lingual", r.model.report.cross_lingual, r.shipped.report.cross_lingual,
       r.tfidf.report.cross_lingual}};
  for (const auto& [key, c] : r.model.report.by_lang_pair) {
    rows.push_back({"  " + key, c, r.shipped.report.by_lang_pair.at(key),
                    r.tfidf.report.by_lang_pair.at(key)});
  }
  std::string out = fmt::format(
      "{}: {} pairs scored, {} rejected; Pearson r with (4 - Overall) / 3\n"
      "model: {}-fold cross-validated; shipped: the embedded weights (fitted on SemEval train, "
      "in-sample there); tfidf: TF-IDF cosine baseline\n",
      r.path, r.pairs, r.rejected, r.folds);
  out += fmt::format("{:<14} {:>6} {:>8} {:>8} {:>8}\n", "group", "pairs", "model", "shipped",
                     "tfidf");
  for (const Row& row : rows) {
    out += fmt::format("{:<14} {:>6} {:>8.3f} {:>8.3f} {:>8.3f}\n", row.name, row.model.pairs,
                       row.model.pearson, row.shipped.pearson, row.tfidf.pearson);
  }
  for (const std::string& m : r.rejects) out += fmt::format("rejected: {}\n", m);
  if (r.rejected > static_cast<int64_t>(r.rejects.size())) {
    out += fmt::format("rejected: ... and {} more\n", r.rejected - r.rejects.size());
  }
  return out;
}

std::string SemEvalReportToJson(const SemEvalEvalReport& r) {
  JsonWriter w;
  w.BeginObject().Key("path").String(r.path).Key("folds").Int(r.folds);
  w.Key("pairs").Int(r.pairs).Key("rejected").Int(r.rejected);
  w.Key("rejects").BeginArray();
  for (const std::string& m : r.rejects) w.String(m);
  w.EndArray();
  WriteScores(&w, "model", r.model);
  WriteScores(&w, "shipped", r.shipped);
  WriteScores(&w, "tfidf", r.tfidf);
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom::cluster
