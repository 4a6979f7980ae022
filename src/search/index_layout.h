// Internal: how SyncSearchIndex lays out a document and its metadata, shared with
// SearchIndex (docs/formats/search-index.md).
#ifndef NEWSLOOM_SEARCH_INDEX_LAYOUT_H_
#define NEWSLOOM_SEARCH_INDEX_LAYOUT_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "search/article_terms.h"
#include "store/store.h"

namespace newsloom::search {

inline constexpr char kFormatKey[] = "newsloom.format";
inline constexpr char kWatermarkKey[] = "newsloom.watermark";
inline constexpr Xapian::valueno kIngestedAtSlot = 0;  // decimal microseconds
inline constexpr Xapian::valueno kPublishedSlot = 1;   // "YYYY[-MM[-DD]]" or ""

// Document data: "id \t lang \t duplicate_of \t headline" (tabs and line breaks inside the
// fields replaced by spaces).
struct DocData {
  std::string id, lang, duplicate_of, headline;
};
std::string EncodeDocData(const DocData& d);
DocData DecodeDocData(std::string_view data);

// Glass block size of a new index: the largest Xapian allows. A run adds hundreds of distinct
// terms per article, and each commit rewrites the postlist blocks they touch; with 64 KiB
// blocks (default 8 KiB) the B-tree is shallower and `newsloom bench` indexes about 20% faster.
inline constexpr unsigned kBlockSize = 65536;

// Opens the index at `path` for writing, creating it when missing and overwriting one of
// another format version or one Xapian finds corrupt (the index is derived data: the caller
// re-indexes the store). Sets *fresh when the index starts empty. Commits do not fsync
// (Xapian::DB_NO_SYNC): a process crash loses nothing committed, and what an OS crash or power
// loss damages is rebuilt by the next sync. Throws Xapian::Error.
Xapian::WritableDatabase OpenWritable(const std::string& path, bool* fresh);
// Creates an empty index at `path`, replacing whatever is there, with the flags and block
// size of OpenWritable. Throws Xapian::Error.
Xapian::WritableDatabase CreateWritable(const std::string& path);

// Adds `terms` to `doc`, one Document::add_term per distinct term with its count as wdf (a
// term already in `doc` adds to its wdf). Title words count three times, like a short field
// boost.
void AddTerms(const std::vector<TermOccurrence>& terms, Xapian::Document* doc);
// Adds counted terms, in byte order (TermCounts::Sorted): Xapian keeps a document's terms in
// a std::map, where inserts in order cost about half as much as in hash order.
void AddTerms(const TermCounts& counts, Xapian::Document* doc);

// The id term, data and value slots of the document of `article` (StoredArticle::id,
// published, duplicate_of and ingested_at; `summary` gives its language and headline).
void SetDocumentFields(const StoredArticle& article, const ArticleSummary& summary,
                       Xapian::Document* doc);

// A Xapian exception as a Status naming `path`: Unavailable for I/O, lock and opening errors,
// DataLoss for corruption, Internal otherwise.
Status XapianStatus(const Xapian::Error& e, const std::string& path);

}  // namespace newsloom::search

#endif  // NEWSLOOM_SEARCH_INDEX_LAYOUT_H_
