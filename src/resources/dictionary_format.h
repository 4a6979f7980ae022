// On-disk layout of the cross-lingual dictionary (docs/formats/dictionary.md), shared by the
// writer (DictionaryBuilder) and the reader (Dictionary). Little-endian, fixed-size records.
// Bump kDictionaryVersion whenever a record or section changes.
//
//   DictionaryHeader
//   DictLangRecord   [lang_count]    sorted by lang
//   DictPivotRecord  [pivot_count]   sorted by text (English stems)
//   DictEntryRecord  [entry_count]   grouped by language, sorted by key inside a language
//   uint32_t         [ref_count]     pivot ids, referenced by entries
//   char             [string_bytes]  string pool
#ifndef NEWSLOOM_RESOURCES_DICTIONARY_FORMAT_H_
#define NEWSLOOM_RESOURCES_DICTIONARY_FORMAT_H_

#include <bit>
#include <cstdint>

namespace newsloom {

static_assert(std::endian::native == std::endian::little,
              "the dictionary file is little-endian and read in place");

inline constexpr char kDictionaryMagic[4] = {'N', 'L', 'D', 'C'};
inline constexpr uint32_t kDictionaryVersion = 1;

struct DictStrRef {
  uint32_t offset;  // into the string pool
  uint32_t size;
};

struct DictionaryHeader {
  char magic[4];
  uint32_t version;
  uint32_t lang_count;
  uint32_t pivot_count;
  uint32_t entry_count;
  uint32_t ref_count;
  uint32_t string_bytes;
  uint32_t reserved;
};
static_assert(sizeof(DictionaryHeader) == 32);

struct DictLangRecord {
  char lang[4];  // ISO 639-1, NUL-padded
  uint32_t first_entry;
  uint32_t entry_count;
  uint32_t reserved;
};
static_assert(sizeof(DictLangRecord) == 16);

struct DictPivotRecord {
  DictStrRef text;  // English Snowball stem ("protest", "fuel")
  float weight;     // (0, 1]: lower for general words many headwords translate to; 0 = stopword
  uint32_t fan_in;  // how many entries point at it
};
static_assert(sizeof(DictPivotRecord) == 16);

// Entry flags.
inline constexpr uint16_t kDictEntryStopword = 1;  // a function word of its language

struct DictEntryRecord {
  DictStrRef key;      // Xapian stem of the case-folded word in the entry's language
  uint32_t first_ref;  // pivots: refs[first_ref, first_ref + ref_count)
  uint16_t ref_count;
  uint16_t flags;
};
static_assert(sizeof(DictEntryRecord) == 16);

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_DICTIONARY_FORMAT_H_
