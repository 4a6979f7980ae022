#include "eval/org_matcher.h"

#include <fmt/format.h>

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
  for (const auto& group : aliases.groups()) {
    const std::string canonical = "@" + group.front();
    for (const auto& name : group) {
      const std::string key = names_->FoldedKey(name);
      if (key.empty()) continue;
      auto [it, inserted] = alias_to_canonical_.emplace(key, canonical);
      if (!inserted && it->second != canonical) conflicts_.push_back(name);
    }
  }
}

std::string OrgMatcher::CanonicalKey(std::string_view name) {
  std::string key = names_->FoldedKey(name);
  auto it = alias_to_canonical_.find(key);
  if (it != alias_to_canonical_.end()) return it->second;
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
