// Api: the HTTP API of `newsloom serve` (docs/api.md) as a function from request to response,
// without sockets — HttpServer (server/http_server.h) feeds it from cpp-httplib, tests call
// Handle directly.
//
// Routing: a target is validated first (server/request_target.h: traversal, encoded slashes,
// NUL → 400). Paths under /api/ are the JSON API: per-address rate limits (reads: GET/HEAD;
// writes: POST) answer 429 with Retry-After, unknown paths 404, wrong methods 405 with Allow,
// every error {"error": {"code", "message"}}. Other paths are the web UI's static files
// (server/static_assets.h), GET/HEAD only, unlimited (they are served from memory).
//
// Reads use read-only Store connections from a pool (one per concurrent request; SQLite WAL
// lets them read while the writer writes). Writes (POST /api/articles) run the whole pipeline
// into the database through one writer at a time (a mutex), incrementally: existing stories
// grow, their ids never change.
//
// Thread safety: Handle may be called from many threads at once.
#ifndef NEWSLOOM_SERVER_API_H_
#define NEWSLOOM_SERVER_API_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/env.h"
#include "core/status.h"
#include "export/geo_lookup.h"
#include "pipeline/analysis_run.h"
#include "pipeline/pipeline.h"
#include "server/api_types.h"
#include "server/rate_limiter.h"
#include "server/request_target.h"
#include "server/static_assets.h"
#include "server/store_pool.h"
#include "server/story_searcher.h"

namespace newsloom {

struct ApiOptions {
  // The database written by `newsloom analyze`; must exist (NotFound otherwise). Opened once
  // for writing at Create to apply pending schema migrations, then read through a pool.
  std::string db_path;
  // Bearer token for POST; "" refuses every write with 403.
  std::string token;
  // Text search for `q` and /api/search; null answers them with 503. Not owned.
  StorySearcher* searcher = nullptr;
  // Coordinates for story locations; null gives locations without lat/lon. Not owned.
  const GeoLookup* geo = nullptr;
  // The web UI; null serves no UI (404 outside /api/). Not owned.
  const StaticAssets* assets = nullptr;
  // Largest request body; bigger ones get 413. Default 8 MiB.
  size_t max_body_bytes = 8u << 20;
  // Requests per minute and client address; 0 disables. Defaults 600 reads, 20 writes.
  int64_t reads_per_minute = 600;
  int64_t writes_per_minute = 20;
  // Page sizes of list endpoints: default 50, at most 500.
  int64_t default_per_page = 50;
  int64_t max_per_page = 500;
  // Stories a `q` filter considers (the searcher's best ones). Default 2000.
  int64_t max_search_stories = 2000;
  // Stories and articles listed on an entity page. Default 200 each.
  int64_t entity_list_limit = 200;
  // The pipeline that POSTed articles run through (progress bar forced off).
  PipelineOptions pipeline;
  // Idle read connections kept. Default 16.
  size_t max_idle_connections = 16;
  // Clock for rate limits; Env::Default() when null. Not owned.
  Env* env = nullptr;
  // With a token: load the database's state for POSTs (stories, entities, duplicate
  // signatures; AnalysisSession::Load) on a thread of its own at Create, so the first POST
  // does not wait for it (unless it comes before the load ends). Default false; `newsloom
  // serve` sets it.
  bool preload_writer = false;
  // Called after each successful POST run, under the writer lock, with db_path (e.g. to
  // update the search index). Its failure is logged, not returned to the client. Optional.
  std::function<Status(const std::string& db_path)> after_write;
  // Reported by /api/health.
  std::string version = "unknown";
};

class Api {
 public:
  // Opens (and if needed migrates) the database once to check it. Errors: the store's.
  static StatusOr<std::unique_ptr<Api>> Create(ApiOptions options);

  ~Api();  // waits for the preload (ApiOptions::preload_writer) to end

  ApiResponse Handle(const ApiRequest& request);

  const ApiOptions& options() const { return options_; }

 private:
  explicit Api(ApiOptions options);

  ApiResponse HandleApi(const ApiRequest& request, const RequestTarget& target);
  ApiResponse HandleStatic(const ApiRequest& request, const RequestTarget& target) const;

  // Read endpoints (api_read.cc).
  ApiResponse Health();
  ApiResponse ListStories(const QueryParams& query);
  ApiResponse GetStory(std::string_view id);
  ApiResponse GetArticle(std::string_view id);
  ApiResponse GetEntity(std::string_view id);
  ApiResponse Search(const QueryParams& query);
  ApiResponse Export(const QueryParams& query);
  // Write endpoint (api_write.cc).
  ApiResponse PostArticles(const ApiRequest& request);

  ApiOptions options_;
  GeoLookup no_geo_{nullptr};
  const GeoLookup& geo() const { return options_.geo != nullptr ? *options_.geo : no_geo_; }
  StorePool pool_;
  RateLimiter reads_;
  RateLimiter writes_;
  std::mutex writer_mu_;                      // one pipeline run at a time
  std::unique_ptr<AnalysisSession> session_;  // POST runs, created by the first (writer_mu_)
  // Creates session_ when missing; writer_mu_ must be held.
  void EnsureSessionLocked();
  // The preload thread: creates session_ and loads the database's state.
  void Preload();
  std::thread preload_;  // preload_writer: Preload() at Create
};

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_API_H_
