#include "text/token_annotator.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <atomic>

#include "core/strings.h"
#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

// Caches are per (language, options) pair; more than this many pairs clears them all.
constexpr size_t kMaxCaches = 64;

// Form ids are handed to annotators in blocks of this many, from one process-wide counter.
constexpr uint64_t kFormIdBlock = 4096;
std::atomic<uint64_t> next_form_id_block{1};

Script FromIcuScript(UScriptCode code) {
  switch (code) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    case USCRIPT_HAN:
      return Script::kHan;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_KATAKANA_OR_HIRAGANA:
      return Script::kKana;
    case USCRIPT_HANGUL:
      return Script::kHangul;
    case USCRIPT_GREEK:
      return Script::kGreek;
    case USCRIPT_HEBREW:
      return Script::kHebrew;
    case USCRIPT_DEVANAGARI:
      return Script::kDevanagari;
    case USCRIPT_THAI:
      return Script::kThai;
    case USCRIPT_GEORGIAN:
      return Script::kGeorgian;
    case USCRIPT_ARMENIAN:
      return Script::kArmenian;
    default:
      return Script::kOther;
  }
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ICU full case folding, then NFC.
std::string FoldCase(std::string_view s, std::string_view lang) {
  const bool turkic = lang == "tr" || lang == "az";
  if (IsAscii(s) && !(turkic && s.find('I') != std::string_view::npos)) return AsciiLowerCopy(s);
  const uint32_t options = turkic ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT;
  std::string folded;
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(s.size()));
  icu::CaseMap::utf8Fold(options, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink,
                         nullptr, status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return folded;
  const icu::StringPiece piece(folded.data(), static_cast<int32_t>(folded.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return folded;
  std::string normalized;
  icu::StringByteSink<std::string> nsink(&normalized);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, piece, nsink, nullptr, status);
  return U_SUCCESS(status) ? normalized : folded;
}

// capitalized / all_caps as documented in analyzed_document.h.
void CaseFlags(std::string_view s, bool* capitalized, bool* all_caps) {
  int letters = 0;
  bool all_upper = true;
  *capitalized = false;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(s, &i));
    if (!u_isalpha(c)) continue;
    const bool upper = u_isupper(c) || u_istitle(c);
    if (letters == 0) *capitalized = upper;
    all_upper = all_upper && upper;
    ++letters;
  }
  *all_caps = letters >= 2 && all_upper;
}

void AsciiCaseFlags(std::string_view s, bool* capitalized, bool* all_caps) {
  int letters = 0;
  bool all_upper = true;
  *capitalized = false;
  for (const char c : s) {
    const bool upper = IsAsciiUpper(c);
    if (!upper && !IsAsciiLower(c)) continue;
    if (letters == 0) *capitalized = upper;
    all_upper = all_upper && upper;
    ++letters;
  }
  *all_caps = letters >= 2 && all_upper;
}

}  // namespace

Script ScriptOf(std::string_view s) {
  if (IsAscii(s)) {
    for (const char c : s) {
      if (IsAsciiUpper(c) || IsAsciiLower(c)) return Script::kLatin;
    }
    return Script::kUnknown;
  }
  for (size_t i = 0; i < s.size();) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(static_cast<UChar32>(NextCodePoint(s, &i)), &status);
    if (U_FAILURE(status) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED) continue;
    return FromIcuScript(code);
  }
  return Script::kUnknown;
}

StatusOr<std::unique_ptr<TokenAnnotator>> TokenAnnotator::Create() {
  NL_ASSIGN_OR_RETURN(std::unique_ptr<LatinKeyer> keyer, LatinKeyer::Create());
  return std::unique_ptr<TokenAnnotator>(new TokenAnnotator(std::move(keyer)));
}

TokenAnnotator::TokenAnnotator(std::unique_ptr<LatinKeyer> keyer) : keyer_(std::move(keyer)) {}
TokenAnnotator::~TokenAnnotator() = default;

TokenAnnotator::Cache* TokenAnnotator::CacheFor(std::string_view key) {
  for (auto& [k, cache] : caches_) {
    if (k == key) return cache.get();
  }
  if (caches_.size() >= kMaxCaches) {
    caches_.clear();  // StartDocument is the only caller, so no cache_ pointer is left dangling
    young_size_ = 0;
  }
  caches_.emplace_back(std::string(key), std::make_unique<Cache>());
  return caches_.back().second.get();
}

void TokenAnnotator::StartDocument(std::string_view lang, const AnnotateOptions& options) {
  lang_.assign(lang.data(), lang.size());
  options_ = options;
  has_stemmer_ = options.stem && !XapianStemmerFor(lang).empty();
  // One cache per (language, options) so that cached forms match the options.
  std::string key = lang_;
  key.push_back(static_cast<char>('0' + (options.stem ? 1 : 0) + (options.latin_keys ? 2 : 0)));
  cache_ = CacheFor(key);
}

TokenAnnotator::Forms TokenAnnotator::Compute(std::string_view surface, TokenKind kind) {
  Forms f;
  const bool ascii = IsAscii(surface);
  const bool small = surface.size() <= options_.max_word_bytes;
  f.lower = FoldCase(surface, lang_);
  f.script = ScriptOf(surface);
  if (ascii) {
    AsciiCaseFlags(surface, &f.capitalized, &f.all_caps);
  } else {
    CaseFlags(surface, &f.capitalized, &f.all_caps);
  }
  f.stem = (kind == TokenKind::kWord && has_stemmer_ && small) ? stemmers_.Stem(lang_, f.lower)
                                                               : f.lower;
  if (options_.latin_keys) {
    if (ascii) {
      AppendAsciiAlnumLower(surface, &f.latin_key);
    } else if (!small) {
      AppendAsciiAlnumLower(f.lower, &f.latin_key);
    } else {
      f.latin_key = keyer_->Key(surface);
    }
  }
  return f;
}

uint64_t TokenAnnotator::NextFormId() {
  if (next_id_ == block_end_) {
    next_id_ = next_form_id_block.fetch_add(kFormIdBlock, std::memory_order_relaxed);
    block_end_ = next_id_ + kFormIdBlock;
  }
  return next_id_++;
}

size_t TokenAnnotator::cache_size() const {
  size_t n = 0;
  for (const auto& entry : caches_) n += entry.second->young.size() + entry.second->old.size();
  return n;
}

const TokenAnnotator::Forms& TokenAnnotator::Lookup(std::string_view surface, TokenKind kind) {
  auto it = cache_->young.find(AbslView(surface));
  if (it != cache_->young.end()) return it->second;
  if (young_size_ >= std::max<size_t>(1, options_.cache_entries / 2)) {
    for (auto& entry : caches_) {
      entry.second->old = std::move(entry.second->young);
      entry.second->young.clear();
    }
    young_size_ = 0;
  }
  auto old = cache_->old.find(AbslView(surface));
  Forms forms;
  if (old != cache_->old.end()) {
    forms = std::move(old->second);
  } else {
    forms = Compute(surface, kind);
    forms.id = NextFormId();
  }
  ++young_size_;
  return cache_->young.emplace(std::string(surface), std::move(forms)).first->second;
}

void TokenAnnotator::Annotate(std::string_view text, Token* token) {
  const std::string_view surface = text.substr(token->begin, token->end - token->begin);
  if (token->kind == TokenKind::kPunct || token->kind == TokenKind::kSymbol) {
    token->script = Script::kUnknown;
    token->capitalized = token->all_caps = false;
    token->lower.assign(surface.data(), surface.size());
    token->stem = token->lower;
    token->latin_key.clear();
    token->form_id = 0;
    return;
  }
  const bool cheap = IsAscii(surface) && (token->kind == TokenKind::kNumber || !has_stemmer_);
  if (cheap || surface.size() > options_.max_word_bytes) {
    Forms f = Compute(surface, token->kind);
    token->script = f.script;
    token->capitalized = f.capitalized;
    token->all_caps = f.all_caps;
    token->lower = std::move(f.lower);
    token->stem = std::move(f.stem);
    token->latin_key = std::move(f.latin_key);
    token->form_id = 0;
    return;
  }
  const Forms& forms = Lookup(surface, token->kind);
  token->script = forms.script;
  token->capitalized = forms.capitalized;
  token->all_caps = forms.all_caps;
  token->lower = forms.lower;
  token->stem = forms.stem;
  token->latin_key = forms.latin_key;
  token->form_id = forms.id;
}

}  // namespace newsloom::text_analysis
