#include "core/data_files.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "fmt/format.h"

namespace newsloom {
namespace {

std::string ExecutableShareDir() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return (exe.parent_path().parent_path() / "share" / "newsloom").string();
}

}  // namespace

StatusOr<std::string> FindDataFile(std::string_view name) {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("NEWSLOOM_DATA_DIR"); env != nullptr && *env != '\0') {
    dirs.emplace_back(env);
  }
#ifdef NEWSLOOM_BUILD_DATA_DIR
  dirs.emplace_back(NEWSLOOM_BUILD_DATA_DIR);
#endif
  if (std::string share = ExecutableShareDir(); !share.empty()) dirs.push_back(std::move(share));
  std::string searched;
  for (const std::string& dir : dirs) {
    std::string path = fmt::format("{}/{}", dir, name);
    if (::access(path.c_str(), R_OK) == 0) return path;
    if (!searched.empty()) searched += ", ";
    searched += dir;
  }
  return absl::NotFoundError(fmt::format(
      "data file {} not found (searched {}); build it (make build) or set NEWSLOOM_DATA_DIR", name,
      searched.empty() ? "nowhere" : searched));
}

}  // namespace newsloom
