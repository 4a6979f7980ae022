// Maps offsets in text derived from charset-decoded bytes back to the undecoded bytes.
//
// Readers decode input to UTF-8 (text/charset.h) before extracting text, so extractors give
// offsets into the decoded UTF-8; RawDocument::text_to_original must point into the bytes of
// the input as stored. How exact the result is depends on the encoding:
//   - UTF-8 input (decoded == original), or UTF-8 with a BOM: exact;
//   - single-byte charsets (windows-1251, iso-8859-x, koi8-r, ...): exact after
//     every stretch of non-ASCII text (anchors at the next ASCII byte, at least `step` text
//     bytes apart), so an offset is off by at most the non-ASCII characters since the last
//     anchor — within a word, usually;
//   - UTF-16: exact at a character start every `step` text bytes;
//   - other multi-byte charsets (Shift_JIS, GBK, EUC-KR, ...) and inputs where invalid bytes
//     were replaced: approximate (offsets scaled by the size ratio of the two encodings).
#ifndef NEWSLOOM_INGEST_DECODED_OFFSETS_H_
#define NEWSLOOM_INGEST_DECODED_OFFSETS_H_

#include <cstdint>
#include <string_view>

#include "text/offset_map.h"

namespace newsloom {

// `to_decoded` maps offsets in a text of `text_size` bytes to offsets in `decoded`, the
// UTF-8 decoding of `original`. Returns the map from text offsets to offsets in `original`.
OffsetMap MapToOriginal(const OffsetMap& to_decoded, uint32_t text_size, std::string_view decoded,
                        std::string_view original, uint32_t step = 16);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_DECODED_OFFSETS_H_
