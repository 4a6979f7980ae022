// Reader of GNU gettext .mo catalogs (the binary form of .po files), as shipped by Debian's
// libgeonames-common (msgid = GeoNames id, msgstr = name in the catalog's language) and
// iso-codes (msgid = English name). Build-time only.
#ifndef NEWSLOOM_RESOURCES_TOOLS_MO_FILE_H_
#define NEWSLOOM_RESOURCES_TOOLS_MO_FILE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsloom {

// Parses the catalog `bytes` (either byte order) and returns its (msgid, msgstr) pairs in file
// order, skipping the header entry (empty msgid) and untranslated entries. For plural entries
// only the first msgid and msgstr are kept. DataLoss naming `name` when the file is not a .mo
// catalog or a table points outside it.
StatusOr<std::vector<std::pair<std::string, std::string>>> ParseMoFile(std::string_view bytes,
                                                                       std::string_view name);

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_TOOLS_MO_FILE_H_
