// Helpers for the search tests: a small multilingual store written by hand (facts in
// articles.jsonl form), so the index can be tested without running the pipeline.
#ifndef NEWSLOOM_SEARCH_SEARCH_TEST_UTIL_H_
#define NEWSLOOM_SEARCH_SEARCH_TEST_UTIL_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "gtest/gtest.h"
#include "resources/gazetteer.h"
#include "store/store.h"

namespace newsloom::search {

// A fresh directory for the running test.
inline std::string TestDir() {
  const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "_" + info->name();
  for (char& c : name) {
    if (c == '/') c = '_';
  }
  const std::string dir = testing::TempDir() + "/newsloom_search_" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// A place, country or entity named in a test article, found by its first occurrence.
struct TestFact {
  std::string field;  // "places", "countries", "persons" or "organizations"
  std::string surface;
  std::string id;  // geonameid (places), country code (countries) or entity id
};

// The GeoNames id of the most populous place called `name`; 0 when unknown.
inline uint32_t GeonameIdOf(const Gazetteer& g, std::string_view name) {
  for (const NameHit& h : g.LookupName(name)) {
    if (h.kind == EntityKind::kPlace) return g.place(h.index).geonameid;
  }
  return 0;
}

inline std::string FactsJson(const std::string& id, const std::string& text,
                             const std::vector<TestFact>& facts) {
  JsonWriter w;
  w.BeginObject().Key("id").String(id);
  for (const char* field : {"places", "countries", "persons", "organizations"}) {
    w.Key(field).BeginArray();
    for (const TestFact& f : facts) {
      if (f.field != field) continue;
      w.BeginObject();
      if (f.field == "places") {
        w.Key("name").String(f.surface).Key("geonameid").Int(std::stoll(f.id));
      } else if (f.field == "countries") {
        w.Key("code").String(f.id);
      } else {
        w.Key("name").String(f.surface).Key("entity_id").String(f.id);
      }
      const size_t at = text.find(f.surface);
      w.Key("mentions").BeginArray();
      if (at != std::string::npos) {
        w.BeginObject().Key("start").Int(static_cast<int64_t>(at));
        w.Key("end").Int(static_cast<int64_t>(at + f.surface.size())).EndObject();
      }
      w.EndArray().EndObject();
    }
    w.EndArray();
  }
  w.Key("text").String(text).EndObject();
  return w.Release();
}

inline StoredArticle TestArticle(const std::string& id, const std::string& lang,
                                 const std::string& text, const std::vector<TestFact>& facts) {
  StoredArticle a;
  a.id = id;
  a.source = id + ".txt";
  a.lang = lang;
  a.text = text;
  a.json = FactsJson(id, text, facts);
  return a;
}

// Stores `articles` and one story holding them.
inline void PutStory(Store* store, const std::string& story_id,
                     const std::vector<StoredArticle>& articles) {
  StoredStory s;
  s.id = story_id;
  s.article_count = static_cast<int64_t>(articles.size());
  s.json = "{\"id\":\"" + story_id + "\"}";
  std::vector<StoredStoryMember> members;
  for (const StoredArticle& a : articles) {
    ASSERT_TRUE(store->PutArticle(a).ok()) << a.id;
    StoredStoryMember m;
    m.article_id = a.id;
    m.story_id = story_id;
    m.position = static_cast<int64_t>(members.size());
    members.push_back(m);
  }
  ASSERT_TRUE(store->PutStory(s, members).ok()) << story_id;
}

}  // namespace newsloom::search

#endif  // NEWSLOOM_SEARCH_SEARCH_TEST_UTIL_H_
