#include "extract/number_words.h"

#include <limits>

#include "core/strings.h"

namespace newsloom::extract_internal {

bool WordNumber::CanFollow(int64_t v) const {
  if (pieces_ == 0) return true;
  if (last_multiplier_ > 0) return v < last_multiplier_;  // "hundred five", "thousand twelve"
  // A unit before its tens: "einundzwanzig", "enogtyve", "خمسة وعشرون", "ثلاثة عشر".
  if (last_ >= 1 && last_ <= 9 && current_ % 100 == last_ && v % 10 == 0 && v >= 10 && v <= 90) {
    return true;
  }
  if (v >= last_) return false;
  // After a round ten only a unit; French 60 and 80 also take 10-19 ("soixante-douze").
  if (last_ % 10 == 0 && last_ < 100 && last_ != 60 && last_ != 80) return v < 10;
  return true;
}

bool WordNumber::AddCardinal(int64_t v) {
  if (v <= 0 || v >= kMax || !CanFollow(v)) return false;
  if (v >= 1000) {  // "ألفين" (2000) is a whole group
    if (big_ != 0 && v >= big_) return false;
    if (current_ != 0) return false;
  }
  current_ += v;
  last_ = v;
  last_multiplier_ = 0;
  ++pieces_;
  return true;
}

bool WordNumber::AddMultiplier(int64_t m) {
  if (m <= 1 || m >= kMax) return false;
  const int64_t base = current_ == 0 ? 1 : current_;
  if (m < 1000) {
    if (current_ >= 100 || last_multiplier_ != 0) return false;  // "hundred hundred"
    current_ = base * m;
  } else {
    if (big_ != 0 && m >= big_) return false;  // "thousand million"
    if (current_ == 0 && total_ != 0) return false;
    if (base > kMax / m || total_ + base * m >= kMax) return false;
    total_ += base * m;
    current_ = 0;
    big_ = m;
  }
  last_multiplier_ = m;
  ++pieces_;
  return true;
}

bool WordNumber::AddPieces(const std::vector<const NumberEntry*>& pieces) {
  WordNumber copy = *this;
  for (const NumberEntry* p : pieces) {
    bool ok = true;
    if (p->kind == NumberWordKind::kCardinal) ok = copy.AddCardinal(p->value);
    if (p->kind == NumberWordKind::kMultiplier) ok = copy.AddMultiplier(p->value);
    if (!ok) return false;
  }
  *this = copy;
  return true;
}

const NumberEntry* FindPiece(const NumberLexicon::WordMap& words, std::string_view word) {
  const auto it = words.find(AbslView(word));
  if (it == words.end()) return nullptr;
  for (const NumberEntry* e : it->second) {
    if (e->words.size() != 1) continue;
    if (e->kind == NumberWordKind::kCardinal || e->kind == NumberWordKind::kMultiplier ||
        e->kind == NumberWordKind::kJoiner) {
      return e;
    }
  }
  return nullptr;
}

bool SplitCompound(const NumberLexicon::WordMap& words, const NumberLexicon::PrefixSet& prefixes,
                   std::string_view word, std::vector<const NumberEntry*>* pieces) {
  constexpr size_t kMaxWord = 64;
  const size_t n = word.size();
  if (n < 4 || n > kMaxWord) return false;
  // best[i]: fewest pieces covering word[0, i); from[i]: the piece ending at i.
  constexpr int kNone = std::numeric_limits<int>::max();
  int best[kMaxWord + 1];
  const NumberEntry* from[kMaxWord + 1] = {};
  size_t start[kMaxWord + 1] = {};
  for (size_t i = 0; i <= n; ++i) best[i] = kNone;
  best[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    if (best[i] == kNone) continue;
    for (size_t len = 1; i + len <= n; ++len) {
      if (!prefixes.contains(AbslView(word.substr(i, len)))) break;
      const NumberEntry* e = FindPiece(words, word.substr(i, len));
      if (e == nullptr) continue;
      if (e->kind == NumberWordKind::kJoiner && i + len == n) continue;
      if (best[i] + 1 < best[i + len]) {
        best[i + len] = best[i] + 1;
        from[i + len] = e;
        start[i + len] = i;
      }
    }
  }
  if (best[n] == kNone || best[n] < 2) return false;
  pieces->clear();
  for (size_t at = n; at > 0; at = start[at]) pieces->insert(pieces->begin(), from[at]);
  return true;
}

}  // namespace newsloom::extract_internal
