#include "ingest/http_fetcher.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "gtest/gtest.h"
#include "httplib.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

constexpr char kFeed[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
    "<item><title>Loopback item</title><guid>g-1</guid>"
    "<description>A feed item served from the test server.</description></item>"
    "</channel></rss>";

// A cpp-httplib server on 127.0.0.1 with the endpoints the tests need.
class TestServer {
 public:
  TestServer() {
    server_.Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      ++feed_hits_;
      {
        std::lock_guard<std::mutex> lock(mu_);
        last_user_agent_ = req.get_header_value("User-Agent");
        last_accept_encoding_ = req.get_header_value("Accept-Encoding");
      }
      if (req.get_header_value("If-None-Match") == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"v1\"");
      res.set_header("Last-Modified", "Tue, 02 Apr 2024 06:15:00 GMT");
      res.set_content(kFeed, "application/rss+xml; charset=utf-8");
    });
    server_.Get("/dated.xml", [](const httplib::Request& req, httplib::Response& res) {
      if (!req.get_header_value("If-Modified-Since").empty()) {
        res.status = 304;
        return;
      }
      res.set_header("Last-Modified", "Wed, 03 Apr 2024 06:15:00 GMT");
      res.set_content(kFeed, "application/rss+xml");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/feed.xml");
    });
    server_.Get("/loop",
                [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop"); });
    server_.Get("/gzip", [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(testing_util::GzipCompress(kFeed), "application/rss+xml");
    });
    server_.Get("/error", [](const httplib::Request&, httplib::Response& res) {
      res.status = 500;
      res.set_content("boom", "text/plain");
    });
    server_.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(100000, 'x'), "text/plain");
    });
    server_.Get("/slow", [this](const httplib::Request&, httplib::Response& res) {
      for (int i = 0; i < 150 && !stopping_; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      res.set_content(kFeed, "application/rss+xml");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() is a no-op until the server runs, so wait for it.
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~TestServer() {
    stopping_ = true;
    server_.stop();
    thread_.join();
  }

  std::string Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }
  int port() const { return port_; }
  int feed_hits() const { return feed_hits_; }
  std::string last_user_agent() const {
    std::lock_guard<std::mutex> lock(mu_);
    return last_user_agent_;
  }
  std::string last_accept_encoding() const {
    std::lock_guard<std::mutex> lock(mu_);
    return last_accept_encoding_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> feed_hits_{0};
  mutable std::mutex mu_;
  std::string last_user_agent_, last_accept_encoding_;
};

HttpFetcherOptions FastOptions() {
  HttpFetcherOptions options;
  options.connect_timeout_ms = 2000;
  options.timeout_ms = 3000;
  return options;
}

TEST(HttpFetcherTest, ConditionalGetWithETag) {
  TestServer server;
  ASSERT_GT(server.port(), 0);
  HttpFetcher fetcher(FastOptions());
  StatusOr<HttpFetchResult> first = fetcher.Fetch(server.Url("/feed.xml"));
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->status, 200);
  EXPECT_FALSE(first->not_modified);
  EXPECT_EQ(first->body, kFeed);
  EXPECT_EQ(first->content_type, "application/rss+xml; charset=utf-8");
  EXPECT_EQ(first->validators.etag, "\"v1\"");
  EXPECT_EQ(server.last_user_agent(), DefaultUserAgent());
  EXPECT_EQ(DefaultUserAgent().rfind("Newsloom/", 0), 0u);
  EXPECT_NE(server.last_accept_encoding().find("gzip"), std::string::npos);

  StatusOr<HttpFetchResult> second = fetcher.Fetch(server.Url("/feed.xml"));
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->status, 304);
  EXPECT_TRUE(second->not_modified);
  EXPECT_TRUE(second->body.empty());
  EXPECT_EQ(server.feed_hits(), 2);

  // Without conditional GET (or a fresh cache) the body comes again.
  HttpFetcherOptions plain = FastOptions();
  plain.conditional_get = false;
  EXPECT_EQ(HttpFetcher(plain, fetcher.validator_cache()).Fetch(server.Url("/feed.xml"))->status,
            200);
}

TEST(HttpFetcherTest, IfModifiedSinceAndSharedCache) {
  TestServer server;
  InMemoryValidatorCache cache;
  ASSERT_TRUE(HttpFetcher(FastOptions(), &cache).Fetch(server.Url("/dated.xml")).ok());
  auto stored = cache.Lookup(server.Url("/dated.xml"));
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->last_modified, "Wed, 03 Apr 2024 06:15:00 GMT");
  // Another fetcher with the same cache makes the request conditional.
  StatusOr<HttpFetchResult> again =
      HttpFetcher(FastOptions(), &cache).Fetch(server.Url("/dated.xml"));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_TRUE(again->not_modified);
}

TEST(HttpFetcherTest, RedirectsAndGzip) {
  TestServer server;
  HttpFetcher fetcher(FastOptions());
  StatusOr<HttpFetchResult> moved = fetcher.Fetch(server.Url("/moved"));
  ASSERT_TRUE(moved.ok()) << moved.status();
  EXPECT_EQ(moved->final_url, server.Url("/feed.xml"));
  EXPECT_EQ(moved->body, kFeed);
  StatusOr<HttpFetchResult> loop = fetcher.Fetch(server.Url("/loop"));
  ASSERT_FALSE(loop.ok());
  EXPECT_NE(loop.status().message().find("more than 5 redirects"), std::string::npos)
      << loop.status();
  StatusOr<HttpFetchResult> gz = fetcher.Fetch(server.Url("/gzip"));
  ASSERT_TRUE(gz.ok()) << gz.status();
  EXPECT_EQ(gz->body, kFeed);
}

TEST(HttpFetcherTest, ErrorsCarryTheStatus) {
  TestServer server;
  HttpFetcherOptions options = FastOptions();
  options.max_response_bytes = 1000;
  HttpFetcher fetcher(options);
  Status error = fetcher.Fetch(server.Url("/error")).status();
  EXPECT_TRUE(absl::IsUnavailable(error)) << error;
  EXPECT_EQ(error.message(), "HTTP 500");
  EXPECT_TRUE(absl::IsNotFound(fetcher.Fetch(server.Url("/missing")).status()));
  EXPECT_TRUE(absl::IsFailedPrecondition(fetcher.Fetch(server.Url("/big")).status()));
  EXPECT_TRUE(absl::IsInvalidArgument(fetcher.Fetch("ftp://127.0.0.1/x").status()));
  // Nothing listens on the port any more once a server is gone.
  int dead_port = 0;
  {
    TestServer gone;
    dead_port = gone.port();
  }
  Status refused = fetcher.Fetch("http://127.0.0.1:" + std::to_string(dead_port) + "/").status();
  EXPECT_TRUE(absl::IsUnavailable(refused)) << refused;
}

TEST(HttpFetcherTest, SlowEndpointTimesOut) {
  TestServer server;
  HttpFetcherOptions options = FastOptions();
  options.timeout_ms = 300;
  const auto start = std::chrono::steady_clock::now();
  Status s = HttpFetcher(options).Fetch(server.Url("/slow")).status();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(absl::IsDeadlineExceeded(s)) << s;
  EXPECT_LT(elapsed, std::chrono::milliseconds(1200));
}

}  // namespace
}  // namespace newsloom
