#include "text/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

// A first pass for Cyrillic (see the header), then ICU's own transliterators.
constexpr char kRules[] =
    "Ж > Zh; ж > zh; Х > Kh; х > kh; Ц > Ts; ц > ts; Ч > Ch; ч > ch; Ш > Sh; ш > sh;"
    "Щ > Shch; щ > shch; Ю > Yu; ю > yu; Я > Ya; я > ya; Й > Y; й > y; Ы > Y; ы > y;"
    "Ї > Yi; ї > yi; Є > Ye; є > ye; Е > E; е > e; Ё > E; ё > e; Э > E; э > e;"
    "И > I; и > i; І > I; і > i; Ґ > G; ґ > g; Г > G; г > g; Ъ > ; ъ > ; Ь > ; ь > ;"
    ":: Any-Latin; :: Latin-ASCII; :: Lower;";

struct Prototype {
  std::unique_ptr<icu::Transliterator> translit;
  std::string error;
};

const Prototype& GetPrototype() {
  static const Prototype* prototype = [] {
    auto* p = new Prototype;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    p->translit.reset(icu::Transliterator::createFromRules(
        "Newsloom-LatinKey", icu::UnicodeString::fromUTF8(kRules), UTRANS_FORWARD, parse_error,
        status));
    if (U_FAILURE(status) || p->translit == nullptr) {
      p->error = std::string("cannot build the latin-key transliterator: ") +
                 u_errorName(status) + " at rule offset " + std::to_string(parse_error.offset);
      p->translit.reset();
    }
    return p;
  }();
  return *prototype;
}

}  // namespace

void AppendAsciiAlnumLower(std::string_view s, std::string* out) {
  for (const char c : s) {
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out->push_back(c);
    }
  }
}

StatusOr<std::unique_ptr<LatinKeyer>> LatinKeyer::Create() {
  const Prototype& proto = GetPrototype();
  if (proto.translit == nullptr) return absl::InternalError(proto.error);
  std::unique_ptr<icu::Transliterator> clone(proto.translit->clone());
  if (clone == nullptr) return absl::InternalError("cannot clone the latin-key transliterator");
  return std::unique_ptr<LatinKeyer>(new LatinKeyer(std::move(clone)));
}

LatinKeyer::LatinKeyer(std::unique_ptr<icu::Transliterator> translit)
    : translit_(std::move(translit)) {}

LatinKeyer::~LatinKeyer() = default;

std::string LatinKeyer::Key(std::string_view word) {
  std::string key;
  if (IsAscii(word)) {
    AppendAsciiAlnumLower(word, &key);
    return key;
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  translit_->transliterate(text);
  std::string latin;
  text.toUTF8String(latin);
  AppendAsciiAlnumLower(latin, &key);
  return key;
}

}  // namespace newsloom::text_analysis
