#include "extract/entity_context.h"

#include <algorithm>
#include <bitset>

#include "absl/container/flat_hash_map.h"
#include "core/strings.h"
#include "text/form_memo.h"

namespace newsloom::entity_internal {
namespace {

bool AllSpace(std::string_view s) {
  for (char c : s) {
    if (!IsAsciiSpace(c)) return false;
  }
  return true;
}

// Punctuation after which the next word starts a clause ("- Protesters", "“We").
bool OpensClause(std::string_view p) {
  return p == ":" || p == "-" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "\"" ||
         p == "\xC2\xAB" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9E" || p == "(" || p == "'" ||
         p == "\xE2\x80\x98";
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Words of a multi-word form written with a capital ("The Independent") need a capital in the
// text too ("The independent candidate" is no newspaper). Compares word by word.
bool CapitalsAgree(std::string_view form, std::string_view text) {
  size_t f = 0, t = 0;
  bool first = true;
  while (f < form.size() && t < text.size()) {
    while (f < form.size() && form[f] == ' ') ++f;
    while (t < text.size() && IsAsciiSpace(text[t])) ++t;
    if (f >= form.size() || t >= text.size()) break;
    const auto fc = static_cast<unsigned char>(form[f]);
    const auto tc = static_cast<unsigned char>(text[t]);
    if (!first && fc >= 'A' && fc <= 'Z' && tc >= 'a' && tc <= 'z') return false;
    first = false;
    while (f < form.size() && form[f] != ' ') ++f;
    while (t < text.size() && !IsAsciiSpace(text[t])) ++t;
  }
  return true;
}

// Polish declines names ("Biełsatu", "Konfederacji"): case endings a form's last word may take.
bool PolishCaseEnding(std::string_view tail) {
  static const auto* kEndings = new absl::flat_hash_set<std::string_view>{
      "a",   "u",  "e",   "y",   "i",    "em",   "om",  "ie",
      "owi", "ów", "ami", "ach", "Ä", "Ä", "Ä"  // ą, ę
  };
  return kEndings->contains(tail);
}

// A case ending a name's word may take in the text: up to three Cyrillic letters, or a Polish
// case ending.
bool CaseEnding(const DocContext& ctx, const Token& t, std::string_view tail) {
  if (t.script == Script::kCyrillic) return tail.size() <= 6;
  return ctx.doc.lang == "pl" && PolishCaseEnding(tail);
}

// Matches the case-folded phrase `folded` at token i: the tokens' `lower` forms joined by their
// gaps (whitespace as one space). The last token may also match on its stem, or carry a short
// inflection ending (Cyrillic, <= 3 letters) or an apostrophe suffix ("Reuters'a") when
// `inflect`. The first `skip` bytes of token i are ignored (an elided article, "l'"). Returns
// the end token (exclusive), or 0.
uint32_t MatchFolded(const DocContext& ctx, uint32_t i, std::string_view folded, bool inflect,
                     size_t skip = 0) {
  const auto& toks = ctx.doc.tokens;
  size_t pos = 0;
  for (uint32_t j = i; j < toks.size(); ++j) {
    const Token& t = toks[j];
    const std::string_view lower = std::string_view(t.lower).substr(j == i ? skip : 0);
    const std::string_view stem = j == i && skip > 0 ? lower : std::string_view(t.stem);
    const std::string_view rest = folded.substr(pos);
    if (rest.size() <= lower.size() || rest == stem) {
      if (rest == lower || rest == stem) return j + 1;
      if (!inflect || rest.size() < 3 || lower.compare(0, rest.size(), rest) != 0) return 0;
      const std::string_view tail = lower.substr(rest.size());
      if (tail[0] == '\'' || tail.substr(0, 3) == "\xE2\x80\x99") return j + 1;
      return rest.size() >= 4 && CaseEnding(ctx, t, tail) ? j + 1 : 0;
    }
    if (rest.compare(0, lower.size(), lower) == 0) {
      pos += lower.size();
    } else {
      // The first word of a longer name with a case ending: "Корпусу стражей ...".
      const std::string_view word = rest.substr(0, rest.find(' '));
      if (!inflect || j != i || word.size() < 6 || word.size() >= rest.size() ||
          lower.size() <= word.size() || lower.compare(0, word.size(), word) != 0 ||
          !CaseEnding(ctx, t, lower.substr(word.size()))) {
        return 0;
      }
      pos += word.size();
    }
    if (j + 1 >= toks.size()) return 0;
    const std::string_view gap = ctx.Gap(j);
    if (gap.find('\n') != std::string_view::npos) return 0;
    const std::string_view want = AllSpace(gap) && !gap.empty() ? " " : gap;
    if (folded.compare(pos, want.size(), want) != 0) return 0;
    pos += want.size();
  }
  return 0;
}

// Bytes of an elided article or preposition at the start of token i, apostrophe included
// ("l'AFP", "dell'ONU", "d'Amnesty"), when a capital follows it; else 0. Romance languages
// only (Turkish puts the apostrophe before a suffix instead).
size_t ElisionPrefix(const DocContext& ctx, uint32_t i) {
  const std::string_view lang = ctx.doc.lang;
  if (lang != "fr" && lang != "it" && lang != "ca") return 0;
  const Token& t = ctx.tok(i);
  const std::string_view surface = ctx.Text(t.begin, t.end);
  for (std::string_view apo : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
    const size_t at = surface.find(apo);
    if (at == std::string_view::npos || at == 0 || at > 6) continue;
    static const auto* kElided = new absl::flat_hash_set<std::string_view>{
        "l",     "d",    "j",    "m",    "n",    "s",   "t",    "c",  "qu",    "lorsqu", "puisqu",
        "jusqu", "dell", "dall", "nell", "sull", "all", "coll", "un", "quell", "dell",   "sant"};
    if (!kElided->contains(surface.substr(0, at))) continue;
    const size_t skip = at + apo.size();
    if (skip >= surface.size()) return 0;
    const unsigned char next = static_cast<unsigned char>(surface[skip]);
    if (next >= 'a' && next <= 'z') return 0;
    return skip;
  }
  return 0;
}

bool HasUpper(std::string_view surface, std::string_view folded) { return surface != folded; }

// Where the first piece of a word ends: its first '.', '-', apostrophe or '/' (npos when none).
// A plain loop: find_first_of calls memchr once per byte of the word.
size_t PieceEnd(std::string_view word) {
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    if (c == '.' || c == '-' || c == '\'' || c == '/') return k;
  }
  return std::string_view::npos;
}

// The body forms whose first piece is the first piece of `lower`, when it has several.
const std::vector<uint32_t>* PieceForms(const EntityLexicon& lex, std::string_view lower) {
  const size_t cut = PieceEnd(lower);
  return cut != std::string_view::npos && cut > 0 ? lex.FormsStartingWith(lower.substr(0, cut))
                                                  : nullptr;
}

// An all-capitals form of 4-6 letters written as a word ("Cgil", "Isna", "Nato"), as French
// and Italian papers spell acronyms; not when the token is a place or a given name ("Sana").
bool TitleCaseAcronym(const DocContext& ctx, uint32_t i, std::string_view form,
                      std::string_view text) {
  if (form.size() < 4 || text.size() != form.size() || text[0] != form[0]) return false;
  if (ctx.place[i] || ctx.Has(i, kWordGivenName)) return false;
  for (size_t k = 1; k < form.size(); ++k) {
    if (form[k] < 'A' || form[k] > 'Z' || text[k] != form[k] - 'A' + 'a') return false;
  }
  return true;
}

// Arabic clitics before the article: "و/ب/ف/ك" + "ال..." ("والحزب"), and "ل" + "ال" written
// "لل" ("للحزب"). Sets the bytes to skip in the token and in a form starting with "ال", and the
// key the form is indexed under; false when the token has no such prefix.
bool ArabicClitic(const Token& t, size_t* token_skip, size_t* form_skip, std::string* key) {
  static constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
  static constexpr std::string_view kLam = "\xD9\x84";         // ل
  const std::string_view lower = t.lower;
  if (t.script != Script::kArabic || lower.size() < 8) return false;
  const std::string_view first = lower.substr(0, 2);
  if ((first == "\xD9\x88" || first == "\xD8\xA8" || first == "\xD9\x81" || first == "\xD9\x83") &&
      lower.substr(2, 4) == kAl) {  // و ب ف ك
    *token_skip = 2;
    *form_skip = 0;
    *key = std::string(lower.substr(2));
  } else if (first == kLam && lower.substr(2, 2) == kLam) {
    *token_skip = 2;
    *form_skip = 2;
    *key = "\xD8\xA7" + std::string(lower.substr(2));
  } else {
    return false;
  }
  const size_t cut = PieceEnd(*key);
  if (cut != std::string::npos) key->resize(cut);
  return true;
}

// Forms of the lexicon that start at token i, longest first; *best_skip is the prefix of the
// token the match starts after: an elided article ("l'", see ElisionPrefix) or an Arabic
// clitic. A capitalised token of Polish or a Cyrillic language may carry a case ending the form
// has not ("Biełsatu", "Хамасу"): up to three letters are cut off to find the form.
void BodyMatchesAt(const DocContext& ctx, uint32_t i, uint32_t* best_end, int32_t* best_form,
                   size_t* best_skip) {
  const Token& t = ctx.tok(i);
  const EntityLexicon& lex = ctx.lex;
  size_t skip = 0;        // bytes of the surface text before the match
  size_t lower_skip = 0;  // the same prefix in t.lower
  size_t form_skip = 0;   // bytes of the form not written in the text (Arabic "لل")
  bool capital = t.capitalized || t.all_caps;
  auto try_list = [&](const std::vector<uint32_t>* list) {
    if (list == nullptr) return;
    for (uint32_t f : *list) {
      const BodyForm& form = lex.form(f);
      if (HasUpper(form.surface, form.folded) && !capital) continue;
      if (form_skip > form.folded.size()) continue;
      const uint32_t end = MatchFolded(ctx, i, std::string_view(form.folded).substr(form_skip),
                                       /*inflect=*/!form.exact_case, lower_skip);
      if (end == 0 || end <= *best_end) continue;
      const std::string_view text = ctx.Text(t.begin + skip, ctx.tok(end - 1).end);
      if (form.exact_case && text != form.surface &&
          !(end == i + 1 && TitleCaseAcronym(ctx, i, form.surface, text))) {
        continue;
      }
      if (end > i + 1 && !CapitalsAgree(form.surface, text)) continue;
      *best_end = end;
      *best_form = static_cast<int32_t>(f);
      *best_skip = skip;
    }
  };
  try_list(ctx.lower_forms[i]);
  try_list(ctx.piece_forms[i]);
  if (*best_form < 0 && capital && !t.all_caps &&
      (ctx.doc.lang == "pl" || t.script == Script::kCyrillic)) {
    std::string_view stem = t.lower;
    for (int cut = 0; cut < 3 && *best_form < 0; ++cut) {
      while (!stem.empty() && (static_cast<unsigned char>(stem.back()) & 0xC0) == 0x80) {
        stem.remove_suffix(1);
      }
      if (!stem.empty()) stem.remove_suffix(1);
      if (CodePoints(stem) < 4) break;  // "Второй" is no "ВТО"
      try_list(lex.FormsStartingWith(stem));
    }
  }
  std::string key;
  if (*best_form < 0 && ArabicClitic(t, &lower_skip, &form_skip, &key)) {
    skip = lower_skip;
    try_list(lex.FormsStartingWith(key));
    return;
  }
  skip = ElisionPrefix(ctx, i);
  if (skip == 0) return;
  size_t apo = t.lower.find('\'');
  const size_t curly = t.lower.find("\xE2\x80\x99");
  if (curly < apo) apo = curly;
  if (apo == std::string::npos || apo > 6) return;
  lower_skip = apo + (t.lower[apo] == '\'' ? 1 : 3);
  if (lower_skip >= t.lower.size()) return;
  capital = true;  // ElisionPrefix checked that a capital follows the apostrophe
  const std::string_view rest = std::string_view(t.lower).substr(lower_skip);
  const WordInfo* info = lex.Lookup(rest);
  try_list(info ? lex.List(info->forms) : nullptr);
  try_list(PieceForms(lex, rest));
}

// An organization match followed by more of a longer name ("Supreme Court of Spain",
// "OSCE Office for ...") or preceded by a qualifier ("Kyrgyz Supreme Court") is left to the
// capitalised chains.
bool PartOfLongerName(const DocContext& ctx, uint32_t first, uint32_t end) {
  const auto n = static_cast<uint32_t>(ctx.doc.tokens.size());
  if (end < n && AllSpace(ctx.Gap(end - 1)) && ctx.IsCapWord(end) && ctx.Has(end, kWordOrgHead)) {
    return true;
  }
  // Not into a date, as the chains do not go there either: "Amnesty International on Monday".
  if (end + 1 < n && AllSpace(ctx.Gap(end - 1)) && ctx.Has(end, kWordConnector) &&
      !ctx.tok(end).capitalized && ctx.IsCapWord(end + 1) && !ctx.place[end + 1] &&
      !ctx.Has(end + 1, kWordMonth | kWordWeekday)) {
    return end - first >= 2;  // multi-word names only: "UN of ..." is not a name
  }
  return false;
}

// Han forms, leftmost-longest: one hash lookup per three-byte character of the text.
void FindHanBodies(DocContext* ctx, std::vector<Candidate>* out) {
  const auto& toks = ctx->doc.tokens;
  const EntityLexicon& lex = ctx->lex;
  if (lex.han_forms().empty()) return;
  const std::string_view text = ctx->doc.text;
  for (size_t pos = 0; pos + 3 <= text.size();) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0xE0 || lead > 0xEF) {
      ++pos;
      continue;
    }
    const std::vector<uint32_t>* list = lex.HanFormsStartingWith(text.substr(pos, 3));
    size_t len = 0;
    int32_t body = -1;
    for (size_t li = 0; list != nullptr && li < list->size(); ++li) {
      const BodyForm& form = lex.form((*list)[li]);
      if (text.compare(pos, form.folded.size(), form.folded) == 0) {
        len = form.folded.size();
        body = static_cast<int32_t>(form.body);
        break;
      }
    }
    if (body < 0) {
      pos += 3;
      continue;
    }
    auto it = std::lower_bound(toks.begin(), toks.end(), static_cast<uint32_t>(pos),
                               [](const Token& t, uint32_t b) { return t.end <= b; });
    if (it == toks.end()) break;
    const auto first = static_cast<uint32_t>(it - toks.begin());
    uint32_t last = first;
    while (last + 1 < toks.size() && toks[last + 1].begin < pos + len) ++last;
    bool overlap = false;
    for (uint32_t k = first; k <= last; ++k) overlap = overlap || ctx->taken[k];
    if (!overlap) {
      Candidate c;
      c.kind = NamedEntityKind::kOrganization;
      c.first = first;
      c.last = last;
      c.begin = static_cast<uint32_t>(pos);
      c.end = static_cast<uint32_t>(pos + len);
      c.body = body;
      for (uint32_t k = first; k <= last; ++k) ctx->taken[k] = 1;
      out->push_back(std::move(c));
    }
    pos += len;
  }
}

// A capitalised word right before a known body that qualifies it ("Kyrgyz Supreme Court",
// "Spanish Supreme Court"): the chain decides. German capitalises every noun, so there only
// an adjective ("Kirgisische", "Oberste") qualifies; a noun before a name is apposition
// ("Militärpolizei Koninklijke Marechaussee").
bool QualifiedByWordBefore(const DocContext& ctx, uint32_t i, uint32_t end) {
  if (i == 0 || end - i < 2 || !ctx.IsCapWord(i - 1) || ctx.initial[i - 1]) return false;
  if (ctx.Has(i - 1, kWordStop | kWordNationality) || ctx.place[i - 1]) return false;
  if (!AllSpace(ctx.Gap(i - 1))) return false;
  if (!ctx.nouns_capitalised) return true;
  const std::string& prev = ctx.tok(i - 1).lower;
  for (std::string_view e : {"e", "en", "er", "es", "em"}) {
    if (prev.size() > e.size() + 2 && prev.compare(prev.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

// A one-word match that is rather a common word or part of a longer name: a sentence-initial
// word also written in lower case ("Podemos hablar", "Shell fragments"), a surname after a
// given name ("Nikola Tesla"), or the complement of a capitalised organization head ("Ministry
// of Labour", "Ministerio de Trabajo").
bool CommonWordOrSurname(const DocContext& ctx, uint32_t i, uint32_t end) {
  if (end != i + 1 || !ctx.IsWord(i)) return false;
  const Token& t = ctx.tok(i);
  if (t.all_caps || !t.capitalized) return false;
  if (ctx.initial[i] && ctx.LowerSeen(i)) return true;
  if (i > 0 && ctx.IsCapWord(i - 1) && ctx.Has(i - 1, kWordGivenName) && AllSpace(ctx.Gap(i - 1))) {
    return true;
  }
  return i > 1 && ctx.IsWord(i - 1) && !ctx.tok(i - 1).capitalized &&
         ctx.Has(i - 1, kWordConnector) && ctx.IsCapWord(i - 2) && ctx.Has(i - 2, kWordOrgHead);
}

// What BuildContext derives from a word alone: a function of its annotation and the lexicon,
// memoized per thread by form id (text/form_memo.h). The lists are copied out of the lexicon's
// entries so that later passes read them from the context, not from the lexicon's memory.
struct WordFacts {
  const std::vector<uint32_t>* lower_roles = nullptr;  // role lists of the lexicon's entry of
  const std::vector<uint32_t>* stem_roles = nullptr;   // the lower form and of the stem
  const std::vector<uint32_t>* lower_forms = nullptr;  // body forms of the lower form's entry
  const std::vector<uint32_t>* piece_forms = nullptr;  // PieceForms of the lower form
  uint32_t cls = 0;                                    // EntityWordClass bits
  // FindLowerSeen's view of the word: whether it asks (a capitalised word of a cased script)
  // or may answer (a lower-case one), and its filter bit (FilterBit of the lower form).
  uint8_t case_role = 0;  // kCaseNone, kCaseAsks or kCaseWrites
  uint16_t lower_bit = 0;
};
constexpr uint8_t kCaseNone = 0, kCaseAsks = 1, kCaseWrites = 2;

using WordMemo = text_analysis::FormMemo<WordFacts>;

WordMemo& WordMemoFor(const EntityLexicon& lex) {
  thread_local uint64_t lexicon = 0;
  thread_local WordMemo memo;
  if (lexicon != lex.instance_id()) {
    memo.Reset();
    lexicon = lex.instance_id();
  }
  return memo;
}

// A word's bit in FindLowerSeen's filter: from its length and first and last bytes (no hash).
uint16_t FilterBit(std::string_view w) {
  return static_cast<uint16_t>(
      (static_cast<uint32_t>(w.size()) * 37u ^ static_cast<unsigned char>(w.front()) ^
       (static_cast<uint32_t>(static_cast<unsigned char>(w.back())) << 2)) &
      1023u);
}

// The word's part in FindLowerSeen (WordFacts::case_role and lower_bit) of a word token.
void CaseFactsOf(const Token& t, WordFacts* f) {
  if (t.lower.empty() || !IsCasedScript(t.script)) return;
  f->case_role = t.capitalized || t.all_caps ? kCaseAsks : kCaseWrites;
  f->lower_bit = FilterBit(t.lower);
}

// Fills the LowerSeen data from the words' case roles and filter bits per token (from their
// WordFacts, collected by BuildContext): the lower forms of the words that ask (few per
// text), then which of them some lower-case word writes. Only lower-case words whose bit some
// asking word shares are hashed, and no other token is read again.
void FindLowerSeen(DocContext* ctx, const std::vector<uint16_t>& bits,
                   const std::vector<uint8_t>& roles) {
  const auto& toks = ctx->doc.tokens;
  absl::flat_hash_map<absl::string_view, int32_t> asking;
  std::bitset<1024> filter;
  ctx->asking.assign(toks.size(), -1);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (roles[i] != kCaseAsks) continue;
    auto [it, fresh] =
        asking.try_emplace(AbslView(toks[i].lower), static_cast<int32_t>(asking.size()));
    if (fresh) filter.set(bits[i]);
    ctx->asking[i] = it->second;
  }
  ctx->written.assign(asking.size(), 0);
  if (asking.empty()) return;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (roles[i] != kCaseWrites || !filter.test(bits[i])) continue;
    auto it = asking.find(AbslView(toks[i].lower));
    if (it != asking.end()) ctx->written[it->second] = 1;
  }
}

WordFacts FactsOf(const DocContext& ctx, const Token& t) {
  WordFacts f;
  std::string_view lower = t.lower;
  const size_t apo = lower.find('\'');
  if (apo != std::string_view::npos && apo > 0 && ctx.doc.lang == "tr") {
    lower = lower.substr(0, apo);
  }
  const WordInfo* info = ctx.lex.Lookup(t.lower);
  if (info != nullptr) {
    f.lower_roles = ctx.lex.List(info->roles);
    f.lower_forms = ctx.lex.List(info->forms);
  }
  f.piece_forms = PieceForms(ctx.lex, t.lower);
  f.cls = lower.size() == t.lower.size() ? (info ? info->cls : 0) : ctx.lex.WordClass(lower);
  if (t.stem != t.lower) {
    const WordInfo* stem = ctx.lex.Lookup(t.stem);
    if (stem != nullptr) {
      // An Arabic stem loses suffixes that make another word of a role word ("محافظة",
      // "المحافظات": governorate(s), not governor): there a role needs a stem that only lost
      // prefixes (clitics and the article: "للرئيس", "والوزير").
      const bool suffixes_kept =
          t.script != Script::kArabic || std::string_view(t.lower).ends_with(t.stem);
      if (suffixes_kept) f.stem_roles = ctx.lex.List(stem->roles);
      f.cls |= stem->cls & (kWordOrgHead | kWordNationality);
    }
  }
  CaseFactsOf(t, &f);
  return f;
}

}  // namespace

bool DocContext::LowerSeen(uint32_t i) const {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord || !IsCasedScript(t.script)) return false;
  if (!t.capitalized && !t.all_caps) return true;  // itself
  return asking[i] >= 0 && written[asking[i]];
}

std::string_view DocContext::Gap(uint32_t i) const {
  const uint32_t b = doc.tokens[i].end;
  const uint32_t e = i + 1 < doc.tokens.size() ? doc.tokens[i + 1].begin : doc.text.size();
  return std::string_view(doc.text).substr(b, e - b);
}

void BuildContext(const Geotag* geo, DocContext* ctx) {
  const auto& toks = ctx->doc.tokens;
  const size_t n = toks.size();
  ctx->cls.assign(n, 0);
  ctx->place.assign(n, 0);
  ctx->initial.assign(n, 0);
  ctx->taken.assign(n, 0);
  ctx->role_end.assign(n, -1);
  ctx->place_of.assign(n, -1);
  ctx->lower_roles.assign(n, nullptr);
  ctx->stem_roles.assign(n, nullptr);
  ctx->lower_forms.assign(n, nullptr);
  ctx->piece_forms.assign(n, nullptr);
  ctx->geo = geo;
  ctx->nouns_capitalised = ctx->doc.lang == "de" || ctx->doc.lang == "lb";
  WordMemo& memo = WordMemoFor(ctx->lex);
  thread_local std::vector<uint16_t> lower_bits;  // FindLowerSeen's data per token
  thread_local std::vector<uint8_t> case_roles;
  lower_bits.assign(n, 0);
  case_roles.assign(n, kCaseNone);
  constexpr size_t kAhead = 8;  // tokens whose memo slots are prefetched
  for (size_t i = 0; i < std::min(n, kAhead); ++i) memo.Prefetch(toks[i].form_id);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) memo.Prefetch(toks[i + kAhead].form_id);
    const Token& t = toks[i];
    if (t.kind == TokenKind::kNumber) {  // "G20"
      const WordInfo* info = ctx->lex.Lookup(t.lower);
      if (info != nullptr) ctx->lower_forms[i] = ctx->lex.List(info->forms);
      ctx->piece_forms[i] = PieceForms(ctx->lex, t.lower);
    }
    if (t.kind != TokenKind::kWord) continue;
    const WordFacts* facts = memo.Find(t.form_id);
    WordFacts computed;
    if (facts == nullptr) {
      computed = FactsOf(*ctx, t);
      facts = t.form_id != 0 ? &memo.Insert(t.form_id, computed) : &computed;
    }
    ctx->lower_roles[i] = facts->lower_roles;
    ctx->stem_roles[i] = facts->stem_roles;
    ctx->lower_forms[i] = facts->lower_forms;
    ctx->cls[i] = facts->cls;
    ctx->piece_forms[i] = facts->piece_forms;
    case_roles[i] = facts->case_role;
    lower_bits[i] = facts->lower_bit;
  }
  FindLowerSeen(ctx, lower_bits, case_roles);
  if (geo != nullptr) {
    for (size_t pi = 0; pi < geo->places.size(); ++pi) {
      const TaggedPlace& p = geo->places[pi];
      for (const PlaceMention& m : p.mentions) {
        auto it = std::lower_bound(toks.begin(), toks.end(), m.begin,
                                   [](const Token& t, uint32_t b) { return t.end <= b; });
        for (; it != toks.end() && it->begin < m.end; ++it) {
          ctx->place[it - toks.begin()] = p.kind == TaggedPlace::kCountry ? 2 : 1;
          ctx->place_of[it - toks.begin()] = static_cast<int32_t>(pi);
        }
      }
    }
  }
  // A given name that is also a town, before a capitalised word, starts a name ("Jarosław
  // Kaczyński", "Horst Seehofer").
  for (size_t i = 0; i + 1 < n; ++i) {
    if (ctx->place[i] == 1 && (ctx->cls[i] & kWordGivenName) && toks[i].capitalized &&
        toks[i + 1].capitalized && !ctx->place[i + 1] &&
        ctx->Gap(static_cast<uint32_t>(i)) == " " &&
        !(ctx->cls[i + 1] & (kWordStop | kWordOrgHead | kWordFacility | kWordGeneric))) {
      ctx->place[i] = 0;
    }
  }
  // A place after a name particle that follows a name is part of it ("Iturriaga del Campo").
  for (size_t i = 2; i < n; ++i) {
    if (ctx->place[i] == 1 && (ctx->cls[i - 1] & kWordParticle) && !toks[i - 1].capitalized &&
        toks[i - 2].capitalized && !ctx->place[i - 2] &&
        !(ctx->cls[i - 2] & (kWordStop | kWordOrgHead | kWordFacility | kWordGeneric))) {
      ctx->place[i] = 0;
    }
  }
  // A two-word place that is a given name and a surname is a person ("Pedro Sánchez" is also a
  // village in Argentina), unless it is the article's main location ("Victoria Falls").
  for (size_t i = 0; i + 1 < n; ++i) {
    if (ctx->place[i] != 1 || ctx->place[i + 1] != 1 || ctx->place_of[i] != ctx->place_of[i + 1] ||
        !(ctx->cls[i] & kWordGivenName) || !toks[i].capitalized || !toks[i + 1].capitalized ||
        ctx->Gap(static_cast<uint32_t>(i)) != " " ||
        (ctx->cls[i + 1] & (kWordStop | kWordOrgHead | kWordFacility | kWordGeneric))) {
      continue;
    }
    const bool two_words =
        i + 2 >= n || ctx->place_of[i + 2] != ctx->place_of[i] || ctx->place[i + 2] == 0;
    const bool main = geo->main && static_cast<int32_t>(*geo->main) == ctx->place_of[i];
    if (two_words && !main &&
        (i == 0 || ctx->place_of[i - 1] != ctx->place_of[i] || ctx->place[i - 1] == 0)) {
      ctx->place[i] = ctx->place[i + 1] = 0;
    }
  }
  // A place name right after a given name is a surname ("Pedro Sánchez", "Stephen Lo").
  for (size_t i = 1; i < n; ++i) {
    if (ctx->place[i] == 1 && ctx->place[i - 1] == 0 && (ctx->cls[i - 1] & kWordGivenName) &&
        toks[i - 1].capitalized && ctx->Gap(static_cast<uint32_t>(i - 1)) == " ") {
      ctx->place[i] = 0;
    }
  }
  for (const Sentence& s : ctx->doc.sentences) {
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < n; ++i) {
      if (toks[i].kind == TokenKind::kWord) {
        ctx->initial[i] = 1;
        break;
      }
    }
  }
  for (size_t i = 1; i < n; ++i) {
    if (toks[i].kind != TokenKind::kWord) continue;
    const std::string_view gap = ctx->Gap(static_cast<uint32_t>(i - 1));
    if (gap.find('\n') != std::string_view::npos) ctx->initial[i] = 1;
    if (toks[i - 1].kind == TokenKind::kPunct && OpensClause(toks[i - 1].lower)) {
      ctx->initial[i] = 1;
    }
  }
}

void FindRoles(DocContext* ctx) {
  const auto& toks = ctx->doc.tokens;
  const EntityLexicon& lex = ctx->lex;
  // Longest entry of the wanted kind at token i; returns end (0 if none) and the entry.
  const std::string& lang = ctx->doc.lang;
  auto native = [&](const RoleEntry& e) { return e.lang == lang || e.lang == "*"; };
  // Longest first; of equally long matches, one listed for the document's language.
  auto match_at = [&](uint32_t i, bool modifier, uint32_t* entry) -> uint32_t {
    if (i >= toks.size() || toks[i].kind != TokenKind::kWord) return 0;
    uint32_t best = 0;
    for (const std::vector<uint32_t>* list : {ctx->lower_roles[i], ctx->stem_roles[i]}) {
      if (list == nullptr) continue;
      const bool stems = list == ctx->stem_roles[i] && list != ctx->lower_roles[i];
      for (uint32_t r : *list) {
        const RoleEntry& e = lex.role(r);
        if (e.modifier != modifier) continue;
        // A stem is the document language's: it finds that language's titles only (the
        // Turkish stem of "Madamin" is no English "madam").
        if (stems && !native(e) && lang != "und" && !lang.empty()) continue;
        const uint32_t end = MatchFolded(*ctx, i, e.phrase, /*inflect=*/false);
        if (end > best || (end == best && end > 0 && native(e) && !native(lex.role(*entry)))) {
          best = end;
          *entry = r;
        }
      }
    }
    return best;
  };
  // Only a known language makes a title foreign.
  auto foreign = [&](const RoleEntry& e) { return lang != "und" && !lang.empty() && !native(e); };
  // Compounds of the Germanic languages: "Bundesinnenminister", "Kremlchef", "oppositieleider".
  const bool compounds = ctx->nouns_capitalised || ctx->doc.lang == "nl" || ctx->doc.lang == "nb" ||
                         ctx->doc.lang == "da" || ctx->doc.lang == "sv";
  static constexpr std::string_view kRoleTails[] = {
      "minister", "ministerin", "präsident", "präsidentin",  "sprecher",     "sprecherin", "chef",
      "chefin",   "kanzler",    "kanzlerin", "woordvoerder", "leider",       "talsperson", "leder",
      "ledare",   "president",  "premier",   "burgemeester", "bürgermeister"};
  auto compound_role = [&](uint32_t i, uint32_t* entry) -> bool {
    const std::string& lower = toks[i].lower;
    for (std::string_view tail : kRoleTails) {
      if (lower.size() < tail.size() + 3 ||
          lower.compare(lower.size() - tail.size(), tail.size(), tail) != 0) {
        continue;
      }
      const std::vector<uint32_t>* list = lex.RolesStartingWith(tail);
      if (list == nullptr) continue;
      for (uint32_t r : *list) {
        if (!lex.role(r).modifier && lex.role(r).phrase == tail) {
          *entry = r;
          return true;
        }
      }
    }
    return false;
  };
  for (uint32_t i = 0; i < toks.size(); ++i) {
    uint32_t j = i, mod_entry = 0, title_entry = 0;
    // The title match at i, when computed already (compounds need it first).
    uint32_t title_at_i = 0;
    bool title_known = false;
    if (compounds && toks[i].kind == TokenKind::kWord) {
      title_at_i = match_at(i, false, &title_entry);
      title_known = true;
    }
    if (title_known && title_at_i == 0 && compound_role(i, &title_entry)) {
      RoleSpan span{i, i + 1, lex.role(title_entry).role, foreign(lex.role(title_entry))};
      if (span.role == "-") span.role.clear();
      ctx->role_end[i] = static_cast<int32_t>(ctx->roles.size());
      ctx->roles.push_back(std::move(span));
      continue;
    }
    bool has_mod = false;
    if (const uint32_t m = match_at(i, /*modifier=*/true, &mod_entry)) {
      j = m;
      has_mod = true;
      if (j < toks.size() && toks[j].kind == TokenKind::kPunct && toks[j].lower == "-") ++j;
    }
    const uint32_t end =
        j == i && title_known ? title_at_i : match_at(j, /*modifier=*/false, &title_entry);
    if (end == 0) continue;
    const uint32_t begin = has_mod ? i : j;
    RoleSpan span{begin, end, lex.role(title_entry).role, foreign(lex.role(title_entry))};
    if (span.role == "-") span.role.clear();
    if (has_mod && lex.role(mod_entry).role != "-" && !span.role.empty()) {
      span.role = lex.role(mod_entry).role + " " + span.role;
    }
    ctx->role_end[begin] = static_cast<int32_t>(ctx->roles.size());
    ctx->roles.push_back(std::move(span));
    i = end - 1;
  }
}

void FindBodies(DocContext* ctx, std::vector<Candidate>* out) {
  const auto& toks = ctx->doc.tokens;
  const EntityLexicon& lex = ctx->lex;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind == TokenKind::kPunct || toks[i].kind == TokenKind::kSymbol) continue;
    uint32_t end = 0;
    int32_t form = -1;
    size_t skip = 0;
    BodyMatchesAt(*ctx, i, &end, &form, &skip);
    if (form < 0) continue;
    const Body& body = lex.body(lex.form(form).body);
    const bool named = body.kind != BodyKind::kAgency;
    if (named && PartOfLongerName(*ctx, i, end)) continue;
    if (named && QualifiedByWordBefore(*ctx, i, end)) continue;
    if (CommonWordOrSurname(*ctx, i, end)) continue;
    Candidate c;
    c.kind = NamedEntityKind::kOrganization;
    c.first = i;
    c.last = end - 1;
    c.begin = toks[i].begin + static_cast<uint32_t>(skip);
    c.end = toks[end - 1].end;
    c.body = static_cast<int32_t>(lex.form(form).body);
    for (uint32_t k = i; k < end; ++k) ctx->taken[k] = 1;
    out->push_back(std::move(c));
    i = end - 1;
  }
  FindHanBodies(ctx, out);
}

std::string SurnameKey(const Token& t) {
  std::string key = t.latin_key;
  size_t apo = t.lower.find('\'');
  if (apo == std::string::npos) apo = t.lower.find("\xE2\x80\x99");
  if (apo != std::string::npos && apo > 0) {
    size_t letters = 0;
    for (size_t i = 0; i < apo; ++i)
      letters += (static_cast<unsigned char>(t.lower[i]) & 0xC0) != 0x80;
    if (letters < key.size()) key.resize(letters);
  }
  return key;
}

bool SameSurname(std::string_view a, std::string_view b) {
  if (a == b) return !a.empty();
  const size_t lo = std::min(a.size(), b.size()), hi = std::max(a.size(), b.size());
  if (lo < 4) return false;
  size_t cp = 0;
  while (cp < lo && a[cp] == b[cp]) ++cp;
  return cp + 1 >= lo && hi - cp <= 3 && cp >= 4;
}

}  // namespace newsloom::entity_internal
