// Capitalised chains and acronyms in cased scripts (entity_context.h).
#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/strings.h"
#include "extract/entity_context.h"

namespace newsloom::entity_internal {
namespace {

constexpr uint32_t kMaxChainTokens = 16;
constexpr size_t kMaxPersonWords = 4;
constexpr uint32_t kNotName =
    kWordStop | kWordNationality | kWordGeneric | kWordMonth | kWordWeekday;

// Endings of surnames in many languages; evidence for a person where nouns are capitalised.
constexpr std::string_view kSurnameEndings[] = {
    "ov",   "ev",   "ova",  "eva",   "in",   "ina",  "ow",   "ew",   "ko",   "enko",
    "uk",   "chuk", "ski",  "sky",   "skiy", "ska",  "yan",  "ian",  "dze",  "shvili",
    "oglu", "oğlu", "bek",  "bayev", "baev", "uly",  "kyzy", "ić",   "ic",   "vić",
    "son",  "ez",   "mann", "ini",   "elli", "etti", "aka",  "ayev", "iyev", "yev"};

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() + 1 && s.substr(s.size() - suf.size()) == suf;
}

bool LooksLikeSurname(const Token& t) {
  if (t.latin_key.empty()) return false;
  const char last = t.latin_key.back();
  for (std::string_view e : kSurnameEndings) {
    if (e.back() == last && EndsWith(t.latin_key, e)) return true;  // most differ at the end
  }
  return false;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// "Национальной", "Центральная": adjectives that start organization names, not surnames.
bool CyrillicAdjective(std::string_view lower) {
  static constexpr std::string_view kEndings[] = {"ной",  "ный",  "ная", "ное",   "ные", "ных",
                                                  "ного", "ному", "ним", "нього", "ній"};
  for (std::string_view e : kEndings) {
    if (lower.size() > e.size() + 4 && lower.substr(lower.size() - e.size()) == e) return true;
  }
  return false;
}

// A word of a hyphenated place adjective ("губернатора Иссык-Кульской области", "Ивано-
// Франковской"): the compound's last word ends like an adjective in -ской, -ская, -ська...
bool InHyphenatedPlaceAdjective(const DocContext& ctx, uint32_t k) {
  static constexpr std::string_view kEndings[] = {"ской",  "ская", "ское", "ских",
                                                  "ского", "ском", "ська", "ської"};
  const auto n = static_cast<uint32_t>(ctx.doc.tokens.size());
  // The word after word i across a hyphen (a token of its own, or the bytes between); 0 if none.
  auto across_hyphen = [&](uint32_t i) -> uint32_t {
    if (i + 1 < n && ctx.Gap(i) == "-") return i + 1;
    if (i + 2 < n && ctx.tok(i + 1).lower == "-" && ctx.Gap(i).empty() && ctx.Gap(i + 1).empty()) {
      return i + 2;
    }
    return 0;
  };
  bool joined = k > 0 && across_hyphen(k - 1) == k;
  if (k > 1 && across_hyphen(k - 2) == k) joined = true;
  uint32_t last = k;
  for (uint32_t next = across_hyphen(last); next != 0; next = across_hyphen(last)) {
    last = next;
    joined = true;
  }
  if (!joined) return false;
  const std::string& lower = ctx.tok(last).lower;
  for (std::string_view e : kEndings) {
    if (lower.size() > e.size() + 2 && lower.compare(lower.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

bool IsRoman(std::string_view lower) {
  if (lower.empty()) return false;
  for (char c : lower) {
    if (std::string_view("ivxlcdm").find(c) == std::string_view::npos) return false;
  }
  return true;
}

bool WhitespaceGap(std::string_view gap) {
  if (gap.empty() || gap.find('\n') != std::string_view::npos) return false;
  for (char c : gap) {
    if (!IsAsciiSpace(c)) return gap == "\xC2\xA0";
  }
  return true;
}

// German and other compound languages: "Innenministerium", "Gesundheitsministerie".
bool CompoundOrgHead(const DocContext& ctx, uint32_t i) {
  const std::string& lower = ctx.tok(i).lower;
  static constexpr std::string_view kHeads[] = {
      "ministerium", "ministerie", "departementet", "ministeriet", "partei",  "partij",
      "kommission",  "gericht",    "polizei",       "politie",     "behörde", "bundesamt",
      "regierung",   "verband",    "gewerkschaft",  "commissie",   "rat"};
  for (std::string_view h : kHeads) {
    if (lower.size() > h.size() + 2 && lower.compare(lower.size() - h.size(), h.size(), h) == 0) {
      // "Sicherheitsrat", not "Berat", and only in German: "Dauletmurat" is a Karakalpak name.
      return h != "rat" || (lower.size() > 8 && ctx.doc.lang == "de");
    }
  }
  return false;
}

bool SpacesOnly(std::string_view gap) {
  for (char c : gap) {
    if (c != ' ' && c != '\t') return false;
  }
  return !gap.empty();
}

bool IsCapsWord(const DocContext& ctx, uint32_t i) { return ctx.IsWord(i) && ctx.tok(i).all_caps; }

// True when token i is in a run of capitalised words that starts a line and ends with ":", the
// kicker of a photo caption or paragraph ("KAOS: En bil brenner", "HARDE SAMMENSTØT: ...").
bool CaptionKicker(const DocContext& ctx, uint32_t i) {
  uint32_t a = i;
  while (a > 0 && IsCapsWord(ctx, a - 1) && SpacesOnly(ctx.Gap(a - 1))) --a;
  if (a > 0 && ctx.Gap(a - 1).find('\n') == std::string_view::npos) return false;
  uint32_t b = i;
  while (b + 1 < ctx.doc.tokens.size() && IsCapsWord(ctx, b + 1) && SpacesOnly(ctx.Gap(b))) ++b;
  if (b + 2 >= ctx.doc.tokens.size()) return false;
  const std::string_view after = ctx.Gap(b);
  if (!after.empty() && after[0] == ':') return true;   // a colon in the gap
  return after.empty() && ctx.tok(b + 1).lower == ":";  // a colon token
}

// Time zones written after a clock time ("15:48 BST").
bool TimeZoneAfterTime(const DocContext& ctx, uint32_t i) {
  static const auto* kZones = new absl::flat_hash_set<std::string_view>{
      "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk",  "est", "edt",
      "pst", "pdt", "cdt", "mdt", "ist",  "jst", "kst",  "hkt", "aest", "aedt", "trt"};
  return i > 0 && ctx.tok(i - 1).kind == TokenKind::kNumber && SpacesOnly(ctx.Gap(i - 1)) &&
         kZones->contains(ctx.tok(i).lower);
}

bool IsAcronym(const DocContext& ctx, uint32_t i) {
  const Token& t = ctx.tok(i);
  if (!t.all_caps || !IsCasedScript(t.script)) return false;
  const size_t n = CodePoints(t.lower);
  if (n < 2 || n > 6 || IsRoman(t.lower) || ctx.place[i] || ctx.Has(i, kNotName)) return false;
  if (t.lower.find_first_of("0123456789") != std::string::npos) return false;
  // A word of 4+ letters also written in lower case is a shouted word, not an acronym.
  if (n >= 4 && ctx.LowerSeen(i)) return false;
  return !CaptionKicker(ctx, i) && !TimeZoneAfterTime(ctx, i);
}

// True when most words of token i's sentence are written in capitals (a shouted headline).
bool ShoutedSentence(const DocContext& ctx, uint32_t i) {
  const auto& ss = ctx.doc.sentences;
  auto it = std::upper_bound(ss.begin(), ss.end(), i,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  if (it == ss.begin()) return false;
  const Sentence& s = *(it - 1);
  int words = 0, caps = 0;
  for (uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
    if (!ctx.IsWord(k)) continue;
    ++words;
    caps += ctx.tok(k).all_caps;
  }
  return words >= 3 && caps * 2 > words;
}

// The role span that ends at token `end` (exclusive), allowing a comma or a place between
// ("президент Киргизии Жээнбеков", "the president, Jeenbekov").
const RoleSpan* RoleBefore(const DocContext& ctx, uint32_t first) {
  // Roles are in text order and do not overlap: start at the first that may end near `first`.
  auto start = std::lower_bound(ctx.roles.begin(), ctx.roles.end(), first,
                                [](const RoleSpan& r, uint32_t f) { return r.end + 2 < f; });
  for (auto it = start; it != ctx.roles.end(); ++it) {
    const RoleSpan& r = *it;
    if (r.end > first) break;
    if (r.end == first) return &r;
    if (first - r.end <= 2) {
      bool ok = true;
      for (uint32_t k = r.end; k < first; ++k) {
        ok = ok && (ctx.place[k] || ctx.Has(k, kWordNationality) ||
                    (!ctx.IsWord(k) && (ctx.tok(k).lower == "," || ctx.tok(k).lower == "-")));
      }
      if (ok) return &r;
    }
  }
  return nullptr;
}

// Credit or byline context of a name at tokens [first, last]: "Photo: X / Reuters",
// "X/AFP", "By X" at the start of a line.
bool InCredit(const DocContext& ctx, uint32_t first, uint32_t last) {
  const auto n = static_cast<uint32_t>(ctx.doc.tokens.size());
  if (last + 1 < n && ctx.tok(last + 1).lower == "/") return true;
  // Only punctuation (":", "©") between the credit or byline word and the name.
  for (uint32_t k = first, steps = 0; k > 0 && steps < 3; --k, ++steps) {
    const uint32_t p = k - 1;
    if (ctx.Gap(p).find('\n') != std::string_view::npos) break;
    if (ctx.Has(p, kWordCredit)) return true;
    if (ctx.Has(p, kWordByline) && (p == 0 || ctx.initial[p])) return true;
    if (ctx.IsWord(p)) break;
  }
  return false;
}

class ChainScanner {
 public:
  ChainScanner(DocContext* ctx, std::vector<Candidate>* out) : ctx_(*ctx), out_(out) {}

  void Run() {
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (ctx_.taken[i] || !ctx_.IsCapWord(i)) continue;
      const uint32_t end = ChainEnd(i);
      if (NamedByHead(i, end) || NamedAfterGermanParty(i, end)) {
        i = end - 1;
        continue;
      }
      Process(i, end);
      i = end - 1;
    }
  }

 private:
  // End (exclusive) of the chain starting at capitalised word `i`.
  uint32_t ChainEnd(uint32_t i) const {
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    uint32_t last = i;
    for (uint32_t k = i + 1; k < n && k - i < kMaxChainTokens; ++k) {
      const std::string_view gap = ctx_.Gap(k - 1);
      const Token& t = ctx_.tok(k);
      if (ctx_.taken[k]) break;
      if (ctx_.IsCapWord(k) && (WhitespaceGap(gap) || (gap.empty() && !ctx_.IsWord(k - 1)))) {
        last = k;
        continue;
      }
      // Joiners: "Kassym-Jomart", "al-Shammari", "G. W.", "of", "van", "de".
      if (gap.empty() && k + 1 < n && ctx_.Gap(k).empty() && !ctx_.IsWord(k) &&
          (t.lower == "-" || t.lower == "'" || t.lower == "\xE2\x80\x99") && ctx_.IsWord(k + 1)) {
        continue;
      }
      if (gap.empty() && t.lower == "." && CodePoints(ctx_.tok(k - 1).lower) == 1) continue;
      // German articles and "und" join nouns, not names: "Sanktionen der Europäischen Union".
      static constexpr std::string_view kNounJoiners[] = {"der", "des", "den", "dem",
                                                          "die", "das", "und"};
      const bool noun_joiner =
          ctx_.nouns_capitalised && std::find(std::begin(kNounJoiners), std::end(kNounJoiners),
                                              t.lower) != std::end(kNounJoiners);
      if (ctx_.IsWord(k) && !t.capitalized && WhitespaceGap(gap) && !noun_joiner &&
          ctx_.Has(k, kWordParticle | kWordConnector) && k + 1 < n) {
        // "al" in "al-Shammari" is followed by a hyphen, not a space.
        // Not into a date: "the National Guard on Thursday".
        const bool date_next = ctx_.IsWord(k + 1) && ctx_.Has(k + 1, kWordMonth | kWordWeekday);
        if ((ctx_.IsCapWord(k + 1) && !date_next) || ctx_.tok(k + 1).lower == "-" ||
            ctx_.tok(k + 1).lower == "'") {
          continue;
        }
      }
      if (!ctx_.IsWord(k) && ctx_.IsWord(k - 1) && !ctx_.tok(k - 1).capitalized &&
          ctx_.Has(k - 1, kWordParticle) && (t.lower == "-" || t.lower == "'")) {
        continue;  // "al-" / "d'"
      }
      break;
    }
    return last + 1;
  }

  static bool IsOpenQuote(std::string_view p) {
    return p == "\xC2\xAB" || p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9E";
  }
  static bool IsCloseQuote(std::string_view p) {
    return p == "\xC2\xBB" || p == "\"" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x9C";
  }
  // A lower-case head word at token k ("party", "партии", "mouvement").
  bool LowerHead(uint32_t k) const {
    return ctx_.IsWord(k) && !ctx_.tok(k).capitalized && !ctx_.tok(k).all_caps &&
           ctx_.Has(k, kWordOrgHead) && !ctx_.Has(k, kWordFacility);
  }

  // A chain named by a lower-case head word right before it: "партии «Биримдик»",
  // "the party Forza Nuova", "die Parteien Birimdik und Mekenim Kyrgyzstan" (split at the
  // conjunction); a quoted chain after such a name and a conjunction too. Emits the
  // organizations and returns true, else false.
  bool NamedByHead(uint32_t a, uint32_t end) {
    if (a == 0 || end - a > 5) return false;
    bool quoted = false;
    uint32_t p = a - 1;
    if (!ctx_.IsWord(p) && IsOpenQuote(ctx_.tok(p).lower) && ctx_.Gap(p).empty()) {
      if (end >= ctx_.doc.tokens.size() || !IsCloseQuote(ctx_.tok(end).lower)) return false;
      if (p == 0) return false;
      quoted = true;
      --p;
      // "«X» и «Y»": a second name after a conjunction.
      if (AfterNamed(p)) return EmitNamed(a, end, /*split=*/false);
    } else if (!SpacesOnlyGap(p)) {
      return false;
    } else if (AfterNamed(p) && end - a <= 3) {
      // "Parteien X und Y": an unquoted second name.
      for (uint32_t k = a; k < end; ++k) {
        if (ctx_.role_end[k] >= 0 || ctx_.place[k] || IsOrgHead(k)) return false;
        if (ctx_.Has(k, kWordGivenName | kWordNationality)) return false;
      }
      return EmitNamed(a, end, /*split=*/false);
    }
    if (!LowerHead(p) || ctx_.Gap(p).find('\n') != std::string_view::npos) return false;
    if (!quoted && !PartyWord(ctx_.tok(p).lower)) return false;
    for (uint32_t k = a; k < end; ++k) {
      if (ctx_.role_end[k] >= 0 || ctx_.place[k] || IsOrgHead(k)) return false;
      if (!quoted && ctx_.Has(k, kWordGivenName | kWordNationality)) return false;
    }
    return EmitNamed(a, end, /*split=*/!quoted);
  }

  bool SpacesOnlyGap(uint32_t p) const { return SpacesOnly(ctx_.Gap(p)); }

  // Token p is a conjunction right after the last name found by NamedByHead (or after its
  // closing quote): "«X» и «Y»", "Parteien X und Y".
  bool AfterNamed(uint32_t p) const {
    return last_named_end_ > 0 && ctx_.IsWord(p) && ctx_.Has(p, kWordStop) &&
           (p == last_named_end_ || p == last_named_end_ + 1);
  }

  // German capitalises the party word, so it starts the chain: "Parteien Birimdik und X".
  bool NamedAfterGermanParty(uint32_t a, uint32_t end) {
    if (!ctx_.nouns_capitalised || end - a < 2 || end - a > 6) return false;
    if (!PartyWord(ctx_.tok(a).lower) || !SpacesOnlyGap(a)) return false;
    for (uint32_t k = a + 1; k < end; ++k) {
      if (ctx_.role_end[k] >= 0 || ctx_.place[k] || IsOrgHead(k)) return false;
      if (ctx_.Has(k, kWordGivenName | kWordNationality)) return false;
    }
    if (!EmitNamed(a + 1, end, /*split=*/true)) return false;
    ctx_.taken[a] = 1;
    return true;
  }

  // Party and movement words, which name an organization without quotes ("the party X").
  static bool PartyWord(std::string_view lower) {
    static const auto* kWords = new absl::flat_hash_set<std::string_view>{
        "party",
        "parties",
        "partei",
        "parteien",
        "parti",
        "partis",
        "partiet",
        "partido",
        "partidos",
        "partito",
        "partiti",
        "partia",
        "partii",
        "partij",
        "movement",
        "bewegung",
        "mouvement",
        "movimiento",
        "movimento",
        "ruch",
        "beweging",
        "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD1\x8F",                  // партия
        "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xB8",                  // партии
        "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD1\x96\xD1\x8F",                  // партія
        "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD1\x96\xD1\x97",                  // партії
        "\xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5",  // движение
        "\xD1\x80\xD1\x83\xD1\x85"};                                         // рух
    return kWords->contains(lower);
  }

  // Organizations for [a, end), split at stop words (conjunctions) when `split`.
  bool EmitNamed(uint32_t a, uint32_t end, bool split) {
    bool any = false;
    uint32_t s = a;
    for (uint32_t k = a; k <= end; ++k) {
      const bool cut = k == end || (split && ctx_.IsWord(k) && ctx_.Has(k, kWordStop));
      if (!cut) continue;
      uint32_t e = k;
      while (e > s && !ctx_.IsWord(e - 1)) --e;
      if (e > s && ctx_.IsCapWord(s)) {
        Candidate c;
        c.kind = NamedEntityKind::kOrganization;
        c.first = s;
        c.last = e - 1;
        c.begin = ctx_.tok(s).begin;
        c.end = ctx_.tok(e - 1).end;
        for (uint32_t j = s; j < e; ++j) ctx_.taken[j] = 1;
        out_->push_back(std::move(c));
        any = true;
      }
      s = k + 1;
    }
    if (any) last_named_end_ = end;
    return any;
  }

  bool IsOrgHead(uint32_t k) const {
    return ctx_.IsWord(k) && (ctx_.Has(k, kWordOrgHead) || CompoundOrgHead(ctx_, k));
  }

  void Process(uint32_t a, uint32_t end) {
    // Roles split a chain: "Kyrgyz President Sooronbay Jeenbekov".
    for (uint32_t k = a; k < end; ++k) {
      if (ctx_.role_end[k] < 0) continue;
      const RoleSpan* r = &ctx_.roles[ctx_.role_end[k]];
      if (k > a) Segment(a, k, nullptr);
      // Titles in a row are one title: "Lieutenant General Jamil al-Shammari".
      while (r->end < end && ctx_.role_end[r->end] >= 0) r = &ctx_.roles[ctx_.role_end[r->end]];
      Segment(r->end, end, r);
      return;
    }
    Segment(a, end, RoleBefore(ctx_, a));
  }

  // A chain without role words inside; `role` is a role span right before it.
  void Segment(uint32_t a, uint32_t end, const RoleSpan* role) {
    if (a >= end) return;
    uint32_t head = end;  // the last organization head word
    for (uint32_t k = a; k < end; ++k) {
      if (IsOrgHead(k) && !ctx_.Has(k, kWordFacility)) head = k;
    }
    if (head < end) {
      // "Supreme Court of Spain" goes on after a connector; "Buitenlandse Zaken Antony
      // Blinken" ends at the head and a name follows. Slavic languages put a genitive after
      // the head ("Strajk Kobiet", "Rada Ministrów", "Совет Федерации"): one more word that is
      // no name stays in.
      if (head + 2 == end && SlavicGenitive(head + 1)) return Organization(a, end);
      if (head == a && RomanceNameAfterHead(head, end)) return Organization(a, end);
      // A connector followed by a given name ends the name: "the White House and Askar
      // Akayev", not "Ministry of Trade and Industry".
      if (head + 2 < end && ctx_.IsWord(head + 1) && ctx_.Has(head + 1, kWordConnector) &&
          !ctx_.tok(head + 1).capitalized && ctx_.Has(head + 2, kWordGivenName) &&
          ctx_.IsCapWord(head + 2)) {
        Organization(a, head + 1);
        return Segment(head + 2, end, nullptr);
      }
      if (head + 1 < end && !(ctx_.IsWord(head + 1) && ctx_.Has(head + 1, kWordConnector))) {
        Organization(a, head + 1);
        return Segment(head + 1, end, nullptr);
      }
      return Organization(a, end);
    }
    for (uint32_t k = a; k < end; ++k) {
      if (!ctx_.Has(k, kWordFacility) || !ctx_.IsCapWord(k)) continue;
      // "Ala-Too Square" is no name; but in "the White House and Askar Akayev" a given name
      // after a connector starts one.
      for (uint32_t j = k + 1; j + 1 < end; ++j) {
        if (ctx_.IsWord(j) && ctx_.Has(j, kWordConnector) && !ctx_.tok(j).capitalized &&
            ctx_.Has(j + 1, kWordGivenName) && ctx_.IsCapWord(j + 1)) {
          return Segment(j + 1, end, nullptr);
        }
      }
      return;
    }
    uint32_t s = a;
    for (uint32_t k = a; k <= end; ++k) {
      if (k < end && !Breaks(k)) continue;
      if (k > s) {
        Person(s, k, role);
        role = nullptr;  // a role applies to the name right after it
      }
      if (k < end && IsAcronym(ctx_, k) && !ShoutedSentence(ctx_, k)) Acronym(k);
      s = k + 1;
    }
  }

  // Token k, in Polish, Czech, Russian, Ukrainian or Belarusian, is a word that may be a
  // genitive complement of the head before it: not a given name, role, place or acronym.
  bool SlavicGenitive(uint32_t k) const {
    static constexpr std::string_view kLangs[] = {"pl", "cs", "sk", "ru", "uk", "be", "bg"};
    const std::string_view lang = ctx_.doc.lang;
    if (std::find(std::begin(kLangs), std::end(kLangs), lang) == std::end(kLangs)) return false;
    if (!ctx_.IsCapWord(k) || ctx_.tok(k).all_caps || ctx_.place[k] || ctx_.role_end[k] >= 0) {
      return false;
    }
    if (ctx_.Has(k, kWordGivenName | kNotName) || !WhitespaceGap(ctx_.Gap(k - 1))) return false;
    // Polish genitive plurals end in "-ów" ("Rolników"), like no surname.
    const std::string& lower = ctx_.tok(k).lower;
    if (lang == "pl" && lower.size() > 4 && lower.compare(lower.size() - 3, 3, "\xC3\xB3w") == 0) {
      return true;
    }
    // Nor the genitive of a surname: "Sztab Cichanouskiej", "штаб Тихановской".
    static constexpr std::string_view kGenitives[] = {"skiej", "ckiej", "skiego", "ckiego",
                                                      "skogo", "skoi",  "ovoi",   "evoi",
                                                      "inoi",  "ova",   "eva",    "ina"};
    const std::string& key = ctx_.tok(k).latin_key;
    for (std::string_view e : kGenitives) {
      if (EndsWith(key, e)) return false;
    }
    return !LooksLikeSurname(ctx_.tok(k));
  }

  // Romance languages name a body head first ("Policlinico Gemelli", "Hospital Clínic",
  // "Policlinico Umberto I"): after a head that starts the chain, up to three capitalised words
  // that are no place, role or person (a given name starts a person, unless a regnal number
  // follows: "Umberto I") stay in the name.
  bool RomanceNameAfterHead(uint32_t head, uint32_t end) const {
    static constexpr std::string_view kLangs[] = {"it", "es", "fr", "pt", "ca", "ro"};
    const std::string_view lang = ctx_.doc.lang;
    if (std::find(std::begin(kLangs), std::end(kLangs), lang) == std::end(kLangs)) return false;
    if (end - head < 2 || end - head > 4 || !ctx_.tok(head).capitalized) return false;
    for (uint32_t k = head + 1; k < end; ++k) {
      if (!ctx_.IsCapWord(k) || ctx_.place[k] || ctx_.role_end[k] >= 0) return false;
      if (ctx_.Has(k, kNotName) || !WhitespaceGap(ctx_.Gap(k - 1))) return false;
    }
    const std::string& last = ctx_.tok(end - 1).lower;
    const bool regnal = end - head >= 3 && last.find_first_not_of("ivx") == std::string::npos;
    return regnal || !ctx_.Has(head + 1, kWordGivenName);
  }

  // Tokens that cannot be part of a person's name.
  bool Breaks(uint32_t k) const {
    if (!ctx_.IsWord(k)) return false;
    const Token& t = ctx_.tok(k);
    if (!t.capitalized && ctx_.Has(k, kWordParticle)) return false;  // "Jan de Vries"
    // A capitalised stop word of another language after a given name is a surname
    // ("Stephen Lo", "Marine Le Pen").
    if (t.capitalized && !t.all_caps && k > 0 && !ctx_.initial[k] && !ctx_.place[k] &&
        ctx_.Has(k - 1, kWordGivenName) && ctx_.Has(k, kWordStop) &&
        !ctx_.Has(k, kWordMonth | kWordWeekday | kWordNationality | kWordGeneric)) {
      return false;
    }
    // A capitalised one-letter Cyrillic word after a name is its last syllable ("Ван И"): the
    // conjunction и is never capitalised mid-sentence.
    if (t.script == Script::kCyrillic && t.capitalized && k > 0 && !ctx_.initial[k] &&
        CodePoints(t.lower) == 1 && ctx_.IsCapWord(k - 1) &&
        ctx_.tok(k - 1).script == Script::kCyrillic && ctx_.Gap(k - 1) == " " &&
        !InitialWithPeriod(k)) {
      return false;
    }
    if (ctx_.place[k] || ctx_.Has(k, kNotName) || t.all_caps) return true;
    return t.script == Script::kCyrillic &&
           (CyrillicAdjective(t.lower) || InHyphenatedPlaceAdjective(ctx_, k));
  }

  void Person(uint32_t a, uint32_t end, const RoleSpan* role) {
    // Trim joiners and sentence-initial common words ("Yesterday", "Protesters").
    while (a < end && (!ctx_.IsWord(a) || !ctx_.tok(a).capitalized || CommonWord(a))) ++a;
    while (end > a && (!ctx_.IsWord(end - 1) || !ctx_.tok(end - 1).capitalized)) --end;
    if (a >= end) return;
    // German nouns of persons before a name: "Politiker X Y", "Populist X Y", "Aktivistin X Y".
    static constexpr std::string_view kNounEndings[] = {"iker", "ist",   "istin", "ent",   "entin",
                                                        "ant",  "antin", "ung",   "chef",  "erin",
                                                        "ler",  "ner",   "tion",  "schaft"};
    while (ctx_.nouns_capitalised && end - a >= 3 && ctx_.IsWord(a)) {
      const std::string& lower = ctx_.tok(a).lower;
      bool noun = false;
      for (std::string_view e : kNounEndings) noun = noun || EndsWith(lower, e);
      if (!noun) break;
      ++a;
    }
    // "Politiker Sadyr Dschaparow", "Populist Sadyr ...", "(el premio Nobel de) la Paz Mohamed
    // ElBaradei": a common noun before a given name.
    const bool after_article = role == nullptr && AfterArticle(a);
    for (uint32_t k = a + 1; k < end; ++k) {
      if (!ctx_.Has(k, kWordGivenName)) continue;
      if (ctx_.nouns_capitalised || ctx_.initial[a] || after_article) a = k;
      break;
    }
    size_t words = 0, seen_lower = 0, particles = 0;
    bool given = false, surname_like = false;
    for (uint32_t k = a; k < end; ++k) {
      if (!ctx_.IsWord(k) || (ctx_.Has(k, kWordParticle) && !ctx_.tok(k).capitalized)) continue;
      if (k >= a + 2 && ctx_.Gap(k - 1).empty() && ctx_.tok(k - 2).capitalized) {
        continue;  // "Kassym-Jomart", "Ала-Тоо": one word (but "al-Dakhili" counts)
      }
      if (ctx_.LowerSeen(k) && !ctx_.Has(k, kWordGivenName) && !ctx_.nouns_capitalised) {
        ++seen_lower;  // "Human Rights": words also written in lower case are not a name
      }
      ++words;
      // Capitalised particles inside do not count toward the limit: "Zine El Abidine Ben Ali".
      if (k > a && ctx_.Has(k, kWordParticle)) ++particles;
      given = given || ctx_.Has(k, kWordGivenName);
      surname_like = surname_like || LooksLikeSurname(ctx_.tok(k));
    }
    if (words == 0 || words - particles > kMaxPersonWords || seen_lower * 2 >= words) return;
    if (words == 1 && role != nullptr && (role->foreign || GermanAbstractNoun(a))) return;
    if (role == nullptr && Quoted(a, end)) return;  // calling their dead the "Heavenly Hundred"
    // "jefe de la Defensa Nacional", "des Stadtteils Beyoğlu": no given name after the article.
    if (role == nullptr && words >= 2 && AfterArticle(a)) return;
    if (role == nullptr && !given && AfterFacilityNoun(a)) return;  // "la plaza Urquinaona"
    Candidate c;
    c.kind = NamedEntityKind::kPerson;
    c.first = a;
    c.last = end - 1;
    c.begin = ctx_.tok(a).begin;
    c.end = ctx_.tok(end - 1).end;
    c.credit = InCredit(ctx_, a, end - 1);
    if (role != nullptr) c.role = role->role;
    const bool evidence = role != nullptr || c.credit || given;
    if (words == 1) {
      c.confirmed = role != nullptr || c.credit;
    } else if (ctx_.nouns_capitalised) {
      c.confirmed = evidence || surname_like;
    } else {
      c.confirmed = true;
    }
    for (uint32_t k = a; k < end; ++k) ctx_.taken[k] = 1;
    out_->push_back(std::move(c));
  }

  // A definite article of the document's language right before token a: "the Heavenly
  // Hundred", "de la Defensa Nacional", "des Stadtteils Beyoğlu" are no persons (a title
  // between article and name makes a role: "der Kanzler Olaf Scholz"). Not Dutch "de", which is
  // also a surname particle.
  bool AfterArticle(uint32_t a) const {
    if (a == 0 || !ctx_.IsWord(a - 1) || ctx_.tok(a - 1).capitalized) return false;
    static const absl::flat_hash_map<std::string_view, std::vector<std::string_view>> kArticles = {
        {"en", {"the"}},
        {"es", {"el", "la", "los", "las", "del"}},
        {"fr", {"le", "la", "les", "du", "des", "au", "aux"}},
        {"it",
         {"il", "lo", "la", "i", "gli", "le", "del", "dello", "della", "dei", "degli", "delle"}},
        {"de", {"der", "die", "das", "des", "dem", "den"}},
    };
    auto it = kArticles.find(ctx_.doc.lang);
    if (it == kArticles.end()) return false;
    const std::string& before = ctx_.tok(a - 1).lower;
    return std::find(it->second.begin(), it->second.end(), before) != it->second.end();
  }

  // A lower-case facility noun right before token a, or before "de"/"of" before it: the
  // name of a square, street or bridge ("la plaza Urquinaona", "el puente de Qasr el Nil").
  bool AfterFacilityNoun(uint32_t a) const {
    auto facility = [&](uint32_t k) {
      return ctx_.IsWord(k) && !ctx_.tok(k).capitalized && ctx_.Has(k, kWordFacility);
    };
    if (a == 0) return false;
    if (facility(a - 1)) return true;
    const std::string& before = ctx_.tok(a - 1).lower;
    return a >= 2 && (before == "de" || before == "of" || before == "di") && facility(a - 2);
  }

  // Tokens [a, end) stand alone in quotation marks: a nickname, slogan or title, not a name.
  bool Quoted(uint32_t a, uint32_t end) const {
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    if (a == 0 || end >= n || ctx_.IsWord(a - 1) || ctx_.IsWord(end)) return false;
    return IsOpenQuote(ctx_.tok(a - 1).lower) && IsCloseQuote(ctx_.tok(end).lower) &&
           ctx_.Gap(a - 1).empty() && ctx_.Gap(end - 1).empty();
  }

  // Token k is an initial: a period and a name follow ("В. И. Ленин"), unlike "Ван И. Он
  // заявил" at the end of a sentence.
  bool InitialWithPeriod(uint32_t k) const {
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    if (k + 1 >= n || ctx_.tok(k + 1).lower != ".") return false;
    return k + 2 < n && !ctx_.initial[k + 2] && ctx_.IsCapWord(k + 2) &&
           !ctx_.Has(k + 2, kWordStop);
  }

  // A German abstract noun ("der geistlichen Führung"): no name, even after a role word.
  bool GermanAbstractNoun(uint32_t k) const {
    if (!ctx_.nouns_capitalised) return false;
    static constexpr std::string_view kEndings[] = {"ung",  "heit", "keit",  "schaft",
                                                    "tion", "ität", "ismus", "nis"};
    const std::string& lower = ctx_.tok(k).lower;
    for (std::string_view e : kEndings) {
      if (lower.size() > e.size() + 2 && EndsWith(lower, e)) return true;
    }
    return false;
  }

  // A sentence-initial word also written in lower case, or a known common word.
  bool CommonWord(uint32_t k) const {
    if (ctx_.Has(k, kNotName)) return true;
    if (!ctx_.initial[k]) return false;
    if (ctx_.Has(k, kWordGivenName)) return false;
    return ctx_.LowerSeen(k);
  }

  void Organization(uint32_t a, uint32_t end) {
    while (a < end && (!ctx_.IsWord(a) || ctx_.Has(a, kWordStop | kWordConnector) ||
                       (ctx_.initial[a] && ctx_.LowerSeen(a) && !IsOrgHead(a)))) {
      ++a;
    }
    while (end > a && (!ctx_.IsWord(end - 1) || ctx_.Has(end - 1, kWordConnector) ||
                       !ctx_.tok(end - 1).capitalized)) {
      --end;
    }
    if (a >= end) return;
    end = WithOrdinal(end);
    // A whole line of 5+ capitalised words is a title-case headline, not a name.
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    if (end - a >= 5 && (a == 0 || ctx_.Gap(a - 1).find('\n') != std::string_view::npos) &&
        (end == n || ctx_.Gap(end - 1).find('\n') != std::string_view::npos)) {
      return;
    }
    // A bare head word ("Police", "Parliament") is a common noun, not a name; so is a German
    // compound with a head ("Übergangsregierung", "Regierungspartei", "Sicherheitsrat"): the
    // bodies named so (Bundestag, Innenministerium) are in the lexicons.
    if (end - a == 1 && !ctx_.tok(a).all_caps) return;
    Candidate c;
    c.kind = NamedEntityKind::kOrganization;
    c.first = a;
    c.last = end - 1;
    c.begin = ctx_.tok(a).begin;
    c.end = ctx_.tok(end - 1).end;
    for (uint32_t k = a; k < end; ++k) ctx_.taken[k] = 1;
    out_->push_back(std::move(c));
  }

  // `end`, or end + 1 when a name's number follows: a Roman numeral after a name ("Policlinico
  // Umberto I", "Liceo Pio XII") or a channel number after "Radio", "TV", "Kanal" ("NPO
  // Radio 1"), followed by no further word of the name or number.
  uint32_t WithOrdinal(uint32_t end) const {
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    if (end >= n || ctx_.Gap(end - 1) != " ") return end;
    const Token& t = ctx_.tok(end);
    if (end + 1 < n && ctx_.Gap(end).empty() && ctx_.tok(end + 1).kind != TokenKind::kPunct) {
      return end;  // "1,5", "2nd"
    }
    if (end + 1 < n && ctx_.Gap(end) == " " && ctx_.tok(end + 1).kind == TokenKind::kNumber) {
      return end;  // "Radio 1 2 3"
    }
    if (t.kind == TokenKind::kWord && (t.all_caps || (t.capitalized && t.lower.size() == 1)) &&
        t.lower.size() <= 4 && t.lower.find_first_not_of("ivx") == std::string::npos &&
        ctx_.tok(end - 1).capitalized && !ctx_.Has(end - 1, kWordOrgHead)) {
      return end + 1;
    }
    if (t.kind == TokenKind::kNumber && t.lower.size() <= 3 &&
        t.lower.find_first_not_of("0123456789") == std::string::npos &&
        ctx_.Has(end - 1, kWordOrgPrefix)) {
      return end + 1;
    }
    return end;
  }

  void Acronym(uint32_t k) {
    Candidate c;
    c.kind = NamedEntityKind::kOrganization;
    c.first = c.last = k;
    c.begin = ctx_.tok(k).begin;
    c.end = ctx_.tok(k).end;
    ctx_.taken[k] = 1;
    out_->push_back(std::move(c));
  }

  DocContext& ctx_;
  std::vector<Candidate>* out_;
  uint32_t last_named_end_ = 0;  // token after the last name found by NamedByHead, 0 if none
};

}  // namespace

void FindChains(DocContext* ctx, std::vector<Candidate>* out) { ChainScanner(ctx, out).Run(); }

}  // namespace newsloom::entity_internal
