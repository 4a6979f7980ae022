// ExportStories: the stories matching a query in one of the export formats
// (docs/formats/export.md), streamed in chunks — used by `GET /api/export` and
// `newsloom export`.
//
//   jsonl    one stories.jsonl object per line (StoryView::kFull: location with lat/lon, plus
//            article_count)
//   csv      ACLED-style, one row per story (export/csv_writer.h)
//   geojson  a FeatureCollection, one Feature per story (export/geojson_writer.h)
//
// Thread safety: uses `store` from the calling thread only; see Store.
#ifndef NEWSLOOM_EXPORT_STORY_EXPORTER_H_
#define NEWSLOOM_EXPORT_STORY_EXPORTER_H_

#include <functional>
#include <optional>
#include <string_view>

#include "core/status.h"
#include "export/geo_lookup.h"
#include "store/store.h"

namespace newsloom {

enum class ExportFormat { kJsonl, kCsv, kGeoJson };

// "jsonl", "csv", "geojson" (exact, lower case); nullopt otherwise.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
// "application/x-ndjson; charset=utf-8", "text/csv; charset=utf-8",
// "application/geo+json; charset=utf-8".
std::string_view ExportContentType(ExportFormat format);
// "jsonl", "csv", "geojson".
std::string_view ExportExtension(ExportFormat format);

struct ExportOptions {
  // Stories read from the store per query (bounds memory). Default 256.
  int64_t page_size = 256;
};

// Writes every story matching `query` (its limit and offset apply; 0 = all) to `sink` in
// order, in chunks of one or more whole records. Stops at, and returns, the first error of the
// store or of `sink`. A story whose stored JSON is corrupt is skipped (DataLoss is not
// propagated: one bad row must not end an export).
Status ExportStories(Store* store, const StoryQuery& query, ExportFormat format,
                     const GeoLookup& geo, const std::function<Status(std::string_view)>& sink,
                     const ExportOptions& options = ExportOptions());

}  // namespace newsloom

#endif  // NEWSLOOM_EXPORT_STORY_EXPORTER_H_
