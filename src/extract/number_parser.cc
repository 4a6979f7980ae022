#include "extract/number_parser.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "core/strings.h"
#include "extract/chinese_numbers.h"
#include "extract/digit_string.h"
#include "extract/event_byte_trie.h"
#include "extract/event_key_filter.h"
#include "extract/number_words.h"
#include "text/abbreviations.h"

namespace newsloom {

extern const std::string_view kNumbersTsv;

namespace extract_internal {

// Pre-tests for one word map of the lexicon, exact in the negative: a word the filter rejects
// is no key of the map, and a word MaySplit rejects is one SplitCompound cannot split (its
// first piece and its last, non-joiner, piece are FindPiece hits of the same map).
class NumberWordIndex {
 public:
  explicit NumberWordIndex(const NumberLexicon::WordMap& words) {
    for (const auto& [key, list] : words) {
      keys_.Add(key);
      const NumberEntry* piece = FindPiece(words, key);
      if (piece == nullptr) continue;
      first_pieces_.Add(key, ByteTrie::Direction::kForward);
      if (piece->kind != NumberWordKind::kJoiner) {
        last_pieces_.Add(key, ByteTrie::Direction::kBackward);
      }
    }
  }
  bool MayBeKey(std::string_view w) const { return keys_.MayContain(w); }
  bool MaySplit(std::string_view w) const {
    constexpr size_t kMinWord = 4, kMaxWord = 64;  // SplitCompound's limits
    return w.size() >= kMinWord && w.size() <= kMaxWord &&
           first_pieces_.HasKeyIn(w, ByteTrie::Direction::kForward) &&
           last_pieces_.HasKeyIn(w, ByteTrie::Direction::kBackward);
  }

 private:
  KeyFilter keys_;
  ByteTrie first_pieces_, last_pieces_;
};

}  // namespace extract_internal

namespace {

using extract_internal::DigitNumber;
using extract_internal::FindPiece;
using extract_internal::NumberWordIndex;
using extract_internal::ParseDigitString;
using extract_internal::ScaleToInteger;
using extract_internal::SplitCompound;
using extract_internal::WordNumber;

// Indefinite articles that also mean "one": alone they are not a count ("een man", "ein Auto").
constexpr std::array<std::string_view, 14> kArticleOnes = {"een",   "ein", "eine", "einen", "einem",
                                                           "einer", "en",  "ett",  "et",    "un",
                                                           "une",   "uno", "una",  "bir"};

bool IsApproxQualifier(std::string_view q) {
  return q == "nearly" || q == "about" || q == "more than" || q == "up to";
}

// Scans the tokens of one sentence; see number_parser.h for what counts.
class Scanner {
 public:
  Scanner(const NumberLexicon& lex, const NumberLexicon::WordMap& words,
          const NumberWordIndex& index, const AnalyzedDocument& doc, size_t first, size_t last,
          std::vector<Quantity>* out)
      : lex_(lex),
        doc_(doc),
        lang_(doc.lang),
        words_(words),
        index_(index),
        full_words_(lex.HasLanguage(doc.lang)),
        first_(first),
        last_(last),
        out_(out),
        lookups_(last - first, &kNotLooked) {}

  void Run();
  // False when no token of the sentence can start a quantity: no digits, no hyphen (joined
  // number words), no word that may be a lexicon key or split into number pieces. Run finds
  // nothing in such a sentence; this test is the same per-token work without the parsing.
  bool MayHoldQuantity() const;

 private:
  struct Expr {
    int64_t value = 0;
    bool vague = false;
    std::string after_qualifier;
    size_t end = 0;  // one past the last token
  };
  enum class Outcome { kFound, kNone, kSkip };

  const Token& T(size_t i) const { return doc_.tokens[i]; }
  std::string_view Text(size_t i) const {
    return std::string_view(doc_.text).substr(T(i).begin, T(i).end - T(i).begin);
  }
  bool Is(size_t i, std::string_view s) const { return i < last_ && Text(i) == s; }
  bool Adjacent(size_t a, size_t b) const { return T(a).end == T(b).begin; }
  bool IsHyphen(size_t i) const { return Is(i, "-") || Is(i, "\xE2\x80\x90"); }
  const NumberLexicon::EntryList* Lookup(size_t i) const;
  const NumberEntry* Single(size_t i, NumberWordKind kind) const {
    return i < last_ && i >= first_ ? FindSingle(Lookup(i), kind) : nullptr;
  }
  const NumberEntry* MatchPhrase(size_t i, NumberWordKind kind) const;
  // Whether a change phrase ("возросло", "zwiększyła się") ends right before token i.
  bool ChangeEndsBefore(size_t i) const;

  Outcome ParseExpr(size_t j, bool qualified, Expr* e, size_t* skip_to);
  Outcome ParseDigits(size_t j, bool qualified, Expr* e, size_t* skip_to);
  bool ParseVague(size_t j, Expr* e);
  // Digits glued to a multiplier in one word: Italian "525mila", "1,5mln".
  bool ParseGluedMultiplier(size_t j, Expr* e);
  bool ParseWords(size_t j, Expr* e);
  bool ReadPiece(size_t t, std::vector<const NumberEntry*>* pieces, size_t* next) const;
  size_t JoinSpaceGroups(size_t j, DigitNumber* n) const;
  bool IsGroupGap(size_t a, size_t b) const;
  bool IsDateOrPercent(size_t j, size_t end, size_t* skip_to) const;
  bool IsYear(size_t j, size_t end, const DigitNumber& n) const;
  size_t ReadAfterQualifier(size_t end, Expr* e) const;
  void Emit(size_t begin_token, const Expr& e, const NumberEntry* qualifier);

  // The lexicon entries of a word, from the map when the pre-test passes.
  const NumberLexicon::EntryList* Find(std::string_view w) const {
    if (!index_.MayBeKey(w)) return nullptr;
    const auto it = words_.find(AbslView(w));
    return it == words_.end() ? nullptr : &it->second;
  }

  static const NumberLexicon::EntryList kNotLooked;  // lookups_ placeholder

  const NumberLexicon& lex_;
  const AnalyzedDocument& doc_;
  const std::string_view lang_;
  const NumberLexicon::WordMap& words_;
  const NumberWordIndex& index_;
  const bool full_words_;  // the language has its own entries: read words and qualifiers
  const size_t first_;
  const size_t last_;
  std::vector<Quantity>* out_;
  // Lookup(i) per token of the sentence (index i - first_), &kNotLooked until looked up.
  mutable std::vector<const NumberLexicon::EntryList*> lookups_;
};

const NumberLexicon::EntryList Scanner::kNotLooked;

const NumberLexicon::EntryList* Scanner::Lookup(size_t i) const {
  const NumberLexicon::EntryList*& cached = lookups_[i - first_];
  if (cached == &kNotLooked) {
    cached = T(i).kind == TokenKind::kWord ? Find(T(i).lower) : nullptr;
  }
  return cached;
}

// FindPiece (number_words.h) on the entries of a word already looked up.
const NumberEntry* PieceOf(const NumberLexicon::EntryList* list) {
  if (list == nullptr) return nullptr;
  for (const NumberEntry* e : *list) {
    if (e->words.size() != 1) continue;
    if (e->kind == NumberWordKind::kCardinal || e->kind == NumberWordKind::kMultiplier ||
        e->kind == NumberWordKind::kJoiner) {
      return e;
    }
  }
  return nullptr;
}

const NumberEntry* Scanner::MatchPhrase(size_t i, NumberWordKind kind) const {
  if (i >= last_) return nullptr;
  const NumberLexicon::EntryList* list = Lookup(i);
  if (list == nullptr) return nullptr;
  for (const NumberEntry* e : *list) {
    if (e->kind != kind || i + e->words.size() > last_) continue;
    bool match = true;
    for (size_t w = 1; w < e->words.size() && match; ++w) {
      match = T(i + w).kind == TokenKind::kWord && T(i + w).lower == e->words[w];
    }
    if (match) return e;
  }
  return nullptr;
}

bool Scanner::ChangeEndsBefore(size_t i) const {
  constexpr size_t kLongest = 3;  // "zwiększyła się": a change phrase of up to 3 words
  for (size_t k = 1; k <= kLongest && k <= i - first_; ++k) {
    const NumberEntry* c = MatchPhrase(i - k, NumberWordKind::kChange);
    if (c != nullptr && c->words.size() == k) return true;
  }
  return false;
}

bool Scanner::MayHoldQuantity() const {
  for (size_t i = first_; i < last_; ++i) {
    const Token& t = T(i);
    if (t.kind == TokenKind::kNumber || IsHyphen(i)) return true;
    if (t.kind != TokenKind::kWord) continue;
    if (index_.MayBeKey(t.lower) || (full_words_ && index_.MaySplit(t.lower))) return true;
    if (full_words_ && !t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9') return true;
  }
  return false;
}

void Scanner::Run() {
  if (!MayHoldQuantity()) return;
  for (size_t i = first_; i < last_;) {
    size_t j = i;
    const NumberEntry* q = full_words_ ? MatchPhrase(i, NumberWordKind::kQualifier) : nullptr;
    if (q != nullptr) {
      j = i + q->words.size();
      if (j < last_ && Is(j, ".") && Adjacent(j - 1, j)) ++j;  // "ca. 300", "ok. 300"
    }
    Expr e;
    size_t skip_to = 0;
    const Outcome o = j < last_ ? ParseExpr(j, q != nullptr, &e, &skip_to) : Outcome::kNone;
    if (o == Outcome::kFound) {
      // "возросло до 686", "wzrosła do 12": after a verb of change the "up to" word says
      // "to", and the number is exact.
      if (q != nullptr && q->qualifier == "up to" && ChangeEndsBefore(i)) {
        Emit(j, e, nullptr);
        i = e.end;
        continue;
      }
      Emit(q != nullptr ? i : j, e, q);
      i = e.end;
    } else {
      i = std::max(i + 1, o == Outcome::kSkip ? skip_to : 0);
    }
  }
}

void Scanner::Emit(size_t begin_token, const Expr& e, const NumberEntry* qualifier) {
  Quantity q;
  q.value = e.value;
  q.vague = e.vague;
  q.qualifier = qualifier != nullptr ? qualifier->qualifier : e.after_qualifier;
  q.approx = e.vague || IsApproxQualifier(q.qualifier);
  q.begin = T(begin_token).begin;
  q.end = T(e.end - 1).end;
  out_->push_back(std::move(q));
}

Scanner::Outcome Scanner::ParseExpr(size_t j, bool qualified, Expr* e, size_t* skip_to) {
  if (T(j).kind == TokenKind::kNumber) return ParseDigits(j, qualified, e, skip_to);
  if (T(j).kind != TokenKind::kWord || !full_words_) return Outcome::kNone;
  if (ParseVague(j, e) || ParseWords(j, e) || ParseGluedMultiplier(j, e)) return Outcome::kFound;
  return Outcome::kNone;
}

bool Scanner::ParseGluedMultiplier(size_t j, Expr* e) {
  const std::string& word = T(j).lower;
  if (word.empty() || word[0] < '0' || word[0] > '9') return false;
  size_t cut = 0;
  while (cut < word.size() &&
         ((word[cut] >= '0' && word[cut] <= '9') || word[cut] == ',' || word[cut] == '.')) {
    ++cut;
  }
  if (cut == word.size()) return false;
  const NumberLexicon::EntryList* list = Find(std::string_view(word).substr(cut));
  if (list == nullptr) return false;
  for (const NumberEntry* m : *list) {
    if (m->kind != NumberWordKind::kMultiplier || m->words.size() != 1) continue;
    const auto n = ParseDigitString(std::string_view(word).substr(0, cut), lang_);
    if (!n || n->leading_zero) return false;
    const auto value = ScaleToInteger(*n, m->value);
    if (!value) return false;
    e->value = *value;
    e->end = ReadAfterQualifier(j + 1, e);
    return true;
  }
  return false;
}

bool Scanner::ParseVague(size_t j, Expr* e) {
  const NumberEntry* v = MatchPhrase(j, NumberWordKind::kVague);
  if (v == nullptr) return false;
  e->value = v->value;
  e->vague = true;
  e->end = j + v->words.size();
  return true;
}

bool Scanner::ReadPiece(size_t t, std::vector<const NumberEntry*>* pieces, size_t* next) const {
  if (t >= last_ || T(t).kind != TokenKind::kWord) return false;
  // Hyphenated forms listed whole: "quatre-vingt-dix", "dix-sept" (longest first).
  size_t run = t;
  while (run + 2 < last_ && run - t < 6 && IsHyphen(run + 1) && Adjacent(run, run + 1) &&
         Adjacent(run + 1, run + 2) && T(run + 2).kind == TokenKind::kWord) {
    run += 2;
  }
  for (size_t stop = run; stop > t; stop -= 2) {
    std::string joined = T(t).lower;
    for (size_t k = t + 2; k <= stop; k += 2) joined += "-" + T(k).lower;
    if (const NumberEntry* e = PieceOf(Find(joined))) {
      *pieces = {e};
      *next = stop + 1;
      return true;
    }
  }
  *next = t + 1;
  if (const NumberEntry* e = PieceOf(Lookup(t))) {
    *pieces = {e};
    return true;
  }
  if (!index_.MaySplit(T(t).lower)) return false;
  return SplitCompound(words_, lex_.piece_prefixes(), T(t).lower, pieces);
}

bool Scanner::ParseWords(size_t j, Expr* e) {
  WordNumber number;
  std::vector<const NumberEntry*> pieces;
  size_t t = j;
  size_t end = j;
  while (t < last_) {
    size_t next = t;
    if (!ReadPiece(t, &pieces, &next)) break;
    if (pieces[0]->kind == NumberWordKind::kJoiner && number.pieces() == 0) break;
    if (pieces.size() == 1 && pieces[0]->kind == NumberWordKind::kJoiner) {
      t = next;  // "hundred and five": kept only if a piece follows
      continue;
    }
    if (!number.AddPieces(pieces)) break;
    end = t = next;
    if (t + 1 < last_ && IsHyphen(t) && Adjacent(t - 1, t) && Adjacent(t, t + 1)) ++t;
  }
  if (number.pieces() == 0) return false;
  if (end == j + 1 && number.value() == 1 &&
      std::find(kArticleOnes.begin(), kArticleOnes.end(), T(j).lower) != kArticleOnes.end()) {
    return false;
  }
  e->value = number.value();
  e->end = end;
  end = ReadAfterQualifier(end, e);
  e->end = end;
  return true;
}

bool Scanner::IsGroupGap(size_t a, size_t b) const {
  const std::string_view gap = std::string_view(doc_.text).substr(T(a).end, T(b).begin - T(a).end);
  // Elsewhere a plain space groups only before a leading zero ("3 000", "12 050").
  if (gap == " ") {
    return extract_internal::UsesSpaceGrouping(lang_) || doc_.text[T(b).begin] == '0';
  }
  return gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
}

size_t Scanner::JoinSpaceGroups(size_t j, DigitNumber* n) const {
  size_t end = j + 1;
  if (n->scale != 0 || n->grouped || n->integer_digits > 3 || n->leading_zero) return end;
  while (end < last_ && T(end).kind == TokenKind::kNumber && IsGroupGap(end - 1, end) &&
         n->mantissa < 1'000'000'000'000) {
    const auto g = ParseDigitString(Text(end), lang_);
    if (!g || g->integer_digits != 3 || g->scale != 0 || g->grouped) break;
    n->mantissa = n->mantissa * 1000 + g->mantissa;
    n->integer_digits += 3;
    n->grouped = true;
    ++end;
  }
  return end;
}

// Percentages, dates (a month name next to the number) and numbers glued to a word by a
// hyphen or written as ordinals with a dot.
bool Scanner::IsDateOrPercent(size_t j, size_t end, size_t* skip_to) const {
  *skip_to = end;
  if (j > first_ && Adjacent(j - 1, j) &&
      (Is(j - 1, "%") || Is(j - 1, "\xD9\xAA") || Is(j - 1, "+") || Is(j - 1, "/") ||
       Is(j - 1, ":") || Is(j - 1, "#") || Is(j - 1, "\xE2\x84\x96"))) {
    return true;
  }
  if (Single(j - 1, NumberWordKind::kPercent) || Single(j - 1, NumberWordKind::kMonth)) {
    return true;
  }
  if (end >= last_) return false;
  if (Is(end, "%") || Is(end, "\xD9\xAA") || Is(end, "\xEF\xBC\x85")) {
    *skip_to = end + 1;
    return true;
  }
  if (const NumberEntry* p = MatchPhrase(end, NumberWordKind::kPercent)) {
    *skip_to = end + p->words.size();
    return true;
  }
  if (Single(end, NumberWordKind::kMonth)) return true;
  const bool dot = Is(end, ".") && Adjacent(end - 1, end);
  const bool de = T(end).lower == "de" || T(end).lower == "of" || T(end).lower == "del";
  if ((dot || de) && Single(end + 1, NumberWordKind::kMonth)) return true;
  if (dot && end + 1 < last_ && T(end + 1).kind == TokenKind::kWord &&
      text_analysis::WritesOrdinalDot(lang_)) {
    return true;  // "3. Mai", "am 3. Tag"
  }
  if (IsHyphen(end) && Adjacent(end - 1, end) && end + 1 < last_ && Adjacent(end, end + 1) &&
      T(end + 1).kind == TokenKind::kWord) {
    return true;  // "3-й", "5-year"
  }
  return false;
}

bool Scanner::IsYear(size_t j, size_t end, const DigitNumber& n) const {
  if (n.scale != 0 || n.grouped || n.integer_digits != 4) return false;
  if (n.mantissa < 1800 || n.mantissa > 2099) return false;
  if (Single(j - 1, NumberWordKind::kYearPrep) || Single(j - 1, NumberWordKind::kYearWord)) {
    return true;
  }
  // "January 6, 2021"
  if (j >= first_ + 2 && Is(j - 1, ",") && T(j - 2).kind == TokenKind::kNumber) return true;
  if (end >= last_ || T(end).kind != TokenKind::kWord) return true;
  return Single(end, NumberWordKind::kYearWord) != nullptr;
}

// Turkish "500'den fazla", "1000'e yakın": a qualifier after the number and its case suffix.
size_t Scanner::ReadAfterQualifier(size_t end, Expr* e) const {
  if (!full_words_ || end >= last_) return end;
  size_t k = end;
  bool suffix = false;
  if ((Is(k, "'") || Is(k, "\xE2\x80\x99")) && Adjacent(k - 1, k) && k + 1 < last_ &&
      Adjacent(k, k + 1) && T(k + 1).kind == TokenKind::kWord && T(k + 1).lower.size() <= 6) {
    k += 2;
    suffix = true;
  }
  const NumberEntry* q = Single(k, NumberWordKind::kQualifierAfter);
  if (q == nullptr || (!suffix && q->qualifier != "about")) return end;
  e->after_qualifier = q->qualifier;
  return k + 1;
}

Scanner::Outcome Scanner::ParseDigits(size_t j, bool qualified, Expr* e, size_t* skip_to) {
  auto n = ParseDigitString(Text(j), lang_);
  *skip_to = j + 1;
  if (!n) return Outcome::kSkip;
  size_t end = JoinSpaceGroups(j, &*n);
  // Chains of numbers: phone numbers ("020 555 0199"), dates and times ("6/1", "14:30").
  size_t k = end;
  int count = 1;
  bool date_or_time = false;
  while (k < last_) {
    if (T(k).kind == TokenKind::kNumber && !Adjacent(k - 1, k)) {
      ++count;
      ++k;
    } else if ((IsHyphen(k) || Is(k, "/") || Is(k, ":")) && Adjacent(k - 1, k) && k + 1 < last_ &&
               T(k + 1).kind == TokenKind::kNumber && Adjacent(k, k + 1)) {
      date_or_time |= !IsHyphen(k);
      count += 1;
      k += 2;
    } else {
      break;
    }
  }
  if (count >= 3 || date_or_time || n->leading_zero) {
    *skip_to = k;
    return Outcome::kSkip;
  }
  if (IsDateOrPercent(j, end, skip_to)) return Outcome::kSkip;
  int64_t multiplier = 1;
  if (const NumberEntry* m = Single(end, NumberWordKind::kMultiplier)) {
    multiplier = m->value;
    ++end;
  } else if (IsYear(j, end, *n) && (!qualified || Single(end, NumberWordKind::kYearWord))) {
    // A qualifier makes "more than 2000." a count, but not "до 2005 года".
    *skip_to = end;
    return Outcome::kSkip;
  }
  if (n->scale != 0 && multiplier == 1) return Outcome::kSkip;  // "2,5 kilo"
  const auto value = ScaleToInteger(*n, multiplier);
  if (!value) return Outcome::kSkip;
  e->value = *value;
  e->end = ReadAfterQualifier(end, e);
  return Outcome::kFound;
}

bool HasHan(const AnalyzedDocument& doc, const Sentence& s) {
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
    if (doc.tokens[t].script == Script::kHan) return true;
  }
  return false;
}

}  // namespace

NumberParser::NumberParser(std::unique_ptr<NumberLexicon> lexicon)
    : lexicon_(std::move(lexicon)),
      chinese_(std::make_unique<extract_internal::ChineseNumbers>(*lexicon_)) {
  // The map of every language (what an unknown language gets), then each language's own.
  const NumberLexicon::WordMap* all = lexicon_->WordsOf("\x01");
  std::vector<const NumberLexicon::WordMap*> maps = {all};
  for (const auto& [key, list] : *all) {
    for (const NumberEntry* e : list) maps.push_back(lexicon_->WordsOf(e->lang));
  }
  for (const NumberLexicon::WordMap* map : maps) {
    if (!indexes_.contains(map)) {
      indexes_.emplace(map, std::make_unique<extract_internal::NumberWordIndex>(*map));
    }
  }
}

const extract_internal::NumberWordIndex& NumberParser::IndexOf(
    const NumberLexicon::WordMap* words) const {
  return *indexes_.find(words)->second;
}

NumberParser::~NumberParser() = default;

const NumberParser& NumberParser::Default() {
  static const NumberParser* parser = [] {
    auto p = FromTsv(kNumbersTsv, "data/lexicons/numbers.tsv");
    if (!p.ok()) std::abort();  // the embedded file is checked by number_lexicon_test
    return p.value().release();
  }();
  return *parser;
}

StatusOr<std::unique_ptr<NumberParser>> NumberParser::FromTsv(std::string_view tsv,
                                                              std::string_view name) {
  NL_ASSIGN_OR_RETURN(auto lexicon, NumberLexicon::Parse(tsv, name));
  return std::unique_ptr<NumberParser>(new NumberParser(std::move(lexicon)));
}

std::vector<Quantity> NumberParser::FindAll(const AnalyzedDocument& doc,
                                            size_t sentence_index) const {
  std::vector<Quantity> out;
  if (sentence_index >= doc.sentences.size()) return out;
  const Sentence& s = doc.sentences[sentence_index];
  const size_t first = s.first_token;
  const size_t last = std::min<size_t>(doc.tokens.size(), first + s.token_count);
  if (first >= last) return out;
  if (doc.lang == "zh" || (!lexicon_->HasLanguage(doc.lang) && HasHan(doc, s))) {
    chinese_->Find(doc.text, s.begin, s.end, &out);
    return out;
  }
  const NumberLexicon::WordMap* words = lexicon_->WordsOf(doc.lang);
  Scanner(*lexicon_, *words, IndexOf(words), doc, first, last, &out).Run();
  return out;
}

std::vector<Quantity> NumberParser::FindAll(const AnalyzedDocument& doc) const {
  std::vector<Quantity> out;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<Quantity> part = FindAll(doc, s);
    for (Quantity& q : part) out.push_back(std::move(q));
  }
  return out;
}

}  // namespace newsloom
