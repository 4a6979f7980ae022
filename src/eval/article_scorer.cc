#include "eval/article_scorer.h"

#include <fmt/format.h>

#include "core/fuzzy_date.h"
#include "core/strings.h"

namespace newsloom::eval {
namespace {

std::string PrimaryLanguage(std::string_view code) {
  std::string lang = AsciiLower(StripAsciiWhitespace(code));
  const size_t sep = lang.find_first_of("-_");
  if (sep != std::string::npos) lang.resize(sep);
  if (lang == "no") return "nb";
  if (lang == "iw") return "he";
  if (lang == "in") return "id";
  return lang;
}

std::optional<DatePrecision> PrecisionFromName(std::string_view name) {
  const std::string n = AsciiLower(StripAsciiWhitespace(name));
  if (n == "year") return DatePrecision::kYear;
  if (n == "month") return DatePrecision::kMonth;
  if (n == "day") return DatePrecision::kDay;
  return std::nullopt;
}

// `date` cut down to `precision` (never refined).
FuzzyDate Truncate(const FuzzyDate& date, DatePrecision precision) {
  if (precision >= date.precision()) return date;
  const int month = precision >= DatePrecision::kMonth ? date.month() : 0;
  return *FuzzyDate::Make(date.year(), month, 0);
}

bool SameText(const std::optional<std::string>& run, const std::optional<std::string>& gold) {
  const bool run_has = run && !StripAsciiWhitespace(*run).empty();
  if (!gold) return !run_has;
  return run_has && EqualsIgnoreCase(StripAsciiWhitespace(*run), StripAsciiWhitespace(*gold));
}

std::string Lower(const std::optional<std::string>& s) {
  return s ? AsciiLower(StripAsciiWhitespace(*s)) : std::string();
}

}  // namespace

bool SameLanguage(std::string_view a, std::string_view b) {
  const std::string pa = PrimaryLanguage(a);
  return !pa.empty() && pa == PrimaryLanguage(b);
}

bool DateMatches(std::string_view gold, const std::optional<std::string>& run_date,
                 const std::optional<std::string>& run_precision) {
  if (!run_date) return false;
  const std::optional<FuzzyDate> g = FuzzyDate::Parse(gold);
  if (!g) return StripAsciiWhitespace(*run_date) == StripAsciiWhitespace(gold);
  std::optional<FuzzyDate> r = FuzzyDate::Parse(*run_date);
  if (!r) return false;
  if (run_precision) {
    if (auto p = PrecisionFromName(*run_precision)) r = Truncate(*r, *p);
  }
  if (r->precision() < g->precision()) return false;
  return Truncate(*r, g->precision()) == *g;
}

const RunEvent* MainEvent(const RunArticle& run) {
  for (const RunEvent& e : run.events) {
    if (!e.background) return &e;
  }
  return nullptr;
}

ArticleScorer::ArticleScorer(const EvalOptions& options)
    : names_(options.names),
      orgs_(&names_, options.org_aliases ? *options.org_aliases : OrgAliasTable::Default()) {}

template <typename ScoreFn>
void ArticleScorer::MatchNames(const std::vector<std::string>& run_names,
                               const std::vector<std::string>& gold_names, ScoreFn score,
                               PrfCounts* counts, std::vector<std::string>* missed,
                               std::vector<std::string>* spurious) {
  std::vector<std::vector<double>> scores(run_names.size(),
                                          std::vector<double>(gold_names.size(), 0.0));
  for (size_t i = 0; i < run_names.size(); ++i) {
    for (size_t j = 0; j < gold_names.size(); ++j)
      scores[i][j] = score(run_names[i], gold_names[j]);
  }
  const auto pairs = GreedyMatch(scores);
  counts->AddMatched(static_cast<int64_t>(pairs.size()), static_cast<int64_t>(run_names.size()),
                     static_cast<int64_t>(gold_names.size()));
  std::vector<bool> run_used(run_names.size(), false), gold_used(gold_names.size(), false);
  for (const auto& [i, j] : pairs) run_used[i] = gold_used[j] = true;
  for (size_t j = 0; j < gold_names.size(); ++j) {
    if (!gold_used[j]) missed->push_back(gold_names[j]);
  }
  for (size_t i = 0; i < run_names.size(); ++i) {
    if (!run_used[i]) spurious->push_back(run_names[i]);
  }
}

void ArticleScorer::ScoreFigures(const GoldArticle& gold, const RunArticle& run, ArticleResult* r) {
  std::vector<std::string> gold_kv, gold_kva, run_kv, run_kva;
  for (const GoldCount& c : gold.counts) {
    const std::string kv = fmt::format("{}\t{}", AsciiLower(c.kind), c.value);
    gold_kv.push_back(kv);
    gold_kva.push_back(kv + "\t" + AsciiLower(StripAsciiWhitespace(c.actor)));
  }
  for (size_t i = 0; i < run.figures.size(); ++i) {
    const RunFigure& f = run.figures[i];
    if (!f.kind || !f.value) {
      // Produced but unusable: a key no gold figure has.
      run_kv.push_back(fmt::format("\x1f{}", i));
      run_kva.push_back(run_kv.back());
      continue;
    }
    const std::string kv = fmt::format("{}\t{}", Lower(f.kind), *f.value);
    run_kv.push_back(kv);
    run_kva.push_back(kv + "\t" + Lower(f.actor));
  }
  r->figures.AddMatched(MultisetIntersection(run_kv, gold_kv), run_kv.size(), gold_kv.size());
  r->figures_actor.AddMatched(MultisetIntersection(run_kva, gold_kva), run_kva.size(),
                              gold_kva.size());
}

ArticleResult ArticleScorer::Score(const GoldArticle& gold, const RunArticle* run) {
  ArticleResult r;
  r.id = gold.id;
  r.lang = gold.lang;
  if (run == nullptr) {
    r.persons.fn = gold.persons.size();
    r.organizations.fn = gold.organizations.size();
    r.figures.fn = r.figures_actor.fn = gold.counts.size();
    r.persons_missed = gold.persons;
    r.organizations_missed = gold.organizations;
    return r;
  }
  r.found = true;
  r.language = run->lang && SameLanguage(*run->lang, gold.lang);
  r.country = SameText(run->country, gold.country);
  const bool has_place = run->place && !StripAsciiWhitespace(*run->place).empty();
  if (!gold.city) {
    r.city = !has_place || run->location_precision.value_or(3) <= 1;
  } else {
    r.city = has_place && names_.PlaceScore(*run->place, *gold.city) > 0;
  }
  r.published =
      gold.published ? DateMatches(*gold.published, run->published, std::nullopt) : !run->published;
  const RunEvent* main = MainEvent(*run);
  const std::optional<std::string> no_text;
  r.event_type = SameText(main ? main->type : no_text, gold.event_type);
  if (gold.event_date) {
    r.event_date = main && DateMatches(*gold.event_date, main->date, main->date_precision);
  } else {
    r.event_date = !main || !main->date;
  }
  MatchNames(
      run->persons, gold.persons,
      [this](const std::string& a, const std::string& b) { return names_.PersonScore(a, b); },
      &r.persons, &r.persons_missed, &r.persons_spurious);
  MatchNames(
      run->organizations, gold.organizations,
      [this](const std::string& a, const std::string& b) { return orgs_.Score(a, b); },
      &r.organizations, &r.organizations_missed, &r.organizations_spurious);
  ScoreFigures(gold, *run, &r);
  return r;
}

}  // namespace newsloom::eval
