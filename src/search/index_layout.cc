#include "search/index_layout.h"

#include <optional>

#include "absl/container/flat_hash_map.h"
#include "fmt/format.h"
#include "search/search_index.h"
#include "spdlog/spdlog.h"

namespace newsloom::search {
namespace {

void AppendField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

std::string EncodeDocData(const DocData& d) {
  std::string out;
  AppendField(d.id, &out);
  out.push_back('\t');
  AppendField(d.lang, &out);
  out.push_back('\t');
  AppendField(d.duplicate_of, &out);
  out.push_back('\t');
  AppendField(d.headline, &out);
  return out;
}

DocData DecodeDocData(std::string_view data) {
  DocData d;
  std::string* fields[] = {&d.id, &d.lang, &d.duplicate_of, &d.headline};
  size_t f = 0;
  for (char c : data) {
    if (c == '\t' && f < 3) {
      ++f;
    } else {
      fields[f]->push_back(c);
    }
  }
  return d;
}

Xapian::WritableDatabase CreateWritable(const std::string& path) {
  return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC,
                                  kBlockSize);
}

Xapian::WritableDatabase OpenWritable(const std::string& path, bool* fresh) {
  std::optional<Xapian::WritableDatabase> db;
  try {
    db.emplace(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC, kBlockSize);
  } catch (const Xapian::DatabaseCorruptError& e) {
    spdlog::warn("search index {} is corrupt ({}); rebuilding it", path, e.get_description());
    *fresh = true;
    return CreateWritable(path);
  }
  const std::string format = db->get_metadata(kFormatKey);
  *fresh = db->get_doccount() == 0;
  if (format == std::to_string(kSearchIndexFormat) || (format.empty() && *fresh)) {
    return std::move(*db);
  }
  db->close();
  *fresh = true;
  return CreateWritable(path);
}

void AddTerms(const std::vector<TermOccurrence>& terms, Xapian::Document* doc) {
  // Counts per distinct term first: one Document::add_term (a std::map insert) per term
  // instead of per occurrence.
  absl::flat_hash_map<std::string_view, Xapian::termcount> wdf;
  wdf.reserve(terms.size());
  for (const TermOccurrence& t : terms) wdf[t.term] += t.in_title ? kTitleWdf : 1;
  for (const auto& [term, count] : wdf) doc->add_term(std::string(term), count);
}

void AddTerms(const TermCounts& counts, Xapian::Document* doc) {
  for (const TermCounts::Entry& e : counts.Sorted()) doc->add_term(e.first, e.second);
}

void SetDocumentFields(const StoredArticle& a, const ArticleSummary& summary,
                       Xapian::Document* doc) {
  doc->set_data(EncodeDocData({a.id, summary.lang, a.duplicate_of, summary.headline}));
  doc->add_boolean_term(std::string(kIdPrefix) + a.id);
  doc->add_value(kIngestedAtSlot, std::to_string(a.ingested_at));
  doc->add_value(kPublishedSlot, a.published);
}

Status XapianStatus(const Xapian::Error& e, const std::string& path) {
  std::string msg = fmt::format("search index {}: {}", path, e.get_description());
  const std::string_view type = e.get_type();
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError") {
    return absl::DataLossError(msg);
  }
  if (type == "DatabaseLockError") {
    return absl::UnavailableError(msg + " (another process is updating it; try again later)");
  }
  if (type.find("Database") == 0 || type == "NetworkError") return absl::UnavailableError(msg);
  return absl::InternalError(msg);
}

}  // namespace newsloom::search
