#include "watch/duration.h"

#include "fmt/format.h"

namespace newsloom {
namespace {

struct Unit {
  std::string_view name;
  int64_t micros;
};

// Longest names first so "ms" is not read as "m".
constexpr Unit kUnits[] = {{"ms", 1000},
                           {"s", 1'000'000},
                           {"m", 60'000'000},
                           {"h", int64_t{3600} * 1'000'000},
                           {"d", int64_t{86400} * 1'000'000}};

Status Bad(std::string_view text, std::string_view why) {
  return absl::InvalidArgumentError(
      fmt::format("bad duration \"{}\": {} (write e.g. 30s, 10m, 1h)", text, why));
}

}  // namespace

StatusOr<int64_t> ParseDuration(std::string_view text, bool allow_zero) {
  if (text.empty()) return Bad(text, "empty");
  int64_t total = 0;
  size_t i = 0;
  while (i < text.size()) {
    int64_t value = 0;
    const size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + (text[i] - '0');
      if (value > kMaxDurationMicros) return Bad(text, "too long (at most 30 days)");
      ++i;
    }
    if (i == digits_start) return Bad(text, "expected a number");
    const Unit* unit = nullptr;
    for (const Unit& u : kUnits) {
      if (text.substr(i, u.name.size()) == u.name) {
        unit = &u;
        break;
      }
    }
    if (unit == nullptr) return Bad(text, "expected a unit: ms, s, m, h or d");
    i += unit->name.size();
    if (value > (kMaxDurationMicros - total) / unit->micros) {
      return Bad(text, "too long (at most 30 days)");
    }
    total += value * unit->micros;
  }
  if (total <= 0 && !allow_zero) return Bad(text, "must be more than zero");
  return total;
}

std::string FormatDuration(int64_t micros) {
  if (micros == 0) return "0s";
  std::string out;
  uint64_t left = micros < 0 ? 0 - static_cast<uint64_t>(micros) : static_cast<uint64_t>(micros);
  if (micros < 0) out = "-";
  for (int u = 4; u >= 0; --u) {
    const uint64_t size = static_cast<uint64_t>(kUnits[u].micros);
    if (left >= size) {
      out += fmt::format("{}{}", left / size, kUnits[u].name);
      left %= size;
    }
  }
  if (left > 0) out += fmt::format("{}us", left);  // below a millisecond: not re-readable
  return out;
}

}  // namespace newsloom
