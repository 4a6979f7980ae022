#include "resources/dictionary.h"

#include <cstring>

#include "core/hash.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

std::string_view LangOf(const DictLangRecord& r) {
  return std::string_view(r.lang, strnlen(r.lang, sizeof(r.lang)));
}

template <typename T>
std::span<const T> Section(const std::string& bytes, size_t* offset, size_t count) {
  const T* begin = reinterpret_cast<const T*>(bytes.data() + *offset);
  *offset += count * sizeof(T);
  return std::span<const T>(begin, count);
}

// A language code as a 4-byte number, NUL-padded like the records' codes; UINT32_MAX for
// codes longer than 4 bytes, which no record holds. Codes that pack alike ("a" and "a\0") are
// told apart by comparing the strings.
uint32_t PackLang(std::string_view lang) {
  if (lang.size() > 4) return UINT32_MAX;
  char bytes[4] = {0, 0, 0, 0};
  std::memcpy(bytes, lang.data(), lang.size());
  uint32_t code;
  std::memcpy(&code, bytes, sizeof(code));
  return code;
}

// Slot counts are powers of two at least 1.5 times the records (load factor at most 2/3).
size_t SlotCount(size_t records) {
  size_t n = 16;
  while (n < records + records / 2) n *= 2;
  return n;
}

uint64_t SlotOf(uint64_t hash, size_t record) {
  return (hash & ~uint64_t{0xffffffff}) | (record + 1);
}

void Insert(std::vector<uint64_t>* slots, uint64_t hash, size_t record) {
  const size_t mask = slots->size() - 1;
  size_t i = hash & mask;
  while ((*slots)[i] != 0) i = (i + 1) & mask;
  (*slots)[i] = SlotOf(hash, record);
}

// Calls match(record) for the records in `slots` whose hash tag is that of `hash`, until it
// returns true; returns that record or -1.
template <typename Match>
int64_t Probe(const std::vector<uint64_t>& slots, uint64_t hash, Match match) {
  const size_t mask = slots.size() - 1;
  const uint64_t tag = hash & ~uint64_t{0xffffffff};
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const uint64_t slot = slots[i];
    if (slot == 0) return -1;
    if ((slot & ~uint64_t{0xffffffff}) != tag) continue;
    const size_t record = (slot & 0xffffffff) - 1;
    if (match(record)) return static_cast<int64_t>(record);
  }
}

}  // namespace

StatusOr<std::unique_ptr<Dictionary>> Dictionary::Open(Env* env, const std::string& path) {
  std::string bytes;
  NL_RETURN_IF_ERROR(env->ReadFile(path, &bytes));
  return FromBytes(std::move(bytes), path);
}

StatusOr<std::unique_ptr<Dictionary>> Dictionary::FromBytes(std::string bytes,
                                                            std::string_view name) {
  std::unique_ptr<Dictionary> dict(new Dictionary());
  dict->bytes_ = std::move(bytes);
  NL_RETURN_IF_ERROR(dict->Validate(name));
  dict->BuildIndex();
  return dict;
}

Status Dictionary::Validate(std::string_view name) {
  auto corrupt = [&](std::string_view what) {
    return absl::DataLossError(fmt::format("{}: not a Newsloom dictionary file: {}", name, what));
  };
  if (bytes_.size() < sizeof(DictionaryHeader)) return corrupt("too short");
  DictionaryHeader header;
  std::memcpy(&header, bytes_.data(), sizeof(header));
  if (std::memcmp(header.magic, kDictionaryMagic, sizeof(kDictionaryMagic)) != 0) {
    return corrupt("bad magic");
  }
  if (header.version != kDictionaryVersion) {
    return absl::DataLossError(fmt::format("{}: dictionary version {} (this build reads {})", name,
                                           header.version, kDictionaryVersion));
  }
  uint64_t need = sizeof(DictionaryHeader) + uint64_t{header.lang_count} * sizeof(DictLangRecord) +
                  uint64_t{header.pivot_count} * sizeof(DictPivotRecord) +
                  uint64_t{header.entry_count} * sizeof(DictEntryRecord) +
                  uint64_t{header.ref_count} * sizeof(uint32_t) + header.string_bytes;
  if (need != bytes_.size()) {
    return corrupt(fmt::format("size {} but the header describes {}", bytes_.size(), need));
  }
  size_t offset = sizeof(DictionaryHeader);
  langs_ = Section<DictLangRecord>(bytes_, &offset, header.lang_count);
  pivots_ = Section<DictPivotRecord>(bytes_, &offset, header.pivot_count);
  entries_ = Section<DictEntryRecord>(bytes_, &offset, header.entry_count);
  refs_ = Section<uint32_t>(bytes_, &offset, header.ref_count);
  pool_ = bytes_.data() + offset;
  pool_size_ = header.string_bytes;
  auto str_ok = [&](const DictStrRef& r) { return uint64_t{r.offset} + r.size <= pool_size_; };
  for (size_t i = 0; i < langs_.size(); ++i) {
    const DictLangRecord& l = langs_[i];
    if (uint64_t{l.first_entry} + l.entry_count > entries_.size()) return corrupt("language range");
    if (i > 0 && !(LangOf(langs_[i - 1]) < LangOf(l))) return corrupt("languages not sorted");
  }
  for (size_t i = 0; i < pivots_.size(); ++i) {
    if (!str_ok(pivots_[i].text)) return corrupt("pivot string");
    if (!(pivots_[i].weight >= 0 && pivots_[i].weight <= 1)) return corrupt("pivot weight");
    if (i > 0 && !(Str(pivots_[i - 1].text) < Str(pivots_[i].text))) {
      return corrupt("pivots not sorted");
    }
  }
  for (const DictEntryRecord& e : entries_) {
    if (!str_ok(e.key)) return corrupt("entry key");
    if (uint64_t{e.first_ref} + e.ref_count > refs_.size()) return corrupt("entry pivots");
  }
  for (const DictLangRecord& l : langs_) {
    for (uint32_t i = l.first_entry + 1; i < l.first_entry + l.entry_count; ++i) {
      if (!(Str(entries_[i - 1].key) < Str(entries_[i].key))) return corrupt("keys not sorted");
    }
  }
  for (uint32_t ref : refs_) {
    if (ref >= pivots_.size()) return corrupt("pivot id out of range");
  }
  return absl::OkStatus();
}

void Dictionary::BuildIndex() {
  // One table per language: the languages an article looks up in stay small and cached.
  lang_tables_.resize(langs_.size());
  for (size_t li = 0; li < langs_.size(); ++li) {
    const DictLangRecord& l = langs_[li];
    lang_codes_.push_back(PackLang(LangOf(l)));
    lang_tables_[li].assign(SlotCount(l.entry_count), 0);
    for (uint32_t i = 0; i < l.entry_count; ++i) {
      Insert(&lang_tables_[li], Hash64(Str(entries_[l.first_entry + i].key)), i);
    }
  }
  pivot_slots_.assign(SlotCount(pivots_.size()), 0);
  for (size_t i = 0; i < pivots_.size(); ++i)
    Insert(&pivot_slots_, Hash64(Str(pivots_[i].text)), i);
}

int Dictionary::LangIndex(std::string_view lang) const {
  const uint32_t code = PackLang(lang);
  for (size_t i = 0; i < lang_codes_.size(); ++i) {
    if (lang_codes_[i] == code && LangOf(langs_[i]) == lang) return static_cast<int>(i);
  }
  return -1;
}

bool Dictionary::HasLanguage(std::string_view lang) const { return LangIndex(lang) >= 0; }

void Dictionary::Prefetch(std::string_view lang, std::string_view stem) const {
  const int li = LangIndex(lang);
  if (li < 0) return;
  const std::vector<uint64_t>& slots = lang_tables_[li];
  __builtin_prefetch(&slots[Hash64(stem) & (slots.size() - 1)]);
}

std::optional<Dictionary::Entry> Dictionary::Find(std::string_view lang,
                                                  std::string_view stem) const {
  const int li = LangIndex(lang);
  if (li < 0) return std::nullopt;
  const DictLangRecord& l = langs_[li];
  const int64_t found = Probe(lang_tables_[li], Hash64(stem), [&](size_t i) {
    return Str(entries_[l.first_entry + i].key) == stem;
  });
  if (found < 0) return std::nullopt;
  const DictEntryRecord& e = entries_[l.first_entry + found];
  Entry entry;
  entry.stopword = (e.flags & kDictEntryStopword) != 0;
  entry.pivots = refs_.subspan(e.first_ref, e.ref_count);
  return entry;
}

std::optional<uint32_t> Dictionary::FindPivot(std::string_view english_stem) const {
  const int64_t found = Probe(pivot_slots_, Hash64(english_stem),
                              [&](size_t i) { return Str(pivots_[i].text) == english_stem; });
  if (found < 0) return std::nullopt;
  return static_cast<uint32_t>(found);
}

std::string_view Dictionary::pivot_text(uint32_t id) const { return Str(pivots_[id].text); }

}  // namespace newsloom
