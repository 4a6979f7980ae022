// Api: POST /api/articles (docs/api.md "Write").
#include <cstdio>

#include "core/json_writer.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "pipeline/analysis_run.h"
#include "server/api.h"
#include "server/api_util.h"
#include "server/post_body.h"

namespace newsloom {
namespace {

// Compares without an early exit, so timing does not reveal how much of the token matched.
bool SameToken(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? a[i] : 0;
    const unsigned char y = i < b.size() ? b[i] : 0;
    diff |= x ^ y;
  }
  return diff == 0;
}

ApiResponse Unauthorized(std::string_view message) {
  ApiResponse r = JsonError(401, message);
  r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"newsloom\"");
  return r;
}

void WriteRejections(const std::vector<Rejection>& rejections, JsonWriter* w) {
  w->Key("rejected").BeginArray();
  for (const Rejection& r : rejections) {
    w->BeginObject().Key("record").Int(r.record).Key("message").String(MessageOf(r.status));
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace

ApiResponse Api::PostArticles(const ApiRequest& request) {
  if (options_.token.empty()) {
    return JsonError(403,
                     "writes are disabled: start the server with --token-file or NEWSLOOM_TOKEN");
  }
  const std::string_view auth = StripAsciiWhitespace(request.Header("Authorization"));
  if (auth.empty()) return Unauthorized("missing Authorization: Bearer token");
  if (!StartsWithIgnoreCase(auth, "Bearer ") ||
      !SameToken(StripAsciiWhitespace(auth.substr(7)), options_.token)) {
    return Unauthorized("invalid token");
  }
  if (request.body.size() > options_.max_body_bytes) {
    return JsonError(413, fmt::format("request body over {} bytes", options_.max_body_bytes));
  }
  StatusOr<PostedArticles> posted = ParsePostBody(request.body);
  if (!posted.ok()) return JsonError(400, MessageOf(posted.status()));
  if (posted->documents.empty()) {
    ApiResponse r = JsonError(400, "no valid article in the body");
    JsonWriter w;
    w.BeginObject().Key("error").BeginObject().Key("code").Int(400);
    w.Key("message").String("no valid article in the body").EndObject();
    w.Key("accepted").Int(0);
    WriteRejections(posted->rejections, &w);
    w.EndObject();
    r.body = w.Release() + "\n";
    return r;
  }
  const std::string command = fmt::format("serve: POST /api/articles from {}", request.remote_addr);
  StatusOr<DocumentsRunResult> result = [&] {
    std::lock_guard<std::mutex> lock(writer_mu_);
    EnsureSessionLocked();
    StatusOr<DocumentsRunResult> r = session_->RunDocuments(std::move(posted->documents),
                                                            std::move(posted->rejections), command);
    if (r.ok() && options_.after_write) {
      // The articles are stored; a failing hook (search index) must not fail the request.
      if (Status s = options_.after_write(options_.db_path); !s.ok()) {
        std::fprintf(stderr, "newsloom serve: after POST: %s\n", MessageOf(s).c_str());
      }
    }
    return r;
  }();
  if (!result.ok()) return ErrorFromStatus(result.status());
  JsonWriter w;
  w.BeginObject().Key("accepted").Int(static_cast<int64_t>(result->articles.size()));
  WriteRejections(result->summary.rejections, &w);
  w.Key("articles").BeginArray();
  for (const auto& [id, story] : result->articles) {
    w.BeginObject().Key("id").String(id).Key("story_id");
    if (story.empty()) {
      w.Null();
    } else {
      w.String(story);
    }
    w.EndObject();
  }
  w.EndArray().EndObject();
  return JsonOk(w.Release());
}

}  // namespace newsloom
