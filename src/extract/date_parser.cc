#include "extract/date_parser.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "extract/date_han_scanner.h"
#include "extract/date_numerals.h"
#include "extract/event_key_filter.h"

namespace newsloom {
namespace {

using date_internal::DayNumber;
using date_internal::ReadNumericDate;
using date_internal::YearNumber;

// The part of `w` before its first apostrophe (' U+2019 U+02BC) after its first byte
// ("sunday's" -> "sunday", "ocak'ta" -> "ocak"); empty when there is none.
std::string_view BeforeApostrophe(std::string_view w) {
  for (size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if (c == '\'') return w.substr(0, i);
    if (c == '\xE2' && w.substr(i, 3) == "\u2019") return w.substr(0, i);
    if (c == '\xCA' && w.substr(i, 2) == "\u02BC") return w.substr(0, i);
  }
  return {};
}

// Languages that write a weekday and a part of the day as one word ("samstagabend").
bool WritesWeekdayCompounds(std::string_view lang) {
  static constexpr std::string_view kCompounding[] = {"de", "nl", "nb", "da", "sv"};
  return std::find(std::begin(kCompounding), std::end(kCompounding), lang) !=
         std::end(kCompounding);
}

// One sentence being parsed: token access and lexicon lookups.
class SentenceParser {
 public:
  SentenceParser(const DateLexicon& lexicon, const AnalyzedDocument& doc, uint32_t sentence)
      : lexicon_(lexicon),
        doc_(doc),
        sentence_(sentence),
        first_(doc.sentences[sentence].first_token),
        end_(first_ + doc.sentences[sentence].token_count),
        words_(lexicon.WordsOf(doc.lang)),
        lang_(DateLanguage(doc.lang)),
        compound_weekdays_(WritesWeekdayCompounds(lang_) ? &lexicon.WeekdaysOf(lang_) : nullptr) {}

  std::vector<RawDate> Run();

 private:
  struct Match {
    const DateWord* word = nullptr;
    uint32_t end = 0;  // one past the last token of the phrase
  };

  const Token& tok(uint32_t i) const { return doc_.tokens[i]; }
  std::string_view Surface(uint32_t i) const {
    return std::string_view(doc_.text).substr(tok(i).begin, tok(i).end - tok(i).begin);
  }
  bool IsPunct(uint32_t i, std::string_view chars) const;
  bool IsHyphen(uint32_t i) const { return IsPunct(i, "-\u2010\u2011\u2013\u2014"); }
  bool WordEquals(uint32_t i, std::string_view w) const;
  // The longest lexicon phrase starting at token i; with `kind`, only entries of that kind.
  Match Lookup(uint32_t i, std::optional<DateWordKind> kind = std::nullopt) const;
  bool IsKind(uint32_t i, DateWordKind kind) const { return Lookup(i, kind).word != nullptr; }
  std::optional<int> Month(uint32_t i, bool allow_weak, uint32_t* next) const;
  std::optional<int> YearAt(uint32_t i) const;
  // Weekday compound "samstagabend", "zaterdagavond", "lørdagskveld".
  const DateWord* WeekdayCompound(uint32_t i) const;

  uint32_t TryNumber(uint32_t i);
  uint32_t TryMonthFirst(uint32_t i);
  uint32_t TryWeekday(uint32_t i, const DateWord* weekday, uint32_t next, bool past);
  uint32_t TryRelative(uint32_t i, const Match& m);
  uint32_t AfterYear(uint32_t i, RawDate* d) const;
  void Emit(RawDate d, uint32_t first_tok, uint32_t end_tok);

  const DateLexicon& lexicon_;
  const AnalyzedDocument& doc_;
  const uint32_t sentence_;
  const uint32_t first_;
  const uint32_t end_;
  // The entries of `word` in words_, after the lexicon's pre-test; null when none.
  const DateLexicon::EntryList* Find(std::string_view word) const {
    if (!lexicon_.MayBeWord(word)) return nullptr;
    const auto it = words_->find(absl::string_view(word.data(), word.size()));
    return it == words_->end() ? nullptr : &it->second;
  }

  const DateLexicon::WordMap* words_;
  const std::string_view lang_;
  // Weekdays written with a part of the day as one word; null in other languages.
  const std::vector<const DateWord*>* compound_weekdays_;
  std::vector<RawDate> out_;
};

bool SentenceParser::IsPunct(uint32_t i, std::string_view chars) const {
  if (i >= end_ || tok(i).kind == TokenKind::kWord || tok(i).kind == TokenKind::kNumber) {
    return false;
  }
  const std::string_view s = Surface(i);
  return !s.empty() && chars.find(s) != std::string_view::npos;
}

bool SentenceParser::WordEquals(uint32_t i, std::string_view w) const {
  if (i >= end_) return false;
  const std::string& lower = tok(i).lower;
  return lower == w || BeforeApostrophe(lower) == w;
}

SentenceParser::Match SentenceParser::Lookup(uint32_t i, std::optional<DateWordKind> kind) const {
  if (i >= end_ || tok(i).kind != TokenKind::kWord) return {};
  const std::string& lower = tok(i).lower;
  // Arabic attaches the conjunctions و/ف and the preposition ب: "وأمس", "بالأمس".
  const std::string_view clitic_free = lang_ == "ar" ? ArabicCliticFree(lower) : "";
  const std::string_view keys[] = {lower, BeforeApostrophe(lower), clitic_free};
  for (std::string_view key : keys) {
    if (key.empty()) continue;
    const DateLexicon::EntryList* list = Find(key);
    if (list == nullptr) continue;
    for (const DateWord* e : *list) {
      if (kind && e->kind != *kind) continue;
      uint32_t j = i + 1;
      bool ok = true;
      for (size_t k = 1; k < e->words.size() && ok; ++k) {
        while (IsHyphen(j)) ++j;
        ok = WordEquals(j, e->words[k]);
        ++j;
      }
      if (ok) return {e, j};
    }
  }
  return {};
}

std::optional<int> SentenceParser::Month(uint32_t i, bool allow_weak, uint32_t* next) const {
  Match m = Lookup(i, DateWordKind::kMonth);
  if (m.word == nullptr && allow_weak) m = Lookup(i, DateWordKind::kMonthWeak);
  if (m.word == nullptr) return std::nullopt;
  *next = m.end;
  return m.word->value;
}

std::optional<int> SentenceParser::YearAt(uint32_t i) const {
  if (i >= end_) return std::nullopt;
  return YearNumber(tok(i).lower);
}

const DateWord* SentenceParser::WeekdayCompound(uint32_t i) const {
  if (compound_weekdays_ == nullptr) return nullptr;
  if (tok(i).kind != TokenKind::kWord) return nullptr;
  const std::string& w = tok(i).lower;
  for (const DateWord* e : *compound_weekdays_) {
    const std::string& head = e->words[0];
    if (w.size() <= head.size() + 2 || w[0] != head[0] || w.compare(0, head.size(), head) != 0) {
      continue;
    }
    std::string_view rest = std::string_view(w).substr(head.size());
    auto is_daypart = [&](std::string_view r) {
      const DateLexicon::EntryList* list = Find(r);
      if (list == nullptr) return false;
      return std::any_of(list->begin(), list->end(), [](const DateWord* d) {
        return d->kind == DateWordKind::kDaypart && d->words.size() == 1;
      });
    };
    if (is_daypart(rest) || (rest[0] == 's' && is_daypart(rest.substr(1)))) return e;
  }
  return nullptr;
}

void SentenceParser::Emit(RawDate d, uint32_t first_tok, uint32_t end_tok) {
  d.sentence = sentence_;
  d.begin = tok(first_tok).begin;
  d.end = tok(end_tok - 1).end;
  out_.push_back(d);
}

// Year after a day-month or month: "6 January[,] 2022", "6 de enero de 2022", "6 января 2022
// года". Returns the token after the expression (i when no year follows).
uint32_t SentenceParser::AfterYear(uint32_t i, RawDate* d) const {
  uint32_t j = i;
  if (IsPunct(j, ",") || IsKind(j, DateWordKind::kDateLink)) ++j;
  const std::optional<int> year = YearAt(j);
  if (!year) return i;
  d->year = *year;
  ++j;
  if (IsKind(j, DateWordKind::kYearWord)) {
    j = Lookup(j, DateWordKind::kYearWord).end;
    if (IsPunct(j, ".") && tok(j - 1).lower.size() <= 2) ++j;  // "г.", "r."
  }
  return j;
}

// Expressions that start with a number: numeric dates, "6 January", "1–2 июля", "in 2005".
uint32_t SentenceParser::TryNumber(uint32_t i) {
  RawDate d;
  if (auto nd = ReadNumericDate(doc_.text, tok(i).begin, lang_ == "en")) {
    d.year = nd->year, d.month = nd->month, d.day = nd->day;
    const uint32_t stop = tok(i).begin + static_cast<uint32_t>(nd->length);
    uint32_t j = i + 1;
    while (j < end_ && tok(j).end <= stop) ++j;
    if (tok(j - 1).end == stop) {
      Emit(d, i, j);
      return j;
    }
  }
  if (std::optional<int> day = DayNumber(tok(i).lower)) {
    uint32_t j = i + 1;
    if (IsPunct(j, ".")) ++j;
    if (IsHyphen(j) && j + 1 < end_ && DayNumber(tok(j + 1).lower)) {  // "1–2 июля"
      j += 2;
      if (IsPunct(j, ".")) ++j;
    }
    if (IsKind(j, DateWordKind::kDateLink)) ++j;
    uint32_t next = 0;
    if (std::optional<int> month = Month(j, true, &next)) {
      d.day = *day;
      d.month = *month;
      next = AfterYear(next, &d);
      Emit(d, i, next);
      return next;
    }
  }
  bool suffixed = false;
  if (std::optional<int> year = YearNumber(tok(i).lower, &suffixed)) {
    const bool before = i > first_ && (IsKind(i - 1, DateWordKind::kYearPrep) ||
                                       IsKind(i - 1, DateWordKind::kYearWord));
    const bool after = IsKind(i + 1, DateWordKind::kYearWord);
    const bool tr_suffix = lang_ == "tr" && (suffixed || IsPunct(i + 1, "'\u2019"));
    if (before || after || tr_suffix) {
      d.year = *year;
      uint32_t j = after ? Lookup(i + 1, DateWordKind::kYearWord).end : i + 1;
      if (after && IsPunct(j, ".") && tok(j - 1).lower.size() <= 2) ++j;
      Emit(d, i, j);
      return j;
    }
  }
  return i + 1;
}

// Expressions that start with a month: "January 6[, 2022]", "Jan. 6th", "January 2022",
// "in January".
uint32_t SentenceParser::TryMonthFirst(uint32_t i) {
  uint32_t next = 0;
  const std::optional<int> month = Month(i, true, &next);
  if (!month) return i;
  const bool weak = !Lookup(i, DateWordKind::kMonth).word;
  RawDate d;
  d.month = *month;
  uint32_t j = next;
  if (IsPunct(j, ".")) ++j;
  const bool month_day_order = lang_ == "en" || !lexicon_.HasLanguage(lang_);
  if (month_day_order && j < end_ && !IsPunct(j + 1, ":")) {
    if (std::optional<int> day = DayNumber(tok(j).lower)) {
      d.day = *day;
      const uint32_t after = AfterYear(j + 1, &d);
      Emit(d, i, after);
      return after;
    }
  }
  uint32_t y = j;
  if (IsKind(y, DateWordKind::kDateLink) || IsPunct(y, ",")) ++y;
  if (std::optional<int> year = YearAt(y)) {
    d.year = *year;
    const uint32_t after = AfterYear(y, &d);
    Emit(d, i, after);
    return after;
  }
  if (weak) return i;
  Emit(d, i, next);
  return next;
}

uint32_t SentenceParser::TryWeekday(uint32_t i, const DateWord* weekday, uint32_t next, bool past) {
  RawDate d;
  d.kind = RawDate::Kind::kWeekday;
  d.weekday = weekday->value;
  d.strictly_before = past;
  uint32_t first = i;
  // "last Sunday", "в прошлое воскресенье", "el pasado sábado".
  if (i > first_ && IsKind(i - 1, DateWordKind::kLast)) {
    d.strictly_before = true;
    first = i - 1;
  }
  // "in der Nacht zum Montag", "в ночь на понедельник": the span takes the night in; the
  // date is the weekday named (events after midnight are dated that day).
  for (uint32_t k = i > first_ + 3 ? i - 3 : first_; k < i && first == i; ++k) {
    const Match m = Lookup(k, DateWordKind::kNightBefore);
    if (m.word != nullptr && m.end == i) first = k;
  }
  uint32_t end = next;
  if (IsKind(end, DateWordKind::kLast)) {  // "samedi dernier", "الجمعة الماضية"
    d.strictly_before = true;
    end = Lookup(end, DateWordKind::kLast).end;
  }
  if (IsKind(end, DateWordKind::kDaypart)) end = Lookup(end, DateWordKind::kDaypart).end;
  Emit(d, first, end);
  return end;
}

// "yesterday", "i går kveld", "last week", "vorig jaar": the lexicon offset.
uint32_t SentenceParser::TryRelative(uint32_t i, const Match& m) {
  RawDate d;
  switch (m.word->kind) {
    case DateWordKind::kRelDay:
      d.kind = RawDate::Kind::kRelDay;
      break;
    case DateWordKind::kRelWeek:
      d.kind = RawDate::Kind::kRelWeek;
      break;
    case DateWordKind::kRelMonth:
      d.kind = RawDate::Kind::kRelMonth;
      break;
    case DateWordKind::kRelYear:
      d.kind = RawDate::Kind::kRelYear;
      break;
    case DateWordKind::kAnaphoricDay:
      d.kind = RawDate::Kind::kAnaphoricDay;
      break;
    default:
      return i + 1;
  }
  d.offset = m.word->value;
  uint32_t end = m.end;
  if (d.kind == RawDate::Kind::kRelDay && IsKind(end, DateWordKind::kDaypart)) {
    end = Lookup(end, DateWordKind::kDaypart).end;
  }
  Emit(d, i, end);
  return end;
}

std::vector<RawDate> SentenceParser::Run() {
  uint32_t i = first_;
  while (i < end_) {
    const Token& t = tok(i);
    if (t.kind != TokenKind::kWord ||
        (!t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9')) {
      i = t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol ? i + 1 : TryNumber(i);
      continue;
    }
    const Match m = Lookup(i);
    if (m.word == nullptr) {
      if (const DateWord* wd = WeekdayCompound(i)) {
        i = TryWeekday(i, wd, i + 1, false);
      } else {
        ++i;
      }
      continue;
    }
    switch (m.word->kind) {
      case DateWordKind::kMonth:
      case DateWordKind::kMonthWeak: {
        const uint32_t next = TryMonthFirst(i);
        i = next > i ? next : i + 1;
        break;
      }
      case DateWordKind::kWeekday:
      case DateWordKind::kWeekdayPast:
        i = TryWeekday(i, m.word, m.end, m.word->kind == DateWordKind::kWeekdayPast);
        break;
      default:
        i = TryRelative(i, m);
    }
  }
  return std::move(out_);
}

bool HasHan(const AnalyzedDocument& doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    if (doc.tokens[i].script == Script::kHan) return true;
  }
  return false;
}

// Merges Han-scanned dates into token-parsed ones: text order, earlier start wins overlaps.
std::vector<RawDate> Merge(std::vector<RawDate> a, std::vector<RawDate> b) {
  a.insert(a.end(), b.begin(), b.end());
  std::stable_sort(a.begin(), a.end(), [](const RawDate& x, const RawDate& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  std::vector<RawDate> out;
  for (const RawDate& d : a) {
    if (!out.empty() && d.begin < out.back().end) continue;
    out.push_back(d);
  }
  return out;
}

}  // namespace

std::vector<RawDate> DateParser::Parse(const AnalyzedDocument& doc, uint32_t sentence) const {
  if (sentence >= doc.sentences.size()) return {};
  const Sentence& s = doc.sentences[sentence];
  if (s.first_token + s.token_count > doc.tokens.size()) return {};
  std::vector<RawDate> out = SentenceParser(*lexicon_, doc, sentence).Run();
  if (HasHan(doc, s)) {
    out = Merge(std::move(out),
                date_internal::ScanHanDates(*lexicon_, doc.text, s.begin, s.end, sentence));
  }
  return out;
}

}  // namespace newsloom
