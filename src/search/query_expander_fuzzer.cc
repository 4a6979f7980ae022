// libFuzzer target: arbitrary bytes as a search query through QueryExpander (analysis, gazetteer,
// dictionary, concept and name expansion) and the Xapian query built from it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "search/article_terms.h"
#include "search/query_expander.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using newsloom::search::QueryExpander;
  using newsloom::search::SearchResources;
  static const SearchResources* resources = [] {
    auto r = SearchResources::Default();
    if (!r.ok()) std::abort();
    return *r;
  }();
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  auto expanded = QueryExpander(resources).Expand(query);
  if (!expanded.ok()) {
    if (size <= newsloom::search::kMaxQueryBytes && absl::IsInvalidArgument(expanded.status())) {
      std::abort();  // only over-long queries are invalid
    }
    return 0;
  }
  if (expanded->words.size() > newsloom::search::kMaxQueryWords) std::abort();
  for (const auto& w : expanded->words) {
    if (w.terms.empty()) std::abort();
    for (const auto& t : w.terms) {
      if (t.term.empty() || t.term.size() > newsloom::search::kMaxTermBytes || t.weight <= 0 ||
          t.weight > 1) {
        std::abort();
      }
    }
  }
  (void)expanded->ToXapian().get_description();
  (void)expanded->DebugString();
  return 0;
}
