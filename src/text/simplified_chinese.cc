#include "text/simplified_chinese.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

#include "absl/container/flat_hash_map.h"

namespace newsloom::text_analysis {
namespace {

bool IsIdeograph(UChar32 c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}

class Simplifier {
 public:
  Simplifier() {
    UErrorCode status = U_ZERO_ERROR;
    translit_.reset(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit_.reset();
  }

  // The simplified form of `c`; `c` itself when there is none of one character.
  UChar32 Map(UChar32 c) {
    auto it = cache_.find(c);
    if (it != cache_.end()) return it->second;
    UChar32 out = c;
    if (translit_ != nullptr) {
      icu::UnicodeString s(c);
      translit_->transliterate(s);
      if (s.countChar32() == 1) out = s.char32At(0);
    }
    cache_.emplace(c, out);
    return out;
  }

 private:
  std::unique_ptr<icu::Transliterator> translit_;
  absl::flat_hash_map<UChar32, UChar32> cache_;
};

}  // namespace

std::string SimplifiedChinese(std::string_view utf8) {
  thread_local Simplifier simplifier;
  std::string out(utf8);
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0 || !IsIdeograph(c)) continue;
    const UChar32 s = simplifier.Map(c);
    if (s == c || U8_LENGTH(s) != i - start) continue;
    int32_t at = start;
    [[maybe_unused]] UBool error = false;  // cannot be set: s has the length of c
    U8_APPEND(reinterpret_cast<uint8_t*>(out.data()), at, n, s, error);
  }
  return out;
}

}  // namespace newsloom::text_analysis
