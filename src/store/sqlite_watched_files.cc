// SqliteStore: files ingested by `newsloom watch` (table `watched_files`;
// docs/formats/sqlite.md).
#include <vector>

#include "core/env.h"
#include "store/sqlite_store.h"

namespace newsloom {

Status SqliteStore::PutWatchedFile(const WatchedFile& file) {
  if (file.path.empty()) {
    return absl::InvalidArgumentError(db_->path() + ": watched file with an empty path");
  }
  NL_ASSIGN_OR_RETURN(Statement put,
                      db_->Prepare("INSERT INTO watched_files (path, size, mtime, ingested_at) "
                                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (path) DO UPDATE SET "
                                   "size = excluded.size, mtime = excluded.mtime, "
                                   "ingested_at = excluded.ingested_at"));
  put.BindText(1, file.path)
      .BindInt(2, file.size)
      .BindInt(3, file.mtime)
      .BindInt(4, file.ingested_at != 0 ? file.ingested_at : env_->NowMicros());
  return put.Run();
}

StatusOr<std::vector<WatchedFile>> SqliteStore::ListWatchedFiles(std::string_view path_prefix) {
  NL_ASSIGN_OR_RETURN(
      Statement list,
      db_->Prepare("SELECT path, size, mtime, ingested_at FROM watched_files "
                   "WHERE substr(CAST(path AS BLOB), 1, length(CAST(?1 AS BLOB))) = "
                   "CAST(?1 AS BLOB) ORDER BY path"));
  list.BindText(1, path_prefix);
  std::vector<WatchedFile> out;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    WatchedFile f;
    f.path = list.ColumnText(0);
    f.size = list.ColumnInt(1);
    f.mtime = list.ColumnInt(2);
    f.ingested_at = list.ColumnInt(3);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace newsloom
