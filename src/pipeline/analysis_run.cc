#include "pipeline/analysis_run.h"

#include <cstdio>
#include <filesystem>

#include "fmt/format.h"
#include "store/store.h"

namespace newsloom {
namespace {

RunRecord ToRunRecord(int64_t id, const std::string& command, const RunSummary& s,
                      int64_t finished_at) {
  RunRecord r;
  r.id = id;
  r.command = command;
  r.finished_at = finished_at;
  r.read = static_cast<int64_t>(s.read);
  r.analysed = static_cast<int64_t>(s.analysed);
  r.duplicates = static_cast<int64_t>(s.duplicates);
  r.rejected = static_cast<int64_t>(s.rejected);
  for (const Rejection& j : s.rejections) {
    r.rejections.push_back({j.source, j.record, MessageOf(j.status)});
  }
  return r;
}

}  // namespace

StatusOr<RunSummary> RunAnalysis(Env* env, const std::vector<std::string>& inputs,
                                 const AnalysisRunOptions& options) {
  std::unique_ptr<Store> store;
  int64_t run_id = 0;
  if (!options.db_path.empty()) {
    StoreOptions so;
    so.env = env;
    NL_ASSIGN_OR_RETURN(store, OpenSqliteStore(options.db_path, so));
    NL_ASSIGN_OR_RETURN(run_id, store->StartRun(options.command, env->NowMicros()));
  }
  std::string final_path, tmp_path;
  std::FILE* out = nullptr;
  if (!options.out_dir.empty()) {
    NL_RETURN_IF_ERROR(env->CreateDirs(options.out_dir));
    final_path = options.out_dir + "/articles.jsonl";
    tmp_path = final_path + ".tmp";
    out = std::fopen(tmp_path.c_str(), "wb");
    if (out == nullptr) {
      return absl::UnavailableError(fmt::format("cannot create {}", tmp_path));
    }
  }
  auto close_out = [&](bool keep) -> Status {
    if (out == nullptr) return absl::OkStatus();
    const bool closed = std::fclose(out) == 0;
    out = nullptr;
    std::error_code ec;
    if (!keep || !closed) {
      std::filesystem::remove(tmp_path, ec);
      if (!closed) return absl::UnavailableError(fmt::format("cannot write {}", tmp_path));
      return absl::OkStatus();
    }
    std::filesystem::rename(tmp_path, final_path, ec);
    if (ec)
      return absl::UnavailableError(fmt::format("cannot rename {}: {}", tmp_path, ec.message()));
    return absl::OkStatus();
  };

  StatusOr<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create(env, options.pipeline, store.get(), out);
  if (!pipeline.ok()) {
    (void)close_out(false);
    return pipeline.status();
  }
  Status run = (*pipeline)->Run(inputs);
  NL_RETURN_IF_ERROR(close_out(run.ok()));
  NL_RETURN_IF_ERROR(run);
  RunSummary summary = (*pipeline)->summary();
  if (store != nullptr) {
    NL_RETURN_IF_ERROR(
        store->FinishRun(ToRunRecord(run_id, options.command, summary, env->NowMicros())));
  }
  return summary;
}

}  // namespace newsloom
