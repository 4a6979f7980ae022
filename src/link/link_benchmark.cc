// Cost of EntityLinker::Link per article: 8 persons (full names, bare surnames, Latin and
// Cyrillic spellings) and 3 organizations each, against a linker that already knows
// `state.range(0)` entities. In memory (no store): the store adds one indexed SELECT per
// article in Link and the writes in Save.
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

void BM_LinkArticle(benchmark::State& state) {
  auto linker = EntityLinker::Create(nullptr);
  if (!linker.ok()) {
    state.SkipWithError(std::string(linker.status().message()).c_str());
    return;
  }
  std::mt19937 rng(42);
  const auto date = FuzzyDate::Make(2020, 10, 6);
  int64_t n = 0;
  while (static_cast<int64_t>((*linker)->entity_count()) < state.range(0)) {
    std::vector<NamedEntity> entities = MakeArticle(rng);
    (*linker)->Link("warm" + std::to_string(n++), date, &entities).IgnoreError();
    if (n > 100 * state.range(0)) break;  // the name space is exhausted
  }
  (*linker)->Save(nullptr).IgnoreError();
  std::vector<std::vector<NamedEntity>> articles;
  for (int i = 0; i < 256; ++i) articles.push_back(MakeArticle(rng));
  size_t i = 0;
  for (auto _ : state) {
    std::vector<NamedEntity> entities = articles[i++ % articles.size()];
    Status s = (*linker)->Link("a" + std::to_string(n++), date, &entities);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["entities"] = static_cast<double>((*linker)->entity_count());
}
BENCHMARK(BM_LinkArticle)->Arg(1000)->Arg(20000);

}  // namespace
}  // namespace newsloom
