// Cost of EntityLinker::Link per article: 8 persons (full names, bare surnames, Latin and
// Cyrillic spellings) and 3 organizations each, against a linker that already knows
// `state.range(0)` entities. In memory (no store): the store adds one indexed SELECT per
// article in Link and the writes in Save.
//   BM_LinkArticle: one article per iteration, including the copy of its entities, and with no
//     Save (the pending links grow through the run, and are freed at its end).
//   BM_LinkBatch: Link's own cost as the pipeline sees it: batches of 512 articles, each
//     followed by Save (as the pipeline does); the copies of the articles are not timed.
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "link/entity_linker.h"

namespace newsloom {
namespace {

const char* const kGiven[] = {"Almazbek", "Алмазбек", "Sooronbay", "Kurmanbek", "Курманбек",
                              "Maria",    "Мария",    "Ivan",      "Olga",      "Ольга"};
const char* const kSurnames[] = {"Atambayev", "Атамбаев", "Jeenbekov", "Жээнбеков", "Bakiyev",
                                 "Бакиев",    "Tokayev",  "Токаев",    "Petrov",    "Петрова"};

std::string Syllables(std::mt19937& rng, int n) {
  static const char* const kParts[] = {"ka",  "ra",  "to",  "mi", "ne", "so",
                                       "bek", "lan", "dor", "vi", "zu", "gar"};
  std::string s;
  for (int i = 0; i < n; ++i) s += kParts[rng() % 12];
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

NamedEntity MakeEntity(NamedEntityKind kind, std::string name) {
  NamedEntity e;
  e.kind = kind;
  TextSpan span;
  span.surface = name;
  e.mentions = {span, span};
  e.name = std::move(name);
  return e;
}

std::vector<NamedEntity> MakeArticle(std::mt19937& rng) {
  std::vector<NamedEntity> out;
  for (int i = 0; i < 8; ++i) {
    std::string surname = kSurnames[rng() % 10];
    if (rng() % 2 == 0) surname = Syllables(rng, 4) + "ov";
    std::string name = i % 3 == 2 ? surname : std::string(kGiven[rng() % 10]) + " " + surname;
    out.push_back(MakeEntity(NamedEntityKind::kPerson, std::move(name)));
  }
  out.push_back(MakeEntity(NamedEntityKind::kOrganization, "OSCE"));
  out.push_back(MakeEntity(NamedEntityKind::kOrganization, Syllables(rng, 2) + " Ministry"));
  out.push_back(MakeEntity(NamedEntityKind::kOrganization,
                           "Collective " + Syllables(rng, 2) + " Treaty Organization"));
  return out;
}

// A linker that knows `entities` entities (or as many as the name space gives), after linking
// `*n` warm-up articles and saving every `save_every` of them; null (with the error skipped)
// when it cannot be created.
std::unique_ptr<EntityLinker> WarmLinker(benchmark::State& state, int64_t entities,
                                         int64_t save_every, std::mt19937& rng, int64_t* n) {
  auto created = EntityLinker::Create(nullptr);
  if (!created.ok()) {
    state.SkipWithError(std::string(created.status().message()).c_str());
    return nullptr;
  }
  std::unique_ptr<EntityLinker> linker = std::move(*created);
  const auto date = FuzzyDate::Make(2020, 10, 6);
  while (static_cast<int64_t>(linker->entity_count()) < entities) {
    std::vector<NamedEntity> article = MakeArticle(rng);
    linker->Link("warm" + std::to_string((*n)++), date, &article).IgnoreError();
    if (*n % save_every == 0) linker->Save(nullptr).IgnoreError();
    if (*n > 100 * entities) break;  // the name space is exhausted
  }
  linker->Save(nullptr).IgnoreError();
  return linker;
}

void BM_LinkArticle(benchmark::State& state) {
  std::mt19937 rng(42);
  int64_t n = 0;
  std::unique_ptr<EntityLinker> linker =
      WarmLinker(state, state.range(0), std::numeric_limits<int64_t>::max(), rng, &n);
  if (linker == nullptr) return;
  const auto date = FuzzyDate::Make(2020, 10, 6);
  std::vector<std::vector<NamedEntity>> articles;
  for (int i = 0; i < 256; ++i) articles.push_back(MakeArticle(rng));
  size_t i = 0;
  for (auto _ : state) {
    std::vector<NamedEntity> entities = articles[i++ % articles.size()];
    Status s = linker->Link("a" + std::to_string(n++), date, &entities);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["entities"] = static_cast<double>(linker->entity_count());
}
BENCHMARK(BM_LinkArticle)->Arg(1000)->Arg(20000);

void BM_LinkBatch(benchmark::State& state) {
  constexpr size_t kBatch = 512;
  std::mt19937 rng(42);
  int64_t n = 0;
  std::unique_ptr<EntityLinker> linker = WarmLinker(state, state.range(0), kBatch, rng, &n);
  if (linker == nullptr) return;
  const auto date = FuzzyDate::Make(2020, 10, 6);
  std::vector<std::vector<NamedEntity>> articles;
  for (size_t i = 0; i < 4 * kBatch; ++i) articles.push_back(MakeArticle(rng));
  std::vector<std::vector<NamedEntity>> batch;
  std::vector<std::string> ids;
  size_t next = 0;
  for (auto _ : state) {
    state.PauseTiming();
    batch.assign(articles.begin() + next, articles.begin() + next + kBatch);
    next = (next + kBatch) % articles.size();
    ids.clear();
    for (size_t i = 0; i < kBatch; ++i) ids.push_back("b" + std::to_string(n++));
    state.ResumeTiming();
    for (size_t i = 0; i < kBatch; ++i) {
      Status s = linker->Link(ids[i], date, &batch[i]);
      benchmark::DoNotOptimize(s);
    }
    linker->Save(nullptr).IgnoreError();
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
  state.counters["entities"] = static_cast<double>(linker->entity_count());
  state.counters["us_per_article"] =
      benchmark::Counter(static_cast<double>(state.iterations() * kBatch) * 1e-6,
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_LinkBatch)->Arg(1000)->Arg(20000);

}  // namespace
}  // namespace newsloom
