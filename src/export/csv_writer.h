// ACLED-style CSV (docs/formats/export.md): one row per story, RFC 4180 quoting, UTF-8 without
// a byte order mark, CRLF line ends (as RFC 4180 and spreadsheet programs expect).
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_EXPORT_CSV_WRITER_H_
#define NEWSLOOM_EXPORT_CSV_WRITER_H_

#include <string>
#include <string_view>

#include "export/export_story.h"

namespace newsloom {

// The header row, with its line end.
std::string AcledCsvHeader();

// Appends one row (with its line end) for `story`.
void AppendAcledCsvRow(const ExportStory& story, std::string* out);

// Appends `field`, quoted when it holds a comma, quote, CR, LF, or leading/trailing spaces
// (quotes doubled inside).
void AppendCsvField(std::string_view field, std::string* out);

}  // namespace newsloom

#endif  // NEWSLOOM_EXPORT_CSV_WRITER_H_
