#include "watch/warc_dir_scanner.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "core/strings.h"
#include "fmt/format.h"

namespace newsloom {

StatusOr<FileStamp> StatPosixFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    const std::string msg = fmt::format("{}: {}", path, std::strerror(err));
    if (err == ENOENT || err == ENOTDIR) return absl::NotFoundError(msg);
    return absl::UnavailableError(msg);
  }
  FileStamp s;
  s.size = static_cast<int64_t>(st.st_size);
  s.mtime_micros = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000 + st.st_mtim.tv_nsec / 1000;
  return s;
}

bool IsWarcFileName(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           EqualsIgnoreCase(path.substr(path.size() - suffix.size()), suffix);
  };
  return ends_with(".warc") || ends_with(".warc.gz");
}

WarcDirScanner::WarcDirScanner(Env* env, WarcDirScannerOptions options, StatFn stat)
    : env_(env), options_(options), stat_(stat ? std::move(stat) : StatFn(StatPosixFile)) {}

StatusOr<WarcDirLook> WarcDirScanner::Look(const std::string& dir,
                                           const std::map<std::string, FileStamp>& ingested,
                                           int64_t now_micros) {
  if (!env_->IsDirectory(dir)) {
    return absl::NotFoundError(fmt::format("{}: not a directory (or missing)", dir));
  }
  std::vector<std::string> files;
  NL_RETURN_IF_ERROR(env_->ListFilesRecursive(dir, &files));
  WarcDirLook look;
  for (const std::string& path : files) {
    if (!IsWarcFileName(path)) continue;
    StatusOr<FileStamp> stamp = stat_(path);
    if (!stamp.ok()) {
      if (absl::IsNotFound(stamp.status())) continue;  // removed since listed
      return stamp.status();
    }
    const auto before = previous_.find(path);
    const bool stable = before != previous_.end()
                            ? before->second == *stamp
                            : now_micros - stamp->mtime_micros >= options_.settle_micros;
    previous_[path] = *stamp;
    const auto done = ingested.find(path);
    if (done != ingested.end() && done->second == *stamp) {
      ++look.unchanged;
    } else if (!stable) {
      ++look.growing;
    } else {
      look.ready.emplace_back(path, *stamp);
    }
  }
  return look;
}

}  // namespace newsloom
