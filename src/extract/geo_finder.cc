#include "extract/geo_finder.h"

#include <algorithm>
#include <string_view>

#include "core/strings.h"
#include "resources/name_key.h"
#include "text/chinese_names.h"
#include "text/utf8.h"

namespace newsloom {
namespace {

constexpr size_t kMaxSpanWords = 3;
constexpr int kMaxHanChars = 6;
// A name found only after stripping an ending must name a country, a subdivision or a place
// at least this large ("Monday" -> "Monda" is a village; "Бишкеке" -> "Бишкек" is not).
constexpr uint32_t kMinInflectedPopulation = 50000;
// A sentence-initial single word naming only places smaller than this is not read as a place
// unless the text also writes it capitalized inside a sentence.
constexpr uint32_t kMinInitialPopulation = 100000;
// A place this large is not read as a first name before an unknown capitalized word.
constexpr uint32_t kMinFirstNameExempt = 1000000;
// A place smaller than this right after an unknown capitalized word is read as a surname.
constexpr uint32_t kMaxSurnamePopulation = 100000;

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The middle dots that join the parts of a transcribed foreign name in Chinese.
bool IsNameDot(std::string_view s) { return s == "\xC2\xB7" || s == "\xE3\x83\xBB"; }

// Whether characters [from, to) of a Han run (byte offsets `starts`, one per character plus
// the run's end) are all characters of transcriptions of foreign names.
bool AllTranscription(std::string_view text, const std::vector<uint32_t>& starts, size_t from,
                      size_t to) {
  for (size_t k = from; k < to; ++k) {
    size_t at = starts[k];
    if (!text_analysis::IsTranscriptionCharacter(text_analysis::NextCodePoint(text, &at))) {
      return false;
    }
  }
  return true;
}

// Whether characters [p, p + len) of a Han run are part of a transcribed foreign name written
// with a middle dot: transcription characters only between them and a dot that ends or opens
// the run ("萨尔塔" of "萨尔塔纳特·阿济尔别克" is no Salta).
bool InDottedName(std::string_view text, const std::vector<uint32_t>& starts, size_t p,
                  size_t len) {
  const size_t chars = starts.size() - 1;
  const uint32_t run_begin = starts.front(), run_end = starts.back();
  for (size_t dot : {size_t{2}, size_t{3}}) {
    if (run_end + dot <= text.size() && IsNameDot(text.substr(run_end, dot)) &&
        AllTranscription(text, starts, p + len, chars)) {
      return true;
    }
    if (run_begin >= dot && IsNameDot(text.substr(run_begin - dot, dot)) &&
        AllTranscription(text, starts, 0, p)) {
      return true;
    }
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Ukrainian stem alternations of a base without its ending: "києв" -> "київ" (Києві, Києва),
// "львов" -> "львів" (Львова). Appends the forms to `out`.
void AddUkrainianAlternations(const std::string& base, std::vector<std::string>* out) {
  static constexpr std::pair<std::string_view, std::string_view> kSwaps[] = {{"є", "ї"},
                                                                             {"о", "і"}};
  for (const auto& [from, to] : kSwaps) {
    size_t pos = base.rfind(from);
    // Only in the last syllable: at most one consonant after the vowel.
    if (pos == std::string::npos || base.size() - pos - from.size() > 2) continue;
    out->push_back(base.substr(0, pos) + std::string(to) + base.substr(pos + from.size()));
  }
}

// Forms of a lower-cased word without a possessive or case ending, most specific first.
// `min_base` is the fewest code points a stripped base may keep. With `apostrophe_only`, only
// the possessive/suffix after an apostrophe is removed ("İstanbul'da", "Kirgizië's").
std::vector<std::string> StrippedForms(const std::string& lower, size_t min_base,
                                       bool apostrophe_only, std::string_view lang) {
  std::vector<std::string> out;
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {  // ' and U+2019
    size_t pos = lower.find(apostrophe);
    if (pos != std::string::npos && pos > 0) out.push_back(lower.substr(0, pos));
  }
  if (apostrophe_only) return out;
  static constexpr std::string_view kCyrillic[] = {"ом", "ем", "ой", "ею", "ії", "і", "ї",
                                                   "е",  "а",  "у",  "ы",  "и",  "ю"};
  // Latin-script case endings: Slavic and Baltic languages inflect names ("Warszawie",
  // "Biszkeku"); Germanic ones only add a genitive -s ("Kasachstans", "Iraks"); the others
  // (and unknown languages) none beyond the apostrophe.
  static constexpr std::string_view kSlavic[] = {"ie", "u", "e", "a", "s", "y", "i"};
  static constexpr std::string_view kGenitive[] = {"s"};
  std::span<const std::string_view> latin;
  if (lang == "pl" || lang == "cs" || lang == "sk" || lang == "hr" || lang == "sl" ||
      lang == "bs" || lang == "sr" || lang == "lt" || lang == "lv") {
    latin = kSlavic;
  } else if (lang == "de" || lang == "nl" || lang == "nb" || lang == "nn" || lang == "da" ||
             lang == "sv" || lang == "en" || lang == "und") {
    latin = kGenitive;
  }
  auto strip = [&](std::span<const std::string_view> endings, std::string_view feminine,
                   bool cyrillic) {
    for (std::string_view ending : endings) {
      if (!EndsWith(lower, ending)) continue;
      std::string base = lower.substr(0, lower.size() - ending.size());
      if (CodePoints(base) < min_base) continue;
      out.push_back(base);
      out.push_back(base + std::string(feminine));
      if (cyrillic) {
        // Soft stems: "Білорусі" -> "Білорусь", "Росії"/"России" -> "Росія"/"Россия".
        out.push_back(base + "ь");
        out.push_back(base + "я");
        if (ending == "ії") out.push_back(base + "ія");
        AddUkrainianAlternations(base, &out);
      }
    }
  };
  strip(kCyrillic, "а", true);
  strip(latin, "a", false);
  return out;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t p = 0; (p = s->find(from, p)) != std::string::npos; p += to.size()) {
    s->replace(p, from.size(), to);
  }
}

// The name written with English transliteration conventions instead of the document
// language's ("Bischkek", "Nadschaf", "Bisjkek", "Biszkek" -> "bishkek", "najaf";
// Turkish "Nasiriye" -> "nasiriya"), and with
// "j" read as "y" ("Nasirija" -> "nasiriya"). Lower-case Latin input.
std::vector<std::string> TransliterationVariants(const std::string& lower, std::string_view lang) {
  static constexpr std::pair<std::string_view, std::string_view> kDe[] = {
      {"dsch", "j"}, {"tsch", "ch"}, {"sch", "sh"}, {"j", "y"}};
  static constexpr std::pair<std::string_view, std::string_view> kNl[] = {
      {"dzj", "j"}, {"tsj", "ch"}, {"sj", "sh"}, {"j", "y"}, {"oe", "u"}};
  static constexpr std::pair<std::string_view, std::string_view> kNordic[] = {
      {"tsj", "ch"}, {"sj", "sh"}, {"j", "y"}};
  static constexpr std::pair<std::string_view, std::string_view> kPl[] = {
      {"sz", "sh"}, {"cz", "ch"}, {"j", "y"}, {"w", "v"}};
  static constexpr std::pair<std::string_view, std::string_view> kTr[] = {
      {"iye", "iya"}, {"ş", "sh"}, {"ç", "ch"}, {"c", "j"}, {"ğ", "gh"}};
  static constexpr std::pair<std::string_view, std::string_view> kFr[] = {
      {"dj", "j"}, {"tch", "ch"}, {"ch", "sh"}, {"ou", "u"}};
  std::span<const std::pair<std::string_view, std::string_view>> rules;
  if (lang == "de") rules = kDe;
  if (lang == "nl") rules = kNl;
  if (lang == "nb" || lang == "nn" || lang == "da" || lang == "sv") rules = kNordic;
  if (lang == "pl") rules = kPl;
  if (lang == "fr") rules = kFr;
  if (lang == "tr") rules = kTr;
  std::vector<std::string> out;
  if (rules.empty()) return out;
  std::string all = lower;
  for (const auto& [from, to] : rules) ReplaceAll(&all, from, to);
  if (all != lower) out.push_back(all);
  if (lower.find('j') != std::string::npos) {
    std::string y = lower;
    ReplaceAll(&y, "j", "y");
    if (y != all) out.push_back(y);
  }
  return out;
}

bool GapJoinsWords(std::string_view gap) {
  if (gap.empty() || gap.size() > 3) return false;
  return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-'; });
}

bool SignificantHit(const Gazetteer& g, std::span<const NameHit> hits) {
  return std::any_of(hits.begin(), hits.end(), [&](const NameHit& h) {
    return h.kind != EntityKind::kPlace || g.place(h.index).population >= kMinInflectedPopulation;
  });
}

bool OnlySmallPlaces(const Gazetteer& g, std::span<const NameHit> hits, uint32_t limit) {
  return std::all_of(hits.begin(), hits.end(), [&](const NameHit& h) {
    return h.kind == EntityKind::kPlace && g.place(h.index).population < limit;
  });
}

bool StartsName(const Token& t) {
  return t.kind == TokenKind::kWord && (t.capitalized || t.script == Script::kArabic);
}

bool Cased(const Token& t) { return t.script == Script::kLatin || t.script == Script::kCyrillic; }

}  // namespace

GeoFinder::GeoFinder(const Gazetteer& g, const GeoCues& cues, const AnalyzedDocument& doc,
                     const std::vector<TextSpan>* person_spans)
    : g_(g),
      cues_(cues),
      doc_(doc),
      person_spans_(person_spans),
      sentence_initial_(doc.tokens.size(), false),
      memo_(MemoFor(g)),
      single_(&memo_.single[doc.lang]) {
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      if (i < doc.tokens.size() && doc.tokens[i].kind == TokenKind::kWord) {
        sentence_initial_[i] = true;
        break;
      }
    }
  }
}

GeoFinder::ThreadMemo& GeoFinder::MemoFor(const Gazetteer& g) {
  thread_local ThreadMemo memo;
  size_t entries = memo.words.size();
  for (const auto& [lang, words] : memo.single) entries += words.size();
  if (memo.gazetteer != g.instance_id() || entries > kMaxMemoEntries) {
    memo.words.clear();
    memo.single.clear();
    memo.by_form.Reset();
    memo.gazetteer = g.instance_id();
  }
  return memo;
}

// Fills lowercase_words_ and capitalized_inside_: only after kScansBeforeIndex queries, as most
// texts ask about a few words only and a scan of the tokens costs less than the sets.
void GeoFinder::IndexWordCases() const {
  if (cases_indexed_) return;
  cases_indexed_ = true;
  for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (!t.capitalized) {
      lowercase_words_.insert(AbslView(t.lower));
    } else if (!sentence_initial_[i]) {
      capitalized_inside_.insert(AbslView(t.lower));
    }
  }
}

// True when a word token written as `lower` is uncapitalized (`capitalized` false), or
// capitalized and not opening a sentence (`capitalized` true).
bool GeoFinder::ScanWordCases(const std::string& lower, bool capitalized) const {
  for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord || t.capitalized != capitalized || t.lower != lower) continue;
    if (!capitalized || !sentence_initial_[i]) return true;
  }
  return false;
}

bool GeoFinder::OccursInLowerCase(const std::string& lower) const {
  if (!cases_indexed_ && ++case_queries_ <= kScansBeforeIndex) return ScanWordCases(lower, false);
  IndexWordCases();
  return lowercase_words_.contains(AbslView(lower));
}

bool GeoFinder::OccursCapitalizedInside(const std::string& lower) const {
  if (!cases_indexed_ && ++case_queries_ <= kScansBeforeIndex) return ScanWordCases(lower, true);
  IndexWordCases();
  return capitalized_inside_.contains(AbslView(lower));
}

std::vector<NameMatch> GeoFinder::Find() {
  std::vector<NameMatch> out;
  const auto& toks = doc_.tokens;
  constexpr uint32_t kAhead = 8;  // tokens whose memo slots are prefetched
  for (uint32_t i = 0; i < toks.size();) {
    if (i + kAhead < toks.size() && StartsName(toks[i + kAhead])) {
      memo_.by_form.Prefetch(toks[i + kAhead].form_id);
    }
    if (toks[i].kind == TokenKind::kWord && toks[i].script == Script::kHan) {
      i = ScanHan(i, &out);
      continue;
    }
    uint32_t last = i;
    if (StartsName(toks[i]) && TryWords(i, &out, &last)) {
      i = last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

// The hits of the span of the first `n` of `words`, retrying the last word without its ending
// and with other transliteration conventions. `*skip` gets the bytes of an elided article
// before the name ("d'Eindhoven", "l'Aquila").
std::span<const NameHit> GeoFinder::LookupSpan(uint32_t i, std::span<const uint32_t> words,
                                               size_t n, uint32_t* skip, WordMemo* memo) {
  const Token& end_tok = doc_.tokens[words[n - 1]];
  *skip = 0;
  if (n == 1) {
    const size_t elision = ElisionLength(end_tok);
    if (elision == std::string::npos) return {};  // "C'est", "l'on"
    *skip = static_cast<uint32_t>(elision);
    // One word without an elided or fused article: the answer depends only on the language,
    // the word and whether it opens a sentence, so it is kept across documents.
    if (memo == nullptr || elision != 0 || !FusedArticle(i).empty()) {
      return LookupSpanUncached(i, words, n, "", end_tok.lower.substr(elision));
    }
    const int initial = sentence_initial_[i] ? 1 : 0;
    if (!memo->known[initial]) {
      memo->hits[initial] = LookupSpanUncached(i, words, n, "", end_tok.lower);
      memo->known[initial] = true;
    }
    return memo->hits[initial];
  }
  std::string prefix;
  for (size_t k = 0; k + 1 < n; ++k) prefix += doc_.tokens[words[k]].lower + " ";
  return LookupSpanUncached(i, words, n, prefix, end_tok.lower);
}

std::span<const NameHit> GeoFinder::LookupSpanUncached(uint32_t i, std::span<const uint32_t> words,
                                                       size_t n, const std::string& prefix,
                                                       const std::string& last) {
  const Token& end_tok = doc_.tokens[words[n - 1]];
  // French and Italian names with an article fused into a preposition: "au Caire" is
  // "Le Caire", "al Cairo" is "Il Cairo".
  if (std::string_view article = FusedArticle(i); !article.empty()) {
    std::span<const NameHit> hits = LookupRaw(std::string(article) + prefix + last);
    if (!hits.empty()) return hits;
  }
  std::span<const NameHit> hits = LookupRaw(prefix + last);
  if (!hits.empty()) return hits;
  // Sentence-initial words keep their case endings ("Some" is not "Soma"), not apostrophes.
  const bool initial = sentence_initial_[i];
  std::vector<std::string> forms = StrippedForms(last, prefix.empty() ? 3 : 2, initial, doc_.lang);
  if (end_tok.script == Script::kLatin) {
    const size_t stripped = forms.size();
    for (std::string& v : TransliterationVariants(prefix + last, doc_.lang)) {
      forms.push_back(std::move(v));
    }
    for (size_t k = 0; k < stripped; ++k) {  // "Biszkeku" -> "biszkek" -> "bishkek"
      for (std::string& v : TransliterationVariants(prefix + forms[k], doc_.lang)) {
        forms.push_back(std::move(v));
      }
    }
  }
  for (const std::string& form : forms) {
    // One word's variants are tried once per word and language (WordMemo keeps the answer):
    // memoizing each variant would cost more than it saves.
    if (prefix.empty()) {
      hits = g_.Lookup(NormalizeNameKey(form));
    } else {
      hits = LookupRaw(form.starts_with(prefix) ? form : prefix + form);
    }
    if (SignificantHit(g_, hits)) return hits;
  }
  return {};
}

// Bytes of an elided article opening `t` ("d'", "l'", "dell'") when the rest is capitalized;
// 0 when there is none; npos when the word is an elision before a lower-case word ("c'est").
size_t GeoFinder::ElisionLength(const Token& t) const {
  static constexpr std::string_view kElisions[] = {
      "l'", "d'", "c'", "qu'", "j'", "n'", "s'", "dell'", "nell'", "all'", "dall'", "sull'"};
  // Every elision ends in an apostrophe within its first five bytes.
  if (std::string_view(t.lower).substr(0, 5).find('\'') == std::string_view::npos) return 0;
  for (std::string_view e : kElisions) {
    if (!t.lower.starts_with(e) || t.lower.size() == e.size()) continue;
    const unsigned char next = static_cast<unsigned char>(doc_.text[t.begin + e.size()]);
    const bool upper = (next >= 'A' && next <= 'Z') || next >= 0xC0;
    return upper ? e.size() : std::string::npos;
  }
  return 0;
}

// "le " or "il " when the word before token `i` is a preposition with a fused article in a
// French or Italian text (au, du / al, del, dal, nel), else "".
std::string_view GeoFinder::FusedArticle(uint32_t i) const {
  if (i == 0 || doc_.tokens[i - 1].kind != TokenKind::kWord) return "";
  const std::string& prev = doc_.tokens[i - 1].lower;
  if (doc_.lang == "fr" && (prev == "au" || prev == "du")) return "le ";
  if (doc_.lang == "it" && (prev == "al" || prev == "del" || prev == "dal" || prev == "nel")) {
    return "il ";
  }
  return "";
}

// The memo of `raw` (a lower-cased word or phrase): its key and its hits.
GeoFinder::Memo& GeoFinder::MemoOf(const std::string& raw) const {
  auto [it, fresh] = memo_.words.try_emplace(raw);
  if (fresh) it->second.key = NormalizeNameKey(raw);
  return it->second;
}

// g_.Lookup(NormalizeNameKey(raw)), memoized for the document: names and the capitalized words
// around them repeat.
std::span<const NameHit> GeoFinder::LookupRaw(const std::string& raw) const {
  Memo& m = MemoOf(raw);
  if (!m.looked_up) {
    m.hits = g_.Lookup(m.key);
    m.looked_up = true;
  }
  return m.hits;
}

// True when a gazetteer name of several words may start with the word `lower`.
bool GeoFinder::HasMultiWordName(const std::string& lower) const {
  Memo& m = MemoOf(lower);
  if (m.multi < 0) m.multi = !m.key.empty() && g_.MayStartMultiWordKey(m.key);
  return m.multi > 0;
}

// Tries spans of kMaxSpanWords..1 words starting at token `i`; on a hit appends it.
GeoFinder::WordMemo& GeoFinder::WordMemoOf(const Token& t) const {
  WordMemo** known = memo_.by_form.Find(t.form_id);
  if (known != nullptr) return **known;
  auto it = single_->find(AbslView(t.lower));
  if (it == single_->end()) it = single_->try_emplace(t.lower).first;
  WordMemo& m = it->second;
  if (t.form_id != 0) memo_.by_form.Insert(t.form_id, &m);
  if (m.multi < 0) m.multi = HasMultiWordName(t.lower) ? 1 : 0;
  return m;
}

bool GeoFinder::TryWords(uint32_t i, std::vector<NameMatch>* out, uint32_t* last) {
  const auto& toks = doc_.tokens;
  uint32_t words[kMaxSpanWords] = {i};
  size_t count = 1;
  WordMemo& memo = WordMemoOf(toks[i]);
  // Longer spans only when some name starts with this word ("alma " for "Alma-Ata").
  const bool multi = memo.multi > 0;
  while (multi && count < kMaxSpanWords) {
    uint32_t j = words[count - 1] + 1;
    // A hyphen is its own token: "Алма-Ате", "Saint-Denis".
    if (j + 1 < toks.size() && toks[j].kind == TokenKind::kPunct &&
        toks[j].end - toks[j].begin == 1 && doc_.text[toks[j].begin] == '-') {
      ++j;
    }
    if (j >= toks.size() || toks[j].kind != TokenKind::kWord) break;
    std::string_view gap(doc_.text.data() + toks[words[count - 1]].end,
                         toks[j].begin - toks[words[count - 1]].end);
    if (!GapJoinsWords(gap)) break;
    words[count++] = j;
  }
  for (size_t n = count; n >= 1; --n) {
    const Token& end_tok = toks[words[n - 1]];
    if (!StartsName(end_tok)) continue;
    if (n == 1 && CodePoints(toks[i].lower) < 3) continue;
    uint32_t skip = 0;
    std::span<const NameHit> hits = LookupSpan(i, words, n, &skip, n == 1 ? &memo : nullptr);
    if (hits.empty()) continue;
    // A sentence-initial word also written in lower case is a common word ("Die", "Some").
    if (n == 1 && sentence_initial_[i] && OccursInLowerCase(toks[i].lower)) continue;
    if (n == 1 && SkipSingleWord(i, hits)) continue;
    if (InPersonSpan(toks[i].begin, end_tok.end)) return false;
    out->push_back({toks[i].begin + skip, end_tok.end, i, words[n - 1], hits});
    *last = words[n - 1];
    return true;
  }
  return false;
}

bool GeoFinder::SkipSingleWord(uint32_t i, std::span<const NameHit> hits) const {
  const Token& t = doc_.tokens[i];
  const bool country = hits[0].kind == EntityKind::kCountry;
  const bool dateline = i == 0 && t.all_caps;
  // A country too: "Ende" (German: end) is an alternate name of India.
  if (cues_.Has(GeoCues::kCommon, t.lower, doc_.lang)) return true;
  if (!dateline && cues_.Has(GeoCues::kPerson, t.lower, doc_.lang) && NextToPersonName(i)) {
    return true;
  }
  if (sentence_initial_[i] && !dateline && OnlySmallPlaces(g_, hits, kMinInitialPopulation) &&
      !OccursCapitalizedInside(t.lower)) {
    return true;
  }
  if (!country && AfterDeterminer(i)) return true;
  if (!country && OnlySmallPlaces(g_, hits, kMaxSurnamePopulation) && AfterGivenName(i)) {
    return true;
  }
  return !country && LooksLikeOtherName(i, hits);
}

// True when a determiner of the language stands right before token `i` ("der Brand",
// "die Brücken"): German capitalizes nouns, and place names rarely take an article.
bool GeoFinder::AfterDeterminer(uint32_t i) const {
  return i > 0 && doc_.tokens[i - 1].kind == TokenKind::kWord &&
         cues_.Has(GeoCues::kDeterminer, doc_.tokens[i - 1].lower, doc_.lang);
}

// True when an unknown capitalized word, not opening a sentence, stands right before token `i`
// with one space between: the word at `i` is then likely a surname ("Jacob Frey", "Derek
// Chauvin"). Not in German, which capitalizes every noun ("Stadt Nasirija").
bool GeoFinder::AfterGivenName(uint32_t i) const {
  if (i == 0 || doc_.lang == "de") return false;
  const Token& prev = doc_.tokens[i - 1];
  const Token& t = doc_.tokens[i];
  return prev.kind == TokenKind::kWord && Cased(prev) && prev.capitalized && !prev.all_caps &&
         !t.all_caps && !sentence_initial_[i - 1] && t.begin == prev.end + 1 &&
         doc_.text[prev.end] == ' ' && LookupRaw(prev.lower).empty();
}

// True when the one-word place name at token `i` is more likely part of another name: a
// short acronym ("TASS", "OSSE") not opening the text, or a first name followed by an
// unknown capitalized word ("Vladimir Voronin", "VLADIMIR VORONIN").
bool GeoFinder::LooksLikeOtherName(uint32_t i, std::span<const NameHit> hits) const {
  const auto& toks = doc_.tokens;
  if (toks[i].all_caps && CodePoints(toks[i].lower) <= 4 && i != 0) return true;
  if (i + 1 >= toks.size() || toks[i + 1].kind != TokenKind::kWord) return false;
  const Token& next = toks[i + 1];
  // A large city is rarely a first name ("İstanbul Milletvekili", "Berlin Mitte").
  if (std::any_of(hits.begin(), hits.end(), [&](const NameHit& h) {
        return h.kind == EntityKind::kPlace && g_.place(h.index).population >= kMinFirstNameExempt;
      })) {
    return false;
  }
  return Cased(next) && next.capitalized && (!next.all_caps || toks[i].all_caps) &&
         next.begin == toks[i].end + 1 && doc_.text[toks[i].end] == ' ' &&
         LookupRaw(next.lower).empty();
}

// True when the word at `i` stands next to another capitalized name, separated by one space:
// "Jordan Peterson", "Michael Jordan" (the word before is not sentence-initial), "Paris Hilton".
// A neighbour that names a country, subdivision or a place of >= 100k does not count ("Atlanta
// Georgia"); small places do ("Hilton", "Peterson").
bool GeoFinder::NextToPersonName(uint32_t i) const {
  const auto& toks = doc_.tokens;
  auto person_like = [&](uint32_t j) {
    const Token& n = toks[j];
    if (n.kind != TokenKind::kWord || !Cased(n) || !n.capitalized || n.all_caps ||
        CodePoints(n.lower) < 2) {
      return false;
    }
    // A neighbour naming a country, a subdivision or a sizeable place is no person's name.
    std::span<const NameHit> hits = LookupRaw(n.lower);
    return OnlySmallPlaces(g_, hits, kMinInitialPopulation);
  };
  if (i + 1 < toks.size() && toks[i + 1].begin == toks[i].end + 1 &&
      doc_.text[toks[i].end] == ' ' && person_like(i + 1)) {
    return true;
  }
  // A sentence-initial word before it counts when it is long and never written in lower case
  // ("Michael Jordan", not "In Jordan").
  auto given_name = [&](uint32_t j) {
    return !sentence_initial_[j] ||
           (CodePoints(toks[j].lower) >= 5 && !OccursInLowerCase(toks[j].lower));
  };
  return i > 0 && toks[i].begin == toks[i - 1].end + 1 && doc_.text[toks[i - 1].end] == ' ' &&
         given_name(i - 1) && person_like(i - 1);
}

bool GeoFinder::InPersonSpan(uint32_t begin, uint32_t end) const {
  if (person_spans_ == nullptr) return false;
  return std::any_of(person_spans_->begin(), person_spans_->end(),
                     [&](const TextSpan& s) { return s.begin < end && begin < s.end; });
}

// Scans the run of adjacent Han tokens starting at `i` for names of 2..kMaxHanChars
// characters, longest first; returns the token after the run.
uint32_t GeoFinder::ScanHan(uint32_t i, std::vector<NameMatch>* out) {
  const auto& toks = doc_.tokens;
  uint32_t j = i + 1;
  while (j < toks.size() && toks[j].script == Script::kHan && toks[j].begin == toks[j - 1].end) ++j;
  uint32_t begin = toks[i].begin, end = toks[j - 1].end;
  std::vector<uint32_t> starts;  // byte offsets of the run's code points, plus `end`
  for (uint32_t b = begin; b < end; ++b) {
    if ((static_cast<unsigned char>(doc_.text[b]) & 0xC0) != 0x80) starts.push_back(b);
  }
  starts.push_back(end);
  const size_t chars = starts.size() - 1;
  for (size_t p = 0; p < chars;) {
    size_t taken = 1;
    // Most pairs of characters start no name: one probe skips every length.
    if (p + 2 <= chars && !g_.MayStartKey(std::string_view(doc_.text.data() + starts[p],
                                                           starts[p + 2] - starts[p]))) {
      ++p;
      continue;
    }
    for (size_t len = std::min<size_t>(kMaxHanChars, chars - p); len >= 2; --len) {
      std::string_view sub(doc_.text.data() + starts[p], starts[p + len] - starts[p]);
      // Ideographs are their own key (name_key.h): looked up as they are, not memoized.
      std::span<const NameHit> hits =
          IsHanIdeographKey(sub) ? g_.Lookup(sub) : LookupRaw(std::string(sub));
      if (hits.empty() || InPersonSpan(starts[p], starts[p + len])) continue;
      if (InDottedName(doc_.text, starts, p, len)) continue;
      // A common word that also names some place ("中央": central, and a province of Iran).
      if (hits[0].kind != EntityKind::kCountry && cues_.Has(GeoCues::kCommon, sub, doc_.lang)) {
        continue;
      }
      // The token holding the first character (Han tokens are words of one or more chars).
      uint32_t tok = i;
      while (tok + 1 < j && toks[tok + 1].begin <= starts[p]) ++tok;
      uint32_t last = tok;
      while (last + 1 < j && toks[last + 1].begin < starts[p + len]) ++last;
      out->push_back({starts[p], starts[p + len], tok, last, hits});
      taken = len;
      break;
    }
    p += taken;
  }
  return j;
}

}  // namespace newsloom
