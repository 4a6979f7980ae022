#include "link/name_folding.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/strings.h"

namespace newsloom {
extern const std::string_view kGivenNameVariantsTsv;
}  // namespace newsloom

namespace newsloom::link {
namespace {

struct Rewrite {
  std::string_view from;
  std::string_view to;
};

// Longest first, so that at each position a cluster wins over its prefixes.
constexpr std::array<Rewrite, 26> kClusters = {{
    {"schtsch", "sh"}, {"shch", "sh"}, {"sjtsj", "sh"}, {"szcz", "sh"}, {"tsch", "ch"},
    {"dsch", "j"},     {"dzh", "j"},   {"dzj", "j"},    {"tsj", "ch"},  {"tch", "ch"},
    {"sch", "sh"},     {"cz", "ch"},   {"sj", "sh"},    {"sz", "sh"},   {"dj", "j"},
    {"zh", "j"},       {"zj", "j"},    {"kh", "h"},     {"ts", "z"},    {"tz", "z"},
    {"ph", "f"},       {"ck", "k"},    {"ou", "u"},     {"q", "k"},     {"x", "ks"},
    {"w", "v"},
}};

// Slavic adjective surname endings, after j -> y.
constexpr std::array<std::string_view, 6> kSkiEndings = {"skiy", "skyi", "skyy",
                                                         "skii", "skij", "sky"};

// Case endings that may follow a surname stem (folded spellings).
constexpr std::array<std::string_view, 14> kCaseEndings = {
    "ovi", "ogo", "omu", "ym", "im", "om", "em", "oi", "yh", "ih", "a", "u", "e", "i"};
constexpr std::array<std::string_view, 4> kStems = {"ov", "ev", "in", "yn"};

// Endings two forms of a given name may differ by ("almazbeka" ~ "almazbek").
constexpr std::array<std::string_view, 9> kGivenEndings = {"ovi", "om", "ym", "em", "a",
                                                           "u",   "e",  "i",  "y"};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string RewriteClusters(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  size_t i = 0;
  while (i < s.size()) {
    bool done = false;
    for (const Rewrite& r : kClusters) {
      if (r.from[0] == s[i] && s.compare(i, r.from.size(), r.from) == 0) {
        out.append(r.to);
        i += r.from.size();
        done = true;
        break;
      }
    }
    if (!done) out.push_back(s[i++]);
  }
  return out;
}

// True when `a` and `b` have the same consonants (not a vowel nor y) in the same order;
// compares in place, without building the consonant strings.
bool SameConsonants(std::string_view a, std::string_view b) {
  auto consonant = [](char c) { return !IsVowel(c) && c != 'y'; };
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && !consonant(a[i])) ++i;
    while (j < b.size() && !consonant(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}

// Jaro-Winkler of two non-empty, different strings, with caller-provided scratch: `taken` has
// b.size() bytes, `a_common` a.size(). The plain definition, in one pass per string: the
// characters of `b` matched in order are compared against `a_common` as they are met, which
// counts the same half-transpositions as building b's common string first.
double JaroWinklerWith(std::string_view a, std::string_view b, char* taken, char* a_common) {
  const size_t longest = std::max(a.size(), b.size());
  const size_t window = longest >= 4 ? longest / 2 - 1 : 0;
  std::fill(taken, taken + b.size(), 0);
  size_t common = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t from = i > window ? i - window : 0;
    const size_t to = std::min(b.size(), i + window + 1);
    for (size_t j = from; j < to; ++j) {
      if (!taken[j] && a[i] == b[j]) {
        taken[j] = 1;
        a_common[common++] = a[i];
        break;
      }
    }
  }
  if (common == 0) return 0.0;
  size_t half_transpositions = 0;
  for (size_t j = 0, k = 0; j < b.size(); ++j) {
    if (taken[j] && a_common[k++] != b[j]) ++half_transpositions;
  }
  const double m = static_cast<double>(common);
  const double t = half_transpositions / 2.0;
  const double jaro = (m / a.size() + m / b.size() + (m - t) / m) / 3.0;
  size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + 0.1 * prefix * (1.0 - jaro);
}

std::string CollapseDoubles(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

std::string DropGlides(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char next = i + 1 < s.size() ? s[i + 1] : '\0';
    if (s[i] == 'i' && (next == 'y' || next == 'e')) continue;
    if (s[i] == 'y' && IsVowel(next)) continue;
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::string FoldToken(std::string_view ascii) {
  std::string s = RewriteClusters(ascii);
  std::replace(s.begin(), s.end(), 'j', 'y');
  for (std::string_view ending : kSkiEndings) {
    if (s.size() > ending.size() + 1 && EndsWith(s, ending)) {
      s.resize(s.size() - ending.size());
      s += "ski";
      break;
    }
  }
  // z and s: English writes з as z, German as s ("Zelensky", "Selenskyj"); ц became z above.
  std::replace(s.begin(), s.end(), 'z', 's');
  s = DropGlides(CollapseDoubles(s));  // "tayyip" -> "tayip" -> "taip", like "Тайип"
  // The y that is left is a vowel (ы): "Sadyr" ~ "Садир".
  std::replace(s.begin(), s.end(), 'y', 'i');
  return CollapseDoubles(s);
}

std::string StripSlavicCase(std::string_view folded) {
  constexpr size_t kMinStem = 4;
  for (std::string_view ending : kCaseEndings) {
    if (folded.size() < ending.size() + kMinStem || !EndsWith(folded, ending)) continue;
    std::string_view rest = folded.substr(0, folded.size() - ending.size());
    if (EndsWith(rest, "sk")) return std::string(rest) + "i";
    // Ukrainian surnames in -enko and -chko decline like nouns in -a (Лукашенка, Кличком,
    // Polish Kliczką); Belarusian writes the nominative so (Lukashenka).
    if (EndsWith(rest, "enk") || EndsWith(rest, "chk")) return std::string(rest) + "o";
    for (std::string_view stem : kStems) {
      if (EndsWith(rest, stem)) return std::string(rest);
    }
  }
  // "-skaa" of a feminine adjective surname, after glides and doubles: "-ska".
  if (folded.size() >= kMinStem + 2 && EndsWith(folded, "ska")) {
    return std::string(folded.substr(0, folded.size() - 1)) + "i";
  }
  return std::string(folded);
}

namespace {

// Folded spelling -> line of data/lexicons/given_name_variants.tsv.
const absl::flat_hash_map<std::string, uint32_t>& GivenNameVariants() {
  static const auto* variants = [] {
    auto* map = new absl::flat_hash_map<std::string, uint32_t>();
    uint32_t line_no = 0;
    std::string_view rest = kGivenNameVariantsTsv;
    while (!rest.empty()) {
      const size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      while (!line.empty()) {
        const size_t sp = line.find(' ');
        if (sp != 0) map->emplace(FoldToken(line.substr(0, sp)), line_no);
        if (sp == std::string_view::npos) break;
        line = line.substr(sp + 1);
      }
    }
    return map;
  }();
  return *variants;
}

// The variants line of a folded given name, also with a case ending ("oleksandra"); 0 if none.
uint32_t VariantLine(std::string_view folded) {
  const auto& variants = GivenNameVariants();
  // Heterogeneous lookups: no string is built on the linker's scoring path.
  if (auto it = variants.find(AbslView(folded)); it != variants.end()) return it->second;
  for (std::string_view ending : kGivenEndings) {
    if (folded.size() < ending.size() + 3 || !EndsWith(folded, ending)) continue;
    auto it = variants.find(AbslView(folded.substr(0, folded.size() - ending.size())));
    if (it != variants.end()) return it->second;
  }
  return 0;
}

}  // namespace

bool GivenNamesCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (a.size() >= 4 && b.size() >= 4) {
    const uint32_t line = VariantLine(a);
    if (line != 0 && line == VariantLine(b)) return true;
  }
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];
  std::string_view shorter = a.size() < b.size() ? a : b;
  std::string_view longer = a.size() < b.size() ? b : a;
  if (shorter.size() >= 3 && longer.substr(0, shorter.size()) == shorter) {
    std::string_view rest = longer.substr(shorter.size());
    for (std::string_view ending : kGivenEndings) {
      if (rest == ending) return true;
    }
  }
  if (a.size() < 4 || b.size() < 4) return false;
  // Vowels differ between transliterations ("Adel" ~ "Adil", "Gholamhossein" ~ "Golamhoseyn").
  if (a.size() == b.size() && a[0] == b[0] && SameConsonants(a, b)) return true;
  return JaroWinkler(a, b) >= 0.9;
}

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a == b) return a.empty() ? 0.0 : 1.0;
  if (a.empty() || b.empty()) return 0.0;
  // Names are short: scratch on the stack; longer strings take it from the heap.
  constexpr size_t kStack = 64;
  if (a.size() <= kStack && b.size() <= kStack) {
    char taken[kStack];
    char a_common[kStack];
    return JaroWinklerWith(a, b, taken, a_common);
  }
  std::vector<char> taken(b.size());
  std::vector<char> a_common(a.size());
  return JaroWinklerWith(a, b, taken.data(), a_common.data());
}

std::string ScriptOf(std::string_view utf8) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status)) break;
    const char* name = uscript_getShortName(script);
    return name != nullptr ? std::string(name) : std::string("Zzzz");
  }
  return "Zyyy";
}

}  // namespace newsloom::link
