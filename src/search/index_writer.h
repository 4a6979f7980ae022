// SearchIndexWriter: writes the search index while the pipeline produces articles, from the
// pipeline's own analysis, so a run does not analyse every article a second time for the index
// (as SyncSearchIndex, which reads the articles back from the store, must). A document written
// here is the one SyncSearchIndex builds for the same stored article (article_terms.h; tested).
//
// The work is split in three:
//   Prepare — the text terms of an analysed article (every word, its stem, dictionary pivots,
//             concepts, name keys), counted per distinct word (article_terms.h TermCounts)
//             and added to the document in byte order; const, for the analysis threads;
//   Add     — hands the stored article to the writer's own thread and returns (it blocks only
//             while kQueueCapacity articles wait);
//   the writer thread — adds the terms of the articles.jsonl line (places, entity ids, event
//             types) and the stored fields, and writes the document. Xapian's in-memory
//             inversion costs about as much per article as analysing it, so it overlaps the
//             rest of the pipeline instead of holding up the thread that stores articles.
// Documents are written in the order they are added, and committed every
// SearchSyncOptions::commit_every documents and by Close. What a crash loses is found by the
// next SyncSearchIndex: the index is derived data, and RunAnalysis syncs after closing the
// writer.
//
// Thread safety: Prepare is safe to call from many threads at once; Add and Close from one
// thread at a time. The writer holds Xapian's writer lock from Open to Close: a concurrent
// SyncSearchIndex or second writer on the same index gets Unavailable.
//
// Errors: Open fails as SyncSearchIndex does (InvalidArgument for an in-memory database,
// Unavailable when locked or unreadable). A Xapian error while writing (index_layout.h, naming
// the index path) stops the writing: the next Add and Close return it.
#ifndef NEWSLOOM_SEARCH_INDEX_WRITER_H_
#define NEWSLOOM_SEARCH_INDEX_WRITER_H_

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "core/bounded_queue.h"
#include "core/status.h"
#include "search/article_terms.h"
#include "search/search_index.h"
#include "store/store.h"

namespace newsloom {

class SearchIndexWriter {
 public:
  // The text half of one article's document.
  struct Prepared {
    Xapian::Document doc;
    search::ArticleSummary summary;
  };

  // Opens (creating or, for another format version, recreating) the index of the database at
  // `db_path` (SearchIndexPath). Uses options.resources (default SearchResources::Default())
  // and options.commit_every; the other options are SyncSearchIndex's.
  static StatusOr<std::unique_ptr<SearchIndexWriter>> Open(const std::string& db_path,
                                                           const SearchSyncOptions& options = {});
  // Closes, logging a failure (call Close to see it).
  ~SearchIndexWriter();
  SearchIndexWriter(const SearchIndexWriter&) = delete;
  SearchIndexWriter& operator=(const SearchIndexWriter&) = delete;

  // The text terms of an article: `doc` is its analysis (AnalyzedDocument::text is the text to
  // be stored), `stored_lang` and `title` the language and title it will be stored with, and
  // `names` the byte ranges of its person and organization mentions (sorted). Errors: those
  // of analysing the title.
  StatusOr<Prepared> Prepare(const AnalyzedDocument& doc, std::string_view stored_lang,
                             std::string_view title, const search::NameRanges& names) const;

  // Queues `prepared` to be completed with the facts of `article.json` and written as the
  // document of `article`, replacing an earlier version of the same id. `article` is the row
  // as stored: id, text (its size bounds mention spans), published, duplicate_of, json, and
  // the ingested_at the store recorded (non-zero, or SyncSearchIndex re-indexes it). Returns
  // the error that stopped the writing, if one did; FailedPrecondition after Close.
  Status Add(Prepared prepared, StoredArticle article);

  // Writes what is queued, commits, and releases the lock; later calls return OK and do
  // nothing. Returns the first write error, if any.
  Status Close();

  // Documents written so far (all that were added, after Close).
  int64_t added() const { return added_.load(); }

  // Busy time of the writer thread so far (completing and writing documents, commits).
  double write_seconds() const { return write_nanos_.load() / 1e9; }

  // Articles Add may queue before it blocks.
  static constexpr size_t kQueueCapacity = 256;

 private:
  struct Item {
    Prepared prepared;
    StoredArticle article;
  };

  SearchIndexWriter(std::string path, const search::SearchResources* resources,
                    size_t commit_every);
  void WriteLoop();
  Status Write(Item item);
  Status error() const;

  std::string path_;
  const search::SearchResources* resources_;
  size_t commit_every_;
  std::optional<Xapian::WritableDatabase> db_;  // empty once closed; the writer thread's
  bool fresh_ = false;  // the index started empty: documents are added without a lookup
  size_t since_commit_ = 0;
  std::atomic<int64_t> added_{0};
  std::atomic<int64_t> write_nanos_{0};
  BoundedQueue<Item> queue_{kQueueCapacity};
  std::thread thread_;
  mutable std::mutex mu_;
  Status error_;  // guarded by mu_: the first write error
  bool closed_ = false;
};

}  // namespace newsloom

#endif  // NEWSLOOM_SEARCH_INDEX_WRITER_H_
