// StaticAssets: the web UI's files, loaded into memory at startup. A request path is only ever
// looked up in this map — never joined to a file-system path — so nothing outside the UI's
// own files can be served.
//
// Loading: every regular file below `dir` (hidden files and directories skipped), keyed by
// "/" + its path relative to `dir` with '/' separators ("/index.html", "/assets/app.js",
// "/assets/vendor/countries-110m.json"). Limits: at most `max_files` files and `max_bytes`
// bytes in all (FailedPrecondition beyond them, naming the directory).
//
// Serving (Find): "/" is "/index.html". A GET path that is no file here, is not under /api/ or
// /assets/, and whose last segment has no '.' is one of the UI's deep links (/story/s_…,
// /entity/p:…): it gets index.html. Content types by extension; Cache-Control "no-cache" (the
// browser revalidates with the ETag, a hash of the content), except files under
// /assets/vendor/ (npm packages that change only with a new build): "public, max-age=86400".
//
// Thread safety: immutable after Load; safe to share.
#ifndef NEWSLOOM_SERVER_STATIC_ASSETS_H_
#define NEWSLOOM_SERVER_STATIC_ASSETS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "core/env.h"
#include "core/status.h"

namespace newsloom {

struct StaticAsset {
  std::string content_type;
  std::string cache_control;
  std::string etag;  // quoted, e.g. "\"0123456789abcdef\""
  std::string body;
};

struct StaticAssetsOptions {
  size_t max_files = 2000;          // default 2000 files
  uint64_t max_bytes = 256u << 20;  // default 256 MiB in all
};

class StaticAssets {
 public:
  static StatusOr<std::unique_ptr<StaticAssets>> Load(Env* env, const std::string& dir,
                                                      const StaticAssetsOptions& options = {});
  // For tests: assets given in memory, keyed by path ("/index.html").
  static std::unique_ptr<StaticAssets> FromMap(
      const absl::flat_hash_map<std::string, std::string>& files);

  // The asset for a decoded, validated request path (see above); nullptr when none.
  const StaticAsset* Find(std::string_view path) const;
  size_t size() const { return files_.size(); }

 private:
  void Add(std::string path, std::string body);
  absl::flat_hash_map<std::string, StaticAsset> files_;
};

// The Content-Type for a file name by its extension; "application/octet-stream" when unknown.
std::string_view ContentTypeForPath(std::string_view path);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_STATIC_ASSETS_H_
