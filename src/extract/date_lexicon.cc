#include "extract/date_lexicon.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <utility>

#include "core/strings.h"
#include "core/tsv.h"
#include "extract/number_lexicon.h"

namespace newsloom {

extern const std::string_view kDatesTsv;

namespace {

struct KindName {
  std::string_view name;
  DateWordKind kind;
  int min_value;
  int max_value;
};
constexpr KindName kKinds[] = {
    {"month", DateWordKind::kMonth, 1, 12},
    {"month_weak", DateWordKind::kMonthWeak, 1, 12},
    {"weekday", DateWordKind::kWeekday, 1, 7},
    {"weekday_past", DateWordKind::kWeekdayPast, 1, 7},
    {"daypart", DateWordKind::kDaypart, 0, 0},
    {"rel_day", DateWordKind::kRelDay, -7, 1},
    {"rel_week", DateWordKind::kRelWeek, -4, 1},
    {"rel_month", DateWordKind::kRelMonth, -12, 1},
    {"rel_year", DateWordKind::kRelYear, -10, 1},
    {"last", DateWordKind::kLast, 0, 0},
    {"night_before", DateWordKind::kNightBefore, 0, 0},
    {"year_word", DateWordKind::kYearWord, 0, 0},
    {"year_prep", DateWordKind::kYearPrep, 0, 0},
    {"date_link", DateWordKind::kDateLink, 0, 0},
    {"anaphoric_day", DateWordKind::kAnaphoricDay, -7, 7},
    {"overnight", DateWordKind::kOvernight, 0, 0},
    {"day_and", DateWordKind::kDayAnd, 0, 0},
};

// Fills `entry` from the four columns (lang, phrase, value, kind) of one line.
Status ParseColumns(const std::vector<std::string_view>& cols, std::string_view name, size_t line,
                    DateWord* entry) {
  if (cols.size() != 4) return TsvLineError(name, line, "expected 4 tab-separated columns");
  entry->lang = std::string(cols[0]);
  if (entry->lang.empty()) return TsvLineError(name, line, "empty language");
  const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                 [&](const KindName& k) { return k.name == cols[3]; });
  if (kind == std::end(kKinds)) {
    return TsvLineError(name, line, "unknown kind '" + std::string(cols[3]) + "'");
  }
  entry->kind = kind->kind;
  for (std::string_view w : SplitView(cols[1], ' ')) {
    if (w.empty()) return TsvLineError(name, line, "empty word in phrase");
    entry->words.push_back(FoldCase(w));
  }
  if (entry->words.empty()) return TsvLineError(name, line, "empty word");
  const std::string_view v = cols[2];
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), entry->value);
  if (ec != std::errc() || end != v.data() + v.size()) {
    return TsvLineError(name, line, "value must be an integer");
  }
  if (entry->value < kind->min_value || entry->value > kind->max_value) {
    return TsvLineError(name, line,
                        "value out of range " + std::to_string(kind->min_value) + ".." +
                            std::to_string(kind->max_value) + " for " + std::string(kind->name));
  }
  if (entry->lang == "zh" && entry->words.size() != 1) {
    return TsvLineError(name, line, "zh entries are one character sequence");
  }
  return Status();
}

void AddTo(DateLexicon::WordMap* map, const DateWord* e) { (*map)[e->words[0]].push_back(e); }

void SortLongestFirst(DateLexicon::WordMap* map) {
  for (auto& [word, list] : *map) {
    std::stable_sort(list.begin(), list.end(), [](const DateWord* a, const DateWord* b) {
      return a->words.size() > b->words.size();
    });
  }
}

}  // namespace

std::string_view ArabicCliticFree(std::string_view word) {
  if (word.size() <= 4) return {};
  for (std::string_view clitic : {"\u0648", "\u0641", "\u0628"}) {  // و ف ب
    if (word.substr(0, clitic.size()) == clitic) return word.substr(clitic.size());
  }
  return {};
}

std::string_view DateLanguage(std::string_view lang) {
  if (lang == "nn" || lang == "no") return "nb";
  return lang;
}

StatusOr<std::unique_ptr<DateLexicon>> DateLexicon::Parse(std::string_view tsv,
                                                          std::string_view name) {
  std::unique_ptr<DateLexicon> lex(new DateLexicon());
  NL_RETURN_IF_ERROR(ForEachTsvRow(tsv, [&](size_t line_no, const auto& columns) -> Status {
    auto entry = std::make_unique<DateWord>();
    NL_RETURN_IF_ERROR(ParseColumns(columns, name, line_no, entry.get()));
    lex->entries_.push_back(std::move(entry));
    return absl::OkStatus();
  }));
  lex->Index();
  return lex;
}

const DateLexicon& DateLexicon::Default() {
  static const DateLexicon* lexicon = [] {
    auto parsed = Parse(kDatesTsv, "data/lexicons/dates.tsv");
    if (!parsed.ok()) std::abort();  // checked by date_lexicon_test
    return parsed.value().release();
  }();
  return *lexicon;
}

void DateLexicon::Index() {
  for (const auto& e : entries_) {
    if (e->lang == "zh") {
      han_.push_back(e.get());
      continue;
    }
    AddTo(&by_lang_[e->lang], e.get());
    AddTo(&all_, e.get());
    if (e->kind == DateWordKind::kWeekday && e->words.size() == 1) {
      weekdays_[e->lang].push_back(e.get());
    }
  }
  for (auto& [lang, map] : by_lang_) SortLongestFirst(&map);
  SortLongestFirst(&all_);
  for (const auto& [word, list] : all_) word_keys_.Add(word);
  std::stable_sort(han_.begin(), han_.end(), [](const DateWord* a, const DateWord* b) {
    return a->words[0].size() > b->words[0].size();
  });
  for (const DateWord* e : han_) {
    const std::string& w = e->words[0];
    const auto lead = static_cast<unsigned char>(w[0]);
    const size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    han_by_first_[w.substr(0, std::min(n, w.size()))].push_back(e);
  }
}

const DateLexicon::WordMap* DateLexicon::WordsOf(std::string_view lang) const {
  static const WordMap* const kNone = new WordMap();
  if (lang == "zh") return kNone;  // Han text is scanned character by character
  const auto it = by_lang_.find(AbslView(DateLanguage(lang)));
  return it == by_lang_.end() ? &all_ : &it->second;
}

const std::vector<const DateWord*>& DateLexicon::WeekdaysOf(std::string_view lang) const {
  const auto it = weekdays_.find(AbslView(DateLanguage(lang)));
  return it == weekdays_.end() ? no_weekdays_ : it->second;
}

const std::vector<const DateWord*>* DateLexicon::HanEntriesStartingWith(
    std::string_view first) const {
  const auto it = han_by_first_.find(AbslView(first));
  return it == han_by_first_.end() ? nullptr : &it->second;
}

bool DateLexicon::IsLink(std::string_view lang, std::string_view gap, DateWordKind kind) const {
  if (gap.empty()) return false;
  if (DateLanguage(lang) == "zh") {
    return std::any_of(han_.begin(), han_.end(),
                       [&](const DateWord* e) { return e->kind == kind && e->words[0] == gap; });
  }
  const WordMap* words = WordsOf(lang);
  const auto it = words->find(absl::string_view(FoldCase(gap)));
  if (it == words->end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const DateWord* e) { return e->kind == kind && e->words.size() == 1; });
}

bool DateLexicon::HasLanguage(std::string_view lang) const {
  return by_lang_.contains(AbslView(DateLanguage(lang))) || DateLanguage(lang) == "zh";
}

}  // namespace newsloom
