// ServerRunner: everything `newsloom serve` starts, in one object — the gazetteer for
// coordinates, the web UI's files, the search index (when built in), the Api and the
// HttpServer — so the CLI, `newsloom bench --server` and tests start a server the same way.
//
// Thread safety: Start/Stop/Wait from one controlling thread.
#ifndef NEWSLOOM_SERVER_SERVER_RUNNER_H_
#define NEWSLOOM_SERVER_SERVER_RUNNER_H_

#include <memory>
#include <string>

#include "core/status.h"
#include "export/geo_lookup.h"
#include "server/api.h"
#include "server/http_server.h"
#include "server/static_assets.h"
#include "server/story_searcher.h"

namespace newsloom {

struct ServerRunnerOptions {
  // Api settings (db_path, token, limits, pipeline, version). Its searcher, geo and assets are
  // filled in by Start.
  ApiOptions api;
  HttpServerOptions http;
  // The web UI directory; "" finds the data directory "web" (core/data_files.h: the build
  // tree's data/web, where src/server/CMakeLists.txt copies web/). When none is found the
  // server serves the API alone (a warning on stderr).
  std::string web_dir;
  // Path of the gazetteer for story coordinates; "" finds gazetteer.nlg.
  std::string gazetteer_path;
  // Warnings (missing UI, missing gazetteer, search unavailable) on stderr. Default true.
  bool verbose = true;
};

class ServerRunner {
 public:
  // Opens everything and starts serving. Errors: the database's (Api::Create), binding
  // (HttpServer::Start), an unreadable --web directory.
  static StatusOr<std::unique_ptr<ServerRunner>> Start(ServerRunnerOptions options);
  ~ServerRunner();

  std::string url() const { return http_->url(); }
  int port() const { return http_->port(); }
  bool has_search() const { return searcher_ != nullptr; }
  void Wait() { http_->Wait(); }
  void Stop() { http_->Stop(); }

 private:
  ServerRunner() = default;
  std::unique_ptr<GeoLookup> geo_;
  std::unique_ptr<StaticAssets> assets_;
  std::unique_ptr<StorySearcher> searcher_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<HttpServer> http_;
};

// The StorySearcher over the database's Xapian index (search/search_index.h), or null with
// the reason in `why_not` when the index cannot be opened. Builds or updates the index first
// when it is missing or older than the database (search_hook.cc). POSTed articles reach the
// index through RunAnalysisOnDocuments, which syncs it after each run.
std::unique_ptr<StorySearcher> OpenStorySearcher(const std::string& db_path, std::string* why_not);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_SERVER_RUNNER_H_
