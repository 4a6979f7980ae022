// WarcDirScanner: finds the WARC files (.warc, .warc.gz) in a watched directory that are new
// or changed and finished (docs/watch.md "WARC directories").
//
// A file is ready when
//   - it is not in `ingested` with the same size and mtime (so a file is ingested once, and
//     again only when it changes), and
//   - it is not still being written: the previous look saw it with the same size and mtime,
//     or (on the first look at it) its mtime is at least `settle_micros` in the past.
// A file whose size or mtime changed since the previous look is "growing" and skipped.
//
// Files are listed through Env::ListFilesRecursive (sorted, hidden files skipped); size and
// mtime come from a StatFn (POSIX stat by default) because Env has no mtime.
//
// Thread safety: not thread-safe (it remembers the previous look).
#ifndef NEWSLOOM_WATCH_WARC_DIR_SCANNER_H_
#define NEWSLOOM_WATCH_WARC_DIR_SCANNER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/env.h"
#include "core/status.h"

namespace newsloom {

struct FileStamp {
  int64_t size = 0;
  int64_t mtime_micros = 0;  // microseconds since the epoch

  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

using StatFn = std::function<StatusOr<FileStamp>(const std::string& path)>;

// stat(2) of a file on the real file system. NotFound / Unavailable name the path.
StatusOr<FileStamp> StatPosixFile(const std::string& path);

// True for names ending in .warc or .warc.gz (ASCII case-insensitive).
bool IsWarcFileName(std::string_view path);

struct WarcDirScannerOptions {
  // Age of a file's mtime after which it counts as complete on the first look. Default 10 s.
  int64_t settle_micros = 10'000'000;
};

struct WarcDirLook {
  // Ready files in path order, with the stamp to record once they are ingested.
  std::vector<std::pair<std::string, FileStamp>> ready;
  int growing = 0;    // skipped: still being written
  int unchanged = 0;  // already ingested with the same size and mtime
};

class WarcDirScanner {
 public:
  // `env` is not owned. `stat` null uses StatPosixFile.
  WarcDirScanner(Env* env, WarcDirScannerOptions options = {}, StatFn stat = nullptr);

  // Looks at `dir` at time `now_micros`. `ingested` maps paths to the stamps they had when
  // ingested. NotFound when `dir` is not a directory; listing errors name it. A file that
  // vanishes between listing and stat is skipped.
  StatusOr<WarcDirLook> Look(const std::string& dir,
                             const std::map<std::string, FileStamp>& ingested, int64_t now_micros);

 private:
  Env* env_;
  WarcDirScannerOptions options_;
  StatFn stat_;
  std::map<std::string, FileStamp> previous_;  // path -> stamp at the previous look
};

}  // namespace newsloom

#endif  // NEWSLOOM_WATCH_WARC_DIR_SCANNER_H_
