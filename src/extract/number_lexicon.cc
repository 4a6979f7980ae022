#include "extract/number_lexicon.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <utility>

#include "core/strings.h"
#include "core/tsv.h"

namespace newsloom {
namespace {

struct KindName {
  std::string_view name;
  NumberWordKind kind;
};
constexpr KindName kKinds[] = {
    {"cardinal", NumberWordKind::kCardinal},
    {"multiplier", NumberWordKind::kMultiplier},
    {"vague", NumberWordKind::kVague},
    {"qualifier", NumberWordKind::kQualifier},
    {"qualifier_after", NumberWordKind::kQualifierAfter},
    {"joiner", NumberWordKind::kJoiner},
    {"month", NumberWordKind::kMonth},
    {"percent", NumberWordKind::kPercent},
    {"year_word", NumberWordKind::kYearWord},
    {"year_prep", NumberWordKind::kYearPrep},
    {"change", NumberWordKind::kChange},
};
constexpr std::string_view kQualifiers[] = {"at least", "nearly", "more than", "about", "up to"};

bool HasValue(NumberWordKind k) {
  return k == NumberWordKind::kCardinal || k == NumberWordKind::kMultiplier ||
         k == NumberWordKind::kVague;
}

bool IsQualifierKind(NumberWordKind k) {
  return k == NumberWordKind::kQualifier || k == NumberWordKind::kQualifierAfter;
}

// Fills `entry` from the four columns of one line.
Status ParseColumns(const std::vector<std::string_view>& cols, std::string_view name, size_t line,
                    NumberEntry* entry) {
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
  if (HasValue(entry->kind)) {
    const std::string_view v = cols[2];
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), entry->value);
    if (ec != std::errc() || end != v.data() + v.size() || entry->value <= 0) {
      return TsvLineError(name, line, "value must be a positive integer");
    }
  } else if (IsQualifierKind(entry->kind)) {
    if (std::find(std::begin(kQualifiers), std::end(kQualifiers), cols[2]) ==
        std::end(kQualifiers)) {
      return TsvLineError(name, line, "unknown qualifier '" + std::string(cols[2]) + "'");
    }
    entry->qualifier = std::string(cols[2]);
  }
  return Status();
}

void AddTo(NumberLexicon::WordMap* map, const NumberEntry* e) {
  NumberLexicon::EntryList& list = (*map)[e->words[0]];
  if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
}

void SortLongestFirst(NumberLexicon::WordMap* map) {
  for (auto& [word, list] : *map) {
    std::stable_sort(list.begin(), list.end(), [](const NumberEntry* a, const NumberEntry* b) {
      return a->words.size() > b->words.size();
    });
  }
}

}  // namespace

std::string FoldCase(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

const NumberEntry* FindSingle(const NumberLexicon::EntryList* list, NumberWordKind kind) {
  if (list == nullptr) return nullptr;
  for (const NumberEntry* e : *list) {
    if (e->kind == kind && e->words.size() == 1) return e;
  }
  return nullptr;
}

StatusOr<std::unique_ptr<NumberLexicon>> NumberLexicon::Parse(std::string_view tsv,
                                                              std::string_view name) {
  std::unique_ptr<NumberLexicon> lex(new NumberLexicon());
  NL_RETURN_IF_ERROR(ForEachTsvRow(tsv, [&](size_t line_no, const auto& columns) -> Status {
    auto entry = std::make_unique<NumberEntry>();
    NL_RETURN_IF_ERROR(ParseColumns(columns, name, line_no, entry.get()));
    lex->entries_.push_back(std::move(entry));
    return absl::OkStatus();
  }));
  lex->Index();
  return lex;
}

void NumberLexicon::Index() {
  for (const auto& e : entries_) {
    AddTo(&by_lang_[e->lang], e.get());
    AddTo(&all_, e.get());
    const bool piece = e->kind == NumberWordKind::kCardinal ||
                       e->kind == NumberWordKind::kMultiplier || e->kind == NumberWordKind::kJoiner;
    if (piece && e->words.size() == 1) {
      const std::string& w = e->words[0];
      for (size_t len = 1; len <= w.size(); ++len) piece_prefixes_.insert(w.substr(0, len));
    }
  }
  for (auto& [lang, map] : by_lang_) SortLongestFirst(&map);
  SortLongestFirst(&all_);
}

const NumberLexicon::WordMap* NumberLexicon::WordsOf(std::string_view lang) const {
  const auto it = by_lang_.find(AbslView(lang));
  return it == by_lang_.end() ? &all_ : &it->second;
}

bool NumberLexicon::HasLanguage(std::string_view lang) const {
  return by_lang_.contains(AbslView(lang));
}

std::vector<const NumberEntry*> NumberLexicon::EntriesOf(std::string_view lang) const {
  std::vector<const NumberEntry*> out;
  for (const auto& e : entries_) {
    if (e->lang == lang) out.push_back(e.get());
  }
  return out;
}

}  // namespace newsloom
