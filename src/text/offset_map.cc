#include "text/offset_map.h"

#include <algorithm>

namespace newsloom {

void OffsetMap::AddAnchor(uint32_t derived, uint32_t source) {
  if (!anchors_.empty() && anchors_.back().first == derived) {
    anchors_.back().second = source;
    return;
  }
  anchors_.emplace_back(derived, source);
}

uint32_t OffsetMap::ToSource(uint32_t derived) const {
  if (anchors_.empty()) return derived;
  // Last anchor with anchor.derived <= derived.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), derived,
                             [](uint32_t d, const auto& a) { return d < a.first; });
  if (it == anchors_.begin()) return anchors_.front().second;
  --it;
  return it->second + (derived - it->first);
}

OffsetMap OffsetMap::Then(const OffsetMap& inner, uint32_t derived_size) const {
  if (inner.identity()) return *this;
  OffsetMap out;
  if (anchors_.empty()) {
    // Identity outer: inner's anchors apply directly.
    return inner;
  }
  // Every outer anchor and every point where the intermediate offset crosses an inner
  // anchor becomes an anchor of the composition.
  for (size_t i = 0; i < anchors_.size(); ++i) {
    const uint32_t d0 = anchors_[i].first;
    const uint32_t d1 = i + 1 < anchors_.size() ? anchors_[i + 1].first : derived_size;
    const uint32_t m0 = anchors_[i].second;
    out.AddAnchor(d0, inner.ToSource(m0));
    for (const auto& [im, isrc] : inner.anchors()) {
      if (im > m0 && im < m0 + (d1 - d0)) out.AddAnchor(d0 + (im - m0), isrc);
    }
  }
  return out;
}

}  // namespace newsloom
