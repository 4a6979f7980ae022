// Reading the Debian FreeDict dictionaries (dict-freedict-*, dictd format under
// /usr/share/dictd: NAME.index and NAME.dict.dz) into headword -> translations lists, the raw
// material of the cross-lingual dictionary (tools/build_dictionary.cc).
//
// `.index` lines are "headword TAB offset TAB length" with offset and length in dictd's
// base64 digits (A-Z a-z 0-9 + /); they point into the uncompressed `.dict` text. An entry's
// text is a header line (headword, /pronunciation/, <part of speech>) followed by
// translation lines; numbered senses ("1. a, b", "2. c") are each a translation line and the
// unnumbered lines between them are glosses, which are skipped, as are indented notes,
// synonyms and cross-references. Markup in <>, [], {} and () is dropped.
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_RESOURCES_FREEDICT_READER_H_
#define NEWSLOOM_RESOURCES_FREEDICT_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsloom {

struct FreeDictEntry {
  std::string headword;                   // as in the index (dictd lower-cases most)
  std::vector<std::string> translations;  // in order of the senses, trimmed, non-empty
};

// Decodes a dictd base64 number ("8m" -> 550); nullopt for a bad digit or overflow.
std::optional<uint64_t> DecodeDictdNumber(std::string_view digits);

// The translations written in one entry's text (see above).
std::vector<std::string> ParseFreeDictDefinition(std::string_view text);

// Every entry of a dictionary: `index` is the .index file, `dict` the uncompressed .dict text.
// Entries whose headword starts with "00database" (metadata) are skipped. Errors:
// InvalidArgument "name:line: ..." for a malformed index line or a range outside `dict`.
StatusOr<std::vector<FreeDictEntry>> ParseFreeDict(std::string_view index, std::string_view dict,
                                                   std::string_view name);

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_FREEDICT_READER_H_
