#include "extract/entity_lexicon.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <utility>

#include "core/strings.h"
#include "core/tsv.h"

namespace newsloom {

// Embedded by newsloom_embed (src/extract/entities.cmake).
extern const std::string_view kEntityRolesTsv;
extern const std::string_view kEntityOrganizationsTsv;
extern const std::string_view kEntityAgenciesTsv;
extern const std::string_view kEntityWordsTsv;
extern const std::string_view kEntityInstitutionsTsv;
extern const std::string_view kEntityDemonymsTsv;

namespace {

struct ClassName {
  std::string_view name;
  uint32_t bits;
};
constexpr ClassName kClasses[] = {
    {"org", kWordOrgHead},
    {"stop", kWordStop},
    {"month", kWordMonth | kWordStop},
    {"weekday", kWordWeekday | kWordStop},
    {"nationality", kWordNationality},
    {"particle", kWordParticle},
    {"connector", kWordConnector},
    {"cue", kWordSourceCue},
    {"credit", kWordCredit},
    {"byline", kWordByline},
    {"facility", kWordFacility},
    {"org_prefix", kWordOrgPrefix},
    {"generic", kWordGeneric},
    {"given", kWordGivenName},
};

// Calls `fn(columns, line_number)` for every non-comment, non-blank line.
template <typename Fn>
Status ForEachLine(std::string_view tsv, Fn fn) {
  size_t line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripAsciiWhitespace(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = SplitView(line, '\t');
    for (auto& c : cols) c = StripAsciiWhitespace(c);
    NL_RETURN_IF_ERROR(fn(cols, line_no));
  }
  return absl::OkStatus();
}

bool IsAsciiPunct(char c) {
  return c == '.' || c == '-' || c == '\'' || c == ',' || c == '/' || c == '&' || c == '(' ||
         c == ')';
}

// The key forms are indexed under: up to the first space or ASCII punctuation.
std::string_view FirstPiece(std::string_view folded) {
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == ' ' || IsAsciiPunct(folded[i])) return folded.substr(0, i == 0 ? 1 : i);
  }
  return folded;
}

bool HasHan(std::string_view s) {
  // CJK Unified Ideographs U+4E00..U+9FFF are E4 B8 80 .. E9 BF BF in UTF-8.
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0xE4 && b <= 0xE9) return true;
  }
  return false;
}

// The first UTF-8 code point of `s` (its lead byte and continuation bytes).
std::string_view FirstCodePoint(std::string_view s) {
  size_t n = s.empty() ? 0 : 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return s.substr(0, n);
}

bool IsShortAllCaps(std::string_view s) {
  if (s.size() > 6) return false;
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

}  // namespace

std::string FoldEntityText(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return AsciiLower(s);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

Status EntityLexicon::ParseRoles(std::string_view tsv, std::string_view name) {
  return ForEachLine(tsv, [&](const std::vector<std::string_view>& cols, size_t line) {
    if (cols.size() != 4) return TsvLineError(name, line, "expected 4 tab-separated columns");
    if (cols[0].empty() || cols[1].empty() || cols[2].empty()) {
      return TsvLineError(name, line, "empty column");
    }
    RoleEntry e;
    const std::string folded = FoldEntityText(cols[1]);
    for (std::string_view w : SplitView(folded, ' ')) {
      if (w.empty()) return TsvLineError(name, line, "empty word in phrase");
      e.words.emplace_back(w);
    }
    e.phrase = folded;
    e.role = std::string(cols[2]);
    e.lang = std::string(cols[0]);
    if (cols[3] == "modifier") {
      e.modifier = true;
    } else if (cols[3] != "title") {
      return TsvLineError(name, line, "kind must be 'title' or 'modifier'");
    }
    roles_by_first_[e.words[0]].push_back(static_cast<uint32_t>(roles_.size()));
    // Also under the first piece, for tokenizers that split "премьер-министр" or "m.".
    const std::string_view piece = FirstPiece(e.words[0]);
    if (piece != e.words[0] && piece.size() < e.words[0].size()) {
      roles_by_first_[std::string(piece)].push_back(static_cast<uint32_t>(roles_.size()));
    }
    if (!e.modifier && e.words.size() == 1 && HasHan(e.words[0])) {
      han_roles_.push_back(static_cast<uint32_t>(roles_.size()));
    }
    roles_.push_back(std::move(e));
    return absl::OkStatus();
  });
}

void EntityLexicon::IndexForm(uint32_t i) {
  const BodyForm& f = forms_[i];
  if (HasHan(f.folded)) {
    han_forms_.push_back(i);
    auto& v = han_by_first_[std::string(FirstCodePoint(f.folded))];
    v.push_back(i);
    // Longest first, so the scan takes "中国共产党" before "共产党".
    std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
      return forms_[a].folded.size() > forms_[b].folded.size();
    });
    return;
  }
  auto& v = forms_by_first_[std::string(FirstPiece(f.folded))];
  if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
  // Also under the whole first word, for tokenizers that keep "24.kg" in one token.
  const std::string_view word = std::string_view(f.folded).substr(0, f.folded.find(' '));
  if (word != FirstPiece(f.folded)) forms_by_first_[std::string(word)].push_back(i);
}

Status EntityLexicon::ParseBodies(std::string_view tsv, std::string_view name, BodyKind kind) {
  return ForEachLine(tsv, [&](const std::vector<std::string_view>& cols, size_t line) {
    const auto body = static_cast<uint32_t>(bodies_.size());
    // "=Name": the canonical name only, not a form matched in text ("=The Left").
    const bool name_only = !cols[0].empty() && cols[0][0] == '=';
    const std::string_view canonical = name_only ? cols[0].substr(1) : cols[0];
    if (canonical.empty()) return TsvLineError(name, line, "empty name");
    if (name_only && cols.size() < 2) return TsvLineError(name, line, "no form after '=name'");
    bodies_.push_back(Body{std::string(canonical), kind});
    for (size_t ci = name_only ? 1 : 0; ci < cols.size(); ++ci) {
      const std::string_view c = cols[ci];
      if (c.empty()) return TsvLineError(name, line, "empty name");
      BodyForm f;
      f.surface = std::string(c);
      f.folded = FoldEntityText(c);
      f.exact_case = IsShortAllCaps(c);
      f.body = body;
      forms_.push_back(std::move(f));
      IndexForm(static_cast<uint32_t>(forms_.size() - 1));
    }
    return absl::OkStatus();
  });
}

Status EntityLexicon::ParseWords(std::string_view tsv, std::string_view name) {
  return ForEachLine(tsv, [&](const std::vector<std::string_view>& cols, size_t line) {
    if (cols.size() != 3) return TsvLineError(name, line, "expected 3 tab-separated columns");
    if (cols[0].empty() || cols[1].empty()) return TsvLineError(name, line, "empty column");
    const auto cls = std::find_if(std::begin(kClasses), std::end(kClasses),
                                  [&](const ClassName& c) { return c.name == cols[2]; });
    if (cls == std::end(kClasses)) {
      return TsvLineError(name, line, "unknown class '" + std::string(cols[2]) + "'");
    }
    words_[FoldEntityText(cols[1])] |= cls->bits;
    return absl::OkStatus();
  });
}

StatusOr<EntityLexicon> EntityLexicon::Parse(std::string_view roles, std::string_view roles_name,
                                             std::string_view orgs, std::string_view orgs_name,
                                             std::string_view agencies,
                                             std::string_view agencies_name, std::string_view words,
                                             std::string_view words_name) {
  EntityLexicon lex;
  NL_RETURN_IF_ERROR(lex.ParseRoles(roles, roles_name));
  NL_RETURN_IF_ERROR(lex.ParseBodies(orgs, orgs_name, BodyKind::kOrganization));
  NL_RETURN_IF_ERROR(lex.ParseBodies(agencies, agencies_name, BodyKind::kAgency));
  NL_RETURN_IF_ERROR(lex.ParseWords(words, words_name));
  lex.Reindex();
  std::stable_sort(lex.han_roles_.begin(), lex.han_roles_.end(), [&](uint32_t a, uint32_t b) {
    return lex.roles_[a].words[0].size() > lex.roles_[b].words[0].size();
  });
  for (uint32_t k = 0; k < lex.han_roles_.size(); ++k) {
    const std::string& word = lex.roles_[lex.han_roles_[k]].words[0];
    lex.han_roles_by_first_[std::string(FirstCodePoint(word))].push_back(k);
  }
  return lex;
}

const EntityLexicon& EntityLexicon::Default() {
  static const EntityLexicon* lex = [] {
    auto parsed =
        Parse(kEntityRolesTsv, "data/lexicons/roles.tsv", kEntityOrganizationsTsv,
              "data/lexicons/organizations.tsv", kEntityAgenciesTsv, "data/lexicons/agencies.tsv",
              kEntityWordsTsv, "data/lexicons/entity_words.tsv");
    if (!parsed.ok()) return new EntityLexicon();
    auto* lex = new EntityLexicon(*std::move(parsed));
    if (!lex->AddInstitutions(kEntityInstitutionsTsv, "data/lexicons/entity_institutions.tsv")
             .ok() ||
        !lex->AddDemonyms(kEntityDemonymsTsv, "data/lexicons/entity_demonyms.tsv").ok()) {
      *lex = EntityLexicon();
    }
    return lex;
  }();
  return *lex;
}

Status EntityLexicon::AddInstitutions(std::string_view tsv, std::string_view name) {
  NL_RETURN_IF_ERROR(ParseBodies(tsv, name, BodyKind::kInstitution));
  Reindex();
  return absl::OkStatus();
}

void EntityLexicon::Reindex() {
  instance_.Renew();
  info_.clear();
  lists_.clear();
  for (const auto& [w, cls] : words_) info_[w].cls = cls;
  for (const auto& [w, list] : roles_by_first_) {
    info_[w].roles = static_cast<int32_t>(lists_.size());
    lists_.push_back(list);
  }
  for (const auto& [w, list] : forms_by_first_) {
    info_[w].forms = static_cast<int32_t>(lists_.size());
    lists_.push_back(list);
  }
}

const WordInfo* EntityLexicon::Lookup(std::string_view folded) const {
  auto it = info_.find(AbslView(folded));
  return it == info_.end() ? nullptr : &it->second;
}

Status EntityLexicon::AddDemonyms(std::string_view tsv, std::string_view name) {
  return ForEachLine(tsv, [&](const std::vector<std::string_view>& cols, size_t line) {
    if (cols.size() != 3) return TsvLineError(name, line, "expected 3 tab-separated columns");
    if (cols[0].size() != 2 || cols[1].empty() || cols[2].empty()) {
      return TsvLineError(name, line, "expected an ISO alpha-2 code, a demonym and a name");
    }
    const auto i = static_cast<uint32_t>(countries_.size());
    countries_.push_back(Country{std::string(cols[0]), std::string(cols[1]), std::string(cols[2])});
    country_by_iso_[std::string(cols[0])] = i;
    country_by_demonym_[FoldEntityText(cols[1])] = i;
    instance_.Renew();
    return absl::OkStatus();
  });
}

const Country* EntityLexicon::CountryByIso(std::string_view iso2) const {
  auto it = country_by_iso_.find(AbslView(iso2));
  return it == country_by_iso_.end() ? nullptr : &countries_[it->second];
}

const Country* EntityLexicon::CountryByDemonym(std::string_view folded) const {
  auto it = country_by_demonym_.find(AbslView(folded));
  return it == country_by_demonym_.end() ? nullptr : &countries_[it->second];
}

uint32_t EntityLexicon::WordClass(std::string_view folded) const {
  auto it = words_.find(AbslView(folded));
  return it == words_.end() ? 0 : it->second;
}

const std::vector<uint32_t>* EntityLexicon::RolesStartingWith(std::string_view folded) const {
  auto it = roles_by_first_.find(AbslView(folded));
  return it == roles_by_first_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EntityLexicon::HanRolesStartingWith(
    std::string_view code_point) const {
  auto it = han_roles_by_first_.find(AbslView(code_point));
  return it == han_roles_by_first_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EntityLexicon::HanFormsStartingWith(
    std::string_view code_point) const {
  auto it = han_by_first_.find(AbslView(code_point));
  return it == han_by_first_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EntityLexicon::FormsStartingWith(std::string_view folded) const {
  auto it = forms_by_first_.find(AbslView(folded));
  return it == forms_by_first_.end() ? nullptr : &it->second;
}

}  // namespace newsloom
