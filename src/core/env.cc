#include "core/env.h"

#include <sys/time.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace newsloom {
namespace {

namespace fs = std::filesystem;

Status ErrnoStatus(const std::string& path, int err) {
  std::string msg = absl::StrCat(path, ": ", std::strerror(err));
  if (err == ENOENT) return absl::NotFoundError(msg);
  if (err == EACCES) return absl::PermissionDeniedError(msg);
  return absl::UnavailableError(msg);
}

class StringSequentialFile : public SequentialFile {
 public:
  explicit StringSequentialFile(std::string contents) : contents_(std::move(contents)) {}
  StatusOr<size_t> Read(char* buf, size_t n) override {
    const size_t k = std::min(n, contents_.size() - pos_);
    if (k > 0) std::memcpy(buf, contents_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string contents_;
  size_t pos_ = 0;
};

class PosixSequentialFile : public SequentialFile {
 public:
  // Takes ownership of `f` unless it is stdin.
  PosixSequentialFile(std::string path, FILE* f) : path_(std::move(path)), f_(f) {}
  ~PosixSequentialFile() override {
    if (f_ != stdin) std::fclose(f_);
  }
  StatusOr<size_t> Read(char* buf, size_t n) override {
    const size_t k = std::fread(buf, 1, n, f_);
    if (k < n && std::ferror(f_)) return ErrnoStatus(path_, errno);
    return k;
  }

 private:
  std::string path_;
  FILE* f_;
};

class PosixEnv : public Env {
 public:
  StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& path) override {
    if (path == "-") return std::unique_ptr<SequentialFile>(new PosixSequentialFile(path, stdin));
    if (IsDirectory(path)) return absl::FailedPreconditionError(path + ": is a directory");
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return ErrnoStatus(path, errno);
    return std::unique_ptr<SequentialFile>(new PosixSequentialFile(path, f));
  }

  Status ReadFile(const std::string& path, std::string* out, uint64_t max_bytes) override {
    out->clear();
    if (path == "-") return ReadStream(stdin, path, out, max_bytes);
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return ErrnoStatus(path, errno);
    Status s = ReadStream(f, path, out, max_bytes);
    std::fclose(f);
    return s;
  }

  Status WriteFile(const std::string& path, std::string_view data) override {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return ErrnoStatus(path, errno);
    const size_t n = std::fwrite(data.data(), 1, data.size(), f);
    const bool ok = n == data.size() && std::fclose(f) == 0;
    if (!ok) return ErrnoStatus(path, errno);
    return absl::OkStatus();
  }

  bool IsDirectory(const std::string& path) override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }

  bool FileExists(const std::string& path) override {
    std::error_code ec;
    return fs::exists(path, ec);
  }

  StatusOr<uint64_t> FileSize(const std::string& path) override {
    std::error_code ec;
    const uint64_t size = fs::file_size(path, ec);
    if (ec) return ErrnoStatus(path, ec.value());
    return size;
  }

  Status ListFilesRecursive(const std::string& dir, std::vector<std::string>* out) override {
    std::error_code ec;
    auto it =
        fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) return ErrnoStatus(dir, ec.value());
    std::vector<std::string> found;
    for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
      if (ec) return ErrnoStatus(dir, ec.value());
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out->insert(out->end(), found.begin(), found.end());
    return absl::OkStatus();
  }

  Status CreateDirs(const std::string& dir) override {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return ErrnoStatus(dir, ec.value());
    return absl::OkStatus();
  }

  int64_t NowMicros() override {
    struct timeval tv;
    gettimeofday(&tv, nullptr);
    return static_cast<int64_t>(tv.tv_sec) * 1000000 + tv.tv_usec;
  }

 private:
  static Status ReadStream(FILE* f, const std::string& path, std::string* out, uint64_t max_bytes) {
    char buf[1 << 16];
    while (true) {
      const size_t n = std::fread(buf, 1, sizeof(buf), f);
      if (n > 0) {
        if (out->size() + n > max_bytes) {
          out->clear();
          return absl::FailedPreconditionError(
              absl::StrCat(path, ": larger than the limit of ", max_bytes, " bytes"));
        }
        out->append(buf, n);
      }
      if (n < sizeof(buf)) {
        if (std::ferror(f)) return ErrnoStatus(path, errno);
        break;
      }
    }
    return absl::OkStatus();
  }
};

}  // namespace

std::unique_ptr<SequentialFile> NewStringSequentialFile(std::string contents) {
  return std::make_unique<StringSequentialFile>(std::move(contents));
}

StatusOr<std::unique_ptr<SequentialFile>> Env::NewSequentialFile(const std::string& path) {
  std::string contents;
  NL_RETURN_IF_ERROR(ReadFile(path, &contents, UINT64_MAX));
  return NewStringSequentialFile(std::move(contents));
}

Env* Env::Default() {
  static Env* env = new PosixEnv();
  return env;
}

void MemEnv::AddFile(const std::string& path, std::string contents) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = std::move(contents);
}

std::string MemEnv::Contents(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  return it == files_.end() ? std::string() : it->second;
}

Status MemEnv::ReadFile(const std::string& path, std::string* out, uint64_t max_bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  if (it->second.size() > max_bytes) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": larger than the limit of ", max_bytes, " bytes"));
  }
  *out = it->second;
  return absl::OkStatus();
}

StatusOr<std::unique_ptr<SequentialFile>> MemEnv::NewSequentialFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  return NewStringSequentialFile(it->second);
}

Status MemEnv::WriteFile(const std::string& path, std::string_view data) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = std::string(data);
  return absl::OkStatus();
}

bool MemEnv::IsDirectory(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string prefix = absl::EndsWith(path, "/") ? path : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && absl::StartsWith(it->first, prefix);
}

bool MemEnv::FileExists(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (files_.count(path)) return true;
  }
  return IsDirectory(path);
}

StatusOr<uint64_t> MemEnv::FileSize(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  return it->second.size();
}

Status MemEnv::ListFilesRecursive(const std::string& dir, std::vector<std::string>* out) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string prefix = absl::EndsWith(dir, "/") ? dir : dir + "/";
  bool any = false;
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && absl::StartsWith(it->first, prefix); ++it) {
    out->push_back(it->first);
    any = true;
  }
  if (!any) return absl::NotFoundError(absl::StrCat(dir, ": no such directory"));
  return absl::OkStatus();
}

}  // namespace newsloom
