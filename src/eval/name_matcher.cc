#include "eval/name_matcher.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace newsloom::eval {
namespace {

struct Replacement {
  std::string_view from;
  std::string_view to;
};

// Tried in this order at each position, so longer patterns win over their prefixes.
constexpr std::array<Replacement, 20> kClusterFolds = {{
    {"dsch", "j"},  // German transliteration of "дж": "Dschaparow" = "Japarov".
    {"shch", "sh"}, {"tsch", "ch"}, {"dzh", "j"}, {"tsj", "ch"}, {"sch", "sh"},
    {"zh", "j"},    {"zj", "j"},    {"dj", "j"},  {"sj", "sh"},  {"sz", "sh"},
    {"cz", "ch"},   {"kh", "h"},    {"gh", "g"},  {"ph", "f"},   {"ck", "k"},
    {"ou", "u"},    {"x", "ks"},    {"q", "k"},   {"w", "v"},
}};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

std::string ApplyClusterFolds(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 4);
  size_t i = 0;
  while (i < s.size()) {
    bool replaced = false;
    for (const Replacement& r : kClusterFolds) {
      if (s.substr(i, r.from.size()) == r.from) {
        out.append(r.to);
        i += r.from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(s[i++]);
  }
  return out;
}

std::string Join(const std::vector<std::string>& tokens, size_t skip = SIZE_MAX) {
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i != skip) out += tokens[i];
  }
  return out;
}

}  // namespace

std::string FoldVariants(std::string_view ascii_token) {
  std::string s = ApplyClusterFolds(ascii_token);
  std::replace(s.begin(), s.end(), 'j', 'y');
  // iy -> y and ie -> e: "bakiyev" -> "bakyev", "bakiev" -> "bakev".
  std::string t;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == 'i' && i + 1 < s.size() && (s[i + 1] == 'y' || s[i + 1] == 'e')) continue;
    t.push_back(s[i]);
  }
  if (t.size() > 1 && t.back() == 'y') t.back() = 'i';
  // y before a vowel is a glide that some transliterations write and others drop; so is i
  // between vowels ("Baïalinova" = "Bayalinova"). z is written s in German ("Nasarbajew").
  std::string u;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == 'y' && i + 1 < t.size() && IsVowel(t[i + 1])) continue;
    if (t[i] == 'i' && i > 0 && i + 1 < t.size() && IsVowel(t[i - 1]) && IsVowel(t[i + 1]) &&
        t[i - 1] != 'i') {
      continue;
    }
    // y after a vowel and before a consonant is i: "Hoseyn" = "Hosein".
    if (t[i] == 'y' && i > 0 && IsVowel(t[i - 1]) && i + 1 < t.size()) {
      u.push_back('i');
      continue;
    }
    u.push_back(t[i] == 'z' ? 's' : t[i]);
  }
  std::string out;
  for (char c : u) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const size_t window = std::max<size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
  std::vector<bool> a_used(a.size(), false), b_used(b.size(), false);
  size_t matches = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t lo = i > window ? i - window : 0;
    const size_t hi = std::min(b.size(), i + window + 1);
    for (size_t j = lo; j < hi; ++j) {
      if (b_used[j] || a[i] != b[j]) continue;
      a_used[i] = b_used[j] = true;
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  size_t transpositions = 0;
  for (size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_used[i]) continue;
    while (!b_used[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double m = static_cast<double>(matches);
  const double jaro = (m / a.size() + m / b.size() + (m - transpositions / 2.0) / m) / 3.0;
  size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
    ++prefix;
  }
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

std::vector<std::pair<size_t, size_t>> GreedyMatch(const std::vector<std::vector<double>>& scores) {
  std::vector<std::tuple<double, size_t, size_t>> cells;
  size_t cols = 0;
  for (size_t r = 0; r < scores.size(); ++r) {
    cols = std::max(cols, scores[r].size());
    for (size_t c = 0; c < scores[r].size(); ++c) {
      if (scores[r][c] > 0) cells.emplace_back(scores[r][c], r, c);
    }
  }
  std::sort(cells.begin(), cells.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    if (std::get<1>(x) != std::get<1>(y)) return std::get<1>(x) < std::get<1>(y);
    return std::get<2>(x) < std::get<2>(y);
  });
  std::vector<bool> row_used(scores.size(), false), col_used(cols, false);
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& [score, r, c] : cells) {
    if (row_used[r] || col_used[c]) continue;
    row_used[r] = col_used[c] = true;
    out.emplace_back(r, c);
  }
  return out;
}

NameMatcher::NameMatcher(NameMatchOptions options) : options_(options) {}

const NameKey& NameMatcher::Key(std::string_view name) {
  auto it = cache_.find(std::string(name));
  if (it != cache_.end()) return it->second;
  const std::string ascii = translit_.ToLatinAscii(name);
  NameKey key;
  std::string token;
  auto flush = [&] {
    if (token.empty()) return;
    key.folded.push_back(FoldVariants(token));
    key.ascii.push_back(std::move(token));
    token.clear();
  };
  for (char c : ascii) {
    if (c == '\'' || c == '`') continue;
    if (IsAsciiAlnum(c)) {
      token.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else {
      flush();
    }
  }
  flush();
  return cache_.emplace(std::string(name), std::move(key)).first->second;
}

std::string NameMatcher::FoldedKey(std::string_view name) {
  const NameKey& key = Key(name);
  std::string out;
  for (const auto& t : key.folded) {
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  return out;
}

double NameMatcher::TokenSimilarity(std::string_view a, std::string_view b) const {
  if (a == b) return a.empty() ? 0.0 : 1.0;
  if (a.size() < options_.min_fuzzy_length || b.size() < options_.min_fuzzy_length) return 0.0;
  const double jw = JaroWinkler(a, b);
  return jw >= options_.token_threshold ? jw : 0.0;
}

double NameMatcher::GivenNamesScore(const NameKey& a, size_t skip_a, const NameKey& b,
                                    size_t skip_b) const {
  double best = 0;
  for (size_t i = 0; i < a.folded.size(); ++i) {
    if (i == skip_a) continue;
    for (size_t j = 0; j < b.folded.size(); ++j) {
      if (j == skip_b) continue;
      best = std::max(best, TokenSimilarity(a.folded[i], b.folded[j]));
      // An initial matches a given name with the same first letter ("g" ~ "gotabaya").
      const std::string& x = a.ascii[i];
      const std::string& y = b.ascii[j];
      if ((x.size() == 1 || y.size() == 1) && x[0] == y[0]) best = std::max(best, 0.9);
    }
  }
  // "Kassym-Jomart" written as one word.
  best = std::max(best, TokenSimilarity(Join(a.folded, skip_a), Join(b.folded, skip_b)));
  return best;
}

double NameMatcher::PersonScore(std::string_view a_name, std::string_view b_name) {
  const NameKey& a = Key(a_name);  // References into the cache survive rehashing.
  const NameKey& b = Key(b_name);
  if (a.folded.empty() || b.folded.empty()) return 0.0;
  if (a.folded == b.folded) return 1.0;
  struct Orientation {
    size_t a_surname, b_surname;
    double factor;
  };
  const size_t la = a.folded.size() - 1, lb = b.folded.size() - 1;
  std::vector<Orientation> orientations = {{la, lb, 1.0}};
  if (la > 0 && lb > 0) {
    orientations.push_back({0, lb, options_.reversed_order_factor});
    orientations.push_back({la, 0, options_.reversed_order_factor});
  }
  double best = 0;
  for (const Orientation& o : orientations) {
    const double surname = TokenSimilarity(a.folded[o.a_surname], b.folded[o.b_surname]);
    if (surname == 0) continue;
    double score;
    if (la == 0 || lb == 0) {
      score = surname * options_.surname_only_factor;
    } else {
      const double given = GivenNamesScore(a, o.a_surname, b, o.b_surname);
      if (given == 0) continue;  // Conflicting given names: different people.
      score = (surname + given) / 2;
    }
    best = std::max(best, score * o.factor);
  }
  if (best > 0) return best;
  constexpr double kLooseScore = 0.85;
  if (la > 0 && lb > 0 && TokenSimilarity(Join(a.folded), Join(b.folded)) > 0) return kLooseScore;
  const NameKey& shorter = la < lb ? a : b;
  const NameKey& longer = la < lb ? b : a;
  if (shorter.folded.size() >= 2 &&
      std::equal(shorter.folded.begin(), shorter.folded.end(), longer.folded.begin())) {
    return kLooseScore;
  }
  return 0.0;
}

double NameMatcher::PlaceScore(std::string_view a_name, std::string_view b_name) {
  const NameKey& a = Key(a_name);
  const NameKey& b = Key(b_name);
  if (a.folded.empty() || b.folded.empty()) return 0.0;
  if (a.folded == b.folded) return 1.0;
  double best = TokenSimilarity(Join(a.folded), Join(b.folded));
  if (a.folded.size() == b.folded.size()) {
    double sum = 0;
    for (size_t i = 0; i < a.folded.size(); ++i) {
      const double s = TokenSimilarity(a.folded[i], b.folded[i]);
      if (s == 0) return best;
      sum += s;
    }
    best = std::max(best, sum / a.folded.size());
  }
  return best;
}

}  // namespace newsloom::eval
