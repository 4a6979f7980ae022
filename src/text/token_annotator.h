// Fills the per-token fields of AnalyzedDocument tokens: script, capitalized, all_caps, lower
// (ICU full case folding — Turkic folding for tr/az — then NFC), stem (stemmer.h) and
// latin_key (transliterator.h).
//
// Speed: ASCII tokens take fast paths; everything computed for a (language, surface) pair is
// kept in a bounded cache (cleared when full), so ICU and Xapian run once per distinct word
// per thread rather than once per token.
//
// Form ids (Token::form_id): each cache entry gets an id when it is computed, unique in the
// process (blocks of ids come from one atomic counter shared by all annotators); an entry
// keeps its id while it stays cached. Tokens of the fast paths get 0.
//
// Thread safety: NOT thread safe; keep one per thread.
#ifndef NEWSLOOM_TEXT_TOKEN_ANNOTATOR_H_
#define NEWSLOOM_TEXT_TOKEN_ANNOTATOR_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"
#include "text/analyzed_document.h"
#include "text/stemmer.h"
#include "text/transliterator.h"

namespace newsloom::text_analysis {

struct AnnotateOptions {
  bool stem = true;        // false: stem = lower
  bool latin_keys = true;  // false: latin_key left empty
  // Words longer than this many bytes are not stemmed and get only the ASCII letters and
  // digits of their lower form as latin key (keeps pathological inputs cheap). Default 128.
  size_t max_word_bytes = 128;
  // Cached distinct (language, surface) entries per thread, at most. The cache has two
  // generations: when the young one holds half of this, it becomes the old one (the previous
  // old one is dropped) and words found there move back to the young one, so frequent words
  // stay. Default 131072 (~25 MiB per thread).
  size_t cache_entries = 1u << 17;
};

// Script of the first letter (or digit, for numbers) in `s`: Latin, Cyrillic, ... kUnknown
// when there is none (punctuation, symbols).
Script ScriptOf(std::string_view s);

class TokenAnnotator {
 public:
  static StatusOr<std::unique_ptr<TokenAnnotator>> Create();
  ~TokenAnnotator();

  // Starts a document in language `lang` (normalized tag); the options apply until the next
  // call. Per-document work is done here, not per token.
  void StartDocument(std::string_view lang, const AnnotateOptions& options);

  // Fills the fields of `token` (begin, end, kind already set) from its surface in `text`.
  void Annotate(std::string_view text, Token* token);

  // Entries cached now, over both generations and all languages.
  size_t cache_size() const;

 private:
  struct Forms {
    std::string lower, stem, latin_key;
    uint64_t id = 0;  // Token::form_id
    Script script = Script::kUnknown;
    bool capitalized = false, all_caps = false;
  };
  using Map = absl::flat_hash_map<std::string, Forms>;
  struct Cache {
    Map young, old;
  };

  explicit TokenAnnotator(std::unique_ptr<LatinKeyer> keyer);
  Cache* CacheFor(std::string_view key);
  const Forms& Lookup(std::string_view surface, TokenKind kind);
  Forms Compute(std::string_view surface, TokenKind kind);
  uint64_t NextFormId();

  std::unique_ptr<LatinKeyer> keyer_;
  StemmerSet stemmers_;
  // Set by StartDocument.
  std::string lang_;
  AnnotateOptions options_;
  bool has_stemmer_ = false;
  Cache* cache_ = nullptr;
  std::vector<std::pair<std::string, std::unique_ptr<Cache>>> caches_;  // by language
  size_t young_size_ = 0;  // young entries over all caches
  uint64_t next_id_ = 0;   // next form id of the current block; 0: no block yet
  uint64_t block_end_ = 0;
};

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_TOKEN_ANNOTATOR_H_
