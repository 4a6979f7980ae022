#include "server/api_types.h"

#include "core/json_writer.h"
#include "core/strings.h"

namespace newsloom {

std::string_view ApiRequest::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return {};
}

std::string_view ApiResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return {};
}

Status ApiResponse::Materialize() {
  if (!stream) return absl::OkStatus();
  std::string out;
  Status s = stream([&](std::string_view chunk) {
    out.append(chunk);
    return absl::OkStatus();
  });
  stream = nullptr;
  body = std::move(out);
  return s;
}

ApiResponse JsonError(int status, std::string_view message) {
  ApiResponse r;
  r.status = status;
  JsonWriter w;
  w.BeginObject().Key("error").BeginObject();
  w.Key("code").Int(status).Key("message").String(message);
  w.EndObject().EndObject();
  r.body = w.Release();
  r.body.push_back('\n');
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

}  // namespace newsloom
