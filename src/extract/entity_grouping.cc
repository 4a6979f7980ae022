// Grouping candidate mentions into entities and marking sources (entity_context.h).
#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "extract/entity_context.h"
#include "extract/slavic_names.h"

namespace newsloom::entity_internal {
namespace {

constexpr uint32_t kCueWindow = 5;  // tokens around an agency searched for a source cue

struct PersonKey {
  std::vector<std::string> parts;  // SurnameKey of each name word, particles skipped
};

PersonKey KeyOf(const DocContext& ctx, const Candidate& c) {
  PersonKey k;
  if (ctx.tok(c.first).script == Script::kHan) {  // segmentation varies: the whole name
    k.parts.emplace_back(ctx.Text(c.begin, c.end));
    return k;
  }
  for (uint32_t i = c.first; i <= c.last; ++i) {
    if (!ctx.IsWord(i) || ctx.Has(i, kWordParticle)) continue;
    std::string part = SurnameKey(ctx.tok(i));
    if (!part.empty()) k.parts.push_back(std::move(part));
  }
  if (k.parts.empty()) k.parts.push_back(ctx.tok(c.first).latin_key);
  return k;
}

// Two keys name the same person: same surname and, when both have given names, a matching
// given name or initial.
bool SamePerson(const PersonKey& a, const PersonKey& b) {
  if (a.parts.empty() || b.parts.empty()) return false;
  if (!SameSurname(a.parts.back(), b.parts.back())) return false;
  if (a.parts.size() < 2 || b.parts.size() < 2) return true;
  const std::string& ga = a.parts.front();
  const std::string& gb = b.parts.front();
  if (ga.size() == 1 || gb.size() == 1) return !ga.empty() && !gb.empty() && ga[0] == gb[0];
  return SameSurname(ga, gb) || ga == gb;
}

std::string StripPossessive(std::string name) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (name.size() > suffix.size() + 2 &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      name.resize(name.size() - suffix.size());
      return name;
    }
  }
  return name;
}

// Turkish case suffixes after an apostrophe ("Erdoğan'ın" -> "Erdoğan").
std::string StripApostropheSuffix(std::string name) {
  for (std::string_view apo : {"'", "\xE2\x80\x99"}) {
    const size_t p = name.rfind(apo);
    if (p != std::string::npos && p > 0 && name.find(' ', p) == std::string::npos &&
        name.size() - p <= 8) {
      name.resize(p);
      return name;
    }
  }
  return StripPossessive(std::move(name));
}

bool IsPunct(const DocContext& ctx, uint32_t i, std::string_view p) {
  return i < ctx.doc.tokens.size() && ctx.tok(i).lower == p;
}

// An agency mention cited as a source: in parentheses, next to a slash (photo credit), near a
// cue word ("according to", "meldt", "сообщает", "göre"), or in a credit line.
bool SourceMention(const DocContext& ctx, const Candidate& c) {
  const auto n = static_cast<uint32_t>(ctx.doc.tokens.size());
  if (c.first > 0 && (IsPunct(ctx, c.first - 1, "(") || IsPunct(ctx, c.first - 1, "/"))) {
    return true;
  }
  if (IsPunct(ctx, c.last + 1, ")") || IsPunct(ctx, c.last + 1, "/")) return true;
  const uint32_t lo = c.first > kCueWindow ? c.first - kCueWindow : 0;
  const uint32_t hi = std::min(n, c.last + 1 + kCueWindow);
  for (uint32_t k = lo; k < hi; ++k) {
    if (k >= c.first && k <= c.last) continue;
    if (ctx.Has(k, kWordSourceCue | kWordCredit)) return true;
  }
  // The first or last line of the text (dateline, sign-off).
  const std::string_view text = ctx.doc.text;
  return text.find('\n') > c.begin || text.find('\n', c.end) == std::string_view::npos;
}

class Grouper {
 public:
  explicit Grouper(const DocContext& ctx) : ctx_(ctx) {}

  std::vector<NamedEntity> Run(std::vector<Candidate> cands) {
    std::stable_sort(cands.begin(), cands.end(),
                     [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    // Persons: full names first, then single words attach to them.
    std::vector<PersonKey> keys(cands.size());
    for (size_t i = 0; i < cands.size(); ++i) {
      if (cands[i].kind == NamedEntityKind::kPerson) keys[i] = KeyOf(ctx_, cands[i]);
    }
    for (int pass = 0; pass < 3; ++pass) {
      for (size_t i = 0; i < cands.size(); ++i) {
        const Candidate& c = cands[i];
        if (c.kind != NamedEntityKind::kPerson) continue;
        const bool multi = keys[i].parts.size() >= 2;
        if (pass == 0 && multi && c.confirmed) AddPerson(c, keys[i], /*create=*/true);
        if (pass == 1 && multi && !c.confirmed) AddPerson(c, keys[i], /*create=*/false);
        if (pass == 2 && !multi) AddPerson(c, keys[i], /*create=*/c.confirmed);
      }
    }
    un_body_ = UnSecurityCouncil(cands);
    const std::vector<int32_t> long_form = AcronymLinks(cands);
    std::vector<size_t> group_of(cands.size(), 0);
    for (size_t i = 0; i < cands.size(); ++i) {
      const Candidate& c = cands[i];
      if (c.kind != NamedEntityKind::kOrganization) continue;
      const int32_t l = long_form[i];
      group_of[i] = AddOrganization(c, l < 0 ? nullptr : &cands[l], l < 0 ? 0 : group_of[l]);
    }
    return Finish();
  }

 private:
  struct Group {
    NamedEntity entity;
    PersonKey key;
    size_t best_words = 0;
    size_t best_key_len = 0;
    bool all_credit = true;
    bool any_source = false;
    int32_t body = -1;
  };

  void AddPerson(const Candidate& c, const PersonKey& key, bool create) {
    Group* g = nullptr;
    for (Group& cand : groups_) {
      if (cand.entity.kind == NamedEntityKind::kPerson && SamePerson(cand.key, key)) {
        g = &cand;
        break;
      }
    }
    // A lone given name after the full name ("Adil" after "Adil Abdulmehdi").
    for (size_t i = 0; g == nullptr && key.parts.size() == 1 && i < groups_.size(); ++i) {
      const Group& cand = groups_[i];
      if (cand.entity.kind == NamedEntityKind::kPerson && cand.key.parts.size() >= 2 &&
          cand.key.parts.front() == key.parts.front() &&
          cand.entity.mentions.front().begin < c.begin) {
        g = &groups_[i];
      }
    }
    if (g == nullptr) {
      if (!create) return;
      groups_.emplace_back();
      g = &groups_.back();
      g->entity.kind = NamedEntityKind::kPerson;
      g->key = key;
    }
    AddMention(g, c);
    const size_t words = key.parts.size();
    const size_t key_len = key.parts.back().size();
    if (words > g->best_words || (words == g->best_words && key_len < g->best_key_len)) {
      g->best_words = words;
      g->best_key_len = key_len;
      g->key = key;
      g->entity.name = StripApostropheSuffix(std::string(ctx_.Text(c.begin, c.end)));
    }
    g->all_credit = g->all_credit && c.credit;
  }

  // The country of an institution mention: a demonym just before it ("Kyrgyz Interior
  // Ministry"), a place named within a few words, else the article's main country.
  const Country* InstitutionCountry(const Candidate& c) const {
    if (c.first > 0) {
      if (const Country* k = ctx_.lex.CountryByDemonym(ctx_.tok(c.first - 1).lower)) return k;
    }
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    const uint32_t lo = c.first > 3 ? c.first - 3 : 0;
    for (uint32_t k = lo; k < std::min(n, c.last + 4); ++k) {
      if (ctx_.place_of[k] < 0) continue;
      const Country* country = ctx_.lex.CountryByIso(ctx_.geo->places[ctx_.place_of[k]].country);
      if (country != nullptr) return country;
    }
    if (ctx_.geo != nullptr && !ctx_.geo->countries.empty()) {
      return ctx_.lex.CountryByIso(ctx_.geo->countries.front());
    }
    return nullptr;
  }

  std::string InstitutionName(const Candidate& c) const {
    std::string name = ctx_.lex.body(c.body).name;
    const Country* country = InstitutionCountry(c);
    // Hong Kong and Macau have no foreign or defence ministry of their own: China's.
    const bool sovereign = name.find("Foreign Ministry") != std::string::npos ||
                           name.find("Ministry of Defence") != std::string::npos;
    if (sovereign && country != nullptr && (country->iso2 == "HK" || country->iso2 == "MO")) {
      if (const Country* china = ctx_.lex.CountryByIso("CN")) country = china;
    }
    auto replace = [&](std::string_view var, std::string_view with, std::string_view drop) {
      const size_t p = name.find(var);
      if (p == std::string::npos) return;
      if (country != nullptr) {
        name.replace(p, var.size(), with);
      } else {
        const size_t d = name.find(drop);
        if (d != std::string::npos) name.erase(d, drop.size());
      }
    };
    replace("{dem}", country ? country->demonym : "", "{dem} ");
    replace("{country}", country ? country->name : "", " of {country}");
    return name;
  }

  // For each organization candidate that is an acronym in parentheses right after another
  // organization ("Peace and Democracy Party (BDP)", "Sistema de Emergencias Médicas (SEM)"),
  // the index of that long form; -1 elsewhere. Two different known bodies are not linked.
  std::vector<int32_t> AcronymLinks(const std::vector<Candidate>& cands) const {
    std::vector<int32_t> link(cands.size(), -1);
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    for (size_t i = 0; i + 1 < cands.size(); ++i) {
      const Candidate& c = cands[i];
      const Candidate& d = cands[i + 1];
      if (c.kind != NamedEntityKind::kOrganization || d.kind != NamedEntityKind::kOrganization) {
        continue;
      }
      if (d.first != c.last + 2 || d.last != d.first || d.last + 1 >= n) continue;
      if (!IsPunct(ctx_, c.last + 1, "(") || !IsPunct(ctx_, d.last + 1, ")")) continue;
      if (!ctx_.tok(d.first).all_caps || c.last == c.first) continue;
      if (c.body >= 0 && d.body >= 0 && c.body != d.body) continue;
      link[i + 1] = static_cast<int32_t>(i);
    }
    return link;
  }

  // The body of the UN Security Council when the article names it ("UN Security Council",
  // "Совбез ООН"): then a bare "Security Council" is the UN's, not the country's own. -1
  // otherwise.
  int32_t UnSecurityCouncil(const std::vector<Candidate>& cands) const {
    for (const Candidate& c : cands) {
      if (c.kind == NamedEntityKind::kOrganization && c.body >= 0 &&
          ctx_.lex.body(c.body).name == "UN Security Council") {
        return c.body;
      }
    }
    return -1;
  }

  // The key a mention of an organization is grouped under.
  std::string OrgKey(const Candidate& c, std::string* name) const {
    std::string surface = StripApostropheSuffix(std::string(ctx_.Text(c.begin, c.end)));
    const bool institution = c.body >= 0 && ctx_.lex.body(c.body).kind == BodyKind::kInstitution;
    if (institution && un_body_ >= 0 &&
        ctx_.lex.body(c.body).name == "Security Council of {country}") {
      *name = ctx_.lex.body(un_body_).name;
      return "#" + std::to_string(un_body_);
    }
    if (institution) {
      *name = InstitutionName(c);
      return "@" + *name;
    }
    if (c.body >= 0) {
      *name = ctx_.lex.body(c.body).name;
      return "#" + std::to_string(c.body);
    }
    *name = surface;
    return FoldEntityText(surface);
  }

  // Adds organization mention `c` and returns its group. `long_form` (may be null) is the
  // long name an acronym in parentheses stands for, already in group `long_group`: the acronym
  // joins it and later mentions of the acronym follow; a known acronym names a group of an
  // unknown long name.
  size_t AddOrganization(const Candidate& c, const Candidate* long_form, size_t long_group) {
    std::string name;
    const std::string key = OrgKey(c, &name);
    if (long_form != nullptr && org_index_.emplace(key, long_group).second) {
      Group& g = groups_[long_group];
      if (g.body < 0 && c.body >= 0) {
        g.body = c.body;
        g.entity.name = name;
      }
    }
    auto [it, inserted] = org_index_.emplace(key, groups_.size());
    if (inserted) {
      groups_.emplace_back();
      Group& g = groups_.back();
      g.entity.kind = NamedEntityKind::kOrganization;
      g.entity.name = name;
      g.body = c.body;
    }
    Group& g = groups_[it->second];
    AddMention(&g, c);
    if (c.body >= 0 && ctx_.lex.body(c.body).kind == BodyKind::kAgency && SourceMention(ctx_, c)) {
      g.any_source = true;
    }
    return it->second;
  }

  void AddMention(Group* g, const Candidate& c) {
    TextSpan span;
    span.begin = c.begin;
    span.end = c.end;
    span.sentence = SentenceOf(c.first);
    span.surface = std::string(ctx_.Text(c.begin, c.end));
    g->entity.mentions.push_back(std::move(span));
    if (g->entity.role.empty() && !c.role.empty()) g->entity.role = c.role;
  }

  uint32_t SentenceOf(uint32_t token) const {
    const auto& ss = ctx_.doc.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), token,
                               [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    return it == ss.begin() ? 0 : static_cast<uint32_t>(it - ss.begin() - 1);
  }

  std::vector<NamedEntity> Finish() {
    std::vector<NamedEntity> out;
    out.reserve(groups_.size());
    for (Group& g : groups_) {
      if (g.entity.mentions.empty() || g.entity.name.empty()) continue;
      std::sort(g.entity.mentions.begin(), g.entity.mentions.end(),
                [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
      g.entity.source = g.entity.kind == NamedEntityKind::kPerson ? g.all_credit : g.any_source;
      if (g.entity.kind == NamedEntityKind::kPerson && DeclinesPersonNames(ctx_.doc.lang)) {
        NominativeName(ctx_.doc.lang, &g.entity);
      }
      out.push_back(std::move(g.entity));
    }
    std::stable_sort(out.begin(), out.end(), [](const NamedEntity& a, const NamedEntity& b) {
      return a.mentions.front().begin < b.mentions.front().begin;
    });
    return out;
  }

  // A Russian, Ukrainian or Polish name written only in an oblique case gets its nominative
  // ("Олександра Лукашенка" -> "Олександр Лукашенко"); the mentions keep the text.
  static void NominativeName(std::string_view lang, NamedEntity* e) {
    std::vector<std::string> others;
    for (const TextSpan& m : e->mentions) {
      if (m.surface.find(' ') == std::string::npos) others.push_back(m.surface);
    }
    e->name = NominativePersonName(e->name, lang, others);
  }

  const DocContext& ctx_;
  int32_t un_body_ = -1;  // UnSecurityCouncil of the article
  std::vector<Group> groups_;
  absl::flat_hash_map<std::string, size_t> org_index_;
};

}  // namespace

std::vector<NamedEntity> GroupEntities(const DocContext& ctx, std::vector<Candidate> cands) {
  return Grouper(ctx).Run(std::move(cands));
}

}  // namespace newsloom::entity_internal
