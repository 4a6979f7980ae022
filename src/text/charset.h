// Charset handling for input bytes: decoding declared or sniffed legacy encodings to UTF-8
// (ICU converters and charset detection), and repairing invalid UTF-8.
//
// Thread safety: all functions are safe to call concurrently.
#ifndef NEWSLOOM_TEXT_CHARSET_H_
#define NEWSLOOM_TEXT_CHARSET_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace newsloom {

// True if `bytes` is entirely valid UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Finds the charset an HTML page declares in its first 4 KiB: <meta charset="...">,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML declaration's
// encoding="...". Lower case, "" when none.
std::string SniffDeclaredCharset(std::string_view bytes);

// Decodes `bytes` to UTF-8. A UTF-8/UTF-16 BOM wins; then `declared` (an HTTP header or meta
// charset; ignored when unknown to ICU, or when it says a legacy charset but the bytes are
// valid non-ASCII UTF-8, which is how mislabelled pages usually are); then valid UTF-8;
// then ICU charset detection. `*used` (optional) receives the charset actually used.
// Never fails on content: undecodable bytes become U+FFFD.
// Details: `declared` may also be a whole Content-Type value. Following the WHATWG encoding
// standard, iso-8859-1/us-ascii mean windows-1252 and gb2312/gbk mean gb18030. A "utf-8"
// declaration on bytes whose non-ASCII sequences are mostly invalid UTF-8 is treated like no
// declaration (legacy pages served with a default UTF-8 header). `*used` is a lower-case
// IANA/MIME name ("utf-8", "windows-1251", "gb18030", "utf-16le").
std::string DecodeToUtf8(std::string_view bytes, std::string_view declared, std::string* used);

// Replaces invalid UTF-8 sequences by U+FFFD. Returns the number replaced.
size_t ReplaceInvalidUtf8(std::string* text);

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8" -> "utf-8"),
// lower case, "" when absent. Also accepts a bare charset name ("Windows-1251").
std::string CharsetFromContentType(std::string_view content_type);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_CHARSET_H_
