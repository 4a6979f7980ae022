#include "ingest/source_names.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(SourceNamesTest, Stems) {
  EXPECT_EQ(SourceStem("in/CC-NEWS-20200101.warc.gz"), "CC-NEWS-20200101");
  EXPECT_EQ(SourceStem("/a/b/001_6e97.txt"), "001_6e97");
  EXPECT_EQ(SourceStem("feed.XML.GZ"), "feed");
  EXPECT_EQ(SourceStem("noext"), "noext");
  EXPECT_EQ(SourceStem("dir/.hidden"), ".hidden");
  EXPECT_EQ(SourceStem("-"), "stdin");
  EXPECT_EQ(SourceStem("https://News.Example.com:8443/rss?x=1"), "news.example.com");
}

TEST(SourceNamesTest, RecordsAndUrls) {
  EXPECT_EQ(RecordSource("a.jsonl", 7), "a.jsonl#7");
  EXPECT_TRUE(IsHttpUrl("HTTPS://x"));
  EXPECT_TRUE(IsHttpUrl("http://x"));
  EXPECT_FALSE(IsHttpUrl("ftp://x"));
  EXPECT_FALSE(IsHttpUrl("file.txt"));
  EXPECT_EQ(UrlHost("http://user:pw@host.org/path"), "host.org");
  EXPECT_EQ(UrlHost("http://[::1]:8080/x"), "[::1]");
  EXPECT_EQ(UrlHost("http://127.0.0.1:9/feed"), "127.0.0.1");
  EXPECT_EQ(UrlHost("not a url"), "");
}

}  // namespace
}  // namespace newsloom
