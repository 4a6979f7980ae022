// Locating a JSON string value in the raw bytes of its record, so offsets in the unescaped
// text can be mapped back to bytes of the JSONL line (simdjson gives values, not positions).
#ifndef NEWSLOOM_INGEST_JSON_RAW_STRING_H_
#define NEWSLOOM_INGEST_JSON_RAW_STRING_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "text/offset_map.h"

namespace newsloom {

struct RawSpan {
  size_t begin = 0;  // first byte after the opening quote (FindTopLevelValue: of the value)
  size_t end = 0;    // the closing quote (FindTopLevelValue: one past the value)
};

// The raw bytes of the first string value of top-level key `key` in the JSON object `json`
// (which must already be known to be valid). nullopt when the key is absent, is not a string
// or is spelled with escapes.
std::optional<RawSpan> FindTopLevelString(std::string_view json, std::string_view key);

// The raw bytes of the value of top-level key `key` in the JSON object `json` (valid, as
// above), whatever its type: `begin` its first byte, `end` one past its last ("[...]" with
// the brackets, a string with its quotes). nullopt when the key is absent or spelled with
// escapes. Keys are read as keys, so a value's text can never be taken for one.
std::optional<RawSpan> FindTopLevelValue(std::string_view json, std::string_view key);

// Maps offsets in the unescaped string to offsets in `json`, given the raw span of the string.
// Anchors are exact: after each short escape (\n, \"), and after \u escapes at the next word
// boundary or `step` unescaped bytes later (so a text of escaped non-ASCII characters does
// not get one anchor per character; offsets inside such a word may be off by a few bytes).
// `*unescaped_size` receives the unescaped length in UTF-8, to check against the parser's value.
OffsetMap UnescapedToRaw(std::string_view json, RawSpan span, uint32_t step,
                         size_t* unescaped_size);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_JSON_RAW_STRING_H_
