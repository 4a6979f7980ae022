#include "eval/evaluator.h"

#include <set>
#include <unordered_map>
#include <utility>

#include "eval/article_scorer.h"

namespace newsloom::eval {
namespace {

// Prefix of labels made up for singletons, so they cannot equal a real story id or event.
constexpr char kSingleton[] = "\x1fsingleton:";

// File name without directory and extension: "/a/b/001_x.txt" -> "001_x".
std::string SourceStem(const std::string& source) {
  size_t start = source.find_last_of("/\\");
  start = start == std::string::npos ? 0 : start + 1;
  std::string name = source.substr(start);
  const size_t dot = name.find('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

// For each gold article, the index of its run article or -1; also counts the run articles
// matched to nothing.
std::vector<int64_t> MatchRunToGold(const std::vector<GoldArticle>& gold, const RunOutput& run,
                                    int64_t* extra) {
  std::unordered_map<std::string, size_t> gold_index;
  for (size_t i = 0; i < gold.size(); ++i) gold_index.emplace(gold[i].id, i);
  std::vector<int64_t> run_of(gold.size(), -1);
  std::vector<bool> run_used(run.articles.size(), false);
  // Ids first, then source file names, so an exact id always wins.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t r = 0; r < run.articles.size(); ++r) {
      if (run_used[r]) continue;
      const RunArticle& a = run.articles[r];
      const std::string key = pass == 0 ? a.id : SourceStem(a.source);
      if (key.empty()) continue;
      auto it = gold_index.find(key);
      if (it == gold_index.end() || run_of[it->second] >= 0) continue;
      run_of[it->second] = static_cast<int64_t>(r);
      run_used[r] = true;
    }
  }
  *extra = 0;
  for (bool used : run_used) *extra += used ? 0 : 1;
  return run_of;
}

void MergeArticle(const ArticleResult& a, MetricScores* s) {
  ++s->articles;
  if (!a.found) ++s->missing;
  s->language.Add(a.language);
  s->country.Add(a.country);
  s->city.Add(a.city);
  s->published.Add(a.published);
  s->event_type.Add(a.event_type);
  s->event_date.Add(a.event_date);
  s->persons.Merge(a.persons);
  s->organizations.Merge(a.organizations);
  s->figures.Merge(a.figures);
  s->figures_actor.Merge(a.figures_actor);
}

void ScoreStories(const std::vector<GoldArticle>& gold, const RunOutput& run,
                  const std::vector<int64_t>& run_of, EvalReport* report) {
  Clustering c;
  for (size_t i = 0; i < gold.size(); ++i) {
    const RunArticle* a = run_of[i] >= 0 ? &run.articles[run_of[i]] : nullptr;
    c.system.push_back(a && a->story_id ? *a->story_id : kSingleton + gold[i].id);
    c.gold.push_back(gold[i].event ? *gold[i].event : kSingleton + gold[i].id);
  }
  report->overall.story_bcubed = BCubed(c);
  report->overall.story_pairs = PairwiseCounts(c);
  for (auto& [lang, scores] : report->by_lang) {
    std::vector<bool> selected(gold.size());
    for (size_t i = 0; i < gold.size(); ++i) selected[i] = gold[i].lang == lang;
    scores.story_bcubed = BCubed(c, selected);
    scores.story_pairs = PairwiseCounts(c, selected);
  }
}

using IdPair = std::pair<std::string, std::string>;

IdPair Unordered(const std::string& a, const std::string& b) {
  return a < b ? IdPair(a, b) : IdPair(b, a);
}

void ScoreDuplicates(const std::vector<GoldArticle>& gold, const RunOutput& run,
                     const std::vector<int64_t>& run_of, EvalReport* report) {
  // Unordered pair -> language of the article that carries duplicate_of.
  std::map<IdPair, std::string> gold_pairs, run_pairs;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].duplicate_of) {
      gold_pairs.emplace(Unordered(gold[i].id, *gold[i].duplicate_of), gold[i].lang);
    }
    if (run_of[i] < 0) continue;
    const RunArticle& a = run.articles[run_of[i]];
    if (a.duplicate_of && !a.duplicate_of->empty()) {
      run_pairs.emplace(Unordered(gold[i].id, *a.duplicate_of), gold[i].lang);
    }
  }
  auto add = [report](const std::string& lang, int64_t PrfCounts::*field) {
    ++(report->overall.duplicates.*field);
    ++(report->by_lang[lang].duplicates.*field);
  };
  for (const auto& [pair, lang] : gold_pairs) {
    add(lang, run_pairs.count(pair) ? &PrfCounts::tp : &PrfCounts::fn);
  }
  for (const auto& [pair, lang] : run_pairs) {
    if (!gold_pairs.count(pair)) add(lang, &PrfCounts::fp);
  }
}

}  // namespace

EvalReport Evaluate(const std::vector<GoldArticle>& gold, const RunOutput& run,
                    const EvalOptions& options) {
  EvalReport report;
  report.gold_articles = gold.size();
  report.run_articles = run.articles.size();
  report.run_bad_lines = run.bad_lines;
  report.run_duplicate_ids = run.duplicate_ids;
  report.run_story_conflicts = run.story_conflicts;
  report.run_errors = run.errors;
  const std::vector<int64_t> run_of = MatchRunToGold(gold, run, &report.extra_run_articles);

  ArticleScorer scorer(options);
  if (!scorer.transliteration_ok()) {
    report.warnings.emplace_back(
        "ICU transliteration unavailable: names in other scripts will not match");
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    const RunArticle* a = run_of[i] >= 0 ? &run.articles[run_of[i]] : nullptr;
    if (a) {
      ++report.matched_articles;
    } else {
      report.missing_ids.push_back(gold[i].id);
    }
    ArticleResult result = scorer.Score(gold[i], a);
    MergeArticle(result, &report.overall);
    MergeArticle(result, &report.by_lang[gold[i].lang]);
    if (options.article_details) report.articles.push_back(std::move(result));
  }
  ScoreStories(gold, run, run_of, &report);
  ScoreDuplicates(gold, run, run_of, &report);
  return report;
}

}  // namespace newsloom::eval
