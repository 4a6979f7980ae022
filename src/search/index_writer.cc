#include "search/index_writer.h"

#include <chrono>
#include <utility>
#include <vector>

#include "fmt/format.h"
#include "search/index_layout.h"
#include "spdlog/spdlog.h"

namespace newsloom {

SearchIndexWriter::SearchIndexWriter(std::string path, const search::SearchResources* resources,
                                     size_t commit_every)
    : path_(std::move(path)), resources_(resources), commit_every_(commit_every) {}

StatusOr<std::unique_ptr<SearchIndexWriter>> SearchIndexWriter::Open(
    const std::string& db_path, const SearchSyncOptions& options) {
  if (db_path.empty() || db_path == ":memory:" || db_path.rfind("file::memory:", 0) == 0) {
    return absl::InvalidArgumentError(
        fmt::format("no search index for database \"{}\": it needs a file", db_path));
  }
  const search::SearchResources* r = options.resources;
  if (r == nullptr) {
    NL_ASSIGN_OR_RETURN(r, search::SearchResources::Default());
  }
  std::unique_ptr<SearchIndexWriter> w(new SearchIndexWriter(
      SearchIndexPath(db_path), r, std::max<size_t>(1, options.commit_every)));
  try {
    w->db_.emplace(search::OpenWritable(w->path_, &w->fresh_));
    if (w->fresh_) w->db_->set_metadata(search::kFormatKey, std::to_string(kSearchIndexFormat));
  } catch (const Xapian::Error& e) {
    return search::XapianStatus(e, w->path_);
  }
  w->thread_ = std::thread([p = w.get()] { p->WriteLoop(); });
  return w;
}

SearchIndexWriter::~SearchIndexWriter() {
  if (Status s = Close(); !s.ok()) spdlog::warn("{}", MessageOf(s));
}

StatusOr<SearchIndexWriter::Prepared> SearchIndexWriter::Prepare(
    const AnalyzedDocument& doc, std::string_view stored_lang, std::string_view title,
    const search::NameRanges& names) const {
  Prepared p;
  search::TermCounts terms;
  NL_RETURN_IF_ERROR(
      search::CountTextTerms(*resources_, doc, stored_lang, title, names, &terms, &p.summary));
  search::AddTerms(terms, &p.doc);
  return p;
}

Status SearchIndexWriter::error() const {
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

Status SearchIndexWriter::Add(Prepared prepared, StoredArticle article) {
  if (closed_) return absl::FailedPreconditionError(fmt::format("{} is closed", path_));
  NL_RETURN_IF_ERROR(error());
  queue_.Push({std::move(prepared), std::move(article)});
  return absl::OkStatus();
}

void SearchIndexWriter::WriteLoop() {
  while (std::optional<Item> item = queue_.Pop()) {
    if (!error().ok()) continue;  // drain: the writing stopped
    const auto t = std::chrono::steady_clock::now();
    Status s = Write(std::move(*item));
    write_nanos_ +=
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t)
            .count();
    if (!s.ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      error_ = s;
    }
  }
}

Status SearchIndexWriter::Write(Item item) {
  search::TermCounts facts;
  search::CountFactTerms(item.article.json, item.article.text.size(), &facts, nullptr);
  Xapian::Document& doc = item.prepared.doc;
  search::AddTerms(facts, &doc);
  search::SetDocumentFields(item.article, item.prepared.summary, &doc);
  try {
    if (fresh_) {
      db_->add_document(doc);
    } else {
      db_->replace_document(std::string(search::kIdPrefix) + item.article.id, doc);
    }
    ++added_;
    if (++since_commit_ >= commit_every_) {
      db_->commit();
      since_commit_ = 0;
    }
  } catch (const Xapian::Error& e) {
    return search::XapianStatus(e, path_);
  }
  return absl::OkStatus();
}

Status SearchIndexWriter::Close() {
  if (closed_) return absl::OkStatus();
  closed_ = true;
  queue_.Close();
  if (thread_.joinable()) thread_.join();
  if (!db_) return absl::OkStatus();  // Open failed before the database was open
  Status s = error();
  const auto t = std::chrono::steady_clock::now();
  try {
    if (s.ok()) db_->commit();
    db_->close();
  } catch (const Xapian::Error& e) {
    if (s.ok()) s = search::XapianStatus(e, path_);
  }
  write_nanos_ +=
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t)
          .count();
  db_.reset();
  return s;
}

}  // namespace newsloom
