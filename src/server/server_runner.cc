#include "server/server_runner.h"

#include <cstdio>

#include "core/data_files.h"
#include "core/env.h"

namespace newsloom {

ServerRunner::~ServerRunner() {
  if (http_ != nullptr) http_->Stop();
}

StatusOr<std::unique_ptr<ServerRunner>> ServerRunner::Start(ServerRunnerOptions options) {
  std::unique_ptr<ServerRunner> r(new ServerRunner());
  Env* env = options.api.env != nullptr ? options.api.env : Env::Default();
  {
    // The database first: a wrong path fails at once, before the slower setup below.
    StoreOptions so;
    so.create_if_missing = false;
    so.env = env;
    NL_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenSqliteStore(options.api.db_path, so));
  }
  if (options.gazetteer_path.empty()) {
    r->geo_ = GeoLookup::OpenDefault();
  } else {
    NL_ASSIGN_OR_RETURN(r->geo_, GeoLookup::Open(options.gazetteer_path));
  }
  std::string web = options.web_dir;
  if (web.empty()) {
    StatusOr<std::string> found = FindDataFile("web");
    if (found.ok()) {
      web = *found;
    } else if (options.verbose) {
      std::fprintf(stderr, "newsloom serve: no web UI, serving the API only: %s\n",
                   MessageOf(found.status()).c_str());
    }
  }
  if (!web.empty()) {
    NL_ASSIGN_OR_RETURN(r->assets_, StaticAssets::Load(env, web));
  }
  std::string why_not;
  r->searcher_ = OpenStorySearcher(options.api.db_path, &why_not);
  if (r->searcher_ == nullptr && options.verbose) {
    std::fprintf(stderr, "newsloom serve: search disabled: %s\n", why_not.c_str());
  }
  options.api.geo = r->geo_.get();
  options.api.assets = r->assets_.get();
  options.api.searcher = r->searcher_.get();
  NL_ASSIGN_OR_RETURN(r->api_, Api::Create(std::move(options.api)));
  r->http_ = std::make_unique<HttpServer>(r->api_.get(), options.http);
  NL_RETURN_IF_ERROR(r->http_->Start());
  return r;
}

}  // namespace newsloom
