#include "eval/org_matcher.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "core/strings.h"

namespace newsloom {
// org_aliases.tsv, compiled in by newsloom_embed (cmake/NewsloomTargets.cmake).
extern const std::string_view kOrgAliasesTsv;
}  // namespace newsloom

namespace newsloom::eval {

namespace {

// Function words skipped when forming initials, in the languages of the alias table.
const std::set<std::string, std::less<>>& AcronymStopWords() {
  static const auto* words = new std::set<std::string, std::less<>>{
      "of",  "for", "and",  "the", "in",   "on",  "de", "des", "du", "la",  "le",
      "les", "et",  "pour", "van", "voor", "het", "en", "og",  "i",  "fur", "fuer",
      "und", "der", "die",  "das", "del",  "y",   "di", "per", "po", "o",   "za"};
  return *words;
}

}  // namespace

StatusOr<OrgAliasTable> OrgAliasTable::Parse(std::string_view tsv, std::string_view source) {
  OrgAliasTable table;
  int line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    const std::string_view trimmed = StripAsciiWhitespace(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::vector<std::string> group;
    for (std::string_view name : SplitView(trimmed, '\t')) {
      name = StripAsciiWhitespace(name);
      if (name.empty()) {
        return absl::InvalidArgumentError(
            fmt::format("{}:{}: empty organisation name", source, line_no));
      }
      group.emplace_back(name);
    }
    if (group.front()[0] == '=') {
      group.front().erase(0, 1);
      if (group.front().empty() || group.size() < 2) {
        return absl::InvalidArgumentError(
            fmt::format("{}:{}: country line needs \"=CODE<TAB>name...\"", source, line_no));
      }
      table.countries_.push_back(std::move(group));
      continue;
    }
    table.groups_.push_back(std::move(group));
  }
  return table;
}

const OrgAliasTable& OrgAliasTable::Default() {
  static const OrgAliasTable* table = [] {
    auto parsed = Parse(kOrgAliasesTsv, "org_aliases.tsv");
    // The embedded table is checked by org_matcher_test; an empty table is the safe fallback.
    return new OrgAliasTable(parsed.ok() ? *std::move(parsed) : OrgAliasTable());
  }();
  return *table;
}

OrgMatcher::OrgMatcher(NameMatcher* names, const OrgAliasTable& aliases) : names_(names) {
  for (const auto& country : aliases.countries()) {
    for (size_t i = 1; i < country.size(); ++i) {
      const NameKey& key = names_->Key(country[i]);
      if (!key.folded.empty()) country_names_.emplace_back(key.folded, country[0]);
    }
  }
  // Longest names first, so "south korean" wins over "korean".
  std::stable_sort(country_names_.begin(), country_names_.end(),
                   [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
  for (const auto& group : aliases.groups()) {
    const std::string canonical = "@" + group.front();
    for (const auto& name : group) {
      const std::string key = names_->FoldedKey(name);
      if (key.empty()) continue;
      auto [it, inserted] = alias_to_canonical_.emplace(key, canonical);
      if (!inserted && it->second != canonical) conflicts_.push_back(name);
      size_t words = 0;
      const std::string bag = Bag(name, nullptr, &words);
      if (bag.empty()) continue;
      auto [bit, bag_inserted] = bag_to_canonical_.emplace(bag, canonical);
      if (!bag_inserted && bit->second != canonical) conflicts_.push_back(name);
    }
  }
}

std::string OrgMatcher::Bag(std::string_view name, std::string* country, size_t* words) {
  const NameKey& key = names_->Key(name);
  std::vector<std::string> bag;
  std::string found;
  bool ambiguous = false;
  size_t i = 0;
  while (i < key.folded.size()) {
    bool matched = false;
    if (country != nullptr) {
      for (const auto& [tokens, code] : country_names_) {
        if (i + tokens.size() > key.folded.size() ||
            !std::equal(tokens.begin(), tokens.end(), key.folded.begin() + i)) {
          continue;
        }
        if (!found.empty() && found != code) ambiguous = true;
        found = code;
        i += tokens.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (AcronymStopWords().count(key.ascii[i]) == 0) bag.push_back(key.folded[i]);
    ++i;
  }
  std::sort(bag.begin(), bag.end());
  std::string out;
  for (const auto& word : bag) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  if (country != nullptr) *country = ambiguous ? "?" : found;
  *words = bag.size();
  return out;
}

OrgMatcher::Shape OrgMatcher::ShapeOf(std::string_view name) {
  Shape shape;
  shape.rest = Bag(name, &shape.country, &shape.rest_words);
  auto it = bag_to_canonical_.find(shape.rest);
  if (it != bag_to_canonical_.end()) {
    shape.rest = it->second;
    shape.rest_is_alias = true;
  }
  return shape;
}

std::string OrgMatcher::CanonicalKey(std::string_view name) {
  std::string key = names_->FoldedKey(name);
  auto it = alias_to_canonical_.find(key);
  if (it != alias_to_canonical_.end()) return it->second;
  size_t words = 0;
  auto bag_it = bag_to_canonical_.find(Bag(name, nullptr, &words));
  if (bag_it != bag_to_canonical_.end()) return bag_it->second;
  if (key.rfind("the ", 0) == 0) {
    key.erase(0, 4);
    it = alias_to_canonical_.find(key);
    if (it != alias_to_canonical_.end()) return it->second;
  }
  return key;
}

std::string OrgMatcher::Initials(std::string_view name) {
  std::string initials;
  const std::string ascii = names_->ToLatinAscii(name);
  for (std::string_view word : SplitView(ascii, ' ')) {
    // Drop punctuation around the word: "(osce)," -> "osce".
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.front()))) {
      word.remove_prefix(1);
    }
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) {
      word.remove_suffix(1);
    }
    if (word.empty() || AcronymStopWords().count(word) > 0) continue;
    initials.push_back(word[0]);
  }
  return initials;
}

double OrgMatcher::Score(std::string_view a, std::string_view b) {
  const std::string ka = CanonicalKey(a);
  if (!ka.empty() && ka == CanonicalKey(b)) return 1.0;
  const Shape sa = ShapeOf(a);
  const Shape sb = ShapeOf(b);
  if (!sa.rest.empty() && sa.rest == sb.rest && sa.country != "?" && sb.country != "?") {
    if (sa.country == sb.country) return 1.0;
    const bool specific = sa.rest_is_alias || sa.rest_words >= 2;
    if (specific && (sa.country.empty() || sb.country.empty())) return 0.95;
  }
  // Acronym test on the unfolded ASCII: "csto" vs the initials of the long name.
  const NameKey& key_a = names_->Key(a);
  const NameKey& key_b = names_->Key(b);
  auto is_acronym_of = [&](const NameKey& short_key, std::string_view long_name) {
    if (short_key.ascii.size() != 1) return false;
    const std::string& acronym = short_key.ascii[0];
    if (acronym.size() < 2 || acronym.size() > 8) return false;
    return Initials(long_name) == acronym;
  };
  if (is_acronym_of(key_a, b) || is_acronym_of(key_b, a)) return 0.9;
  return 0.0;
}

}  // namespace newsloom::eval
