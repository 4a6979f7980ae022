// newsloom bench --server — see bench_server.h.
#include "cli/bench_server.h"

#include <cstdio>
#include <filesystem>

#include "cli/version.h"
#include "core/env.h"
#include "core/json_writer.h"
#include "export/export_story.h"
#include "fmt/format.h"
#include "pipeline/analysis_run.h"
#include "server/load_test.h"
#include "server/server_runner.h"

namespace newsloom {
namespace {

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom bench --server: %s\n", MessageOf(s).c_str());
  return 1;
}

// The endpoint mix: listings with filters, single records (several ids each), search, exports,
// the UI's index.
StatusOr<std::vector<LoadTestEndpoint>> Endpoints(const std::string& db_path, bool search) {
  StoreOptions so;
  so.read_only = true;
  so.create_if_missing = false;
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenSqliteStore(db_path, so));
  StoryQuery q;
  q.limit = 20;
  q.sort = StoryQuery::Sort::kSize;
  NL_ASSIGN_OR_RETURN(StoryPage page, store->QueryStories(q));
  std::vector<LoadTestEndpoint> out = {
      {"GET /api/health", "/api/health"},
      {"GET /api/stories", "/api/stories"},
      {"GET /api/stories?country&sort", "/api/stories?country=KZ&sort=size"},
      {"GET /api/stories?type&from&lang", "/api/stories?type=Riots&from=2020&lang=en&per_page=20"},
      {"GET /api/export?format=csv", "/api/export?format=csv"},
      {"GET /api/export?format=geojson", "/api/export?format=geojson"},
      {"GET / (UI)", "/"},
  };
  if (search) {
    out.push_back({"GET /api/search?q", "/api/search?q=protest"});
    out.push_back({"GET /api/stories?q", "/api/stories?q=Almaty"});
  }
  std::vector<std::string> entities;
  (void)store->LoadEntities([&](StoredEntity e) -> Status {
    entities.push_back(e.id);
    return entities.size() < 10 ? absl::OkStatus() : absl::CancelledError("enough");
  });
  for (const StoredStory& s : page.stories) {
    out.push_back({"GET /api/stories/{id}", "/api/stories/" + s.id});
    std::vector<std::string> articles = StoryArticleIds(s);
    if (!articles.empty())
      out.push_back({"GET /api/articles/{id}", "/api/articles/" + articles[0]});
  }
  for (const std::string& e : entities) {
    out.push_back({"GET /api/entities/{id}", "/api/entities/" + e});
  }
  return out;
}

void Print(const LoadTestResult& r, const BenchServerFlags& f) {
  if (f.json) {
    JsonWriter w;
    w.BeginObject().Key("requests").Int(r.requests).Key("clients").Int(f.clients);
    w.Key("failures").Int(r.failures).Key("seconds").Double(r.seconds, 3);
    w.Key("requests_per_second").Double(r.requests_per_second, 1);
    w.Key("p50_ms").Double(r.p50_ms, 3).Key("p99_ms").Double(r.p99_ms, 3);
    w.Key("endpoints").BeginArray();
    for (const EndpointStats& e : r.endpoints) {
      w.BeginObject().Key("endpoint").String(e.name).Key("requests").Int(e.requests);
      w.Key("failures").Int(e.failures).Key("p50_ms").Double(e.p50_ms, 3);
      w.Key("p99_ms").Double(e.p99_ms, 3).Key("max_ms").Double(e.max_ms, 3);
      w.Key("bytes").Int(e.bytes).EndObject();
    }
    w.EndArray().EndObject();
    std::printf("%s\n", w.str().c_str());
    return;
  }
  std::printf(
      "%lld requests from %d clients in %.2f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, "
      "%lld failed\n",
      static_cast<long long>(r.requests), f.clients, r.seconds, r.requests_per_second, r.p50_ms,
      r.p99_ms, static_cast<long long>(r.failures));
  std::printf("%-34s %9s %7s %9s %9s %9s %11s\n", "endpoint", "requests", "failed", "p50 ms",
              "p99 ms", "max ms", "KB/request");
  for (const EndpointStats& e : r.endpoints) {
    std::printf("%-34s %9lld %7lld %9.2f %9.2f %9.2f %11.1f\n", e.name.c_str(),
                static_cast<long long>(e.requests), static_cast<long long>(e.failures), e.p50_ms,
                e.p99_ms, e.max_ms,
                e.requests > e.failures ? e.bytes / 1024.0 / (e.requests - e.failures) : 0.0);
  }
  for (const std::string& s : r.failure_samples) std::printf("failed: %s\n", s.c_str());
}

}  // namespace

int RunBenchServer(const BenchServerFlags& f) {
  Env* env = Env::Default();
  std::string db = f.db_path;
  std::string tmp;
  if (db.empty()) {
    if (!env->IsDirectory(f.corpus) && !env->FileExists(f.corpus)) {
      return Fail(absl::NotFoundError(
          fmt::format("{}: no corpus to serve; run from the repository or give --db", f.corpus)));
    }
    tmp = (std::filesystem::temp_directory_path() /
           ("newsloom-bench-server-" + std::to_string(env->NowMicros())))
              .string();
    AnalysisRunOptions run;
    run.db_path = tmp + "/newsloom.db";
    run.pipeline.progress = false;
    run.command = "newsloom bench --server";
    if (Status s = env->CreateDirs(tmp); !s.ok()) return Fail(s);
    std::fprintf(stderr, "analysing %s into %s...\n", f.corpus.c_str(), run.db_path.c_str());
    StatusOr<RunSummary> summary = RunAnalysis(env, {f.corpus}, run);
    if (!summary.ok()) return Fail(summary.status());
    db = run.db_path;
  }
  int code = 0;
  {
    ServerRunnerOptions o;
    o.api.db_path = db;
    o.api.reads_per_minute = 0;  // a load test from one address
    o.api.writes_per_minute = 0;
    o.api.version = kVersion;
    o.http.port = 0;
    o.verbose = false;
    StatusOr<std::unique_ptr<ServerRunner>> server = ServerRunner::Start(std::move(o));
    if (!server.ok()) return Fail(server.status());
    StatusOr<std::vector<LoadTestEndpoint>> endpoints = Endpoints(db, (*server)->has_search());
    if (!endpoints.ok()) return Fail(endpoints.status());
    std::fprintf(stderr, "serving %s; %lld requests from %d clients over %zu targets...\n",
                 (*server)->url().c_str(), static_cast<long long>(f.requests), f.clients,
                 endpoints->size());
    LoadTestOptions lo;
    lo.port = (*server)->port();
    lo.requests = f.requests;
    lo.clients = f.clients;
    LoadTestResult result = RunLoadTest(*endpoints, lo);
    (*server)->Stop();
    Print(result, f);
    code = result.failures == 0 ? 0 : 1;
  }
  if (!tmp.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(tmp, ec);
  }
  return code;
}

}  // namespace newsloom
