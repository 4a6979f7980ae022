// The normalized form under which the gazetteer indexes names and under which callers look
// them up, so "Bichkek", "BICHKEK" and "Bíchkek" meet, and "Бишкек" matches "бишкек".
#ifndef NEWSLOOM_RESOURCES_NAME_KEY_H_
#define NEWSLOOM_RESOURCES_NAME_KEY_H_

#include <string>
#include <string_view>

namespace newsloom {

// Returns the lookup key of a name given as UTF-8 (invalid sequences count as separators):
//   1. NFKD, full Unicode case folding, NFKD again ("ß" -> "ss", "Ⅻ" -> "xii");
//   2. nonspacing and enclosing marks removed ("é" -> "e", "й" -> "и"), and the few Latin
//      letters with a stroke that have no decomposition mapped to their base ("ł" -> "l",
//      "ø" -> "o", "đ" -> "d", "ħ" -> "h", "ı" -> "i");
//   3. every run of characters that are not letters, digits or spacing marks (spaces,
//      punctuation, symbols) becomes one ASCII space; leading and trailing spaces dropped.
// So "Alma-Ata" -> "alma ata", "St. Gallen" -> "st gallen", "Bisjkek" -> "bisjkek".
// Input of one- and two-byte UTF-8 characters (ASCII, Latin-1, Latin Extended, Greek,
// Cyrillic, Arabic...) and BMP Han ideographs takes a table-driven fast path built once from
// the ICU path, with the same result. Thread-safe. The compiler of the gazetteer
// and every caller must use this same function; changing it requires a new format version.
std::string NormalizeNameKey(std::string_view name);

// The same key computed with ICU only (no fast path); for tests of the fast path.
std::string NormalizeNameKeyWithIcu(std::string_view name);

// True when `text` is one or more CJK unified ideographs of the BMP (U+3400..U+4DBF,
// U+4E00..U+9FFF) and nothing else: then NormalizeNameKey(text) == text, so scanners of
// unsegmented Chinese can look up substrings without normalizing them. O(size), no allocation.
bool IsHanIdeographKey(std::string_view text);

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_NAME_KEY_H_
