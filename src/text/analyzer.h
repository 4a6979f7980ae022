// Analyzer: an article's main text (UTF-8, possibly with mojibake or invalid bytes) ->
// AnalyzedDocument (text/analyzed_document.h): clean text, language, sentences, tokens.
//
// Steps, in order:
//   1. Texts over `max_text_bytes` are truncated or rejected (see AnalyzerOptions).
//   2. Ill-formed UTF-8 -> U+FFFD; mojibake repair ("KirgiziÃ«" -> "Kirgizië", mojibake.h);
//      Unicode NFC. AnalyzedDocument::to_source maps clean-text offsets back to the input.
//   3. Language: CLD2 with the caller's hint; ISO 639-1 codes ("nb" for Norwegian Bokmål, "nn"
//      when CLD2 says Nynorsk, "he" for Hebrew, "zh" for both Chinese scripts), "und" when
//      unreliable or too short (language_id.h).
//   4. ICU sentences and words; paragraphs split on blank lines (segmenter.h).
//   5. Per token: kind, script, case flags, lower (ICU case folding), stem (Xapian, for the
//      languages listed in stemmer.h), latin_key (transliterator.h).
// All token and sentence offsets are byte offsets into AnalyzedDocument::text, on UTF-8
// character boundaries.
//
// Thread safety: Analyze is const and safe to call concurrently from many threads. Each
// thread lazily gets its own ICU break iterators, transliterator, Xapian stemmers and word
// cache (thread_local, shared by all Analyzers in that thread), so the hot path allocates no
// ICU service objects per document. When a thread exits its objects go to a process-wide pool
// that the next new threads draw from, so short-lived threads (a thread pool per run) start
// warm.
//
// Cost (analyzer_benchmark.cc, Release, one core, 3 KB news articles): ~110-180 µs for
// European languages, Russian and Arabic once the thread's word cache is warm (CLD2 ~50 µs,
// ICU breaks ~70 µs, the rest cheap), ~290 µs for Chinese (ICU's dictionary); cold words cost
// more (stemming, transliteration of non-Latin, non-Cyrillic scripts). The first document of
// a thread with no pooled state pays ~10 ms of ICU set-up, and ~0.1 s more for its first Han
// word (ICU's Han-Latin rules).
#ifndef NEWSLOOM_TEXT_ANALYZER_H_
#define NEWSLOOM_TEXT_ANALYZER_H_

#include <cstddef>
#include <memory>
#include <string_view>

#include "core/status.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct AnalyzerOptions {
  // Longest input accepted, in bytes. Default 4 MiB; Create rejects 0 and values over 1 GiB
  // (offsets are 32-bit and the clean text may grow when U+FFFD replaces bytes).
  size_t max_text_bytes = 4u << 20;
  // What happens to longer input. kTruncate (default): only a prefix is analyzed — cut at the
  // last line break, else the last space, in the final 4 KiB before the limit, else at a
  // character boundary — and AnalysisStats::truncated is set. kReject: InvalidArgument.
  enum class OverLimit { kTruncate, kReject };
  OverLimit over_limit = OverLimit::kTruncate;

  // Repair mojibake (step 2). Default true.
  bool repair_mojibake = true;

  // Language id: CLD2 sees at most `lang_max_bytes` bytes, the start and the middle of longer
  // texts (default 1536); fewer than `lang_min_text_bytes` letter bytes give "und" (default
  // 16). When CLD2 is unreliable and a hint naming a language was given, the hint is answered
  // with confidence `hint_confidence` (default true, 0.5).
  size_t lang_max_bytes = 1536;
  int lang_min_text_bytes = 16;
  bool fall_back_to_hint = true;
  double hint_confidence = 0.5;

  // Token fields: stem (false: stem = lower) and latin_key (false: empty). Default true.
  bool stem = true;
  bool latin_keys = true;
  // Words longer than this are not stemmed or transliterated (their latin_key is the ASCII
  // letters and digits of `lower`). Default 128 bytes.
  size_t max_word_bytes = 128;
  // Distinct words cached per thread (lower/stem/latin_key), at most; two generations keep
  // frequent words when it is full (token_annotator.h). Default 131072 (~25 MiB per thread).
  size_t token_cache_entries = 1u << 17;
};

// What Analyze did to the text, for counting and reporting.
struct AnalysisStats {
  bool truncated = false;          // input was over max_text_bytes and cut
  size_t input_bytes_used = 0;     // bytes of the input that were analyzed
  size_t ill_formed_replaced = 0;  // ill-formed UTF-8 sequences replaced by U+FFFD
  size_t mojibake_repairs = 0;     // mojibake sequences repaired
  bool nfc_changed = false;        // NFC changed the text
};

class Analyzer {
 public:
  // InvalidArgument for bad options; Internal when ICU data is missing.
  static StatusOr<std::unique_ptr<Analyzer>> Create(AnalyzerOptions options = {});

  // Analyzes `text` (any bytes). `lang_hint` is an optional language tag from metadata
  // ("nl", "nb-NO", "he"); it helps CLD2 and is the fallback on short text. Errors:
  // InvalidArgument when the text is too long and options say kReject; Internal on ICU
  // failure. Empty text gives an empty document with lang "und".
  StatusOr<AnalyzedDocument> Analyze(std::string_view text, std::string_view lang_hint = {}) const;
  StatusOr<AnalyzedDocument> Analyze(std::string_view text, std::string_view lang_hint,
                                     AnalysisStats* stats) const;
  // Analyzes `text` as written in `lang`, a language Analyze answers ("nl", "zh"), without
  // identifying it: for text whose language is already known, such as an article's title
  // (too short for CLD2 to be sure, and costly to ask). doc.lang is `lang`, lang_confidence 1;
  // an empty `lang` or "und" identifies the language as Analyze does. Errors as Analyze.
  StatusOr<AnalyzedDocument> AnalyzeIn(std::string_view text, std::string_view lang) const;

  const AnalyzerOptions& options() const { return options_; }

 private:
  explicit Analyzer(AnalyzerOptions options) : options_(options) {}
  // Analyze, identifying the language with `lang_hint` unless `known_lang` is given.
  StatusOr<AnalyzedDocument> Run(std::string_view text, std::string_view lang_hint,
                                 std::string_view known_lang, AnalysisStats* stats) const;
  AnalyzerOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_ANALYZER_H_
