#include "server/api.h"

#include <cstdio>

#include "core/json_writer.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "server/api_util.h"

namespace newsloom {

ApiResponse JsonOk(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  r.body.push_back('\n');
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

ApiResponse ErrorFromStatus(const Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
      return JsonError(400, MessageOf(status));
    case absl::StatusCode::kNotFound:
      return JsonError(404, MessageOf(status));
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kResourceExhausted: {
      ApiResponse r = JsonError(503, "database busy, try again");
      r.headers.emplace_back("Retry-After", "1");
      std::fprintf(stderr, "newsloom serve: %s\n", MessageOf(status).c_str());
      return r;
    }
    default:
      std::fprintf(stderr, "newsloom serve: %s\n", MessageOf(status).c_str());
      return JsonError(500, "internal error (details in the server log)");
  }
}

std::string StoryIdOf(Store* store, const StoredArticle& article) {
  StatusOr<std::optional<std::string>> story = store->StoryOfArticle(article.id);
  if (story.ok() && !story->has_value() && !article.duplicate_of.empty()) {
    story = store->StoryOfArticle(article.duplicate_of);
  }
  if (story.ok() && story->has_value()) return **story;
  return article.story_id;
}

std::string ArticleJsonWithStory(Store* store, const StoredArticle& article) {
  std::string json = article.json;
  const std::string story = StoryIdOf(store, article);
  static constexpr std::string_view kNoStory = "\"story_id\":null";
  if (!story.empty()) {
    // story_id is a top-level key written before `text`; a JSON string never holds it unescaped.
    if (size_t at = json.find(kNoStory); at != std::string::npos) {
      std::string value;
      AppendJsonString(story, &value);
      json.replace(at, kNoStory.size(), "\"story_id\":" + value);
    }
  }
  return json;
}

Api::Api(ApiOptions options)
    : options_(std::move(options)),
      pool_(options_.db_path, options_.max_idle_connections),
      reads_(options_.reads_per_minute),
      writes_(options_.writes_per_minute) {
  if (options_.env == nullptr) options_.env = Env::Default();
  options_.pipeline.progress = false;
}

StatusOr<std::unique_ptr<Api>> Api::Create(ApiOptions options) {
  {
    StoreOptions so;
    so.create_if_missing = false;
    so.env = options.env;
    NL_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenSqliteStore(options.db_path, so));
  }
  std::unique_ptr<Api> api(new Api(std::move(options)));
  if (api->options_.preload_writer && !api->options_.token.empty()) {
    api->preload_ = std::thread([a = api.get()] { a->Preload(); });
  }
  return api;
}

Api::~Api() {
  if (preload_.joinable()) preload_.join();
}

void Api::EnsureSessionLocked() {
  if (session_ != nullptr) return;
  // One session for every POST: the database's stories, entities and duplicate signatures are
  // loaded once, not per request (AnalysisSession).
  AnalysisRunOptions run;
  run.pipeline = options_.pipeline;
  run.db_path = options_.db_path;
  session_ = std::make_unique<AnalysisSession>(options_.env, run);
}

void Api::Preload() {
  std::lock_guard<std::mutex> lock(writer_mu_);
  EnsureSessionLocked();
  if (Status s = session_->Load(); !s.ok()) {
    std::fprintf(stderr, "newsloom serve: loading the database for POSTs: %s\n",
                 MessageOf(s).c_str());
  }
}

ApiResponse Api::Handle(const ApiRequest& request) {
  StatusOr<RequestTarget> target = ParseRequestTarget(request.target);
  if (!target.ok()) return JsonError(400, MessageOf(target.status()));
  if (target->path == "/api" || target->path.rfind("/api/", 0) == 0) {
    return HandleApi(request, *target);
  }
  return HandleStatic(request, *target);
}

namespace {

ApiResponse MethodNotAllowed(std::string_view allow) {
  ApiResponse r = JsonError(405, fmt::format("method not allowed; use {}", allow));
  r.headers.emplace_back("Allow", std::string(allow));
  return r;
}

// The id after `prefix` in `path` ("/api/stories/" + "s_1"); "" when `path` is not that form.
std::string_view IdAfter(std::string_view path, std::string_view prefix) {
  if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return {};
  std::string_view id = path.substr(prefix.size());
  if (id.find('/') != std::string_view::npos) return {};
  return id;
}

}  // namespace

ApiResponse Api::HandleApi(const ApiRequest& request, const RequestTarget& target) {
  const bool read = request.method == "GET" || request.method == "HEAD";
  const bool write = request.method == "POST";
  if (read || write) {
    RateLimiter& limiter = read ? reads_ : writes_;
    if (std::optional<int64_t> wait =
            limiter.Acquire(request.remote_addr, options_.env->NowMicros())) {
      ApiResponse r = JsonError(
          429, fmt::format("too many {} from this address (at most {} per minute); retry in {} s",
                           read ? "reads" : "writes", limiter.per_minute(), *wait));
      r.headers.emplace_back("Retry-After", std::to_string(*wait));
      return r;
    }
  }
  const std::string& path = target.path;
  std::string_view id;
  if (path == "/api/articles") {
    if (!write) return MethodNotAllowed("POST");
    return PostArticles(request);
  }
  // Everything else is read-only.
  auto get = [&](auto&& handler) -> ApiResponse {
    if (!read) return MethodNotAllowed("GET, HEAD");
    return handler();
  };
  if (path == "/api/health") return get([&] { return Health(); });
  if (path == "/api/stories") return get([&] { return ListStories(target.query); });
  if (path == "/api/search") return get([&] { return Search(target.query); });
  if (path == "/api/export") return get([&] { return Export(target.query); });
  if (!(id = IdAfter(path, "/api/stories/")).empty()) return get([&] { return GetStory(id); });
  if (!(id = IdAfter(path, "/api/articles/")).empty()) return get([&] { return GetArticle(id); });
  if (!(id = IdAfter(path, "/api/entities/")).empty()) return get([&] { return GetEntity(id); });
  return JsonError(404, fmt::format("no such API endpoint: {}", path));
}

ApiResponse Api::HandleStatic(const ApiRequest& request, const RequestTarget& target) const {
  if (request.method != "GET" && request.method != "HEAD") return MethodNotAllowed("GET, HEAD");
  const StaticAsset* asset =
      options_.assets != nullptr ? options_.assets->Find(target.path) : nullptr;
  if (asset == nullptr) return JsonError(404, fmt::format("not found: {}", target.path));
  ApiResponse r;
  r.content_type = asset->content_type;
  r.headers.emplace_back("Cache-Control", asset->cache_control);
  r.headers.emplace_back("ETag", asset->etag);
  if (request.Header("If-None-Match") == asset->etag) {
    r.status = 304;
    return r;
  }
  r.body = asset->body;
  return r;
}

}  // namespace newsloom
