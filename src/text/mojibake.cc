#include "text/mojibake.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <vector>

#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

constexpr char32_t kFractionSlash = 0x2044;

// The byte that Windows-1252 (with Latin-1's C1 controls for its five undefined bytes) decodes
// to `cp`, or -1 when no byte does.
int Cp1252Byte(char32_t cp) {
  if (cp < 0x100) return static_cast<int>(cp);
  switch (cp) {
    case 0x20AC:
      return 0x80;
    case 0x201A:
      return 0x82;
    case 0x0192:
      return 0x83;
    case 0x201E:
      return 0x84;
    case 0x2026:
      return 0x85;
    case 0x2020:
      return 0x86;
    case 0x2021:
      return 0x87;
    case 0x02C6:
      return 0x88;
    case 0x2030:
      return 0x89;
    case 0x0160:
      return 0x8A;
    case 0x2039:
      return 0x8B;
    case 0x0152:
      return 0x8C;
    case 0x017D:
      return 0x8E;
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x201C:
      return 0x93;
    case 0x201D:
      return 0x94;
    case 0x2022:
      return 0x95;
    case 0x2013:
      return 0x96;
    case 0x2014:
      return 0x97;
    case 0x02DC:
      return 0x98;
    case 0x2122:
      return 0x99;
    case 0x0161:
      return 0x9A;
    case 0x203A:
      return 0x9B;
    case 0x0153:
      return 0x9C;
    case 0x017E:
      return 0x9E;
    case 0x0178:
      return 0x9F;
    default:
      return -1;
  }
}

// Punctuation that often follows a word: an accented letter followed only by these at the end
// of a word is weak evidence ("PÅ”", "Ñ…").
bool IsClosingPunct(char32_t cp) {
  switch (cp) {
    case 0x00A0:
    case 0x00BB:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2026:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

enum class Block : uint8_t {
  kLatin,
  kGreek,
  kCyrillic,
  kArmenian,
  kHebrew,
  kArabic,
  kIndic,
  kThai,
  kCjk,
  kOther,
  kCount
};

struct CharClass {
  bool odd = true;             // never produced by a repair
  bool script_letter = false;  // a letter of a non-Latin script (weak when isolated)
  Block block = Block::kOther;
};

CharClass Classify(char32_t u) {
  CharClass c;
  const int8_t type = u_charType(static_cast<UChar32>(u));
  if (type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE ||
      type == U_CONTROL_CHAR) {
    return c;
  }
  auto set = [&c](Block b, bool script) {
    c.odd = false;
    c.block = b;
    c.script_letter = script;
    return c;
  };
  if (u >= 0xA0 && u < 0x250) return set(Block::kLatin, false);
  if (u < 0x370) return c;  // IPA, spacing modifiers, combining marks
  if (u < 0x400) return set(Block::kGreek, true);
  if (u < 0x530) return set(Block::kCyrillic, true);
  if (u < 0x590) return set(Block::kArmenian, true);
  if (u < 0x600) return set(Block::kHebrew, true);
  if (u < 0x700) return set(Block::kArabic, true);
  if (u < 0x900) return c;  // Syriac, Thaana, NKo, Samaritan...
  if (u < 0xE00) return set(Block::kIndic, true);
  if (u < 0xE80) return set(Block::kThai, true);
  if (u >= 0x10A0 && u < 0x1100) return set(Block::kOther, true);  // Georgian
  if (u >= 0x1E00 && u < 0x1F00) return set(Block::kLatin, false);
  if (u >= 0x2000 && u < 0x2C00) return set(Block::kLatin, false);  // punctuation, symbols
  if ((u >= 0x3000 && u < 0xA000) || (u >= 0xAC00 && u < 0xD7A4) || (u >= 0xF900 && u < 0xFB00) ||
      (u >= 0xFF00 && u < 0xFFF0) || (u >= 0x20000 && u < 0x32000)) {
    return set(Block::kCjk, true);
  }
  if ((u >= 0xFE00 && u < 0xFE10) || u == 0xFEFF) return set(Block::kLatin, false);
  if (u >= 0x1F000 && u < 0x1FB00) return set(Block::kLatin, false);  // emoji
  return c;
}

struct Unit {
  char32_t cp;
  uint32_t src;  // byte offset in the original input where this character's bytes start
};

struct Candidate {
  size_t begin;  // unit index of the lead
  size_t end;    // one past the last unit consumed
  char32_t decoded;
  CharClass cls;
  bool strong;
};

// Continuation byte for units[j...], or -1. Handles "1⁄4", "1⁄2", "3⁄4" (NFKC of ¼ ½ ¾).
int ContinuationAt(const std::vector<Unit>& u, size_t j, size_t* consumed) {
  *consumed = 1;
  const int b = Cp1252Byte(u[j].cp);
  if (b >= 0x80 && b <= 0xBF) return b;
  if (j + 2 < u.size() && u[j + 1].cp == kFractionSlash) {
    *consumed = 3;
    const char32_t a = u[j].cp, d = u[j + 2].cp;
    if (a == '1' && d == '4') return 0xBC;
    if (a == '1' && d == '2') return 0xBD;
    if (a == '3' && d == '4') return 0xBE;
  }
  return -1;
}

bool MatchCandidate(const std::vector<Unit>& u, size_t k, Candidate* c) {
  const int lead = Cp1252Byte(u[k].cp);
  if (lead < 0xC2 || lead > 0xF4) return false;
  const int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  char32_t value = static_cast<char32_t>(lead & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07));
  size_t j = k + 1;
  bool all_closing = true;
  for (int t = 0; t < need; ++t) {
    if (j >= u.size()) return false;
    size_t consumed;
    const int b = ContinuationAt(u, j, &consumed);
    if (b < 0) return false;
    if (t == 0) {
      if ((lead == 0xE0 && b < 0xA0) || (lead == 0xED && b > 0x9F) || (lead == 0xF0 && b < 0x90) ||
          (lead == 0xF4 && b > 0x8F)) {
        return false;
      }
    }
    if (consumed != 1 || !IsClosingPunct(u[j].cp)) all_closing = false;
    value = (value << 6) | static_cast<char32_t>(b & 0x3F);
    j += consumed;
  }
  c->begin = k;
  c->end = j;
  c->decoded = value;
  c->cls = Classify(value);
  if (c->cls.odd) return false;
  const bool word_end = j >= u.size() || !u_isalnum(static_cast<UChar32>(u[j].cp));
  const bool closing_end = all_closing && word_end;
  // "IRMÃ”", "PÅ”": the last letter of an upper-case word before a closing quote.
  if (closing_end && k > 0 && u_isupper(static_cast<UChar32>(u[k - 1].cp))) return false;
  // "Ã" and "Â" end no word in any language, so only other leads can be weak here.
  const bool weak_end = closing_end && lead != 0xC2 && lead != 0xC3;
  c->strong = !weak_end && (need > 1 || !c->cls.script_letter);
  return true;
}

// "Ã" + plain space, where the space was the NBSP of "à"; see the header.
void RepairAGraveSpace(std::vector<Unit>* units, size_t* repairs) {
  std::vector<Unit>& u = *units;
  size_t w = 0;
  char32_t prev = 0;
  for (size_t r = 0; r < u.size(); ++r) {
    Unit unit = u[r];
    const char32_t original = unit.cp;
    if (unit.cp == 0xC3 && r + 1 < u.size() && u[r + 1].cp == ' ' &&
        !u_isupper(static_cast<UChar32>(prev))) {
      unit.cp = 0xE0;
      ++*repairs;
      const bool letter_next = r + 2 < u.size() && u_isalnum(static_cast<UChar32>(u[r + 2].cp));
      if (!letter_next) ++r;  // the space was the NBSP; otherwise keep it as the separator
    }
    prev = original;
    u[w++] = unit;
  }
  u.resize(w);
}

// One repair pass over `units`. Returns the number of repaired sequences.
size_t RepairPass(std::vector<Unit>* units) {
  std::vector<Unit>& u = *units;
  std::vector<Candidate> cands;
  for (size_t k = 0; k < u.size();) {
    Candidate c;
    if (MatchCandidate(u, k, &c)) {
      if (!cands.empty() && cands.back().end == k) {
        cands.back().strong = true;
        c.strong = true;
      }
      cands.push_back(c);
      k = c.end;
    } else {
      ++k;
    }
  }
  if (cands.empty()) return 0;
  std::array<bool, static_cast<size_t>(Block::kCount)> evidence{};
  for (const Candidate& c : cands) {
    if (c.strong) evidence[static_cast<size_t>(c.cls.block)] = true;
  }
  std::vector<Unit> out;
  out.reserve(u.size());
  size_t repairs = 0, next = 0;
  for (const Candidate& c : cands) {
    if (!c.strong && !evidence[static_cast<size_t>(c.cls.block)]) continue;
    out.insert(out.end(), u.begin() + next, u.begin() + c.begin);
    out.push_back(Unit{c.decoded, u[c.begin].src});
    next = c.end;
    ++repairs;
  }
  if (repairs == 0) return 0;
  out.insert(out.end(), u.begin() + next, u.end());
  if (evidence[static_cast<size_t>(Block::kLatin)]) RepairAGraveSpace(&out, &repairs);
  u.swap(out);
  return repairs;
}

// True when the character starting at s[i] can be a continuation (see Cp1252Byte).
bool MayBeContinuation(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
  switch (b0) {
    case 0xC2:
      return true;  // U+0080..U+00BF
    case 0xC5:
    case 0xC6:
    case 0xCB:
    case 0xE2:
      return b1 != 0;  // Œ ƒ ˆ “ € ™ ...
    case '1':
    case '3':
      return b1 == 0xE2;  // "1⁄4"
    default:
      return false;
  }
}

}  // namespace

bool MayContainMojibake(std::string_view text) {
  for (size_t i = text.find('\xC3'); i != std::string_view::npos; i = text.find('\xC3', i + 1)) {
    if (i + 1 >= text.size()) break;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b1 >= 0x82 && b1 <= 0xB4 && MayBeContinuation(text, i + 2)) return true;
  }
  return false;
}

size_t RepairMojibake(std::string_view in, std::string* out, OffsetMap* map) {
  if (!MayContainMojibake(in)) return 0;
  std::vector<Unit> units;
  units.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    const auto src = static_cast<uint32_t>(i);
    units.push_back(Unit{NextCodePoint(in, &i), src});
  }
  size_t repairs = 0;
  for (int pass = 0; pass < 3; ++pass) {
    const size_t n = RepairPass(&units);
    if (n == 0) break;
    repairs += n;
  }
  if (repairs == 0) return 0;
  out->clear();
  out->reserve(in.size());
  map->AddAnchor(0, 0);
  uint32_t expected = 0;  // source offset of the next unit if offsets advance together
  for (const Unit& unit : units) {
    if (unit.src != expected) map->AddAnchor(static_cast<uint32_t>(out->size()), unit.src);
    const size_t before = out->size();
    AppendUtf8(unit.cp, out);
    expected = unit.src + static_cast<uint32_t>(out->size() - before);
  }
  if (expected != in.size()) {
    map->AddAnchor(static_cast<uint32_t>(out->size()), static_cast<uint32_t>(in.size()));
  }
  return repairs;
}

}  // namespace newsloom::text_analysis
