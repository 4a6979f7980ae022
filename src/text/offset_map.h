// Maps byte offsets in a derived text (clean article text) back to byte offsets in the text it
// was derived from (the original file or HTML page). Built as a sorted list of anchors: each
// anchor says "derived offset d corresponds to source offset s"; between anchors, offsets
// advance together (exact for copied runs, approximate inside replaced runs such as decoded
// HTML entities or repaired mojibake).
#ifndef NEWSLOOM_TEXT_OFFSET_MAP_H_
#define NEWSLOOM_TEXT_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

namespace newsloom {

class OffsetMap {
 public:
  // Identity map (derived text == source text).
  OffsetMap() = default;

  // Records that derived offset `derived` starts a run copied from source offset `source`.
  // Anchors must be added with non-decreasing `derived`.
  void AddAnchor(uint32_t derived, uint32_t source);

  // Source offset for a derived offset. Identity when there are no anchors.
  uint32_t ToSource(uint32_t derived) const;

  // Composition: this maps C->B, `inner` maps B->A; the result maps C->A.
  OffsetMap Then(const OffsetMap& inner, uint32_t derived_size) const;

  bool identity() const { return anchors_.empty(); }
  const std::vector<std::pair<uint32_t, uint32_t>>& anchors() const { return anchors_; }

 private:
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;  // (derived, source)
};

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_OFFSET_MAP_H_
