#include "pipeline/run_summary.h"

#include <algorithm>

#include "fmt/format.h"

namespace newsloom {

void StageStats::Add(const StageStats& other) {
  seconds += other.seconds;
  items += other.items;
  bytes += other.bytes;
  cpu_seconds += other.cpu_seconds;
  peak_rss_bytes = std::max(peak_rss_bytes, other.peak_rss_bytes);
}

std::string RunSummary::ToString(size_t max_rejections) const {
  const std::string size = bytes >= 1000000 ? fmt::format("{:.1f} MB", bytes / 1e6)
                                            : fmt::format("{:.1f} KB", bytes / 1e3);
  std::string out = fmt::format(
      "read {}, analysed {}, duplicates {}, unchanged {}, rejected {}{} ({} files, {}) in {:.3f} s",
      read, analysed, duplicates, unchanged, rejected,
      stories > 0 ? fmt::format(", stories {}", stories) : std::string(), files, size, seconds);
  size_t shown = 0;
  for (const Rejection& r : rejections) {
    if (shown == max_rejections) {
      out += fmt::format("\n  ... and {} more rejected", rejections.size() - shown);
      break;
    }
    out += "\n  rejected: " + r.ToString();
    ++shown;
  }
  return out;
}

}  // namespace newsloom
