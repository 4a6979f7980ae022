// Durations as people write them on command lines and in feed lists: "30s", "10m", "1h",
// "1h30m", "2d", "500ms". Used by `newsloom watch` (docs/watch.md).
#ifndef NEWSLOOM_WATCH_DURATION_H_
#define NEWSLOOM_WATCH_DURATION_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsloom {

// Longest duration accepted: 30 days.
inline constexpr int64_t kMaxDurationMicros = int64_t{30} * 24 * 3600 * 1'000'000;

// Parses one or more <digits><unit> parts (units ms, s, m, h, d; no spaces, no sign, no
// fraction) into microseconds. InvalidArgument (naming the text) for anything else, for more
// than kMaxDurationMicros, and for zero unless `allow_zero` ("0s" = none, e.g. no host gap).
StatusOr<int64_t> ParseDuration(std::string_view text, bool allow_zero = false);

// The shortest exact form ParseDuration reads back: "10m", "1h30m", "1s500ms", "0s".
// Negative values are written with a leading '-'.
std::string FormatDuration(int64_t micros);

}  // namespace newsloom

#endif  // NEWSLOOM_WATCH_DURATION_H_
