// The output of text analysis for one article: clean text, language, sentences and tokens.
// All offsets are byte offsets into `text` (UTF-8, NFC), the `text` field of articles.jsonl;
// `to_source` maps them back into the bytes the reader produced (file or HTML page).
#ifndef NEWSLOOM_TEXT_ANALYZED_DOCUMENT_H_
#define NEWSLOOM_TEXT_ANALYZED_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/offset_map.h"

namespace newsloom {

enum class Script : uint8_t {
  kUnknown,
  kLatin,
  kCyrillic,
  kArabic,
  kHan,
  kKana,
  kHangul,
  kGreek,
  kHebrew,
  kDevanagari,
  kThai,
  kGeorgian,
  kArmenian,
  kOther
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  uint32_t begin = 0;  // byte offset into AnalyzedDocument::text
  uint32_t end = 0;    // one past the last byte
  TokenKind kind = TokenKind::kWord;
  Script script = Script::kUnknown;
  bool capitalized = false;  // first letter upper/title case (cased scripts only)
  bool all_caps = false;     // every letter upper case, at least two letters
  std::string lower;         // case-folded surface form (ICU full case folding), NFC
  std::string stem;          // Xapian stem of `lower` in the document language; == lower when
                             // the language has no stemmer or the token is not a word
  std::string latin_key;     // ASCII transliteration key for name matching: ICU
                             // Any-Latin; Latin-ASCII; lower; letters and digits only
                             // ("Токаев" -> "tokaev", "Tokajew" -> "tokajew")
  // Names this token's annotation, so that later layers can memoize what they derive from a
  // word without hashing its text: two tokens with the same nonzero form_id have the same
  // surface, document language and annotation options, hence equal script, capitalized,
  // all_caps, lower, stem and latin_key. Never reused within a process for anything else.
  // 0 when unknown (tokens made by hand, annotation fast paths); code that changes a token's
  // lower, stem or latin_key, or the document's lang, must set it to 0 (search's Restem does).
  uint64_t form_id = 0;
};

struct Sentence {
  uint32_t begin = 0;  // byte offset into text
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into tokens
  uint32_t token_count = 0;
  uint32_t paragraph = 0;  // 0-based paragraph index (paragraphs split on blank lines)
};

struct AnalyzedDocument {
  std::string text;              // clean text: mojibake repaired, valid UTF-8, NFC
  std::string lang = "und";      // BCP 47 primary tag (ISO 639-1 where one exists): "nl", "nb",
                                 // "zh", "und" when unreliable
  double lang_confidence = 0.0;  // [0,1]
  bool mojibake_repaired = false;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  OffsetMap to_source;  // text offsets -> offsets into the analyzer's input
};

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_ANALYZED_DOCUMENT_H_
