// GeoJSON (RFC 7946) FeatureCollection of stories (docs/formats/export.md): one Feature per
// story, a Point at [longitude, latitude] (the town, else the country's capital), or a null
// geometry when the story has no location. Properties follow the CSV columns.
//
// Usage: out = GeoJsonBegin(); for each story GeoJsonAppendFeature(s, first, &out);
// out += GeoJsonEnd(). Thread safety: pure functions.
#ifndef NEWSLOOM_EXPORT_GEOJSON_WRITER_H_
#define NEWSLOOM_EXPORT_GEOJSON_WRITER_H_

#include <string>

#include "export/export_story.h"

namespace newsloom {

std::string GeoJsonBegin();
// Appends one Feature; `first` is true for the collection's first feature (no comma before).
void GeoJsonAppendFeature(const ExportStory& story, bool first, std::string* out);
std::string GeoJsonEnd();

}  // namespace newsloom

#endif  // NEWSLOOM_EXPORT_GEOJSON_WRITER_H_
