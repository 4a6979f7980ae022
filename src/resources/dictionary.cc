#include "resources/dictionary.h"

#include <algorithm>
#include <cstring>

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

bool Dictionary::HasLanguage(std::string_view lang) const {
  return std::any_of(langs_.begin(), langs_.end(),
                     [&](const DictLangRecord& l) { return LangOf(l) == lang; });
}

std::optional<Dictionary::Entry> Dictionary::Find(std::string_view lang,
                                                  std::string_view stem) const {
  for (const DictLangRecord& l : langs_) {
    if (LangOf(l) != lang) continue;
    auto begin = entries_.begin() + l.first_entry;
    auto end = begin + l.entry_count;
    auto it = std::lower_bound(begin, end, stem, [&](const DictEntryRecord& e, std::string_view s) {
      return Str(e.key) < s;
    });
    if (it == end || Str(it->key) != stem) return std::nullopt;
    Entry entry;
    entry.stopword = (it->flags & kDictEntryStopword) != 0;
    entry.pivots = refs_.subspan(it->first_ref, it->ref_count);
    return entry;
  }
  return std::nullopt;
}

std::optional<uint32_t> Dictionary::FindPivot(std::string_view english_stem) const {
  auto it = std::lower_bound(
      pivots_.begin(), pivots_.end(), english_stem,
      [&](const DictPivotRecord& p, std::string_view s) { return Str(p.text) < s; });
  if (it == pivots_.end() || Str(it->text) != english_stem) return std::nullopt;
  return static_cast<uint32_t>(it - pivots_.begin());
}

std::string_view Dictionary::pivot_text(uint32_t id) const { return Str(pivots_[id].text); }

}  // namespace newsloom
