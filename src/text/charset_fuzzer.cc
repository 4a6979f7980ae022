// Fuzzes charset sniffing and decoding: the first byte picks a declared charset, the rest is
// the page. Output must always be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kDeclared[] = {"",
                                          "utf-8",
                                          "windows-1251",
                                          "iso-8859-1",
                                          "gb2312",
                                          "big5",
                                          "shift_jis",
                                          "utf-16",
                                          "utf-16be",
                                          "koi8-r",
                                          "euc-kr",
                                          "bogus",
                                          "iso-2022-jp",
                                          "windows-1256",
                                          "text/html; charset=utf-8",
                                          "x-mac-cyrillic"};
  const char* declared = kDeclared[data[0] % (sizeof(kDeclared) / sizeof(kDeclared[0]))];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string sniffed = newsloom::SniffDeclaredCharset(bytes);
  std::string used;
  const std::string decoded =
      newsloom::DecodeToUtf8(bytes, sniffed.empty() ? declared : sniffed, &used);
  if (!newsloom::IsValidUtf8(decoded) || used.empty()) std::abort();
  std::string copy(bytes);
  newsloom::ReplaceInvalidUtf8(&copy);
  if (!newsloom::IsValidUtf8(copy)) std::abort();
  newsloom::CharsetFromContentType(bytes);
  return 0;
}
