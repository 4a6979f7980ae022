// Persons in scripts without capitals (entity_context.h): Arabic names after a role word,
// Chinese names after or before a role word, and Chinese transliterated names joined by "·".
#include <algorithm>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "extract/entity_context.h"
#include "text/chinese_names.h"
#include "text/simplified_chinese.h"

namespace newsloom::entity_internal {
namespace {

constexpr size_t kMaxHanNameChars = 12;

// Characters that end a native name after a role word: verbs, particles and time words.
constexpr std::u32string_view kAfterName =
    U"说表称在的于今当对会宣指强则也已就和与并等日时向将曾又再晚早昨";

bool Contains(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

// Decodes the code point at byte i (valid UTF-8) and its length.
char32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  const int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  *len = std::min<size_t>(n, s.size() - i);
  char32_t c = b & (0x3F >> (n - 1));
  for (size_t k = 1; k < *len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return c;
}

// Start of the code point that ends before byte i.
size_t PrevStart(std::string_view s, size_t i) {
  do {
    --i;
  } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

bool IsDot(char32_t c) { return c == U'\u00B7' || c == U'\u30FB' || c == U'\u2022'; }

// Transliterated run (with "·") starting at byte `from`; returns its end.
size_t TranslitRunForward(std::string_view s, size_t from) {
  size_t i = from, chars = 0, len = 0;
  while (i < s.size() && chars < kMaxHanNameChars) {
    const char32_t c = Decode(s, i, &len);
    if (!text_analysis::IsTranscriptionCharacter(c) && !(IsDot(c) && chars > 0)) break;
    i += len;
    ++chars;
  }
  // Never end on a dot.
  if (i > from) {
    const size_t p = PrevStart(s, i);
    if (IsDot(Decode(s, p, &len))) i = p;
  }
  return chars >= 2 ? i : from;
}

size_t TranslitRunBackward(std::string_view s, size_t to) {
  size_t i = to, chars = 0, len = 0;
  while (i > 0 && chars < kMaxHanNameChars) {
    const size_t p = PrevStart(s, i);
    const char32_t c = Decode(s, p, &len);
    if (!text_analysis::IsTranscriptionCharacter(c) && !IsDot(c)) break;
    i = p;
    ++chars;
  }
  return chars >= 2 ? i : to;
}

// Native name after a role word: surname + 1-2 characters; a married woman's double surname
// (her husband's and her own, as in Hong Kong: "林郑月娥") + 2.
size_t NativeNameForward(std::string_view s, size_t from) {
  size_t len = 0;
  if (from >= s.size() || !text_analysis::IsCommonChineseSurname(Decode(s, from, &len))) {
    return from;
  }
  size_t i = from + len, chars = 1, max_chars = 3;
  if (i < s.size() && text_analysis::IsCommonChineseSurname(Decode(s, i, &len))) {
    const size_t after = i + len;
    size_t next_len = 0;
    // Exactly two more name characters after the two surnames, then one that ends names.
    size_t k = after, more = 0;
    while (k < s.size() && more < 3) {
      const char32_t c = Decode(s, k, &next_len);
      if (c < 0x4E00 || c > 0x9FFF || Contains(kAfterName, c)) break;
      k += next_len;
      ++more;
    }
    if (more == 2 && k < s.size()) max_chars = 4;  // ended by a character that ends names
  }
  while (i < s.size() && chars < max_chars) {
    const char32_t c = Decode(s, i, &len);
    if (c < 0x4E00 || c > 0x9FFF || Contains(kAfterName, c)) break;
    i += len;
    ++chars;
  }
  return chars >= 2 ? i : from;
}

class UncasedScanner {
 public:
  UncasedScanner(DocContext* ctx, std::vector<Candidate>* out) : ctx_(*ctx), out_(out) {}

  void Run() {
    // Role words and surnames are listed in simplified characters; a copy of the text in
    // them, at the same byte offsets, serves text in traditional ones ("發言人耿爽").
    if (ctx_.doc.lang == "zh") {
      simplified_ = text_analysis::SimplifiedChinese(ctx_.doc.text);
      han_ = simplified_;
    }
    for (const RoleSpan& r : ctx_.roles) {
      if (ctx_.tok(r.begin).script == Script::kArabic) Arabic(r);
    }
    if (ctx_.doc.lang == "zh") HanRoles();
    if (ctx_.doc.lang == "zh" || !han_names_.empty()) DottedNames();
    RepeatHanNames();
  }

 private:
  bool Free(uint32_t k) const {
    return ctx_.IsWord(k) && !ctx_.taken[k] && !ctx_.place[k] && ctx_.role_end[k] < 0 &&
           !ctx_.Has(k, kWordStop | kWordSourceCue | kWordOrgHead | kWordMonth | kWordWeekday |
                            kWordNationality);
  }

  // The word after the first word of an Arabic name after a role is a place the gazetteer
  // knows ("هيلاري كلينتون": Clinton, a town), not a country, and names no place mentioned
  // anywhere else in the text: an Arabic name is not followed by a bare place name (that would
  // take a preposition, "في").
  bool SurnameThatNamesAPlace(uint32_t k) const {
    const uint32_t j = k + 1;
    if (j >= ctx_.doc.tokens.size() || ctx_.place[j] != 1 || ctx_.Gap(k) != " ") return false;
    if (ctx_.tok(j).script != Script::kArabic || StartsWithAl(ctx_.tok(j).lower)) return false;
    if (ctx_.taken[j] || ctx_.role_end[j] >= 0) return false;
    const int32_t place = ctx_.place_of[j];
    if (place < 0 || ctx_.geo == nullptr) return false;
    return ctx_.geo->places[place].mentions.size() == 1;
  }

  // The article ال, alone or after the preposition ل ("للقوات": for the forces).
  static bool StartsWithAl(std::string_view w) {
    return w.substr(0, 4) == "\xD8\xA7\xD9\x84" || w.substr(0, 4) == "\xD9\x84\xD9\x84";
  }

  // Words of the role phrase's own complements that may stand between it and the name:
  // "وزيرة الخارجية الأمريكية هيلاري كلينتون", "المرشد الأعلى للجمهورية الإسلامية الإيرانية علي
  // خامنئي". Such words carry the article; a name's first word does not.
  static constexpr uint32_t kMaxComplements = 4;

  // Arabic name after a role word: its first word (no article), a second word, and what a
  // joiner (عبد, بن, ...) or an al- surname adds, up to kMaxNameWords words.
  void Arabic(const RoleSpan& r) {
    const auto n = static_cast<uint32_t>(ctx_.doc.tokens.size());
    uint32_t k = r.end;
    for (uint32_t skipped = 0; k < n && skipped < kMaxComplements && Free(k) &&
                               StartsWithAl(ctx_.tok(k).lower) && ctx_.Gap(k) == " ";
         ++skipped) {
      ++k;
    }
    if (k >= n || !Free(k) || ctx_.tok(k).script != Script::kArabic ||
        StartsWithAl(ctx_.tok(k).lower)) {
      return;
    }
    static const absl::flat_hash_set<std::string> kJoin = {"عبد", "أبو", "بن", "ابن", "بنت", "آل"};
    constexpr uint32_t kMaxNameWords = 5;
    auto next = [&](uint32_t j) {  // token j + 1 continues the name written after token j
      return j + 1 < n && Free(j + 1) && ctx_.Gap(j) == " " &&
             ctx_.tok(j + 1).script == Script::kArabic;
    };
    uint32_t last = k;
    if (next(k)) {
      last = k + 1;
    } else if (SurnameThatNamesAPlace(k)) {
      Add(ctx_.tok(k).begin, ctx_.tok(k + 1).end, r.role);  // "هيلاري كلينتون": also a town
      return;
    }
    while (last > k && last - k + 1 < kMaxNameWords && next(last)) {
      const bool joined = kJoin.contains(ctx_.tok(last).lower);  // "عبد" + "المهدي"
      const bool joiner_next = kJoin.contains(ctx_.tok(last + 1).lower) && next(last + 1);
      if (joined) {
        ++last;
      } else if (joiner_next) {  // "زين العابدين" + "بن علي"
        last += 2;
      } else if (last == k + 1 && StartsWithAl(ctx_.tok(last + 1).lower) &&
                 !StartsWithAl(ctx_.tok(last).lower)) {  // "محمد علي" + "الحوثي"
        ++last;
        break;
      } else {
        break;
      }
    }
    Add(ctx_.tok(k).begin, ctx_.tok(last).end, r.role);
  }

  // Han role words found as substrings (the segmenter may join them with a name); longer
  // words first, then in text order, none overlapping one taken before.
  void HanRoles() {
    const std::string_view s = han_;
    const std::vector<uint32_t>& roles = ctx_.lex.han_roles();
    std::vector<std::pair<uint32_t, size_t>> hits;  // position in roles, byte offset
    for (size_t p = 0; p < s.size();) {
      size_t len = 1;
      const auto lead = static_cast<unsigned char>(s[p]);
      if (lead >= 0xC0) len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      len = std::min(len, s.size() - p);
      if (const std::vector<uint32_t>* list = ctx_.lex.HanRolesStartingWith(s.substr(p, len))) {
        for (uint32_t k : *list) {
          const std::string& w = ctx_.lex.role(roles[k]).words[0];
          if (s.compare(p, w.size(), w) == 0) hits.emplace_back(k, p);
        }
      }
      p += len;
    }
    std::sort(hits.begin(), hits.end());
    std::vector<std::pair<size_t, uint32_t>> found;  // byte offset, role entry
    std::vector<std::pair<size_t, size_t>> used;
    for (const auto& [k, p] : hits) {
      const size_t end = p + ctx_.lex.role(roles[k]).words[0].size();
      bool overlap = false;
      for (const auto& [b, e] : used) overlap = overlap || (b < end && p < e);
      if (overlap) continue;
      used.emplace_back(p, end);
      found.emplace_back(p, roles[k]);
    }
    std::sort(found.begin(), found.end());
    for (const auto& [p, r] : found) {
      std::string role = ctx_.lex.role(r).role;
      if (role == "-") role.clear();
      Han(p, p + ctx_.lex.role(r).words[0].size(), role);
    }
  }

  void Han(size_t role_begin, size_t role_end, const std::string& role) {
    const std::string_view s = han_;
    const size_t after = role_end;
    size_t end = TranslitRunForward(s, after);
    if (end == after) end = NativeNameForward(s, after);
    if (end > after && !Overlaps(after, end)) {
      Add(after, end, role);
      return;
    }
    const size_t before = role_begin;
    const size_t begin = TranslitRunBackward(s, before);
    if (begin < before && !Overlaps(begin, before)) Add(begin, before, role);
  }

  void DottedNames() {
    const std::string_view s = han_;
    for (std::string_view dot : {"\xC2\xB7", "\xE3\x83\xBB"}) {
      for (size_t p = s.find(dot); p != std::string_view::npos; p = s.find(dot, p + 1)) {
        const size_t begin = TranslitRunBackward(s, p);
        if (begin == p) continue;
        const size_t end = TranslitRunForward(s, begin);
        if (end <= p + dot.size() || Overlaps(begin, end)) continue;
        Add(begin, end, "");
      }
    }
  }

  // Later mentions of a Chinese name found next to a role word ("托卡耶夫").
  void RepeatHanNames() {
    const std::string_view s = han_;
    std::vector<std::string> names(han_names_.begin(), han_names_.end());
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      for (size_t p = s.find(name); p != std::string_view::npos; p = s.find(name, p + 1)) {
        if (!Overlaps(p, p + name.size())) Add(p, p + name.size(), "");
      }
    }
  }

  bool Overlaps(size_t begin, size_t end) const {
    for (const auto& [b, e] : spans_) {
      if (b < end && begin < e) return true;
    }
    const auto& toks = ctx_.doc.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), static_cast<uint32_t>(begin),
                               [](const Token& t, uint32_t b) { return t.end <= b; });
    for (; it != toks.end() && it->begin < end; ++it) {
      const auto k = static_cast<size_t>(it - toks.begin());
      if (ctx_.taken[k] || ctx_.place[k]) return true;
    }
    return false;
  }

  void Add(size_t begin, size_t end, const std::string& role) {
    const auto& toks = ctx_.doc.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), static_cast<uint32_t>(begin),
                               [](const Token& t, uint32_t b) { return t.end <= b; });
    if (it == toks.end()) return;
    Candidate c;
    c.kind = NamedEntityKind::kPerson;
    c.begin = static_cast<uint32_t>(begin);
    c.end = static_cast<uint32_t>(end);
    c.first = static_cast<uint32_t>(it - toks.begin());
    c.last = c.first;
    while (c.last + 1 < toks.size() && toks[c.last + 1].begin < end) ++c.last;
    c.role = role;
    for (uint32_t k = c.first; k <= c.last; ++k) ctx_.taken[k] = 1;
    spans_.emplace_back(begin, end);
    if (it->script == Script::kHan) han_names_.insert(std::string(han_.substr(begin, end - begin)));
    out_->push_back(std::move(c));
  }

  DocContext& ctx_;
  std::string simplified_;                // Chinese text in simplified characters
  std::string_view han_ = ctx_.doc.text;  // the text Han names are looked for in
  std::vector<Candidate>* out_;
  std::vector<std::pair<size_t, size_t>> spans_;
  absl::flat_hash_set<std::string> han_names_;
};

}  // namespace

void FindUncased(DocContext* ctx, std::vector<Candidate>* out) { UncasedScanner(ctx, out).Run(); }

}  // namespace newsloom::entity_internal
