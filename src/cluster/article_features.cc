#include "cluster/article_features.h"

#include <algorithm>
#include <cmath>

#include "core/hash.h"

namespace newsloom::cluster {
namespace {

constexpr uint64_t kKeyMask = (uint64_t{1} << 56) - 1;

}  // namespace

uint64_t MakeKey(KeyKind kind, std::string_view text) {
  return (uint64_t{static_cast<uint8_t>(kind)} << 56) | (Hash64(text) & kKeyMask);
}

std::vector<std::pair<uint64_t, float>> ArticleFeatures::IndexKeys(size_t limit) const {
  std::vector<std::pair<uint64_t, float>> out;
  auto add = [&](const KeyVector& v, float scale) {
    for (size_t i = 0; i < v.size(); ++i) {
      out.emplace_back(v.keys()[i], static_cast<float>(v.weights()[i] * scale / v.norm()));
    }
  };
  for (const KeyVector* v : {&concepts, &names, &entities, &places, &countries}) add(*v, 1.0f);
  add(pivots, 0.5f);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace newsloom::cluster
