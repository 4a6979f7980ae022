#include "text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <utility>

#include "text/mojibake.h"
#include "text/utf8.h"

namespace newsloom::text_analysis {

OffsetMap ComposeOffsetMaps(const OffsetMap& outer, const OffsetMap& inner, uint32_t derived_size) {
  if (inner.identity()) return outer;
  if (outer.identity()) return inner;
  const auto& oa = outer.anchors();
  const auto& ia = inner.anchors();
  OffsetMap out;
  for (size_t i = 0; i < oa.size(); ++i) {
    const uint32_t d0 = oa[i].first;
    const uint32_t d1 = i + 1 < oa.size() ? oa[i + 1].first : std::max(derived_size, d0);
    const uint32_t m0 = oa[i].second;
    out.AddAnchor(d0, inner.ToSource(m0));
    // Inner anchors crossed while the intermediate offset runs over [m0, m0 + (d1 - d0)); the
    // last segment also owns its end offset (derived_size).
    const uint32_t span = d1 - d0 + (i + 1 == oa.size() ? 1 : 0);
    auto it = std::upper_bound(ia.begin(), ia.end(), m0,
                               [](uint32_t m, const auto& a) { return m < a.first; });
    for (; it != ia.end() && it->first - m0 < span; ++it) {
      out.AddAnchor(d0 + (it->first - m0), it->second);
    }
  }
  return out;
}

OffsetMap MakeMonotone(const OffsetMap& map, std::string_view text, uint32_t source_size) {
  const auto& anchors = map.anchors();
  OffsetMap out;
  if (anchors.empty()) return out;
  size_t k = 0;             // anchors[k] is the first anchor after the current boundary
  uint32_t previous = 0;    // value at the previous boundary
  uint32_t ed = 0, es = 0;  // last anchor emitted
  bool emitted = false;
  for (size_t b = 0; b <= text.size();) {
    const auto d = static_cast<uint32_t>(b);
    while (k < anchors.size() && anchors[k].first <= d) ++k;
    const uint32_t v =
        k == 0 ? anchors.front().second : anchors[k - 1].second + (d - anchors[k - 1].first);
    // Anchors are the exact ends of runs: a value between two of them may not pass the next.
    const uint32_t next = k < anchors.size() ? anchors[k].second : source_size;
    const uint32_t w = std::max(previous, std::min({v, next, source_size}));
    if (!emitted || es + (d - ed) != w) {
      out.AddAnchor(d, w);
      ed = d, es = w, emitted = true;
    }
    previous = w;
    if (b == text.size()) break;
    const auto lead = static_cast<unsigned char>(text[b]);
    b += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    b = std::min(b, text.size());
  }
  return out;
}

StatusOr<bool> NormalizeNfc(std::string_view in, std::string* out, OffsetMap* map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return absl::InternalError(std::string("ICU NFC data unavailable: ") + u_errorName(status));
  }
  const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  if (IsAscii(in) || nfc->isNormalizedUTF8(piece, status)) return false;
  status = U_ZERO_ERROR;
  out->clear();
  out->reserve(in.size() + 16);
  icu::StringByteSink<std::string> sink(out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) {
    return absl::InternalError(std::string("ICU NFC failed: ") + u_errorName(status));
  }
  if (!edits.hasChanges()) return false;
  map->AddAnchor(0, 0);
  icu::Edits::Iterator it = edits.getCoarseChangesIterator();
  while (it.next(status)) {
    if (!it.hasChange()) continue;
    map->AddAnchor(static_cast<uint32_t>(it.destinationIndex()),
                   static_cast<uint32_t>(it.sourceIndex()));
    map->AddAnchor(static_cast<uint32_t>(it.destinationIndex() + it.newLength()),
                   static_cast<uint32_t>(it.sourceIndex() + it.oldLength()));
  }
  return true;
}

StatusOr<CleanText> Clean(std::string_view input, bool repair_mojibake) {
  CleanText r;
  std::string buffers[2];
  int current = -1;  // index of the buffer holding the current text; -1: `input` itself
  auto text = [&]() -> std::string_view {
    return current < 0 ? input : std::string_view(buffers[current]);
  };
  auto accept = [&](OffsetMap step) {
    current = current == 0 ? 1 : 0;
    r.to_source =
        ComposeOffsetMaps(step, r.to_source, static_cast<uint32_t>(buffers[current].size()));
  };
  {
    OffsetMap step;
    const int target = current == 0 ? 1 : 0;
    r.ill_formed_replaced = ReplaceIllFormedUtf8(text(), &buffers[target], &step);
    if (r.ill_formed_replaced > 0) accept(std::move(step));
  }
  if (repair_mojibake) {
    OffsetMap step;
    const int target = current == 0 ? 1 : 0;
    r.mojibake_repairs = RepairMojibake(text(), &buffers[target], &step);
    if (r.mojibake_repairs > 0) accept(std::move(step));
  }
  {
    OffsetMap step;
    const int target = current == 0 ? 1 : 0;
    NL_ASSIGN_OR_RETURN(r.nfc_changed, NormalizeNfc(text(), &buffers[target], &step));
    if (r.nfc_changed) accept(std::move(step));
  }
  r.text = current < 0 ? std::string(input) : std::move(buffers[current]);
  if (!r.to_source.identity()) {
    r.to_source = MakeMonotone(r.to_source, r.text, static_cast<uint32_t>(input.size()));
  }
  return r;
}

}  // namespace newsloom::text_analysis
