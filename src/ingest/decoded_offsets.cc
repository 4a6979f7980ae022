#include "ingest/decoded_offsets.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace newsloom {
namespace {

enum class Model { kSingleByte, kUtf16, kProportional };

size_t CodePointLength(char lead) {
  const unsigned char c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;  // stray continuation byte
}

// Chooses the model whose size prediction matches the original exactly.
Model ChooseModel(std::string_view decoded, std::string_view original, uint64_t* bom) {
  uint64_t code_points = 0, supplementary = 0;
  for (size_t i = 0; i < decoded.size(); i += CodePointLength(decoded[i])) {
    ++code_points;
    if (CodePointLength(decoded[i]) == 4) ++supplementary;
  }
  const bool utf16_bom =
      original.size() >= 2 && ((original[0] == '\xFF' && original[1] == '\xFE') ||
                               (original[0] == '\xFE' && original[1] == '\xFF'));
  *bom = utf16_bom ? 2 : 0;
  if (original.size() == code_points) return Model::kSingleByte;
  if (original.size() == *bom + 2 * (code_points + supplementary)) return Model::kUtf16;
  *bom = 0;
  return Model::kProportional;
}

// Original offsets for the decoded offsets `points` (any order) under `model`.
std::vector<uint32_t> Translate(const std::vector<uint32_t>& points, std::string_view decoded,
                                std::string_view original, Model model, uint64_t bom) {
  std::vector<uint32_t> out(points.size());
  if (model == Model::kProportional) {
    const double ratio = decoded.empty() ? 1.0 : double(original.size()) / double(decoded.size());
    for (size_t i = 0; i < points.size(); ++i) {
      out[i] = static_cast<uint32_t>(std::min<double>(points[i] * ratio, original.size()));
    }
    return out;
  }
  std::vector<size_t> order(points.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return points[a] < points[b]; });
  size_t pos = 0;
  uint64_t orig = bom;
  for (size_t idx : order) {
    const size_t target = std::min<size_t>(points[idx], decoded.size());
    while (pos < target) {
      const size_t len = CodePointLength(decoded[pos]);
      orig += model == Model::kSingleByte ? 1 : (len == 4 ? 4 : 2);
      pos += len;
    }
    out[idx] = static_cast<uint32_t>(std::min<uint64_t>(orig, original.size()));
  }
  return out;
}

}  // namespace

OffsetMap MapToOriginal(const OffsetMap& to_decoded, uint32_t text_size, std::string_view decoded,
                        std::string_view original, uint32_t step) {
  if (decoded == original) return to_decoded;
  std::vector<std::pair<uint32_t, uint32_t>> runs = to_decoded.anchors();
  if (runs.empty()) runs.emplace_back(0, 0);
  if (original.size() == decoded.size() + 3 && original.substr(0, 3) == "\xEF\xBB\xBF" &&
      original.substr(3) == decoded) {
    OffsetMap shifted;
    for (const auto& [d, s] : runs) shifted.AddAnchor(d, s + 3);
    return shifted;
  }
  uint64_t bom = 0;
  const Model model = ChooseModel(decoded, original, &bom);
  // Anchor points: every run start, plus, when the model is exact per code point: for
  // single-byte charsets the first ASCII byte at least `step` text bytes after the previous
  // anchor once non-ASCII text has come between (offsets drift apart only inside non-ASCII
  // text); for UTF-16, where every character drifts, a character start every `step` bytes.
  std::vector<uint32_t> derived, points;
  for (size_t i = 0; i < runs.size(); ++i) {
    const uint32_t d0 = runs[i].first, s0 = runs[i].second;
    const uint32_t d1 = i + 1 < runs.size() ? runs[i + 1].first : std::max(text_size, d0);
    derived.push_back(d0);
    points.push_back(s0);
    if (model == Model::kProportional) continue;
    uint32_t last = d0;
    bool drifted = false;  // non-ASCII text since the last anchor
    for (uint32_t d = d0; d < d1; ++d) {
      const uint32_t x = s0 + (d - d0);
      if (x >= decoded.size()) break;
      const unsigned char c = static_cast<unsigned char>(decoded[x]);
      if (model == Model::kUtf16) {
        drifted = (c & 0xC0) != 0x80;  // every character drifts; anchor at character starts
      } else if (c >= 0x80) {
        drifted = true;
        continue;
      }
      if (drifted && d - last >= step) {
        derived.push_back(d);
        points.push_back(x);
        last = d;
        drifted = false;
      }
    }
  }
  const std::vector<uint32_t> mapped = Translate(points, decoded, original, model, bom);
  OffsetMap out;
  for (size_t i = 0; i < derived.size(); ++i) out.AddAnchor(derived[i], mapped[i]);
  return out;
}

}  // namespace newsloom
