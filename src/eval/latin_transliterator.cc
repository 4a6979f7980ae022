#include "eval/latin_transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "core/strings.h"

namespace newsloom::eval {
namespace {

// See the header for why each rule is here. Upper-case letters are gone after ":: Lower;".
constexpr char kRules[] =
    ":: NFC;"
    ":: Lower;"
    "ж > zh; х > kh; ц > ts; ч > ch; ш > sh; щ > shch;"
    "ю > yu; я > ya; й > y; ы > y; э > e; ё > yo; ь > ; ъ > ;"
    "ә > a; ғ > g; қ > k; ң > ng; ө > o; ұ > u; ү > u; һ > h; і > i;"
    "ž > zh; š > sh; č > ch; ć > ch;"
    ":: Any-Latin;"
    ":: Latin-ASCII;"
    ":: Lower;";

}  // namespace

struct LatinTransliterator::Impl {
  std::unique_ptr<icu::Transliterator> translit;
};

LatinTransliterator::LatinTransliterator() {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
      "newsloom-eval-latin", icu::UnicodeString::fromUTF8(kRules), UTRANS_FORWARD, parse_error,
      status));
  if (U_FAILURE(status) || t == nullptr) return;
  impl_ = std::make_unique<Impl>();
  impl_->translit = std::move(t);
}

LatinTransliterator::~LatinTransliterator() = default;

std::string LatinTransliterator::ToLatinAscii(std::string_view utf8) {
  if (impl_ == nullptr) return AsciiLower(utf8);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  impl_->translit->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace newsloom::eval
