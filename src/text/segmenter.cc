#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>

#include "text/abbreviations.h"
#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

// Languages for which ICU has sentence-break exception data ("@ss=standard").
constexpr std::string_view kIcuExceptionLangs[] = {"de", "en", "es", "fr", "it", "pt", "ru", "sv"};

bool IsHorizontalSpace(char16_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// Sets the text of `it` to `s` without copying it.
void SetText(icu::BreakIterator* it, const std::u16string& s, UErrorCode* status) {
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, s.data(), static_cast<int64_t>(s.size()), status);
  it->setText(&ut, *status);
  utext_close(&ut);
}

TokenKind KindOfOther(UChar32 c) {
  if (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) return TokenKind::kWord;
  if (u_isdigit(c)) return TokenKind::kNumber;
  if (u_ispunct(c)) return TokenKind::kPunct;
  return TokenKind::kSymbol;
}

bool IsSkipped(UChar32 c) {
  return u_isUWhiteSpace(c) || (U_GET_GC_MASK(c) & (U_GC_CC_MASK | U_GC_CF_MASK | U_GC_Z_MASK));
}

// Lower-cases `s` code point by code point (simple case mapping; enough for abbreviations).
std::string SimpleLower(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(NextCodePoint(s, &i)))), &out);
  }
  return out;
}

// True when the white space between two sentences holds a blank line or U+2029.
bool IsParagraphBreak(std::string_view gap) {
  if (gap.find("\xE2\x80\xA9") != std::string_view::npos) return true;
  bool newline = false;
  for (const char c : gap) {
    if (c == '\n') {
      if (newline) return true;
      newline = true;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
      newline = false;
    }
  }
  return false;
}

bool ContainsNewline(std::string_view text, uint32_t begin, uint32_t end) {
  return text.substr(begin, end - begin).find('\n') != std::string_view::npos;
}

// True when the sentence break at the end of token `dot` (a "." token, followed by token
// `next` or the end) should be dropped; see the header.
bool SuppressBreak(std::string_view text, std::string_view lang, const std::vector<Token>& tokens,
                   size_t dot, size_t next) {
  if (dot == 0 || next >= tokens.size()) return false;
  const Token& d = tokens[dot];
  const Token& w = tokens[dot - 1];
  if (d.end - d.begin != 1 || text[d.begin] != '.' || w.end != d.begin) return false;
  if (ContainsNewline(text, d.end, tokens[next].begin)) return false;
  const std::string_view word = text.substr(w.begin, w.end - w.begin);
  if (w.kind == TokenKind::kNumber) {
    return WritesOrdinalDot(lang) && word.size() <= 2 && tokens[next].kind == TokenKind::kWord &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  if (w.kind != TokenKind::kWord) return false;
  size_t i = 0;
  const auto first = static_cast<UChar32>(NextCodePoint(word, &i));
  if (i == word.size() && u_isupper(first)) return true;  // an initial: "J. Smith"
  if (word.size() > 24) return false;
  std::string lower = SimpleLower(word);
  lower.push_back('.');
  return IsAbbreviation(lang, lower);
}

}  // namespace

StatusOr<std::unique_ptr<Segmenter>> Segmenter::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> word(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || word == nullptr) {
    return absl::InternalError(std::string("ICU word break data unavailable: ") +
                               u_errorName(status));
  }
  auto segmenter = std::unique_ptr<Segmenter>(new Segmenter(std::move(word)));
  Status st;
  if (segmenter->SentenceIterator("", &st) == nullptr) return st;
  return segmenter;
}

Segmenter::Segmenter(std::unique_ptr<icu::BreakIterator> word) : word_(std::move(word)) {}
Segmenter::~Segmenter() = default;

icu::BreakIterator* Segmenter::SentenceIterator(std::string_view lang, Status* st) {
  std::string key;
  if (std::find(std::begin(kIcuExceptionLangs), std::end(kIcuExceptionLangs), lang) !=
      std::end(kIcuExceptionLangs)) {
    key = std::string(lang);
  }
  for (auto& [k, it] : sentence_) {
    if (k == key) return it.get();
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale =
      key.empty() ? icu::Locale::getRoot() : icu::Locale((key + "@ss=standard").c_str());
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || it == nullptr) {
    *st = absl::InternalError(std::string("ICU sentence break data unavailable: ") +
                              u_errorName(status));
    return nullptr;
  }
  sentence_.emplace_back(key, std::move(it));
  return sentence_.back().second.get();
}

void Segmenter::ToUtf16(std::string_view text) {
  // UTF-16 never has more units than UTF-8 has bytes.
  utf16_.resize(text.size());
  u16_to_u8_.resize(text.size() + 1);
  char16_t* out = utf16_.data();
  uint32_t* map = u16_to_u8_.data();
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    const auto at = static_cast<uint32_t>(i);
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out[n] = static_cast<char16_t>(text[i]);
      map[n++] = at;
      ++i;
      continue;
    }
    const char32_t cp = NextCodePoint(text, &i);
    if (cp < 0x10000) {
      out[n] = static_cast<char16_t>(cp);
      map[n++] = at;
    } else {
      out[n] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
      map[n++] = at;
      out[n] = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
      map[n++] = at;  // a break never falls between surrogates
    }
  }
  map[n] = static_cast<uint32_t>(text.size());
  utf16_.resize(n);
  u16_to_u8_.resize(n + 1);
  // A single line break followed by a lower-case letter is a hard wrap: blank it so ICU does
  // not end the sentence there. Blank lines (paragraph breaks) are left alone.
  for (size_t i = 0; i < n; ++i) {
    if (utf16_[i] != '\n') continue;
    size_t j = i + 1;
    while (j < n && IsHorizontalSpace(utf16_[j])) ++j;
    if (j >= n || utf16_[j] == '\n') continue;
    size_t k = i;
    while (k > 0 && IsHorizontalSpace(utf16_[k - 1])) --k;
    if (k == 0 || utf16_[k - 1] == '\n') continue;
    UChar32 c = utf16_[j];
    if (U16_IS_LEAD(c) && j + 1 < n) c = U16_GET_SUPPLEMENTARY(c, utf16_[j + 1]);
    if (u_islower(c)) {
      utf16_[i] = ' ';
      if (i > 0 && utf16_[i - 1] == '\r') utf16_[i - 1] = ' ';
    }
  }
}

void Segmenter::FindTokens(std::string_view text, std::vector<Token>* tokens) {
  int32_t begin = word_->first();
  for (int32_t end = word_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = word_->next()) {
    const int32_t status = word_->getRuleStatus();
    TokenKind kind;
    if (status >= UBRK_WORD_LETTER) {
      kind = TokenKind::kWord;
    } else if (status >= UBRK_WORD_NUMBER) {
      kind = TokenKind::kNumber;
    } else {
      UChar32 c;
      U16_GET(utf16_.data(), 0, begin, static_cast<int32_t>(utf16_.size()), c);
      // The original text decides: a blanked hard wrap is still white space.
      if (IsSkipped(c)) continue;
      kind = KindOfOther(c);
    }
    Token t;
    t.begin = u16_to_u8_[begin];
    t.end = u16_to_u8_[end];
    t.kind = kind;
    if (t.end > t.begin) tokens->push_back(std::move(t));
  }
}

std::vector<uint32_t> Segmenter::SentenceBreaks(std::string_view text, std::string_view lang,
                                                icu::BreakIterator* it,
                                                const std::vector<Token>& tokens) {
  std::vector<uint32_t> breaks;
  size_t t = 0;  // first token that ends after the current break
  it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const uint32_t at = u16_to_u8_[b];
    while (t < tokens.size() && tokens[t].end <= at) ++t;
    if (t < tokens.size() && tokens[t].begin < at) continue;  // inside a token
    if (t > 0 && t < tokens.size() && SuppressBreak(text, lang, tokens, t - 1, t)) continue;
    breaks.push_back(at);
  }
  if (breaks.empty() || breaks.back() != text.size()) {
    breaks.push_back(static_cast<uint32_t>(text.size()));
  }
  return breaks;
}

Status Segmenter::Segment(std::string_view text, std::string_view lang,
                          std::vector<Sentence>* sentences, std::vector<Token>* tokens) {
  sentences->clear();
  tokens->clear();
  if (text.empty()) return Status();
  Status st;
  icu::BreakIterator* sentence_it = SentenceIterator(lang, &st);
  if (sentence_it == nullptr) return st;
  ToUtf16(text);
  UErrorCode status = U_ZERO_ERROR;
  SetText(word_.get(), utf16_, &status);
  SetText(sentence_it, utf16_, &status);
  if (U_FAILURE(status)) {
    return absl::InternalError(std::string("ICU setText failed: ") + u_errorName(status));
  }
  tokens->reserve(text.size() / 4);
  FindTokens(text, tokens);
  const std::vector<uint32_t> breaks = SentenceBreaks(text, lang, sentence_it, *tokens);
  // Group tokens by sentence; sentences without tokens (white space) are dropped.
  uint32_t paragraph = 0;
  uint32_t previous_end = 0;
  size_t t = 0;
  for (const uint32_t limit : breaks) {
    const size_t first = t;
    while (t < tokens->size() && (*tokens)[t].begin < limit) ++t;
    if (t == first) continue;
    Sentence s;
    s.begin = (*tokens)[first].begin;
    s.end = (*tokens)[t - 1].end;
    s.first_token = static_cast<uint32_t>(first);
    s.token_count = static_cast<uint32_t>(t - first);
    if (!sentences->empty()) {
      const std::string_view gap = text.substr(previous_end, s.begin - previous_end);
      if (IsParagraphBreak(gap)) ++paragraph;
    }
    s.paragraph = paragraph;
    previous_end = s.end;
    sentences->push_back(s);
  }
  return Status();
}

}  // namespace newsloom::text_analysis
