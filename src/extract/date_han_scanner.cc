#include "extract/date_han_scanner.h"

#include <optional>

#include "extract/date_numerals.h"

namespace newsloom {
namespace date_internal {
namespace {

constexpr std::string_view kYear = "年";
constexpr std::string_view kMonth = "月";
constexpr std::string_view kDay = "日";
constexpr std::string_view kHao = "号";
constexpr std::string_view kHao2 = "號";

bool At(std::string_view s, size_t pos, std::string_view what) {
  return s.substr(pos, what.size()) == what;
}

// Byte length of the UTF-8 character at s[pos] (1 for stray bytes).
size_t CharLength(std::string_view s, size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return pos + n <= s.size() ? n : 1;
}

// Weekday of a Chinese weekday character (一 .. 六, 日/天 = 7); 0 when none.
int WeekdayChar(std::string_view s, size_t pos) {
  static constexpr std::string_view kChars[] = {"一", "二", "三", "四", "五", "六", "日"};
  for (int i = 0; i < 7; ++i) {
    if (At(s, pos, kChars[i])) return i + 1;
  }
  return At(s, pos, "天") ? 7 : 0;
}

// "[YYYY年][M月][D日]" starting with digits at s[pos]; fills `out` and returns its length.
size_t ReadDigitDate(std::string_view s, size_t pos, RawDate* out) {
  size_t p = pos;
  int value = 0;
  const int n = ReadDigits(s, &p, 4, &value);
  if (n == 0) return 0;
  if (n == 4 && At(s, p, kYear) && value >= 1000 && value <= 2100) {
    out->year = value;
    p += kYear.size();
    size_t q = p;
    if (ReadDigits(s, &q, 2, &value) == 0 || !At(s, q, kMonth) || value < 1 || value > 12) {
      return p - pos;
    }
    out->month = value;
    p = q + kMonth.size();
  } else if (n <= 2 && At(s, p, kMonth) && value >= 1 && value <= 12) {
    out->month = value;
    p += kMonth.size();
  } else if (n <= 2 && At(s, p, kDay) && value >= 1 && value <= 31) {
    out->day = value;
    return p + kDay.size() - pos;
  } else {
    return 0;
  }
  size_t q = p;
  if (ReadDigits(s, &q, 2, &value) > 0 && value >= 1 && value <= 31) {
    for (std::string_view mark : {kDay, kHao, kHao2}) {
      if (At(s, q, mark)) {
        out->day = value;
        return q + mark.size() - pos;
      }
    }
  }
  return p - pos;
}

// A lexicon entry at s[pos]; fills `out` and returns its length (0 when none).
size_t ReadLexiconEntry(const DateLexicon& lexicon, std::string_view s, size_t pos, RawDate* out) {
  const std::vector<const DateWord*>* entries =
      lexicon.HanEntriesStartingWith(s.substr(pos, CharLength(s, pos)));
  if (entries == nullptr) return 0;
  for (const DateWord* e : *entries) {
    const std::string& w = e->words[0];
    if (!At(s, pos, w)) continue;
    size_t len = w.size();
    switch (e->kind) {
      case DateWordKind::kWeekday:
        out->kind = RawDate::Kind::kWeekday;
        out->weekday = e->value;
        return len;
      case DateWordKind::kRelDay:
        out->kind = RawDate::Kind::kRelDay;
        break;
      case DateWordKind::kRelWeek:
        if (int wd = WeekdayChar(s, pos + len); wd > 0) {  // 上周四
          out->kind = RawDate::Kind::kWeekday;
          out->weekday = wd;
          out->has_week = true;
          out->week_offset = e->value;
          return len + CharLength(s, pos + len);
        }
        out->kind = RawDate::Kind::kRelWeek;
        break;
      case DateWordKind::kRelMonth:
        out->kind = RawDate::Kind::kRelMonth;
        break;
      case DateWordKind::kRelYear:
        out->kind = RawDate::Kind::kRelYear;
        break;
      case DateWordKind::kAnaphoricDay:
        out->kind = RawDate::Kind::kAnaphoricDay;
        break;
      default:
        continue;
    }
    out->offset = e->value;
    return len;
  }
  return 0;
}

}  // namespace

std::vector<RawDate> ScanHanDates(const DateLexicon& lexicon, std::string_view text, uint32_t begin,
                                  uint32_t end, uint32_t sentence) {
  std::vector<RawDate> out;
  const std::string_view s = text.substr(0, end);
  size_t pos = begin;
  while (pos < s.size()) {
    RawDate d;
    d.sentence = sentence;
    size_t len = 0;
    size_t digit_len = 0;
    const bool digit = DigitAt(s, pos, &digit_len).has_value();
    const bool after_digit = pos > begin && DigitAt(s, pos - 1, &digit_len).has_value();
    if (digit && !after_digit) {
      len = ReadDigitDate(s, pos, &d);
    } else if (!digit) {
      len = ReadLexiconEntry(lexicon, s, pos, &d);
    }
    if (len > 0) {
      d.begin = static_cast<uint32_t>(pos);
      d.end = static_cast<uint32_t>(pos + len);
      out.push_back(d);
      pos += len;
    } else {
      pos += CharLength(s, pos);
    }
  }
  return out;
}

}  // namespace date_internal
}  // namespace newsloom
