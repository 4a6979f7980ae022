#include "server/static_assets.h"

#include <vector>

#include "core/hash.h"
#include "core/strings.h"
#include "fmt/format.h"

namespace newsloom {

std::string_view ContentTypeForPath(std::string_view path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".geojson", "application/geo+json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".ico", "image/x-icon"},
      {".webp", "image/webp"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".wasm", "application/wasm"},
  };
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return "application/octet-stream";
  }
  const std::string ext = AsciiLower(path.substr(dot));
  for (const auto& [e, type] : kTypes) {
    if (ext == e) return type;
  }
  return "application/octet-stream";
}

void StaticAssets::Add(std::string path, std::string body) {
  StaticAsset a;
  a.content_type = std::string(ContentTypeForPath(path));
  a.cache_control = path.rfind("/assets/vendor/", 0) == 0 ? "public, max-age=86400" : "no-cache";
  a.etag = fmt::format("\"{}\"", HexHash64(Hash64(body)));
  a.body = std::move(body);
  files_[std::move(path)] = std::move(a);
}

StatusOr<std::unique_ptr<StaticAssets>> StaticAssets::Load(Env* env, const std::string& dir,
                                                           const StaticAssetsOptions& options) {
  if (!env->IsDirectory(dir)) {
    return absl::NotFoundError(fmt::format("{}: web UI directory not found", dir));
  }
  std::vector<std::string> paths;
  NL_RETURN_IF_ERROR(env->ListFilesRecursive(dir, &paths));
  if (paths.size() > options.max_files) {
    return absl::FailedPreconditionError(
        fmt::format("{}: more than {} files for the web UI", dir, options.max_files));
  }
  auto assets = std::unique_ptr<StaticAssets>(new StaticAssets());
  uint64_t total = 0;
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix.push_back('/');
  for (const std::string& p : paths) {
    if (p.compare(0, prefix.size(), prefix) != 0) continue;
    std::string body;
    NL_RETURN_IF_ERROR(env->ReadFile(p, &body, options.max_bytes - total));
    total += body.size();
    assets->Add("/" + p.substr(prefix.size()), std::move(body));
  }
  return assets;
}

std::unique_ptr<StaticAssets> StaticAssets::FromMap(
    const absl::flat_hash_map<std::string, std::string>& files) {
  auto assets = std::unique_ptr<StaticAssets>(new StaticAssets());
  for (const auto& [path, body] : files) assets->Add(path, body);
  return assets;
}

const StaticAsset* StaticAssets::Find(std::string_view path) const {
  if (path == "/") path = "/index.html";
  if (auto it = files_.find(AbslView(path)); it != files_.end()) return &it->second;
  if (path.rfind("/api/", 0) == 0 || path == "/api" || path.rfind("/assets/", 0) == 0) {
    return nullptr;
  }
  const std::string_view last = path.substr(path.rfind('/') + 1);
  if (last.find('.') != std::string_view::npos) return nullptr;
  auto index = files_.find("/index.html");
  return index == files_.end() ? nullptr : &index->second;
}

}  // namespace newsloom
