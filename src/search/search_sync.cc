// SyncSearchIndex and SearchIndexIsStale (search_index.h): the store -> Xapian direction.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

#include "core/thread_pool.h"
#include "fmt/format.h"
#include "search/article_terms.h"
#include "search/index_layout.h"
#include "search/search_index.h"
#include "spdlog/spdlog.h"

namespace newsloom {
namespace {

using search::DocData;
using search::kFormatKey;
using search::kWatermarkKey;

constexpr size_t kMinParallelArticles = 200;

std::optional<int64_t> ParseInt(const std::string& s) {
  if (s.empty()) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > (INT64_MAX - 9) / 10) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// The ingested_at stored with the indexed version of `id`, if it is indexed.
std::optional<std::string> IndexedVersion(Xapian::Database& db, const std::string& id) {
  const std::string term = std::string(search::kIdPrefix) + id;
  Xapian::PostingIterator p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) return std::nullopt;
  return db.get_document(*p).get_value(search::kIngestedAtSlot);
}

StatusOr<Xapian::Document> BuildDocument(const search::SearchResources& r, const StoredArticle& a) {
  search::ArticleSummary summary;
  search::TermCounts terms;
  NL_RETURN_IF_ERROR(search::CountArticleTerms(r, a, &terms, &summary));
  Xapian::Document doc;
  search::AddTerms(terms, &doc);
  search::SetDocumentFields(a, summary, &doc);
  return doc;
}

// Indexes `ids` in chunks of options.commit_every, analysing each chunk in parallel.
// `fresh`: the index started empty in this sync, so documents are added without looking for
// an earlier version (ids are unique in the store).
Status IndexArticles(Store* store, const std::vector<std::string>& ids, bool fresh,
                     const search::SearchResources& r, const SearchSyncOptions& options,
                     Xapian::WritableDatabase& db) {
  size_t threads = options.threads;
  if (threads == 0) {
    // Small syncs (a POST, a feed poll) stay on the calling thread, whose analyzer caches are
    // warm; new threads would each pay ~10 ms of ICU set-up.
    threads = ids.size() < kMinParallelArticles
                  ? 1
                  : std::min(4u, std::max(1u, std::thread::hardware_concurrency()));
  }
  ThreadPool pool(threads);
  const size_t chunk = std::max<size_t>(1, options.commit_every);
  for (size_t start = 0; start < ids.size(); start += chunk) {
    const size_t n = std::min(chunk, ids.size() - start);
    std::vector<StoredArticle> articles(n);
    for (size_t i = 0; i < n; ++i) {
      NL_ASSIGN_OR_RETURN(articles[i], store->GetArticle(ids[start + i]));
    }
    std::vector<StatusOr<Xapian::Document>> docs(n, absl::UnknownError("not built"));
    pool.ParallelFor(n, [&](size_t i) { docs[i] = BuildDocument(r, articles[i]); });
    for (size_t i = 0; i < n; ++i) {
      if (!docs[i].ok()) {
        return absl::Status(
            docs[i].status().code(),
            fmt::format("indexing article {}: {}", articles[i].id, MessageOf(docs[i].status())));
      }
      if (fresh) {
        db.add_document(*docs[i]);
      } else {
        db.replace_document(std::string(search::kIdPrefix) + articles[i].id, *docs[i]);
      }
    }
    db.commit();
  }
  return absl::OkStatus();
}

Status Sync(Store* store, const std::string& path, const search::SearchResources& r,
            const SearchSyncOptions& options, SearchSyncStats* stats) {
  NL_ASSIGN_OR_RETURN(const int64_t total, store->CountArticles());
  stats->articles = total;
  bool fresh = false;
  Xapian::WritableDatabase db = search::OpenWritable(path, &fresh);
  if (!fresh && db.get_doccount() > static_cast<uint64_t>(total)) {  // the database was replaced
    db.close();
    db = search::CreateWritable(path);
    fresh = true;
  }
  stats->rebuilt = fresh;
  const int64_t watermark = fresh ? 0 : ParseInt(db.get_metadata(kWatermarkKey)).value_or(0);
  // Only what was stored since the watermark (less the re-check margin) is read: a sync after
  // a small run costs little however large the store.
  ArticleQuery q;
  q.with_bodies = false;
  if (!fresh) q.ingested_from = std::max<int64_t>(0, watermark - options.recheck_micros);
  NL_ASSIGN_OR_RETURN(std::vector<StoredArticle> rows, store->ListArticles(q));
  int64_t newest = watermark;
  std::vector<std::string> todo;
  for (const StoredArticle& a : rows) {
    newest = std::max(newest, a.ingested_at);
    if (!fresh && a.ingested_at < watermark - options.recheck_micros) continue;
    if (!fresh && IndexedVersion(db, a.id) == std::to_string(a.ingested_at)) continue;
    todo.push_back(a.id);
  }
  rows.clear();
  NL_RETURN_IF_ERROR(IndexArticles(store, todo, fresh, r, options, db));
  stats->indexed = static_cast<int64_t>(todo.size());
  db.set_metadata(kFormatKey, std::to_string(kSearchIndexFormat));
  db.set_metadata(kWatermarkKey, std::to_string(newest));
  db.commit();
  return absl::OkStatus();
}

bool IsMemoryDb(const std::string& db_path) {
  return db_path.empty() || db_path == ":memory:" || db_path.rfind("file::memory:", 0) == 0;
}

}  // namespace

std::string SearchIndexPath(const std::string& db_path) { return db_path + ".xapian"; }

Status SyncSearchIndex(Store* store, const std::string& db_path, const SearchSyncOptions& options,
                       SearchSyncStats* stats) {
  if (IsMemoryDb(db_path)) {
    return absl::InvalidArgumentError(
        fmt::format("no search index for database \"{}\": it needs a file", db_path));
  }
  if (store == nullptr) return absl::InvalidArgumentError("SyncSearchIndex: store is null");
  const search::SearchResources* r = options.resources;
  if (r == nullptr) {
    NL_ASSIGN_OR_RETURN(r, search::SearchResources::Default());
  }
  const auto start = std::chrono::steady_clock::now();
  SearchSyncStats local;
  const std::string path = SearchIndexPath(db_path);
  Status s;
  try {
    try {
      s = Sync(store, path, *r, options, &local);
    } catch (const Xapian::DatabaseCorruptError& e) {
      // Derived data: damage found past opening (a block, on reading or committing) is
      // repaired by indexing the store again from nothing.
      spdlog::warn("search index {} is corrupt ({}); rebuilding it", path, e.get_description());
      search::CreateWritable(path).close();
      local = SearchSyncStats();
      s = Sync(store, path, *r, options, &local);
    }
  } catch (const Xapian::Error& e) {
    s = search::XapianStatus(e, path);
  }
  local.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (stats != nullptr) *stats = local;
  return s;
}

StatusOr<bool> SearchIndexIsStale(Store* store, const std::string& db_path) {
  if (IsMemoryDb(db_path)) return true;
  const std::string path = SearchIndexPath(db_path);
  NL_ASSIGN_OR_RETURN(const int64_t total, store->CountArticles());
  try {
    Xapian::Database db(path);
    if (db.get_metadata(kFormatKey) != std::to_string(kSearchIndexFormat)) return true;
    if (db.get_doccount() > static_cast<uint64_t>(total)) return true;
    const std::optional<int64_t> watermark = ParseInt(db.get_metadata(kWatermarkKey));
    if (!watermark) return true;
    // Stale when an article was stored after the watermark.
    ArticleQuery q;
    q.with_bodies = false;
    q.ingested_from = *watermark + 1;
    q.limit = 1;
    NL_ASSIGN_OR_RETURN(std::vector<StoredArticle> newer, store->ListArticles(q));
    return !newer.empty();
  } catch (const Xapian::DatabaseOpeningError&) {
    return true;  // missing
  } catch (const Xapian::DatabaseCorruptError&) {
    return true;  // the next sync rebuilds it (OpenWritable)
  } catch (const Xapian::Error& e) {
    return search::XapianStatus(e, path);
  }
}

}  // namespace newsloom
