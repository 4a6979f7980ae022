// Dictionary: the cross-lingual vocabulary compiled at build time (tools/build_dictionary.cc,
// docs/formats/dictionary.md) from the Debian FreeDict dictionaries and stop-word lists. It
// maps a word of a language, keyed by its Xapian stem (Token::stem), to English pivot terms
// (English Snowball stems), so articles in different languages can be compared on one
// vocabulary, and marks the function words of each language.
//
// Errors: Open returns NotFound for a missing file; Open and FromBytes return DataLoss naming
// the file for a bad magic, an unsupported version, or any record pointing outside the file
// (all checked once at load, so lookups never read out of bounds).
// Thread safety: immutable after loading; every method is safe to call concurrently.
// Cost: loading builds hash indexes of the entries (one table per language) and of the pivots,
// 8 bytes per slot, 1.5-3 slots per record (~5 MB for the built file); Find and
// FindPivot then hash the key once and compare it with about one record.
#ifndef NEWSLOOM_RESOURCES_DICTIONARY_H_
#define NEWSLOOM_RESOURCES_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"
#include "resources/dictionary_format.h"

namespace newsloom {

// The default file name, found with FindDataFile (core/data_files.h).
inline constexpr std::string_view kDictionaryFileName = "dictionary.nld";

class Dictionary {
 public:
  // Reads the file at `path` through `env`.
  static StatusOr<std::unique_ptr<Dictionary>> Open(Env* env, const std::string& path);
  // Takes the bytes of a dictionary file; `name` is used in messages.
  static StatusOr<std::unique_ptr<Dictionary>> FromBytes(std::string bytes, std::string_view name);

  struct Entry {
    bool stopword = false;
    std::span<const uint32_t> pivots;  // pivot ids, most common sense first
  };
  // The entry for `stem` (a Xapian stem in `lang`, as Token::stem holds); nullopt when the
  // language or the word is unknown.
  std::optional<Entry> Find(std::string_view lang, std::string_view stem) const;
  bool HasLanguage(std::string_view lang) const;
  // Starts loading the memory that Find(lang, stem) reads first, and returns. A caller about
  // to look up many words can prefetch them all first, so their cache misses overlap. No
  // effect on any result.
  void Prefetch(std::string_view lang, std::string_view stem) const;

  // The pivot whose text is `english_stem`; nullopt when no entry translates to it.
  std::optional<uint32_t> FindPivot(std::string_view english_stem) const;
  size_t pivot_count() const { return pivots_.size(); }
  std::string_view pivot_text(uint32_t id) const;
  float pivot_weight(uint32_t id) const { return pivots_[id].weight; }

  size_t entry_count() const { return entries_.size(); }
  size_t byte_size() const { return bytes_.size(); }

 private:
  Dictionary() = default;
  Status Validate(std::string_view name);
  void BuildIndex();
  // The index of the language record of `lang`, or -1.
  int LangIndex(std::string_view lang) const;
  std::string_view Str(const DictStrRef& ref) const {
    return std::string_view(pool_ + ref.offset, ref.size);
  }

  std::string bytes_;
  std::span<const DictLangRecord> langs_;
  std::span<const DictPivotRecord> pivots_;
  std::span<const DictEntryRecord> entries_;
  std::span<const uint32_t> refs_;
  const char* pool_ = nullptr;
  size_t pool_size_ = 0;

  // Hash indexes (open addressing, linear probing; BuildIndex): one table per language of
  // the entries' positions inside the language, and one of the pivots. A slot holds the upper
  // 32 bits of the key's hash above the position + 1; 0 is an empty slot.
  std::vector<uint32_t> lang_codes_;  // LangOf of each language record, NUL-padded
  std::vector<std::vector<uint64_t>> lang_tables_;
  std::vector<uint64_t> pivot_slots_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_DICTIONARY_H_
