// Scores FigureExtractor on the sample corpus (data/samples) and the seeds (../shared/seeds)
// against their gold figures, the way `newsloom eval` matches them: multiset per article on
// (kind, value) and on (kind, value, actor). Reads articles with the ingest readers and the
// text Analyzer, and flags background sentences with DateExtractor, like the pipeline; gold
// lists only the articles' own figures, so background figures are left out of the score.
// Set NEWSLOOM_FIGURE_DETAILS=1 to print every produced and gold figure per article.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "core/env.h"
#include "eval/eval.h"
#include "extract/date_extractor.h"
#include "extract/figure_extractor.h"
#include "ingest/collecting_sink.h"
#include "ingest/ingest.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

struct Scores {
  eval::PrfCounts kv, kva;
  double Recall(const eval::PrfCounts& c) const {
    return c.tp + c.fn == 0 ? 0 : double(c.tp) / double(c.tp + c.fn);
  }
  double F1(const eval::PrfCounts& c) const {
    const double p = c.tp + c.fp == 0 ? 0 : double(c.tp) / double(c.tp + c.fp);
    const double r = Recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

std::string Describe(const std::string& kind, const std::string& actor, int64_t value,
                     bool approx) {
  return kind + "/" + actor + "/" + std::to_string(value) + (approx ? "~" : "");
}

// Runs the extractor over `dir` and evaluates against `gold_path`; skips when absent.
bool Score(const std::string& dir, const std::string& gold_path, Scores* out) {
  Env* env = Env::Default();
  auto gold = eval::LoadGold(env, gold_path);
  if (!gold.ok()) return false;
  CollectingSink sink;
  if (!IngestPaths(env, {dir}, IngestOptions(), &sink).ok()) return false;
  auto analyzer = Analyzer::Create();
  EXPECT_TRUE(analyzer.ok());
  std::map<std::string, const eval::GoldArticle*> by_id;
  for (const eval::GoldArticle& g : *gold) by_id[g.id] = &g;
  const bool details = std::getenv("NEWSLOOM_FIGURE_DETAILS") != nullptr;
  eval::RunOutput run, run_all;  // without / with background figures
  for (const RawDocument& d : sink.documents()) {
    auto doc = (*analyzer)->Analyze(d.text, d.lang_hint);
    if (!doc.ok()) continue;
    eval::RunArticle a;
    a.id = d.id;
    a.lang = doc->lang;
    const DateFacts dates = DateExtractor::Default().Extract(*doc, d.published);
    const std::vector<Figure> figures = FigureExtractor::Default().Extract(*doc, dates.flags);
    eval::RunArticle all = a;
    for (const Figure& f : figures) {
      eval::RunFigure rf;
      rf.kind = f.kind;
      rf.actor = f.actor;
      rf.value = f.value;
      rf.approx = f.approx;
      all.figures.push_back(rf);
      if (!f.background) a.figures.push_back(rf);
    }
    run_all.articles.push_back(std::move(all));
    if (details && by_id.count(d.id)) {
      std::fprintf(stderr, "== %s (%s)\n", d.id.c_str(), doc->lang.c_str());
      for (const Figure& f : figures) {
        std::fprintf(stderr, "  run  %-32s %.2f | %s%s\n",
                     Describe(f.kind, f.actor, f.value, f.approx).c_str(), f.confidence,
                     f.text.c_str(), f.background ? " [background]" : "");
      }
      for (const eval::GoldCount& c : by_id[d.id]->counts) {
        std::fprintf(stderr, "  gold %-32s      | %s\n",
                     Describe(c.kind, c.actor, c.value, c.approx).c_str(), c.text.c_str());
        const size_t at = doc->text.find(c.text);
        for (const Sentence& s : doc->sentences) {
          if (at != std::string::npos && s.begin <= at && at < s.end) {
            std::fprintf(stderr, "    sentence: %s\n",
                         doc->text.substr(s.begin, s.end - s.begin).c_str());
          }
        }
      }
    }
    run.articles.push_back(std::move(a));
  }
  const eval::EvalReport with_bg = eval::Evaluate(*gold, run_all);
  Scores b{with_bg.overall.figures, with_bg.overall.figures_actor};
  std::fprintf(stderr, "%s: background figures kept: F1=%.3f R=%.3f | +actor F1=%.3f\n",
               dir.c_str(), b.F1(b.kv), b.Recall(b.kv), b.F1(b.kva));
  const eval::EvalReport report = eval::Evaluate(*gold, run);
  out->kv = report.overall.figures;
  out->kva = report.overall.figures_actor;
  std::fprintf(stderr, "%s: figures tp=%lld fp=%lld fn=%lld F1=%.3f R=%.3f | +actor F1=%.3f\n",
               dir.c_str(), (long long)out->kv.tp, (long long)out->kv.fp, (long long)out->kv.fn,
               out->F1(out->kv), out->Recall(out->kv), out->F1(out->kva));
  for (const auto& [lang, s] : report.by_lang) {
    Scores l{s.figures, s.figures_actor};
    std::fprintf(stderr, "  %s: F1=%.3f +actor F1=%.3f (tp=%lld fp=%lld fn=%lld)\n", lang.c_str(),
                 l.F1(l.kv), l.F1(l.kva), (long long)s.figures.tp, (long long)s.figures.fp,
                 (long long)s.figures.fn);
  }
  return true;
}

TEST(FigureCorpusTest, SampleCorpus) {
  const std::string dir = std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples";
  Scores s;
  if (!Score(dir, dir + "/gold.jsonl", &s)) GTEST_SKIP() << "no sample corpus at " << dir;
  // Measured 0.877 and 0.836 (issue 5 asks 0.85 and 0.75).
  EXPECT_GE(s.F1(s.kv), 0.85);
  EXPECT_GE(s.F1(s.kva), 0.80);
}

TEST(FigureCorpusTest, Seeds) {
  const std::string dir = std::string(NEWSLOOM_SOURCE_DIR) + "/../shared/seeds";
  Scores s;
  if (!Score(dir, dir + "/gold.jsonl", &s)) GTEST_SKIP() << "no seeds at " << dir;
  EXPECT_GE(s.Recall(s.kv), 0.9);  // measured 1.0 (13 of 13)
}

}  // namespace
}  // namespace newsloom
