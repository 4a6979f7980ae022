#include "resources/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace newsloom {
namespace {

// Appends a separator unless the key is empty or already ends with one.
void AppendSeparator(std::string* out) {
  if (!out->empty() && out->back() != ' ') out->push_back(' ');
}

void TrimTrailingSeparator(std::string* out) {
  if (!out->empty() && out->back() == ' ') out->pop_back();
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string NormalizeAscii(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (IsAsciiAlnum(c)) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else {
      AppendSeparator(&out);
    }
  }
  TrimTrailingSeparator(&out);
  return out;
}

// Latin letters with a stroke or without a dot that NFKD leaves alone (after case folding).
UChar32 StripStroke(UChar32 c) {
  switch (c) {
    case 0x0142:
      return 'l';  // ł
    case 0x00F8:
      return 'o';  // ø
    case 0x0111:
      return 'd';  // đ
    case 0x0127:
      return 'h';  // ħ
    case 0x0131:
      return 'i';  // ı
    case 0x0167:
      return 't';  // ŧ
    case 0x0180:
      return 'b';  // ƀ
    case 0x01B6:
      return 'z';  // ƶ
    default:
      return c;
  }
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, U8_MAX_LENGTH, c, error);
  if (!error) out->append(buf, static_cast<size_t>(len));
}

std::string NormalizeUnicode(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) return NormalizeAscii(name);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString folded = nfkd->normalize(text, status);
  folded.foldCase(U_FOLD_CASE_DEFAULT);
  icu::UnicodeString decomposed = nfkd->normalize(folded, status);
  if (U_FAILURE(status)) return NormalizeAscii(name);

  std::string out;
  out.reserve(name.size());
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) continue;
    if (u_isalnum(c) || type == U_COMBINING_SPACING_MARK) {
      AppendUtf8(StripStroke(c), &out);
    } else {
      AppendSeparator(&out);
    }
  }
  TrimTrailingSeparator(&out);
  return out;
}

// Keys of the code points U+0080..U+07FF (two-byte UTF-8: Latin-1, Latin Extended, Greek,
// Cyrillic, Armenian, Hebrew, Arabic...), computed once with the ICU path: what each adds to a
// key. Context-free: NFKD and default case folding map each code point on its own, and marks
// are dropped whatever their order.
struct TwoByteTable {
  enum Kind : uint8_t { kDrop, kSeparator, kText, kSlow };
  Kind kind[0x800] = {};
  std::string text[0x800];

  TwoByteTable() {
    // Each code point between two "a"s shows what it adds: nothing, a separator or text.
    for (UChar32 c = 0x80; c < 0x800; ++c) {
      std::string probe = "a";
      AppendUtf8(c, &probe);
      probe += "a";
      std::string key = NormalizeUnicode(probe);
      if (key == "aa") {
        kind[c] = kDrop;
      } else if (key == "a a") {
        kind[c] = kSeparator;
      } else if (key.size() > 2 && key.front() == 'a' && key.back() == 'a' &&
                 key.find(' ') == std::string::npos) {
        kind[c] = kText;
        text[c] = key.substr(1, key.size() - 2);
      } else {
        kind[c] = kSlow;
      }
    }
  }
};

// The code point of the three-byte UTF-8 sequence at `p` (at least 3 bytes readable) when it
// is a CJK unified ideograph of the BMP (U+3400..U+4DBF, U+4E00..U+9FFF); 0 otherwise. Each of
// them is its own key: NFKD and case folding leave it alone and it is a letter (Lo), which
// NameKeyTest.HanIdeographsAreTheirOwnKey checks for every one against the ICU path.
UChar32 HanIdeographAt(const unsigned char* p) {
  if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  const UChar32 cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ? cp : 0;
}

// The key of `name` if it holds only one- and two-byte UTF-8 characters that the table
// covers and BMP Han ideographs (HanIdeographAt); false (and `out` unspecified) otherwise.
bool NormalizeWithTables(std::string_view name, std::string* out) {
  static const TwoByteTable* table = new TwoByteTable();
  out->clear();
  out->reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (IsAsciiAlnum(static_cast<char>(c))) {
        out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                                            : static_cast<char>(c));
      } else {
        AppendSeparator(out);
      }
      continue;
    }
    if (i + 2 < name.size() &&
        HanIdeographAt(reinterpret_cast<const unsigned char*>(name.data() + i)) != 0) {
      out->append(name.data() + i, 3);
      i += 2;
      continue;
    }
    if ((c & 0xE0) != 0xC0 || i + 1 >= name.size()) return false;
    const unsigned char d = static_cast<unsigned char>(name[i + 1]);
    if ((d & 0xC0) != 0x80) return false;
    const UChar32 cp = ((c & 0x1F) << 6) | (d & 0x3F);
    if (cp < 0x80) return false;  // overlong
    ++i;
    switch (table->kind[cp]) {
      case TwoByteTable::kDrop:
        break;
      case TwoByteTable::kSeparator:
        AppendSeparator(out);
        break;
      case TwoByteTable::kText:
        out->append(table->text[cp]);
        break;
      case TwoByteTable::kSlow:
        return false;
    }
  }
  TrimTrailingSeparator(out);
  return true;
}

}  // namespace

std::string NormalizeNameKeyWithIcu(std::string_view name) { return NormalizeUnicode(name); }

bool IsHanIdeographKey(std::string_view text) {
  if (text.empty() || text.size() % 3 != 0) return false;
  for (size_t i = 0; i < text.size(); i += 3) {
    if (HanIdeographAt(reinterpret_cast<const unsigned char*>(text.data() + i)) == 0) return false;
  }
  return true;
}

std::string NormalizeNameKey(std::string_view name) {
  bool ascii = true;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return NormalizeAscii(name);
  std::string out;
  if (NormalizeWithTables(name, &out)) return out;
  return NormalizeUnicode(name);
}

}  // namespace newsloom
