#include "extract/chinese_numbers.h"

#include <algorithm>
#include <string>
#include <utility>

#include "extract/digit_string.h"
#include "text/utf8.h"

namespace newsloom::extract_internal {
namespace {

struct Char {
  char32_t cp;
  uint32_t offset;  // byte offset of the character in the text
};

// 0-9 for Chinese digits, -1 otherwise.
int ChineseDigit(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int64_t ChineseUnit(char32_t c) {
  switch (c) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    case U'万':
    case U'萬':
      return 10000;
    case U'亿':
    case U'億':
      return 100000000;
    default:
      return 0;
  }
}

bool IsAsciiOrWideDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

// Characters after a number that make it a date, time, age, percentage or ratio.
bool IsExcludedAfter(char32_t c) {
  static constexpr std::u32string_view kAfter = U"年月日号號时時点點分秒岁歲%％‰倍度届周";
  return kAfter.find(c) != std::u32string_view::npos;
}

bool IsClassifier(char32_t c) {
  static constexpr std::u32string_view kClassifiers = U"名人个個位余多户戶辆輛架艘具起";
  return kClassifiers.find(c) != std::u32string_view::npos;
}

class ChineseScanner {
 public:
  ChineseScanner(const std::vector<ChineseNumbers::Word>& words,
                 const ChineseNumbers::FirstChars& first_chars, std::string_view text,
                 uint32_t begin, uint32_t end)
      : entries_(words), first_chars_(first_chars) {
    for (size_t i = begin; i < end;) {
      const auto at = static_cast<uint32_t>(i);
      chars_.push_back({text_analysis::NextCodePoint(text, &i), at});
    }
    chars_.push_back({0, end});
  }

  void Run(std::vector<Quantity>* out);

 private:
  size_t size() const { return chars_.size() - 1; }
  char32_t At(size_t i) const { return i < size() ? chars_[i].cp : 0; }
  // The longest entry of `kind` starting at character i; its length in *len.
  const NumberEntry* Match(size_t i, NumberWordKind kind, size_t* len) const;
  bool ReadDigits(size_t i, int64_t* value, size_t* next, bool* year_like) const;
  bool ReadChinese(size_t i, bool qualified, int64_t* value, size_t* next) const;
  bool Excluded(size_t begin, size_t next) const;

  std::vector<Char> chars_;
  const std::vector<ChineseNumbers::Word>& entries_;
  const ChineseNumbers::FirstChars& first_chars_;
};

const NumberEntry* ChineseScanner::Match(size_t i, NumberWordKind kind, size_t* len) const {
  *len = 0;
  if (i < size()) {
    const uint32_t bit = static_cast<uint32_t>(chars_[i].cp) & 0xFFFF;
    if ((first_chars_[bit >> 6] >> (bit & 63) & 1) == 0) return nullptr;
  }
  for (const ChineseNumbers::Word& w : entries_) {  // longest first
    if (w.entry->kind != kind || i + w.chars.size() > size() || chars_[i].cp != w.chars[0]) {
      continue;
    }
    bool match = true;
    for (size_t k = 1; k < w.chars.size() && match; ++k) match = chars_[i + k].cp == w.chars[k];
    if (match) {
      *len = w.chars.size();
      return w.entry;
    }
  }
  return nullptr;
}

bool ChineseScanner::ReadDigits(size_t i, int64_t* value, size_t* next, bool* year_like) const {
  std::string digits;
  size_t k = i;
  while (k < size()) {
    const char32_t c = At(k);
    if (IsAsciiOrWideDigit(c)) {
      digits.push_back(static_cast<char>(c >= U'０' ? '0' + (c - U'０') : c));
    } else if ((c == ',' || c == '.' || c == U'，' || c == U'．') &&
               IsAsciiOrWideDigit(At(k + 1)) && !digits.empty()) {
      digits.push_back(c == '.' || c == U'．' ? '.' : ',');
    } else {
      break;
    }
    ++k;
  }
  const auto n = ParseDigitString(digits, "zh");
  if (!n || n->leading_zero || n->integer_digits > 12) return false;
  int64_t multiplier = 1;
  const int64_t unit = ChineseUnit(At(k));
  if (unit >= 100) {
    multiplier = unit;
    ++k;
  }
  const auto v = ScaleToInteger(*n, multiplier);
  if (!v) return false;
  *year_like = multiplier == 1 && !n->grouped && n->integer_digits == 4 && *v >= 1800 && *v <= 2099;
  *value = *v;
  *next = k;
  return true;
}

bool ChineseScanner::ReadChinese(size_t i, bool qualified, int64_t* value, size_t* next) const {
  // A run may start with a unit only after a qualifier ("近千人") or with 十 ("十二").
  const int64_t first_unit = ChineseUnit(At(i));
  if (ChineseDigit(At(i)) < 0 && first_unit == 0) return false;
  if (first_unit > 10 && !qualified) return false;
  int64_t total = 0, section = 0, number = 0;
  size_t k = i;
  int digits_in_row = 0;
  for (; k < size() && k - i < 24; ++k) {
    const int d = ChineseDigit(At(k));
    const int64_t unit = ChineseUnit(At(k));
    if (d >= 0) {
      if (++digits_in_row > 1) return false;  // "二〇〇五": a year or code, not a count
      number = d;
    } else if (unit == 10000 || unit == 100000000) {
      digits_in_row = 0;
      total = (total + section + number) * unit;
      section = number = 0;
    } else if (unit > 0) {
      digits_in_row = 0;
      section += (number == 0 ? 1 : number) * unit;
      number = 0;
    } else {
      break;
    }
  }
  *value = total + section + number;
  *next = k;
  if (k == i + 1 && At(i) == U'一') return false;
  return *value > 0;
}

bool ChineseScanner::Excluded(size_t begin, size_t next) const {
  if (IsExcludedAfter(At(next))) return true;
  if (begin > 0 && At(begin - 1) == U'第') return true;
  if (begin >= 3 && At(begin - 3) == U'百' && At(begin - 2) == U'分' && At(begin - 1) == U'之') {
    return true;
  }
  return false;
}

void ChineseScanner::Run(std::vector<Quantity>* out) {
  for (size_t i = 0; i < size();) {
    size_t qlen = 0;
    const NumberEntry* q = Match(i, NumberWordKind::kQualifier, &qlen);
    const size_t j = i + qlen;
    Quantity quantity;
    size_t len = 0;
    size_t next = j;
    bool found = false;
    bool year_like = false;
    if (const NumberEntry* v = Match(j, NumberWordKind::kVague, &len)) {
      quantity.value = v->value;
      quantity.vague = true;
      next = j + len;
      found = true;
    } else if (ReadDigits(j, &quantity.value, &next, &year_like) ||
               ReadChinese(j, q != nullptr, &quantity.value, &next)) {
      // "2005" alone is a year; "2000名" (with a classifier) a count.
      const bool year = year_like && q == nullptr && !IsClassifier(At(next));
      found = !Excluded(j, next) && !year;
      if (!found) {
        i = std::max(next, i + 1);
        continue;
      }
    }
    if (!found) {
      ++i;
      continue;
    }
    if (const NumberEntry* a = Match(next, NumberWordKind::kQualifierAfter, &len)) {
      if (q == nullptr) quantity.qualifier = a->qualifier;
      next += len;
    }
    if (q != nullptr) quantity.qualifier = q->qualifier;
    quantity.approx = quantity.vague || quantity.qualifier == "nearly" ||
                      quantity.qualifier == "about" || quantity.qualifier == "more than" ||
                      quantity.qualifier == "up to";
    quantity.begin = chars_[i].offset;
    quantity.end = chars_[next].offset;
    out->push_back(std::move(quantity));
    i = next;
  }
}

}  // namespace

ChineseNumbers::ChineseNumbers(const NumberLexicon& lex) {
  for (const NumberEntry* e : lex.EntriesOf("zh")) {
    Word w{{}, e};
    const std::string_view s = e->words[0];
    for (size_t i = 0; i < s.size();) w.chars.push_back(text_analysis::NextCodePoint(s, &i));
    if (w.chars.empty()) continue;
    const uint32_t bit = static_cast<uint32_t>(w.chars[0]) & 0xFFFF;
    first_chars_[bit >> 6] |= uint64_t{1} << (bit & 63);
    words_.push_back(std::move(w));
  }
  std::stable_sort(words_.begin(), words_.end(),
                   [](const Word& a, const Word& b) { return a.chars.size() > b.chars.size(); });
}

void ChineseNumbers::Find(std::string_view text, uint32_t begin, uint32_t end,
                          std::vector<Quantity>* out) const {
  if (begin >= end || end > text.size()) return;
  ChineseScanner(words_, first_chars_, text, begin, end).Run(out);
}

}  // namespace newsloom::extract_internal
