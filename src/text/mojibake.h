// Repair of mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) and encoded to
// UTF-8 again, so "ü" became "Ã¼", "Бишкек" became "Ð‘Ð¸ÑˆÐºÐµÐº" and "“" became "â€œ".
// Only the affected runs are repaired, so a text whose title is broken but whose body is fine
// comes out right. Doubly encoded text ("ÃƒÂ©") is repaired by repeated passes (at most 3).
//
// Never damaging correct text is the first goal. A candidate is a lead character (Â..ô) plus
// the continuation characters its UTF-8 byte needs, whose Windows-1252 bytes form one
// well-formed UTF-8 sequence. It is repaired when that is overwhelmingly likely:
//   * never when the result is an odd character (C1 control, unassigned, private use, IPA,
//     combining mark, Syriac/Thaana/NKo, Hebrew points...): "Fuß“" and "JOSÉ”" stay as they are;
//   * always when it is one of two or more adjacent candidates ("Ð‘Ð¸"), or a Latin letter or
//     symbol (Ã¼, Â©, â€œ, ðŸ˜€) that is not merely a word-final letter followed by closing
//     punctuation ("PÅ”" is weak);
//   * weak candidates (those word-final cases, and isolated non-Latin letters such as "Ð²")
//     only when the same text has strong evidence in the same script block.
// "Ã" followed by a plain space (the NBSP of "à" turned into a space) becomes "à" only in a
// text with strong Latin evidence and not after an upper-case letter ("IRMÃ " stays).
// Also handled: "¼½¾" rewritten as "1⁄4" etc. by NFKC ("fÃ1⁄4r" -> "für") and C1 controls
// produced by Latin-1 decoding ("Ã\u009C" -> "Ü").
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_TEXT_MOJIBAKE_H_
#define NEWSLOOM_TEXT_MOJIBAKE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace newsloom::text_analysis {

// Cheap pre-check: false when `text` cannot contain a repairable sequence (no U+00C2..U+00F4
// followed by a possible continuation character). Most texts stop here.
bool MayContainMojibake(std::string_view text);

// Repairs mojibake in `in`, which must be well-formed UTF-8. Returns the number of repaired
// sequences; when 0, `*out` and `*map` are untouched. Otherwise `*out` receives the repaired
// text and anchors (out offset -> in offset) are appended to `*map`; a repaired character maps
// to the start of the sequence it replaced.
size_t RepairMojibake(std::string_view in, std::string* out, OffsetMap* map);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_MOJIBAKE_H_
