#include "search/snippet.h"

#include <algorithm>

namespace newsloom::search {
namespace {

struct Hit {
  uint32_t begin, end;
  const std::string* term;
};

bool IsContinuation(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// A cut point at or before `at`: just after a space when one is near, else a UTF-8 boundary.
size_t CutBackward(std::string_view text, size_t at, size_t floor) {
  at = std::min(at, text.size());
  for (size_t i = at; i > floor && at - i < 40; --i) {
    if (text[i - 1] == ' ' || text[i - 1] == '\n') return i;
  }
  while (at > floor && IsContinuation(text, at)) --at;
  return at;
}

// Index of the first hit of the window holding the most distinct matched terms.
size_t BestWindow(const std::vector<Hit>& hits, size_t length) {
  size_t best = 0, best_count = 0;
  for (size_t i = 0; i < hits.size(); ++i) {
    std::vector<const std::string*> seen;
    for (size_t j = i; j < hits.size() && hits[j].end <= hits[i].begin + length; ++j) {
      if (std::find(seen.begin(), seen.end(), hits[j].term) == seen.end()) {
        seen.push_back(hits[j].term);
      }
    }
    if (seen.size() > best_count) {
      best_count = seen.size();
      best = i;
    }
  }
  return best;
}

}  // namespace

Snippet MakeSnippet(std::string_view text, const std::vector<TermOccurrence>& occurrences,
                    const absl::flat_hash_set<std::string>& matched,
                    const SnippetOptions& options) {
  std::vector<Hit> hits;
  for (const TermOccurrence& o : occurrences) {
    if (o.in_title || o.begin >= o.end || o.end > text.size()) continue;
    if (matched.contains(o.term)) hits.push_back({o.begin, o.end, &o.term});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  size_t start = 0;
  // Cut the front only when the text does not fit and the best matches lie beyond the first
  // two thirds of a passage.
  if (!hits.empty() && text.size() > options.length &&
      hits[BestWindow(hits, options.length)].end > options.length * 2 / 3) {
    const Hit& first = hits[BestWindow(hits, options.length)];
    start = first.begin > options.lead ? CutBackward(text, first.begin - options.lead, 0) : 0;
    // Start at the sentence when it begins shortly before.
    if (size_t dot = text.rfind(". ", first.begin);
        dot != std::string_view::npos && dot + 2 > start && dot + 2 <= first.begin) {
      start = dot + 2;
    }
  }
  size_t end = start + options.length >= text.size()
                   ? text.size()
                   : CutBackward(text, start + options.length, start + 1);
  Snippet s;
  if (start > 0) s.text = "…";
  const size_t base = s.text.size();
  s.text.append(text.substr(start, end - start));
  for (char& c : s.text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (end < text.size()) s.text += "…";
  uint32_t last_end = 0;
  for (const Hit& h : hits) {
    if (h.begin < start || h.end > end) continue;
    const uint32_t b = static_cast<uint32_t>(h.begin - start + base);
    const uint32_t e = static_cast<uint32_t>(h.end - start + base);
    if (b < last_end) continue;  // overlapping occurrences of one word
    s.highlights.emplace_back(b, e);
    last_end = e;
  }
  return s;
}

}  // namespace newsloom::search
