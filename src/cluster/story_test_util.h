// Helpers for the story tests: synthetic StoryItems from short key lists.
#ifndef NEWSLOOM_CLUSTER_STORY_TEST_UTIL_H_
#define NEWSLOOM_CLUSTER_STORY_TEST_UTIL_H_

#include <algorithm>
#include <string>
#include <vector>

#include "cluster/story_item.h"

namespace newsloom::cluster::testing {

// An item with `words` (same-language keys in `lang`) and `names` (cross-language keys).
inline StoryItem Item(const std::string& id, const std::string& date, const std::string& lang,
                      const std::vector<std::string>& words, const std::vector<std::string>& names,
                      const std::string& country = "") {
  StoryItem item;
  item.article_id = id;
  if (!date.empty()) item.published = FuzzyDate::Parse(date);
  item.lang = lang;
  item.title = "title of " + id;
  item.lead = "lead of " + id;
  for (const std::string& w : words) item.word_keys.push_back(WordKey(lang, w));
  for (const std::string& n : names) item.name_keys.push_back(NameKey(n));
  std::sort(item.word_keys.begin(), item.word_keys.end());
  item.word_keys.erase(std::unique(item.word_keys.begin(), item.word_keys.end()),
                       item.word_keys.end());
  std::sort(item.name_keys.begin(), item.name_keys.end());
  item.name_keys.erase(std::unique(item.name_keys.begin(), item.name_keys.end()),
                       item.name_keys.end());
  item.main_country = country;
  if (!country.empty()) item.countries = {country};
  return item;
}

}  // namespace newsloom::cluster::testing

#endif  // NEWSLOOM_CLUSTER_STORY_TEST_UTIL_H_
