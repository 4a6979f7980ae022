#include "ingest/ingest.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "core/hash.h"
#include "gtest/gtest.h"
#include "httplib.h"
#include "ingest/collecting_sink.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

using testing_util::GzipCompress;
using testing_util::ReadTestData;
using testing_util::TestDataPath;

std::vector<std::string> Ids(const CollectingSink& sink) {
  std::vector<std::string> ids;
  for (const RawDocument& d : sink.documents()) ids.push_back(d.id);
  return ids;
}

TEST(IngestPathsTest, TestdataDirectoryDispatchesEveryFormat) {
  CollectingSink sink;
  ASSERT_TRUE(IngestPaths(Env::Default(), {TestDataPath("")}, IngestOptions(), &sink).ok());
  std::map<SourceFormat, int> by_format;
  for (const RawDocument& d : sink.documents()) ++by_format[d.format];
  EXPECT_EQ(by_format[SourceFormat::kSeedText], 1);
  EXPECT_EQ(by_format[SourceFormat::kPlainText], 3);  // with warc/make_warc.py
  EXPECT_EQ(by_format[SourceFormat::kHtml], 3);       // no_body.html is rejected
  EXPECT_EQ(by_format[SourceFormat::kJsonl], 4);
  EXPECT_EQ(by_format[SourceFormat::kWarc], 12);  // three archives of 4 pages
  EXPECT_EQ(by_format[SourceFormat::kFeed], 8);
  // Rejections name their files: no_body.html, 4 JSONL lines and the feed item without text.
  const std::string summary = sink.RejectionSummary();
  EXPECT_NE(summary.find("no_body.html: "), std::string::npos) << summary;
  EXPECT_NE(summary.find("mixed.jsonl:5: "), std::string::npos) << summary;
  EXPECT_EQ(sink.rejections().size(), 6u) << summary;
}

TEST(IngestPathsTest, DirectoryRecursionIsSortedAndHiddenFilesSkipped) {
  const std::string dir = ::testing::TempDir() + "/newsloom_ingest_tree";
  std::filesystem::remove_all(dir);
  Env* env = Env::Default();
  ASSERT_TRUE(env->CreateDirs(dir + "/b/deeper").ok());
  ASSERT_TRUE(env->CreateDirs(dir + "/a").ok());
  ASSERT_TRUE(env->CreateDirs(dir + "/.git").ok());
  const std::string text = "A short headline for the test\n\nSome body text follows here.\n";
  for (const char* name :
       {"/b/deeper/z.txt", "/b/c.txt", "/a/y.txt", "/x.txt", "/.git/h.txt", "/.hidden.txt"}) {
    ASSERT_TRUE(env->WriteFile(dir + name, text).ok());
  }
  CollectingSink sink;
  ASSERT_TRUE(IngestPaths(env, {dir}, IngestOptions(), &sink).ok());
  std::vector<std::string> sources;
  for (const RawDocument& d : sink.documents()) sources.push_back(d.source.substr(dir.size()));
  EXPECT_EQ(sources,
            (std::vector<std::string>{"/a/y.txt", "/b/c.txt", "/b/deeper/z.txt", "/x.txt"}));
  std::filesystem::remove_all(dir);
}

TEST(IngestPathsTest, BadInputsAreRejectedAndTheBatchGoesOn) {
  MemEnv env;
  env.AddFile("/in/empty.txt", "");
  std::string junk(2000, '\0');
  for (size_t i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>((i * 37) ^ 0x5a);
  env.AddFile("/in/junk.bin", junk);
  env.AddFile("/in/good.txt", "Good file headline here\n\nBody text.\n");
  std::string warc = ReadTestData("warc/news.warc.gz");
  warc.resize(warc.size() - 30);
  env.AddFile("/in/cut.warc.gz", warc);
  env.AddFile("/in/big.html", "<html><body><p>" + std::string(3000, 'x') + "</p></body></html>");
  CollectingSink sink;
  IngestOptions options;
  options.max_file_bytes = 2500;
  ASSERT_TRUE(IngestPaths(&env, {"/in", "/missing.txt"}, options, &sink).ok());
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"cut:1", "cut:4", "cut:5", "good"}));
  const std::string summary = sink.RejectionSummary();
  EXPECT_NE(summary.find("/in/big.html: larger than the limit of 2500 bytes"), std::string::npos)
      << summary;
  EXPECT_NE(summary.find("/in/cut.warc.gz: truncated gzip"), std::string::npos) << summary;
  EXPECT_NE(summary.find("/in/empty.txt: empty file"), std::string::npos) << summary;
  EXPECT_NE(summary.find("/in/junk.bin: unrecognised format"), std::string::npos) << summary;
  EXPECT_NE(summary.find("/missing.txt: no such file"), std::string::npos) << summary;
  EXPECT_EQ(sink.rejections().size(), 5u) << summary;
}

TEST(IngestPathsTest, GzipAnyFormat) {
  MemEnv env;
  env.AddFile("/g/a.jsonl.gz", GzipCompress("{\"text\":\"one\"}\n{\"text\":\"two\"}\n"));
  env.AddFile("/g/b.txt.gz", GzipCompress(" date 2020-10 Seed text inside gzip."));
  env.AddFile("/g/c.xml.gz", GzipCompress(ReadTestData("feed/culture_rdf.xml")));
  CollectingSink sink;
  ASSERT_TRUE(IngestPaths(&env, {"/g"}, IngestOptions(), &sink).ok());
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"a:1", "a:2", "b", "c:1"}))
      << sink.RejectionSummary();
  EXPECT_EQ(sink.documents()[2].format, SourceFormat::kSeedText);
}

TEST(IngestPathsTest, NullArgumentsAreProgrammingErrors) {
  CollectingSink sink;
  EXPECT_FALSE(IngestPaths(nullptr, {}, IngestOptions(), &sink).ok());
  EXPECT_FALSE(IngestPaths(Env::Default(), {}, IngestOptions(), nullptr).ok());
}

TEST(IngestPathsTest, SharedSeedsWhenPresent) {
  const std::string dir = testing_util::SharedDir() + "/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared seeds at " << dir;
  std::vector<std::string> inputs;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") inputs.push_back(e.path().string());
  }
  std::sort(inputs.begin(), inputs.end());
  CollectingSink sink;
  ASSERT_TRUE(IngestPaths(Env::Default(), inputs, IngestOptions(), &sink).ok());
  EXPECT_EQ(sink.documents().size(), inputs.size()) << sink.RejectionSummary();
  for (const RawDocument& d : sink.documents()) {
    EXPECT_EQ(d.id, std::filesystem::path(d.source).stem().string());
    if (d.format == SourceFormat::kSeedText) EXPECT_TRUE(d.published.has_value());
    if (d.format == SourceFormat::kPlainText) EXPECT_FALSE(d.title.empty()) << d.id;
  }
}

TEST(IngestUrlTest, FeedOverHttpThenNotModifiedThenError) {
  const std::string feed = ReadTestData("feed/world_rss2.xml");
  httplib::Server server;
  server.Get("/rss", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value("If-None-Match") == "\"abc\"") {
      res.status = 304;
      return;
    }
    res.set_header("ETag", "\"abc\"");
    res.set_content(feed, "application/rss+xml");
  });
  server.Get("/page", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<html><body><article><p>A page fetched over HTTP with a paragraph that is "
        "long enough.</p></article></body></html>",
        "text/html; charset=utf-8");
  });
  server.Get("/down", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread thread([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const std::string base = "http://127.0.0.1:" + std::to_string(port);

  IngestOptions options;
  options.http.timeout_ms = 3000;
  HttpFetcher fetcher(options.http);
  options.fetcher = &fetcher;
  CollectingSink first;
  ASSERT_TRUE(IngestPaths(Env::Default(), {base + "/rss", base + "/page"}, options, &first).ok());
  const auto docs = first.documents();
  ASSERT_EQ(docs.size(), 3u) << first.RejectionSummary();
  EXPECT_EQ(docs[0].id, "127.0.0.1:" + HexHash64(Hash64("world-2024-0001")));
  EXPECT_EQ(docs[0].source, base + "/rss#1");
  EXPECT_EQ(docs[2].id, "127.0.0.1:" + HexHash64(Hash64(base + "/page")));
  EXPECT_EQ(docs[2].format, SourceFormat::kHtml);
  EXPECT_EQ(docs[2].url, base + "/page");

  CollectingSink second;
  ASSERT_TRUE(IngestPaths(Env::Default(), {base + "/rss", base + "/down"}, options, &second).ok());
  EXPECT_TRUE(second.documents().empty());
  EXPECT_EQ(second.RejectionSummary(), base + "/down: HTTP 503");
  server.stop();
  thread.join();
}

}  // namespace
}  // namespace newsloom
