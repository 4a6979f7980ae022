#include "export/story_exporter.h"

#include <algorithm>

#include "export/csv_writer.h"
#include "export/export_story.h"
#include "export/geojson_writer.h"
#include "export/story_json.h"

namespace newsloom {
namespace {

// The articles.jsonl lines of a story's members that are stored.
StatusOr<std::vector<std::string>> MemberJson(Store* store, const StoredStory& story) {
  std::vector<std::string> out;
  for (const std::string& id : StoryArticleIds(story)) {
    StatusOr<StoredArticle> a = store->GetArticle(id);
    if (a.ok()) {
      out.push_back(std::move(a->json));
    } else if (!absl::IsNotFound(a.status())) {
      return a.status();
    }
  }
  return out;
}

// Appends one story in `format` to `out`; false when the story is skipped (corrupt JSON).
StatusOr<bool> AppendStory(Store* store, const StoredStory& story, ExportFormat format,
                           const GeoLookup& geo, bool first, std::string* out) {
  if (format == ExportFormat::kJsonl) {
    StatusOr<std::string> json = StoryJson(story, StoryView::kFull, geo);
    if (!json.ok()) return false;
    out->append(*json).push_back('\n');
    return true;
  }
  NL_ASSIGN_OR_RETURN(std::vector<std::string> members, MemberJson(store, story));
  StatusOr<ExportStory> row = BuildExportStory(story, members, geo);
  if (!row.ok()) return false;
  if (format == ExportFormat::kCsv) {
    AppendAcledCsvRow(*row, out);
  } else {
    GeoJsonAppendFeature(*row, first, out);
  }
  return true;
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "geojson") return ExportFormat::kGeoJson;
  return std::nullopt;
}

std::string_view ExportContentType(ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv:
      return "text/csv; charset=utf-8";
    case ExportFormat::kGeoJson:
      return "application/geo+json; charset=utf-8";
    case ExportFormat::kJsonl:
      break;
  }
  return "application/x-ndjson; charset=utf-8";
}

std::string_view ExportExtension(ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv:
      return "csv";
    case ExportFormat::kGeoJson:
      return "geojson";
    case ExportFormat::kJsonl:
      break;
  }
  return "jsonl";
}

Status ExportStories(Store* store, const StoryQuery& query, ExportFormat format,
                     const GeoLookup& geo, const std::function<Status(std::string_view)>& sink,
                     const ExportOptions& options) {
  if (format == ExportFormat::kCsv) NL_RETURN_IF_ERROR(sink(AcledCsvHeader()));
  if (format == ExportFormat::kGeoJson) NL_RETURN_IF_ERROR(sink(GeoJsonBegin()));
  const int64_t page_size = std::max<int64_t>(options.page_size, 1);
  int64_t remaining = query.limit > 0 ? query.limit : -1;
  int64_t offset = std::max<int64_t>(query.offset, 0);
  bool first = true;
  while (remaining != 0) {
    StoryQuery page_query = query;
    page_query.offset = offset;
    page_query.limit = remaining > 0 ? std::min(remaining, page_size) : page_size;
    NL_ASSIGN_OR_RETURN(StoryPage page, store->QueryStories(page_query));
    std::string chunk;
    for (const StoredStory& story : page.stories) {
      NL_ASSIGN_OR_RETURN(bool written, AppendStory(store, story, format, geo, first, &chunk));
      if (written) first = false;
    }
    if (!chunk.empty()) NL_RETURN_IF_ERROR(sink(chunk));
    const int64_t n = static_cast<int64_t>(page.stories.size());
    offset += n;
    if (remaining > 0) remaining -= n;
    if (n < page_query.limit) break;
  }
  if (format == ExportFormat::kGeoJson) NL_RETURN_IF_ERROR(sink(GeoJsonEnd()));
  return absl::OkStatus();
}

}  // namespace newsloom
