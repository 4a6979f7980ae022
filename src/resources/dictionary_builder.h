// DictionaryBuilder: collects (language, word stem) -> English pivot translations and the
// function words of each language, and writes the dictionary file (dictionary_format.h,
// docs/formats/dictionary.md). Used by tools/build_dictionary.cc at build time and by tests.
//
// Pivot weights: a pivot that many entries translate to is a general word ("make", "thing")
// and says little about the story, so weight = 1 / (1 + ln(1 + fan_in / 8)); an English
// stop word gets 0.
//
// Thread safety: not thread-safe; one builder per thread.
#ifndef NEWSLOOM_RESOURCES_DICTIONARY_BUILDER_H_
#define NEWSLOOM_RESOURCES_DICTIONARY_BUILDER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newsloom {

struct DictionaryBuilderOptions {
  // Most pivots kept per entry (the first senses given). Default 6.
  size_t max_pivots_per_entry = 6;
};

class DictionaryBuilder {
 public:
  explicit DictionaryBuilder(DictionaryBuilderOptions options = {}) : options_(options) {}

  // Adds pivots (English stems) to the entry `key` of `lang`, after the ones it has; repeats
  // and empty strings are ignored, and at most max_pivots_per_entry are kept.
  void Add(std::string_view lang, std::string_view key, const std::vector<std::string>& pivots);
  // Marks `key` of `lang` as a function word (creating the entry when needed).
  void MarkStopword(std::string_view lang, std::string_view key);
  // Gives the pivot `english_stem` weight 0 (an English function word).
  void MarkStopPivot(std::string_view english_stem);

  size_t entry_count() const;
  // The file bytes.
  std::string Build() const;

 private:
  struct EntryData {
    std::vector<std::string> pivots;
    bool stopword = false;
  };
  DictionaryBuilderOptions options_;
  std::map<std::string, std::map<std::string, EntryData>> langs_;
  std::set<std::string> stop_pivots_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_DICTIONARY_BUILDER_H_
