// StoreValidatorCache: validators reach the store only on Persist, Discard reverts, Forget
// clears.
#include "watch/store_validator_cache.h"

#include <cstdio>

#include "core/env.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

std::unique_ptr<newsloom::Store> OpenTestStore(const std::string& name, Env* env) {
  const std::string path = testing::TempDir() + "/newsloom_svc_" + name + ".db";
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  StoreOptions o;
  o.env = env;
  auto store = OpenSqliteStore(path, o);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? std::move(*store) : nullptr;
}

TEST(StoreValidatorCacheTest, PersistDiscardForget) {
  MemEnv env;
  std::unique_ptr<newsloom::Store> store = OpenTestStore("pdf", &env);
  ASSERT_NE(store, nullptr);
  const std::string url = "http://a.example/rss";
  ASSERT_TRUE(store->PutFeedValidator(url, "\"v1\"", "").ok());

  StoreValidatorCache cache;
  ASSERT_TRUE(cache.Load(store.get(), {url, "http://b.example/atom"}).ok());
  EXPECT_EQ(cache.Lookup(url)->etag, "\"v1\"");
  EXPECT_TRUE(cache.SentValidators(url));
  EXPECT_FALSE(cache.Lookup("http://b.example/atom").has_value());
  EXPECT_FALSE(cache.SentValidators("http://b.example/atom"));

  cache.Store(url, {"\"v2\"", "Sat, 21 Nov 2026 10:00:00 GMT"});
  EXPECT_TRUE(cache.ReceivedValidators(url));
  EXPECT_EQ((*store->GetFeedValidator(url))->etag, "\"v1\"") << "not before Persist";
  cache.Discard();
  EXPECT_EQ(cache.Lookup(url)->etag, "\"v1\"");
  EXPECT_FALSE(cache.ReceivedValidators(url));

  cache.Store(url, {"\"v3\"", ""});
  ASSERT_TRUE(cache.Persist(store.get()).ok());
  EXPECT_EQ((*store->GetFeedValidator(url))->etag, "\"v3\"");
  EXPECT_FALSE(cache.SentValidators(url));

  cache.Forget(url);
  EXPECT_FALSE(cache.Lookup(url).has_value());
  ASSERT_TRUE(cache.Persist(store.get()).ok());
  EXPECT_EQ((*store->GetFeedValidator(url))->etag, "");
}

}  // namespace
}  // namespace newsloom
