#include "resources/dictionary_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "resources/dictionary_format.h"

namespace newsloom {
namespace {

class Writer {
 public:
  template <typename T>
  void Put(const T& value) {
    const char* p = reinterpret_cast<const char*>(&value);
    out_.append(p, sizeof(T));
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class StringPool {
 public:
  DictStrRef Add(std::string_view s) {
    DictStrRef ref{static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(s.size())};
    pool_.append(s);
    return ref;
  }
  const std::string& bytes() const { return pool_; }

 private:
  std::string pool_;
};

}  // namespace

void DictionaryBuilder::Add(std::string_view lang, std::string_view key,
                            const std::vector<std::string>& pivots) {
  if (key.empty()) return;
  EntryData& entry = langs_[std::string(lang)][std::string(key)];
  for (const std::string& p : pivots) {
    if (p.empty() || entry.pivots.size() >= options_.max_pivots_per_entry) continue;
    if (std::find(entry.pivots.begin(), entry.pivots.end(), p) != entry.pivots.end()) continue;
    entry.pivots.push_back(p);
  }
}

void DictionaryBuilder::MarkStopword(std::string_view lang, std::string_view key) {
  if (key.empty()) return;
  langs_[std::string(lang)][std::string(key)].stopword = true;
}

void DictionaryBuilder::MarkStopPivot(std::string_view english_stem) {
  stop_pivots_.emplace(english_stem);
}

size_t DictionaryBuilder::entry_count() const {
  size_t n = 0;
  for (const auto& [lang, entries] : langs_) n += entries.size();
  return n;
}

std::string DictionaryBuilder::Build() const {
  // Pivots, sorted by text, with their fan-in.
  std::map<std::string, uint32_t> fan_in;
  for (const auto& [lang, entries] : langs_) {
    for (const auto& [key, data] : entries) {
      for (const std::string& p : data.pivots) ++fan_in[p];
    }
  }
  for (const std::string& p : stop_pivots_) fan_in.emplace(p, 0);
  std::map<std::string, uint32_t> pivot_ids;
  for (const auto& [text, n] : fan_in) {
    pivot_ids.emplace(text, static_cast<uint32_t>(pivot_ids.size()));
  }

  StringPool pool;
  std::vector<DictLangRecord> lang_records;
  std::vector<DictEntryRecord> entry_records;
  std::vector<uint32_t> refs;
  for (const auto& [lang, entries] : langs_) {
    DictLangRecord l{};
    std::strncpy(l.lang, lang.c_str(), sizeof(l.lang));
    l.first_entry = static_cast<uint32_t>(entry_records.size());
    l.entry_count = static_cast<uint32_t>(entries.size());
    lang_records.push_back(l);
    for (const auto& [key, data] : entries) {
      DictEntryRecord e{};
      e.key = pool.Add(key);
      e.first_ref = static_cast<uint32_t>(refs.size());
      e.ref_count = static_cast<uint16_t>(data.pivots.size());
      e.flags = data.stopword ? kDictEntryStopword : 0;
      for (const std::string& p : data.pivots) refs.push_back(pivot_ids.at(p));
      entry_records.push_back(e);
    }
  }
  std::vector<DictPivotRecord> pivot_records;
  for (const auto& [text, n] : fan_in) {
    DictPivotRecord p{};
    p.text = pool.Add(text);
    p.fan_in = n;
    p.weight =
        stop_pivots_.count(text) ? 0.0f : static_cast<float>(1.0 / (1.0 + std::log(1.0 + n / 8.0)));
    pivot_records.push_back(p);
  }

  Writer w;
  DictionaryHeader header{};
  std::memcpy(header.magic, kDictionaryMagic, sizeof(header.magic));
  header.version = kDictionaryVersion;
  header.lang_count = static_cast<uint32_t>(lang_records.size());
  header.pivot_count = static_cast<uint32_t>(pivot_records.size());
  header.entry_count = static_cast<uint32_t>(entry_records.size());
  header.ref_count = static_cast<uint32_t>(refs.size());
  header.string_bytes = static_cast<uint32_t>(pool.bytes().size());
  w.Put(header);
  for (const auto& r : lang_records) w.Put(r);
  for (const auto& r : pivot_records) w.Put(r);
  for (const auto& r : entry_records) w.Put(r);
  for (uint32_t r : refs) w.Put(r);
  w.out().append(pool.bytes());
  return std::move(w.out());
}

}  // namespace newsloom
