// Text cleaning before analysis: ill-formed UTF-8 -> U+FFFD, mojibake repair (mojibake.h),
// then Unicode NFC (ICU Normalizer2, quick check first), with an offset map from the clean
// text back to the input bytes.
//
// Thread safety: pure functions (ICU's NFC instance is a shared immutable singleton).
#ifndef NEWSLOOM_TEXT_NORMALIZER_H_
#define NEWSLOOM_TEXT_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "text/offset_map.h"

namespace newsloom::text_analysis {

struct CleanText {
  std::string text;  // well-formed UTF-8, NFC
  // Text offsets -> input offsets; identity when nothing changed. On every character boundary
  // of `text` it is non-decreasing and within [0, input size]; exact at the ends of copied
  // runs; inside a replaced run (U+FFFD, repaired mojibake, NFC change) approximate.
  OffsetMap to_source;
  size_t ill_formed_replaced = 0;  // U+FFFD substitutions
  size_t mojibake_repairs = 0;     // repaired sequences (0 when repair is off)
  bool nfc_changed = false;
};

// Cleans `input` (any bytes). Fails only when ICU's normalization data is unusable (Internal).
StatusOr<CleanText> Clean(std::string_view input, bool repair_mojibake);

// NFC of well-formed UTF-8 `in`. Returns false (and leaves `*out`, `*map` untouched) when `in`
// is already NFC; otherwise fills `*out` and adds anchors (out -> in; `*map` must be identity).
StatusOr<bool> NormalizeNfc(std::string_view in, std::string* out, OffsetMap* map);

// The map that agrees with `map` on the character boundaries of `text` where `map` is
// non-decreasing and within [0, source_size], and is clamped where it is not (inside replaced
// runs that grew, such as an NFC expansion): a value between two anchors never passes the
// next anchor's, and never falls below the previous boundary's. O(text size).
OffsetMap MakeMonotone(const OffsetMap& map, std::string_view text, uint32_t source_size);

// Composition of two offset maps: `outer` maps C -> B, `inner` maps B -> A; the result maps
// C -> A. `derived_size` is the size of C. O((n + m) log m) for n, m anchors, unlike
// OffsetMap::Then, so that adversarial inputs with many replacements stay linear-ish.
OffsetMap ComposeOffsetMaps(const OffsetMap& outer, const OffsetMap& inner, uint32_t derived_size);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_NORMALIZER_H_
