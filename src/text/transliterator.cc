#include "text/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <iterator>
#include <vector>

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

// Code points whose key does not depend on their neighbours (checked against ICU on whole
// words in transliterator_test.cc): Latin-1 and Latin Extended-A/B letters, combining marks,
// Cyrillic, Latin Extended Additional, the Arabic letters (without their vowel marks, which
// become vowels after a letter) and Arabic-Indic digits. Their keys are precomputed so that
// words in these scripts never reach ICU. Greek, Arabic vowel marks, CJK... do (their rules
// look at context).
constexpr char32_t kTableRanges[][2] = {
    {0x00A0, 0x0530}, {0x0621, 0x064B}, {0x0660, 0x066A}, {0x1E00, 0x1F00}};

struct Prototype {
  std::unique_ptr<icu::Transliterator> translit;
  std::string error;
  std::vector<std::string> table[std::size(kTableRanges)];  // keys of kTableRanges[i][0] + k
};

std::string IcuKey(const icu::Transliterator& translit, icu::UnicodeString text) {
  translit.transliterate(text);
  std::string latin, key;
  text.toUTF8String(latin);
  AppendAsciiAlnumLower(latin, &key);
  return key;
}

const Prototype& GetPrototype() {
  static const Prototype* prototype = [] {
    auto* p = new Prototype;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    p->translit.reset(icu::Transliterator::createFromRules("Newsloom-LatinKey",
                                                           icu::UnicodeString::fromUTF8(kRules),
                                                           UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status) || p->translit == nullptr) {
      p->error = std::string("cannot build the latin-key transliterator: ") + u_errorName(status) +
                 " at rule offset " + std::to_string(parse_error.offset);
      p->translit.reset();
      return p;
    }
    for (size_t r = 0; r < std::size(kTableRanges); ++r) {
      for (char32_t cp = kTableRanges[r][0]; cp < kTableRanges[r][1]; ++cp) {
        p->table[r].push_back(IcuKey(*p->translit, icu::UnicodeString(static_cast<UChar32>(cp))));
      }
    }
    return p;
  }();
  return *prototype;
}

// Index into the static table for `cp`, or false.
bool TableSlot(char32_t cp, size_t* range, size_t* index) {
  for (size_t r = 0; r < std::size(kTableRanges); ++r) {
    if (cp >= kTableRanges[r][0] && cp < kTableRanges[r][1]) {
      *range = r;
      *index = cp - kTableRanges[r][0];
      return true;
    }
  }
  return false;
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
  if (FastKey(word, &key)) return key;
  return IcuKeyOf(word);
}

bool LatinKeyer::FastKey(std::string_view word, std::string* key) {
  const Prototype& proto = GetPrototype();
  for (size_t i = 0; i < word.size();) {
    const char32_t cp = NextCodePoint(word, &i);
    size_t range, index;
    if (cp < 0x80) {
      AppendAsciiAlnumLower(std::string_view(word.data() + i - 1, 1), key);
    } else if (TableSlot(cp, &range, &index)) {
      key->append(proto.table[range][index]);
    } else {
      key->clear();
      return false;
    }
  }
  return true;
}

std::string LatinKeyer::IcuKeyOf(std::string_view word) {
  return IcuKey(*translit_, icu::UnicodeString::fromUTF8(
                                icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))));
}

}  // namespace newsloom::text_analysis
