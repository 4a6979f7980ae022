#include "extract/date_role.h"

#include <algorithm>

#include "core/strings.h"
#include "core/tsv.h"
#include "extract/date_lexicon.h"
#include "extract/number_lexicon.h"

namespace newsloom {
namespace {

size_t CharCount(std::string_view w) {
  size_t chars = 0;
  for (char c : w) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "*wahl" matches words ending in "wahl", "выбор*" words starting with "выбор" (both the bare
// stem too), else the word.
bool PatternMatches(std::string_view pattern, std::string_view word) {
  if (pattern.size() > 1 && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return word.size() >= pattern.size() && word.substr(0, pattern.size()) == pattern;
  }
  if (pattern.size() > 1 && pattern.front() == '*') {
    pattern.remove_prefix(1);
    return word.size() >= pattern.size() && word.substr(word.size() - pattern.size()) == pattern;
  }
  return word == pattern;
}

// The word without an elided article or preposition ("l'annuncio" -> "annuncio", "dell'esercito"
// -> "esercito"); empty when there is none.
std::string_view Unelided(std::string_view w) {
  for (std::string_view apostrophe : {"'", "\u2019"}) {
    const size_t at = w.find(apostrophe);
    if (at != std::string_view::npos && at > 0 && at <= 4 && at + apostrophe.size() < w.size()) {
      return w.substr(at + apostrophe.size());
    }
  }
  return {};
}

bool AnyMatches(const std::vector<std::string>& cues, std::string_view lower,
                std::string_view lang) {
  const std::string_view forms[] = {lower, Unelided(lower),
                                    lang == "ar" ? ArabicCliticFree(lower) : std::string_view()};
  for (std::string_view form : forms) {
    if (form.empty()) continue;
    for (const std::string& c : cues) {
      if (PatternMatches(c, form)) return true;
    }
  }
  return false;
}

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

// A lower-case word of more than 3 letters (a content word of another clause); capitalised words
// (names, German nouns) and short function words are not.
bool ContentWord(const Token& t) {
  return t.kind == TokenKind::kWord && !t.capitalized && CharCount(t.lower) > 3;
}

// A word of at most `max_chars` letters (articles, prepositions).
bool ShortWord(const Token& t, size_t max_chars) {
  return t.kind == TokenKind::kWord && CharCount(t.lower) <= max_chars;
}

bool IsHyphenOrApostrophe(const Token& t) {
  return t.lower == "-" || t.lower == "'" || t.lower == "\u2019";
}

// Tokens of `doc` that one sentence and one mention span.
struct Span {
  uint32_t first;  // the sentence's first token
  uint32_t end;    // one past the sentence's last token
  uint32_t begin;  // the mention's first token
  uint32_t stop;   // one past the mention's last token
};

Span MentionTokens(const AnalyzedDocument& doc, const DateMention& m) {
  const Sentence& s = doc.sentences[m.span.sentence];
  Span sp;
  sp.first = s.first_token;
  sp.end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
  sp.begin = sp.first;
  while (sp.begin < sp.end && doc.tokens[sp.begin].end <= m.span.begin) ++sp.begin;
  sp.stop = sp.begin;
  while (sp.stop < sp.end && doc.tokens[sp.stop].begin < m.span.end) ++sp.stop;
  return sp;
}

// Whether a reporting cue stands in the date's clause: see date_role.h.
bool HasReportCue(const AnalyzedDocument& doc, const Span& sp, const std::vector<std::string>& cues,
                  std::string_view lang, int window) {
  auto scan = [&](int step) {
    // Before the date, one content word (the verb of another clause) ends the search; after
    // it, the subject may come first ("во вторник представитель власти заявил").
    const int max_content = step < 0 ? 1 : 3;
    int words = 0;
    int content = 0;
    int64_t i = step < 0 ? static_cast<int64_t>(sp.begin) - 1 : sp.stop;
    for (; i >= sp.first && i < sp.end && words < window; i += step) {
      const Token& t = doc.tokens[i];
      if (!IsWord(t)) {
        if (IsHyphenOrApostrophe(t)) continue;
        // "Vendredi, le ministère a annoncé": a date opening its clause reaches past its comma.
        const bool opens_clause = sp.begin == sp.first || doc.tokens[sp.begin - 1].lower == ",";
        if (step > 0 && i == sp.stop && t.lower == "," && opens_clause) continue;
        return false;
      }
      ++words;
      if (AnyMatches(cues, t.lower, lang)) return true;
      if (ContentWord(t) && ++content > max_content) return false;
    }
    return false;
  };
  return scan(-1) || scan(1);
}

// Whether an election noun stands right next to the date: see date_role.h.
bool HasContextCue(const AnalyzedDocument& doc, const Span& sp,
                   const std::vector<std::string>& cues, std::string_view lang) {
  auto word_at = [&](int64_t i) { return i >= sp.first && i < sp.end && IsWord(doc.tokens[i]); };
  auto cue_at = [&](int64_t i) {
    return word_at(i) && AnyMatches(cues, doc.tokens[i].lower, lang);
  };
  const int64_t before = static_cast<int64_t>(sp.begin) - 1;
  if (cue_at(before)) return true;
  if (word_at(before) && ShortWord(doc.tokens[before], 4) && cue_at(before - 1)) return true;
  const int64_t after = sp.stop;
  if (cue_at(after)) return true;
  if (word_at(after) && ShortWord(doc.tokens[after], 4) && cue_at(after + 1)) return true;
  // "Sunday's parliamentary vote".
  const std::string_view last = doc.tokens[sp.stop - 1].lower;
  const bool possessive = EndsWith(last, "'s") || EndsWith(last, "\u2019s");
  return possessive && word_at(after) && cue_at(after + 1);
}

// Whether a verb of beginning stands right before (or, in tr, after) the date.
bool HasOnsetCue(const AnalyzedDocument& doc, const Span& sp, const std::vector<std::string>& cues,
                 std::string_view lang, int window) {
  for (int64_t i = static_cast<int64_t>(sp.begin) - 1, n = 0; i >= sp.first && n < window;
       --i, ++n) {
    const Token& t = doc.tokens[i];
    if (!IsWord(t)) break;
    if (AnyMatches(cues, t.lower, lang)) return true;
    if (!ShortWord(t, 3)) break;
  }
  // After the date: "cuma günü başlayan", "в четверг доступ начал" (one longer word, the
  // subject, may come first).
  for (uint32_t i = sp.stop, n = 0, longer = 0; i < sp.end && n < 3; ++i, ++n) {
    const Token& t = doc.tokens[i];
    if (!IsWord(t)) return false;
    if (AnyMatches(cues, t.lower, lang)) return true;
    if (!ShortWord(t, 4) && ++longer > 1) return false;
  }
  return false;
}

// Whether a clock time follows the date ("25.01.2021, 16:37 Uhr", "11 серпня 2020, 14:20"):
// the article's own timestamp.
bool FollowedByClockTime(std::string_view text, size_t end) {
  size_t p = end;
  while (p < text.size() && p < end + 3 && (text[p] == ' ' || text[p] == ',')) ++p;
  size_t digits = 0;
  while (p < text.size() && digits < 3 && text[p] >= '0' && text[p] <= '9') ++p, ++digits;
  if (digits == 0 || digits > 2 || p + 2 >= text.size() || text[p] != ':') return false;
  return text[p + 1] >= '0' && text[p + 1] <= '9' && text[p + 2] >= '0' && text[p + 2] <= '9';
}

bool StartsWithAny(std::string_view text, const std::vector<std::string>& cues) {
  return std::any_of(cues.begin(), cues.end(),
                     [&](const std::string& c) { return text.substr(0, c.size()) == c; });
}

bool EndsWithAny(std::string_view text, const std::vector<std::string>& cues) {
  return std::any_of(cues.begin(), cues.end(), [&](const std::string& c) {
    return text.size() >= c.size() && text.substr(text.size() - c.size()) == c;
  });
}

}  // namespace

StatusOr<std::unique_ptr<DateRoleFinder>> DateRoleFinder::Parse(std::string_view tsv,
                                                                std::string_view name,
                                                                DateRoleOptions options) {
  std::unique_ptr<DateRoleFinder> finder(new DateRoleFinder(options));
  NL_RETURN_IF_ERROR(ForEachTsvRow(tsv, [&](size_t line_no, const auto& cols) -> Status {
    if (cols.size() != 3) return absl::OkStatus();  // BackgroundDetector reports the error
    const std::string_view kind = cols[2];
    if (kind != "report" && kind != "context" && kind != "onset" && kind != "anterior") {
      return absl::OkStatus();
    }
    if (cols[0].empty()) return TsvLineError(name, line_no, "empty language");
    if (cols[1].empty() || cols[1] == "*" || cols[1].find(' ') != std::string_view::npos) {
      return TsvLineError(name, line_no, "a " + std::string(kind) + " cue is one word");
    }
    Cues& cues = finder->by_lang_[std::string(cols[0])];
    std::vector<std::string>& list = kind == "report"    ? cues.report
                                     : kind == "context" ? cues.context
                                     : kind == "onset"   ? cues.onset
                                                         : cues.anterior;
    list.push_back(FoldCase(cols[1]));
    ++finder->size_;
    return absl::OkStatus();
  }));
  return finder;
}

DateRole DateRoleFinder::HanRole(const AnalyzedDocument& doc, const DateMention& m,
                                 const Cues& cues) const {
  const std::string_view text = doc.text;
  const std::string_view after = text.substr(m.span.end, 9);  // three Han characters
  const size_t from = m.span.begin >= 9 ? m.span.begin - 9 : 0;
  const std::string_view before = text.substr(from, m.span.begin - from);
  if (StartsWithAny(after, cues.report)) return DateRole::kStatement;
  if (StartsWithAny(after, cues.context)) return DateRole::kContext;
  if (EndsWithAny(before, cues.onset)) return DateRole::kOnset;
  return DateRole::kEvent;
}

DateRole DateRoleFinder::RoleOf(const AnalyzedDocument& doc, const DateMention& m) const {
  if (m.span.sentence >= doc.sentences.size() || m.span.end > doc.text.size()) {
    return DateRole::kEvent;
  }
  if (FollowedByClockTime(doc.text, m.span.end)) return DateRole::kTimestamp;
  const std::string_view lang = DateLanguage(doc.lang);
  const auto it = by_lang_.find(AbslView(lang));
  if (it == by_lang_.end()) return DateRole::kEvent;
  const Cues& cues = it->second;
  if (lang == "zh") return HanRole(doc, m, cues);
  const Span sp = MentionTokens(doc, m);
  if (sp.begin >= sp.stop) return DateRole::kEvent;
  if (HasContextCue(doc, sp, cues.context, lang)) return DateRole::kContext;
  if (HasOnsetCue(doc, sp, cues.onset, lang, options_.onset_window)) return DateRole::kOnset;
  if (HasReportCue(doc, sp, cues.report, lang, options_.report_window)) {
    return DateRole::kStatement;
  }
  if (HasReportCue(doc, sp, cues.anterior, lang, options_.report_window)) {
    return DateRole::kAnterior;
  }
  return DateRole::kEvent;
}

}  // namespace newsloom
