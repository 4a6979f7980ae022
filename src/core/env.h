// Env: the only way Newsloom code touches files and the clock, so tests can run in memory and
// deterministically (LevelDB's Env). Network access lives in ingest/http_fetcher.h.
//
// Thread safety: all methods of the Envs here are safe to call concurrently.
#ifndef NEWSLOOM_CORE_ENV_H_
#define NEWSLOOM_CORE_ENV_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/status.h"

namespace newsloom {

// A file read from start to end in pieces, so inputs of any size (1 GB WARC.gz archives) are
// streamed rather than loaded whole. Not thread-safe: one reader at a time.
class SequentialFile {
 public:
  virtual ~SequentialFile() = default;
  // Reads up to `n` bytes into `buf` and returns how many were read; 0 only at end of file.
  // May return fewer than `n` before the end. Errors name the file.
  virtual StatusOr<size_t> Read(char* buf, size_t n) = 0;
};

// A SequentialFile over `contents` (owned), for tests, fuzzers and in-memory inputs.
std::unique_ptr<SequentialFile> NewStringSequentialFile(std::string contents);

class Env {
 public:
  virtual ~Env() = default;

  // The process-wide Env over the real file system and clock. Never deleted.
  static Env* Default();

  // Reads at most `max_bytes` of `path` into `*out`. "-" reads standard input.
  // NotFound if missing; FailedPrecondition if larger than max_bytes (nothing is returned).
  virtual Status ReadFile(const std::string& path, std::string* out,
                          uint64_t max_bytes = UINT64_MAX) = 0;
  // Opens `path` for streaming; "-" is standard input. NotFound if missing. The default
  // implementation reads the whole file with ReadFile; PosixEnv and MemEnv stream.
  virtual StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& path);
  // Creates or truncates `path`; the parent directory must exist.
  virtual Status WriteFile(const std::string& path, std::string_view data) = 0;
  virtual bool IsDirectory(const std::string& path) = 0;
  virtual bool FileExists(const std::string& path) = 0;
  virtual StatusOr<uint64_t> FileSize(const std::string& path) = 0;
  // Regular files below `dir`, recursively, sorted by path so runs are deterministic. Hidden
  // files and directories (".git", ".DS_Store") are skipped.
  virtual Status ListFilesRecursive(const std::string& dir, std::vector<std::string>* out) = 0;
  virtual Status CreateDirs(const std::string& dir) = 0;
  // Microseconds since the Unix epoch.
  virtual int64_t NowMicros() = 0;
};

// An Env over a map of file contents and a settable clock, for tests.
class MemEnv : public Env {
 public:
  void AddFile(const std::string& path, std::string contents);
  void SetNowMicros(int64_t micros) { now_micros_ = micros; }
  std::string Contents(const std::string& path);

  Status ReadFile(const std::string& path, std::string* out, uint64_t max_bytes) override;
  // Streams a snapshot of the file taken when it is opened.
  StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& path) override;
  Status WriteFile(const std::string& path, std::string_view data) override;
  bool IsDirectory(const std::string& path) override;
  bool FileExists(const std::string& path) override;
  StatusOr<uint64_t> FileSize(const std::string& path) override;
  Status ListFilesRecursive(const std::string& dir, std::vector<std::string>* out) override;
  Status CreateDirs(const std::string& dir) override { return absl::OkStatus(); }
  int64_t NowMicros() override { return now_micros_; }

 private:
  std::mutex mu_;
  std::map<std::string, std::string> files_;
  int64_t now_micros_ = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_ENV_H_
