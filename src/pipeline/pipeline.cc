#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <thread>
#include <tuple>

#include "core/data_files.h"
#include "core/hash.h"
#include "core/memory.h"
#include "core/progress.h"
#include "dedup/signature.h"
#include "fmt/format.h"
#include "pipeline/article_json.h"
#include "pipeline/stored_article.h"
#include "spdlog/spdlog.h"

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
}

// Records the process's peak memory in `stages`. Reading it costs a /proc read, so stages
// note it once per batch, not per article.
void NotePeakRss(std::initializer_list<StageStats*> stages) {
  const uint64_t peak = PeakRssBytes();
  for (StageStats* s : stages) s->peak_rss_bytes = std::max(s->peak_rss_bytes, peak);
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
  if (options_.extract) {
    std::string path = options_.gazetteer_path;
    if (path.empty()) {
      NL_ASSIGN_OR_RETURN(path, FindDataFile("gazetteer.nlg"));
    }
    NL_ASSIGN_OR_RETURN(gazetteer_, Gazetteer::Open(path));
    ExtractorOptions extract;
    extract.events = options_.extract_events;
    extractor_ = std::make_unique<Extractor>(gazetteer_.get(), extract);
    NL_ASSIGN_OR_RETURN(linker_, EntityLinker::Create(store_));
    if (options_.cluster) {
      NL_ASSIGN_OR_RETURN(stories_, StoryStage::Create(store_));
      stories_->set_reader(analyzer_.get(), extractor_.get(), &pool_);
    }
  }
  if (store_ == nullptr) return absl::OkStatus();
  // Rebuild the duplicate index exactly as earlier runs left it (signatures in add order).
  return store_->LoadDedupSignatures([&](std::string_view id, std::string_view bytes) {
    StatusOr<Signature> sig = Signature::Parse(bytes);
    if (!sig.ok()) {
      return absl::DataLossError(
          fmt::format("stored duplicate signature of {}: {}", id, MessageOf(sig.status())));
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

void Pipeline::StartRun() {
  summary_ = RunSummary();
  seen_ids_.clear();
  search_failed_ = false;
  if (stories_) stories_->StartRun();
}

Status Pipeline::Run(const std::vector<std::string>& inputs) {
  StartRun();
  const std::vector<std::string> files = ExpandInputs(inputs);
  return RunStages(files.size(), [&](ProgressBar* bar) { ReadAll(files, bar); });
}

Status Pipeline::RunDocuments(std::vector<RawDocument> docs, std::vector<Rejection> rejections) {
  StartRun();
  return RunStages(docs.size(), [&](ProgressBar* bar) {
    for (Rejection& r : rejections) Reject(std::move(r));
    for (RawDocument& doc : docs) {
      if (stop_reading_) break;  // the run failed downstream
      Accept(std::move(doc));
      bar->Add(1, 0);
    }
    PushBatch();
    queue_->Close();
  });
}

Status Pipeline::RunStages(size_t inputs, const std::function<void(ProgressBar*)>& read) {
  const auto start = std::chrono::steady_clock::now();
  ProgressBar bar("newsloom", inputs, "files", env_);
  if (!options_.progress) bar.set_enabled(false);

  stop_reading_ = false;
  queue_ = std::make_unique<BoundedQueue<Batch>>(2);
  analyzed_ = std::make_unique<BoundedQueue<AnalyzedBatch>>(2);
  std::thread reader([&] { read(&bar); });
  std::thread analysis([&] {
    while (std::optional<Batch> batch = queue_->Pop()) {
      if (!analyzed_->Push(AnalyzeBatch(std::move(*batch)))) break;
    }
    analyzed_->Close();
  });
  Status status;
  while (std::optional<AnalyzedBatch> batch = analyzed_->Pop()) {
    if (status.ok()) status = FinishBatch(std::move(*batch));
    if (!status.ok()) {  // stop the other stages at their next batch
      queue_->Close();
      analyzed_->Close();
    }
  }
  reader.join();
  analysis.join();
  summary_.analyze.Add(analyze_stats_);
  summary_.extract.Add(extract_stats_);
  analyze_stats_ = StageStats();
  extract_stats_ = StageStats();
  bar.Finish();

  // Merge what the reader counted; rejections sorted by source and record, so their order
  // does not depend on how the threads interleaved.
  summary_.files += read_summary_.files;
  summary_.read += read_summary_.read;
  summary_.bytes += read_summary_.bytes;
  summary_.ingest.Add(read_summary_.ingest);
  for (Rejection& r : read_summary_.rejections) summary_.rejections.push_back(std::move(r));
  read_summary_ = RunSummary();
  std::stable_sort(summary_.rejections.begin(), summary_.rejections.end(),
                   [](const Rejection& a, const Rejection& b) {
                     return std::tie(a.source, a.record) < std::tie(b.source, b.record);
                   });
  summary_.rejected = summary_.rejections.size();
  summary_.seconds += SecondsSince(start);
  return status;
}

void Pipeline::ReadAll(const std::vector<std::string>& files, ProgressBar* bar) {
  for (const std::string& file : files) {
    if (stop_reading_) break;  // the run failed downstream
    const auto t = std::chrono::steady_clock::now();
    const double waited_before = push_wait_seconds_;
    Status s = IngestPaths(env_, {file}, options_.ingest, this);
    if (!s.ok()) Reject({file, 0, s});
    ++read_summary_.files;
    EndStage(&read_summary_.ingest, SecondsSince(t) - (push_wait_seconds_ - waited_before), 0, 0);
    uint64_t size = 0;
    if (!IsUrl(file) && file != "-") size = env_->FileSize(file).value_or(0);
    bar->Add(1, size);
  }
  PushBatch();
  queue_->Close();
}

void Pipeline::PushBatch() {
  if (filling_.docs.empty()) return;
  NotePeakRss({&read_summary_.ingest});
  const auto t = std::chrono::steady_clock::now();
  if (!queue_->Push(std::move(filling_))) stop_reading_ = true;  // the run stopped
  push_wait_seconds_ += SecondsSince(t);
  filling_ = Batch();
}

void Pipeline::Accept(RawDocument doc) {
  ++read_summary_.read;
  read_summary_.ingest.items++;
  read_summary_.ingest.bytes += doc.original_bytes;
  read_summary_.bytes += doc.original_bytes;
  auto [it, inserted] = seen_ids_.try_emplace(doc.id, doc.source);
  if (!inserted) {
    Reject({doc.source, doc.record,
            absl::AlreadyExistsError(
                fmt::format("article id \"{}\" was already read from {}", doc.id, it->second))});
    return;
  }
  filling_.bytes += doc.original_bytes;
  filling_.docs.push_back(std::move(doc));
  if (filling_.docs.size() >= options_.batch_size) PushBatch();
}

void Pipeline::Reject(Rejection rejection) {
  read_summary_.rejections.push_back(std::move(rejection));
}

Pipeline::AnalyzedBatch Pipeline::AnalyzeBatch(Batch batch) {
  AnalyzedBatch out;
  const size_t n = batch.docs.size();
  out.articles.resize(n);
  out.signatures.resize(n);
  out.errors.resize(n);
  if (search_index_ != nullptr) out.search_docs.resize(n);
  // CPU seconds per document: text analysis, then extraction (and search terms).
  std::vector<std::pair<double, double>> cpu(n);
  const auto t = std::chrono::steady_clock::now();
  pool_.ParallelFor(n, [&](size_t i) {
    const double start = ThreadCpuSeconds();
    RawDocument& raw = batch.docs[i];
    StatusOr<AnalyzedDocument> doc = analyzer_->Analyze(raw.text, raw.lang_hint);
    if (!doc.ok()) {
      out.errors[i] = doc.status();
      return;
    }
    Article& a = out.articles[i];
    a.doc = std::move(*doc);
    a.doc.to_source = a.doc.to_source.Then(raw.text_to_original, a.doc.text.size());
    out.signatures[i] = Signature::Compute(a.doc);
    a.content_hash = out.signatures[i].fingerprint();
    const double analysed = ThreadCpuSeconds();
    if (extractor_) {
      a.facts = extractor_->Extract(a.doc, raw.published);
      a.extracted = true;
      if (search_index_ != nullptr) PrepareSearchDocument(a, raw, &out.search_docs[i]);
    }
    cpu[i] = {analysed - start, ThreadCpuSeconds() - analysed};
    a.raw = std::move(raw);
  });
  EndStage(&analyze_stats_, SecondsSince(t), n, batch.bytes);
  for (const auto& [analysis, extraction] : cpu) {
    analyze_stats_.cpu_seconds += analysis;
    extract_stats_.cpu_seconds += extraction;
  }
  if (extractor_) EndStage(&extract_stats_, 0, n, batch.bytes);
  NotePeakRss({&analyze_stats_});
  out.raw = std::move(batch);
  return out;
}

Status Pipeline::FinishBatch(AnalyzedBatch batch) {
  const size_t n = batch.articles.size();
  std::vector<RawDocument>& docs = batch.raw.docs;
  std::vector<Article>& articles = batch.articles;
  std::vector<Signature>& signatures = batch.signatures;
  std::vector<Status>& errors = batch.errors;
  auto t = std::chrono::steady_clock::now();
  // In input order: duplicates, store, output.
  std::optional<newsloom::Batch> txn;
  if (store_ != nullptr) {
    NL_ASSIGN_OR_RETURN(newsloom::Batch b, newsloom::Batch::Begin(store_));
    txn.emplace(std::move(b));
  }
  for (size_t i = 0; i < n; ++i) {
    if (!errors[i].ok()) {
      summary_.rejections.push_back({docs[i].source, docs[i].record, errors[i]});
      continue;
    }
    Article& a = articles[i];
    t = std::chrono::steady_clock::now();
    const bool known = dedup_->Contains(a.raw.id);
    std::optional<std::string> dup = dedup_->AddSignature(a.raw.id, signatures[i]);
    if (dup) a.duplicate_of = *dup;
    EndStage(&summary_.dedup, SecondsSince(t), 1, 0);
    NL_RETURN_IF_ERROR(
        FinishArticle(a, batch.search_docs.empty() ? nullptr : &batch.search_docs[i]));
    if (!known && store_ != nullptr) {
      t = std::chrono::steady_clock::now();
      NL_RETURN_IF_ERROR(store_->PutDedupSignature(a.raw.id, signatures[i].Serialize()));
      EndStage(&summary_.store, SecondsSince(t), 0, 0);
    }
  }
  // Entities and links commit with the batch's articles (a null store just drops what the
  // linker keeps pending per batch).
  if (linker_) NL_RETURN_IF_ERROR(linker_->Save(store_));
  if (txn) {
    t = std::chrono::steady_clock::now();
    NL_RETURN_IF_ERROR(txn->Commit());
    EndStage(&summary_.store, SecondsSince(t), 0, 0);
  }
  NotePeakRss({&summary_.dedup, &summary_.link, &summary_.store, &summary_.write});
  return absl::OkStatus();
}

void Pipeline::PrepareSearchDocument(const Article& a, const RawDocument& raw,
                                     std::optional<SearchIndexWriter::Prepared>* out) const {
  search::NameRanges names;
  const size_t size = a.doc.text.size();
  for (const auto* list : {&a.facts.persons, &a.facts.organizations}) {
    for (const NamedEntity& e : *list) {
      for (const TextSpan& m : e.mentions) {
        if (m.begin < m.end && m.end <= size) names.emplace_back(m.begin, m.end);
      }
    }
  }
  std::sort(names.begin(), names.end());
  // A failure (the title's analysis) leaves the article to SyncSearchIndex.
  StatusOr<SearchIndexWriter::Prepared> doc =
      search_index_->Prepare(a.doc, a.doc.lang, raw.title, names);
  if (doc.ok()) *out = std::move(*doc);
}

void Pipeline::IndexArticle(SearchIndexWriter::Prepared doc, StoredArticle stored) {
  if (Status s = search_index_->Add(std::move(doc), std::move(stored)); !s.ok()) {
    spdlog::warn("search index: {} (the index is brought up to date after the run)", MessageOf(s));
    search_failed_ = true;
  }
}

Status Pipeline::FinishArticle(Article& a, std::optional<SearchIndexWriter::Prepared>* search_doc) {
  ++summary_.analysed;
  if (!a.duplicate_of.empty()) ++summary_.duplicates;
  auto t = std::chrono::steady_clock::now();
  if (linker_ && a.extracted) {
    const double cpu = ThreadCpuSeconds();
    NL_RETURN_IF_ERROR(linker_->Link(a.raw.id, a.raw.published, &a.facts.persons));
    NL_RETURN_IF_ERROR(linker_->Link(a.raw.id, a.raw.published, &a.facts.organizations));
    summary_.link.cpu_seconds += ThreadCpuSeconds() - cpu;
    EndStage(&summary_.link, SecondsSince(t), 1, 0);
    t = std::chrono::steady_clock::now();
  }
  std::string json = ArticleToJson(a);
  EndStage(&summary_.write, SecondsSince(t), 0, 0);
  // With a store the line moves into the row (no copy) and is written to the JSONL from there.
  StoredArticle stored;
  bool index = false;
  if (store_ != nullptr) {
    t = std::chrono::steady_clock::now();
    stored = ToStoredArticle(a, std::move(json));
    // The time the store records, so the index document can carry it (search_index.h).
    stored.ingested_at = env_->NowMicros();
    NL_ASSIGN_OR_RETURN(PutResult put, store_->PutArticle(stored));
    if (put == PutResult::kUnchanged) ++summary_.unchanged;
    EndStage(&summary_.store, SecondsSince(t), 1, stored.json.size());
    index = put != PutResult::kUnchanged && search_doc != nullptr && search_doc->has_value() &&
            !search_failed_;
  }
  const std::string& line = store_ != nullptr ? stored.json : json;
  if (out_ != nullptr) {
    t = std::chrono::steady_clock::now();
    if (std::fwrite(line.data(), 1, line.size(), out_) != line.size() ||
        std::fputc('\n', out_) == EOF) {
      return absl::UnavailableError("cannot write articles.jsonl (disk full?)");
    }
    EndStage(&summary_.write, SecondsSince(t), 1, line.size() + 1);
  }
  if (index) IndexArticle(std::move(**search_doc), std::move(stored));
  if (stories_) stories_->Collect(a);
  if (on_article_) on_article_(a);
  return absl::OkStatus();
}

Status Pipeline::SaveEntityNames() {
  if (store_ == nullptr || renamed_.empty()) return absl::OkStatus();
  std::vector<std::string> ids;
  for (const auto& [entity, name] : renamed_) {
    StatusOr<std::vector<StoredEntityLink>> links = store_->ListEntityArticles(entity, 0);
    if (absl::IsUnimplemented(links.status())) return absl::OkStatus();
    NL_RETURN_IF_ERROR(links.status());
    for (StoredEntityLink& l : *links) ids.push_back(std::move(l.article_id));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  NL_ASSIGN_OR_RETURN(::newsloom::Batch txn, ::newsloom::Batch::Begin(store_));
  for (const std::string& id : ids) {
    Status s =
        store_->EditArticleJson(id, [&](std::string* json) { RefreshEntityNames(renamed_, json); });
    if (!s.ok() && !absl::IsNotFound(s)) return s;
  }
  return txn.Commit();
}

Status Pipeline::FinishStories(std::FILE* stories_out) {
  renamed_.clear();
  if (linker_ != nullptr) {
    for (auto& [id, name] : linker_->TakeRenamed()) renamed_[std::move(id)] = std::move(name);
  }
  NL_RETURN_IF_ERROR(SaveEntityNames());
  if (!stories_) return absl::OkStatus();
  const auto t = std::chrono::steady_clock::now();
  NL_RETURN_IF_ERROR(stories_->Finish(stories_out, renamed_));
  summary_.stories = stories_->story_count();
  EndStage(&summary_.cluster, SecondsSince(t), summary_.analysed, 0);
  NotePeakRss({&summary_.cluster});
  return absl::OkStatus();
}

}  // namespace newsloom
