#include "watch/feed_list.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(FeedListTest, ParsesFeedsDirectoriesCommentsAndSettings) {
  const FeedList list =
      ParseFeedList("feeds.txt",
                    "# my feeds\n"
                    "\n"
                    "https://news.example.org/rss.xml\n"
                    "  http://Blog.Example:8080/atom every=30m  # hourly is too slow\n"
                    "dir:/data/warc/\n"
                    "/data/more\tevery=1h\r\n");
  EXPECT_TRUE(list.errors.empty()) << list.errors[0];
  ASSERT_EQ(list.sources.size(), 4u);
  EXPECT_EQ(list.sources[0].kind, WatchSource::Kind::kFeed);
  EXPECT_EQ(list.sources[0].location, "https://news.example.org/rss.xml");
  EXPECT_EQ(list.sources[0].line, 3);
  EXPECT_EQ(list.sources[0].every_micros, 0);
  EXPECT_EQ(list.sources[1].location, "http://Blog.Example:8080/atom");
  EXPECT_EQ(list.sources[1].every_micros, int64_t{30} * 60 * 1'000'000);
  EXPECT_EQ(list.sources[2].kind, WatchSource::Kind::kWarcDir);
  EXPECT_EQ(list.sources[2].location, "/data/warc");
  EXPECT_EQ(list.sources[2].Name(), "dir:/data/warc");
  EXPECT_EQ(list.sources[3].kind, WatchSource::Kind::kWarcDir);
  EXPECT_EQ(list.sources[3].location, "/data/more");
  EXPECT_EQ(list.sources[3].every_micros, int64_t{3600} * 1'000'000);
}

TEST(FeedListTest, ReportsBadLinesWithFileAndLineAndKeepsTheRest) {
  const FeedList list = ParseFeedList("f.txt",
                                      "ftp://example.org/feed\n"          // 1
                                      "https://ok.example/rss\n"          // 2
                                      "https://ok.example/rss\n"          // 3 duplicate
                                      "https://x.example/a every=soon\n"  // 4
                                      "https://x.example/b colour=red\n"  // 5
                                      "https:///nohost\n"                 // 6
                                      "dir:\n"                            // 7
                                      "https://x.example/c 30m\n"         // 8
                                      "bad\x01line\n"                     // 9
                                      "dir:/last\n");                     // 10
  ASSERT_EQ(list.sources.size(), 2u);
  EXPECT_EQ(list.sources[0].line, 2);
  EXPECT_EQ(list.sources[1].line, 10);
  ASSERT_EQ(list.errors.size(), 8u);
  EXPECT_EQ(list.errors[0].rfind("f.txt:1: unsupported URL scheme \"ftp\"", 0), 0u)
      << list.errors[0];
  EXPECT_EQ(list.errors[1], "f.txt:3: https://ok.example/rss is listed twice (first on line 2)");
  EXPECT_EQ(list.errors[2].rfind("f.txt:4: bad duration \"soon\"", 0), 0u) << list.errors[2];
  EXPECT_EQ(list.errors[3], "f.txt:5: unknown setting \"colour\" (known: every)");
  EXPECT_EQ(list.errors[4], "f.txt:6: feed URL without a host: https:///nohost");
  EXPECT_EQ(list.errors[5], "f.txt:7: dir: without a directory path");
  EXPECT_EQ(list.errors[6].rfind("f.txt:8: expected key=value", 0), 0u) << list.errors[6];
  EXPECT_EQ(list.errors[7], "f.txt:9: control character 0x01 in line");
}

TEST(FeedListTest, LongLinesAndEmptyInput) {
  EXPECT_TRUE(ParseFeedList("f", "").sources.empty());
  EXPECT_TRUE(ParseFeedList("f", "\n\n# only comments\n").errors.empty());
  const FeedList list = ParseFeedList("f", "https://a.example/" + std::string(9000, 'x'));
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_EQ(list.errors[0], "f:1: line longer than 8192 bytes");
}

TEST(FeedListTest, HostKeys) {
  EXPECT_EQ(HostKey("https://News.Example.org/rss"), "news.example.org");
  EXPECT_EQ(HostKey("http://user:pw@Example.org:8080/x?y"), "example.org:8080");
  EXPECT_EQ(HostKey("http://127.0.0.1:5555"), "127.0.0.1:5555");
  EXPECT_EQ(HostKey("http://[::1]:80/feed"), "[::1]:80");
  EXPECT_EQ(HostKey("https:///x"), "");
  EXPECT_EQ(HostKey("not a url"), "");
}

TEST(FeedListTest, ReadsAFileThroughEnv) {
  MemEnv env;
  env.AddFile("/feeds.txt", "https://a.example/rss\nnope://x\n");
  StatusOr<FeedList> list = ReadFeedList(&env, "/feeds.txt");
  ASSERT_TRUE(list.ok()) << list.status();
  EXPECT_EQ(list->sources.size(), 1u);
  ASSERT_EQ(list->errors.size(), 1u);
  EXPECT_EQ(list->errors[0].rfind("/feeds.txt:2: ", 0), 0u);
  EXPECT_TRUE(absl::IsNotFound(ReadFeedList(&env, "/missing.txt").status()));
}

}  // namespace
}  // namespace newsloom
