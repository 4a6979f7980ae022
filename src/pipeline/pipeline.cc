#include "pipeline/pipeline.h"

#include <chrono>

#include "core/hash.h"
#include "core/memory.h"
#include "core/progress.h"
#include "dedup/signature.h"
#include "fmt/format.h"
#include "pipeline/article_json.h"
#include "pipeline/stored_article.h"

namespace newsloom {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

bool IsUrl(const std::string& s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0;
}

void EndStage(StageStats* stage, double seconds, uint64_t items, uint64_t bytes) {
  stage->seconds += seconds;
  stage->items += items;
  stage->bytes += bytes;
  stage->peak_rss_bytes = std::max(stage->peak_rss_bytes, PeakRssBytes());
}

}  // namespace

Pipeline::Pipeline(Env* env, const PipelineOptions& options, Store* store, std::FILE* out)
    : env_(env), options_(options), store_(store), out_(out), pool_(options.threads) {}

Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(Env* env, const PipelineOptions& options,
                                                     Store* store, std::FILE* articles_out) {
  if (options.batch_size == 0) return absl::InvalidArgumentError("batch_size must be > 0");
  std::unique_ptr<Pipeline> p(new Pipeline(env, options, store, articles_out));
  NL_RETURN_IF_ERROR(p->Init());
  return p;
}

Status Pipeline::Init() {
  NL_ASSIGN_OR_RETURN(analyzer_, Analyzer::Create(options_.analyzer));
  NL_ASSIGN_OR_RETURN(dedup_, Deduplicator::Create(options_.dedup));
  if (store_ == nullptr) return absl::OkStatus();
  // Rebuild the duplicate index exactly as earlier runs left it (signatures in add order).
  return store_->LoadDedupSignatures([&](std::string_view id, std::string_view bytes) {
    StatusOr<Signature> sig = Signature::Parse(bytes);
    if (!sig.ok()) {
      return absl::DataLossError(fmt::format("stored duplicate signature of {}: {}", id,
                                             std::string(sig.status().message())));
    }
    dedup_->AddSignature(id, *sig);
    return absl::OkStatus();
  });
}

std::vector<std::string> Pipeline::ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (in != "-" && !IsUrl(in) && env_->IsDirectory(in)) {
      Status s = env_->ListFilesRecursive(in, &files);
      if (!s.ok()) Reject({in, 0, s});
    } else {
      files.push_back(in);
    }
  }
  return files;
}

Status Pipeline::Run(const std::vector<std::string>& inputs) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::string> files = ExpandInputs(inputs);
  ProgressBar bar("newsloom", files.size(), "files", env_);
  if (!options_.progress) bar.set_enabled(false);
  double processing_seconds = 0;
  for (const std::string& file : files) {
    const auto t = std::chrono::steady_clock::now();
    const double analyze_before = summary_.analyze.seconds + summary_.dedup.seconds +
                                  summary_.store.seconds + summary_.write.seconds;
    NL_RETURN_IF_ERROR(IngestPaths(env_, {file}, options_.ingest, this));
    ++summary_.files;
    const double in_batches = summary_.analyze.seconds + summary_.dedup.seconds +
                              summary_.store.seconds + summary_.write.seconds - analyze_before;
    processing_seconds += in_batches;
    EndStage(&summary_.ingest, SecondsSince(t) - in_batches, 0, 0);
    NL_RETURN_IF_ERROR(batch_status_);
    uint64_t size = 0;
    if (!IsUrl(file) && file != "-") size = env_->FileSize(file).value_or(0);
    bar.Add(1, size);
  }
  NL_RETURN_IF_ERROR(ProcessBatch());
  bar.Finish();
  summary_.seconds += SecondsSince(start);
  return batch_status_;
}

void Pipeline::Accept(RawDocument doc) {
  ++summary_.read;
  summary_.ingest.items++;
  summary_.ingest.bytes += doc.original_bytes;
  summary_.bytes += doc.original_bytes;
  auto [it, inserted] = seen_ids_.try_emplace(doc.id, doc.source);
  if (!inserted) {
    Reject({doc.source, doc.record,
            absl::AlreadyExistsError(fmt::format("article id \"{}\" was already read from {}",
                                                 doc.id, it->second))});
    return;
  }
  batch_bytes_ += doc.original_bytes;
  batch_.push_back(std::move(doc));
  if (batch_.size() >= options_.batch_size && batch_status_.ok()) {
    batch_status_ = ProcessBatch();
  }
}

void Pipeline::Reject(Rejection rejection) {
  ++summary_.rejected;
  summary_.rejections.push_back(std::move(rejection));
}

Status Pipeline::ProcessBatch() {
  if (batch_.empty()) return absl::OkStatus();
  const size_t n = batch_.size();
  std::vector<Article> articles(n);
  std::vector<Signature> signatures(n);
  std::vector<Status> errors(n);

  // Stage 1, parallel: analysis and duplicate signatures are pure functions of one document.
  auto t = std::chrono::steady_clock::now();
  pool_.ParallelFor(n, [&](size_t i) {
    RawDocument& raw = batch_[i];
    StatusOr<AnalyzedDocument> doc = analyzer_->Analyze(raw.text, raw.lang_hint);
    if (!doc.ok()) {
      errors[i] = doc.status();
      return;
    }
    articles[i].doc = std::move(*doc);
    articles[i].doc.to_source =
        articles[i].doc.to_source.Then(raw.text_to_original, articles[i].doc.text.size());
    signatures[i] = Signature::Compute(articles[i].doc);
    articles[i].content_hash = signatures[i].fingerprint();
    articles[i].raw = std::move(raw);
  });
  EndStage(&summary_.analyze, SecondsSince(t), n, batch_bytes_);

  // Stage 2, in input order: duplicates, store, output.
  std::optional<Batch> txn;
  if (store_ != nullptr) {
    NL_ASSIGN_OR_RETURN(Batch b, Batch::Begin(store_));
    txn.emplace(std::move(b));
  }
  for (size_t i = 0; i < n; ++i) {
    if (!errors[i].ok()) {
      Reject({batch_[i].source, batch_[i].record, errors[i]});
      continue;
    }
    Article& a = articles[i];
    t = std::chrono::steady_clock::now();
    const bool known = dedup_->Contains(a.raw.id);
    std::optional<std::string> dup = dedup_->AddSignature(a.raw.id, signatures[i]);
    if (dup) a.duplicate_of = *dup;
    EndStage(&summary_.dedup, SecondsSince(t), 1, 0);
    NL_RETURN_IF_ERROR(FinishArticle(a));
    if (!known && store_ != nullptr) {
      NL_RETURN_IF_ERROR(store_->PutDedupSignature(a.raw.id, signatures[i].Serialize()));
    }
  }
  if (txn) {
    t = std::chrono::steady_clock::now();
    NL_RETURN_IF_ERROR(txn->Commit());
    EndStage(&summary_.store, SecondsSince(t), 0, 0);
  }
  batch_.clear();
  batch_bytes_ = 0;
  return absl::OkStatus();
}

Status Pipeline::FinishArticle(Article& a) {
  ++summary_.analysed;
  if (!a.duplicate_of.empty()) ++summary_.duplicates;
  std::string json = ArticleToJson(a);
  if (store_ != nullptr) {
    auto t = std::chrono::steady_clock::now();
    NL_ASSIGN_OR_RETURN(PutResult put, store_->PutArticle(ToStoredArticle(a, json)));
    if (put == PutResult::kUnchanged) ++summary_.unchanged;
    EndStage(&summary_.store, SecondsSince(t), 1, json.size());
  }
  if (out_ != nullptr) {
    auto t = std::chrono::steady_clock::now();
    json.push_back('\n');
    if (std::fwrite(json.data(), 1, json.size(), out_) != json.size()) {
      return absl::UnavailableError("cannot write articles.jsonl (disk full?)");
    }
    EndStage(&summary_.write, SecondsSince(t), 1, json.size());
  }
  if (on_article_) on_article_(a);
  return absl::OkStatus();
}

}  // namespace newsloom
