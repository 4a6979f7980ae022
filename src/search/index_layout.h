// Internal: how SyncSearchIndex lays out a document and its metadata, shared with
// SearchIndex (docs/formats/search-index.md).
#ifndef NEWSLOOM_SEARCH_INDEX_LAYOUT_H_
#define NEWSLOOM_SEARCH_INDEX_LAYOUT_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

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

// A Xapian exception as a Status naming `path`: Unavailable for I/O, lock and opening errors,
// DataLoss for corruption, Internal otherwise.
Status XapianStatus(const Xapian::Error& e, const std::string& path);

}  // namespace newsloom::search

#endif  // NEWSLOOM_SEARCH_INDEX_LAYOUT_H_
