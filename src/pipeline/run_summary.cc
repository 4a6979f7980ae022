#include "pipeline/run_summary.h"

#include "fmt/format.h"

namespace newsloom {

std::string RunSummary::ToString(size_t max_rejections) const {
  std::string out = fmt::format(
      "read {}, analysed {}, duplicates {}, unchanged {}, rejected {} ({} files, {:.1f} MB) in "
      "{:.2f} s",
      read, analysed, duplicates, unchanged, rejected, files, bytes / 1e6, seconds);
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
