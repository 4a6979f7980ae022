// newsloom export --db PATH --format jsonl|csv|geojson — stories as files (docs/formats/export.md).
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/env.h"
#include "export/story_exporter.h"
#include "fmt/format.h"
#include "store/store.h"

namespace newsloom {
namespace {

struct ExportFlags {
  std::string db_path;
  std::string format = "jsonl";
  std::string out = "-";
  StoryQuery query;
  std::string sort = "latest";
};

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom export: %s\n", MessageOf(s).c_str());
  return 1;
}

int RunExport(ExportFlags f) {
  std::optional<ExportFormat> format = ParseExportFormat(f.format);
  if (!format) {
    std::fprintf(stderr, "newsloom export: --format must be jsonl, csv or geojson\n");
    return 2;
  }
  if (f.sort == "oldest") {
    f.query.sort = StoryQuery::Sort::kOldest;
  } else if (f.sort == "size") {
    f.query.sort = StoryQuery::Sort::kSize;
  } else if (f.sort != "latest") {
    std::fprintf(stderr, "newsloom export: --sort must be latest, oldest or size\n");
    return 2;
  }
  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(f.db_path, so);
  if (!store.ok()) return Fail(store.status());
  std::unique_ptr<GeoLookup> geo = GeoLookup::OpenDefault();
  const bool to_stdout = f.out == "-";
  const std::string tmp = f.out + ".tmp";
  std::FILE* out = to_stdout ? stdout : std::fopen(tmp.c_str(), "wb");
  if (out == nullptr) return Fail(absl::UnavailableError(fmt::format("cannot create {}", tmp)));
  Status s = ExportStories(store->get(), f.query, *format, *geo, [&](std::string_view chunk) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), out) != chunk.size()) {
      return absl::UnavailableError(
          fmt::format("cannot write {} (disk full?)", to_stdout ? "standard output" : f.out));
    }
    return absl::OkStatus();
  });
  if (to_stdout) {
    std::fflush(stdout);
    return s.ok() ? 0 : Fail(s);
  }
  const bool closed = std::fclose(out) == 0;
  if (s.ok() && !closed) s = absl::UnavailableError(fmt::format("cannot write {}", tmp));
  if (s.ok() && std::rename(tmp.c_str(), f.out.c_str()) != 0) {
    s = absl::UnavailableError(fmt::format("cannot rename {} to {}", tmp, f.out));
  }
  if (!s.ok()) {
    std::remove(tmp.c_str());
    return Fail(s);
  }
  return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write stories as JSON lines, ACLED-style CSV or GeoJSON (docs/formats/export.md)");
  cmd->add_option("--db", f->db_path, "SQLite database")->required();
  cmd->add_option("--format", f->format, "jsonl, csv or geojson")->capture_default_str();
  cmd->add_option("--out,-o", f->out, "Output file ('-' = standard output)")->capture_default_str();
  cmd->add_option("--country", f->query.country,
                  "Only stories located in this country (ISO alpha-2)");
  cmd->add_option("--type", f->query.event_type, "Only this ACLED event type (e.g. Riots)");
  cmd->add_option("--from", f->query.from, "Stories overlapping from this date (YYYY[-MM[-DD]])");
  cmd->add_option("--to", f->query.to, "Stories overlapping up to this date (YYYY[-MM[-DD]])");
  cmd->add_option("--lang", f->query.lang, "Stories with an article in this language");
  cmd->add_option("--entity", f->query.entity_id, "Stories naming this entity id");
  cmd->add_option("--sort", f->sort, "latest, oldest or size")->capture_default_str();
  cmd->add_option("--limit", f->query.limit, "At most N stories (0 = all)")->capture_default_str();
  cmd->callback([f, action] { *action = [f] { return RunExport(*f); }; });
}

}  // namespace newsloom
