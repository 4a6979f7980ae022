// Watcher end to end: a feed server on 127.0.0.1 (cpp-httplib), the whole pipeline, a real
// SQLite database, and a fake clock (the wait function only moves it; nothing sleeps).
#include "watch/watcher.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "core/strings.h"
#include "gtest/gtest.h"
#include "httplib.h"

namespace newsloom {
namespace {

constexpr int64_t kSecond = 1'000'000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kStart = int64_t{1'773'200'000} * kSecond;  // March 2026

// The real file system with a clock the test sets.
class FakeClockEnv : public Env {
 public:
  Status ReadFile(const std::string& p, std::string* out, uint64_t max) override {
    return base_->ReadFile(p, out, max);
  }
  StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& p) override {
    return base_->NewSequentialFile(p);
  }
  Status WriteFile(const std::string& p, std::string_view d) override {
    return base_->WriteFile(p, d);
  }
  bool IsDirectory(const std::string& p) override { return base_->IsDirectory(p); }
  bool FileExists(const std::string& p) override { return base_->FileExists(p); }
  StatusOr<uint64_t> FileSize(const std::string& p) override { return base_->FileSize(p); }
  Status ListFilesRecursive(const std::string& d, std::vector<std::string>* out) override {
    return base_->ListFilesRecursive(d, out);
  }
  Status CreateDirs(const std::string& d) override { return base_->CreateDirs(d); }
  int64_t NowMicros() override { return now_.load(); }
  void Set(int64_t micros) { now_ = micros; }

 private:
  Env* base_ = Env::Default();
  std::atomic<int64_t> now_{kStart};
};

struct Item {
  std::string guid, title, date, text;
};

// Items written for these tests. Two tell one story (a fuel-price protest in Almaty), one
// another (a flood in Bergen); kLateAlmaty is a later report of the Almaty story.
const Item kAlmaty1 = {
    "almaty-1", "Drivers protest fuel prices in Almaty", "Tue, 10 Mar 2026 09:00:00 GMT",
    "Several hundred drivers blocked Abay Avenue in Almaty on Tuesday to protest against the "
    "doubling of liquefied gas prices in Kazakhstan. Police detained 40 protesters near the "
    "city administration building. The drivers demanded that the government of Kazakhstan "
    "cancel the price increase. Protest leader Aidos Serikbayev said the drivers would return "
    "every day until the price of gas came down."};
const Item kAlmaty2 = {
    "almaty-2", "Police detain dozens at Almaty fuel protest", "Tue, 10 Mar 2026 15:00:00 GMT",
    "Police in Almaty detained 40 people on Tuesday as drivers protested against higher gas "
    "prices on Abay Avenue. The protest in Kazakhstan's largest city began in the morning and "
    "grew to several hundred people. Aidos Serikbayev, who organised the protest, said the "
    "fuel price increase had doubled the cost of driving in Almaty."};
const Item kBergen = {
    "bergen-1", "Flooding closes roads in Bergen", "Tue, 10 Mar 2026 11:00:00 GMT",
    "Heavy rain flooded streets in Bergen, Norway, on Tuesday and closed the main road to the "
    "airport. The fire service pumped water from more than 200 basements in the city centre. "
    "Meteorologists expect the rain in western Norway to last until Thursday, and the "
    "municipality opened an emergency shelter for residents whose homes were damaged."};
const Item kLateAlmaty = {
    "almaty-3", "Almaty fuel protest continues for a second day", "Wed, 11 Mar 2026 08:00:00 GMT",
    "Drivers protesting against gas prices gathered again on Abay Avenue in Almaty on "
    "Wednesday, a day after police detained 40 protesters at the fuel price protest. Aidos "
    "Serikbayev told reporters that the drivers of Kazakhstan would go on protesting until "
    "the government cancelled the doubling of the price of liquefied gas."};

std::string Rss(const std::vector<Item>& items) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
      "<title>Test news</title><link>http://127.0.0.1/</link><language>en</language>\n";
  for (const Item& i : items) {
    x += "<item><title>" + i.title + "</title><guid>" + i.guid + "</guid><pubDate>" + i.date +
         "</pubDate><description>" + i.text + "</description></item>\n";
  }
  return x + "</channel></rss>\n";
}

std::string Atom(const std::vector<Item>& items) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
      "xml:lang=\"en\"><title>Test atom</title><id>urn:test:atom</id>"
      "<updated>2026-03-10T12:00:00Z</updated>\n";
  for (const Item& i : items) {
    x += "<entry><title>" + i.title + "</title><id>urn:test:" + i.guid +
         "</id><updated>2026-03-10T11:00:00Z</updated><summary>" + i.text + "</summary></entry>\n";
  }
  return x + "</feed>\n";
}

// A feed server on 127.0.0.1: /rss (RSS with an ETag, 304 on If-None-Match), /atom (Atom with
// Last-Modified), /error (500), /busy (503 with Retry-After), /malformed (broken XML).
class FeedServer {
 public:
  FeedServer() {
    server_.Get("/rss", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> lock(mu_);
      rss_if_none_match_.push_back(req.get_header_value("If-None-Match"));
      const std::string etag = "\"rss-" + std::to_string(rss_version_) + "\"";
      res.set_header("ETag", etag);
      if (req.get_header_value("If-None-Match") == etag) {
        res.status = 304;
        return;
      }
      res.set_content(Rss(rss_items_), "application/rss+xml; charset=utf-8");
    });
    server_.Get("/atom", [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Last-Modified", "Tue, 10 Mar 2026 12:00:00 GMT");
      if (req.has_header("If-Modified-Since")) {
        res.status = 304;
        return;
      }
      res.set_content(Atom({kBergen}), "application/atom+xml");
    });
    server_.Get("/slow", [this](const httplib::Request&, httplib::Response& res) {
      for (int i = 0; i < 100 && !stopping_; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      res.set_content(Rss({kBergen}), "application/rss+xml");
    });
    server_.Get("/busy", [](const httplib::Request&, httplib::Response& res) {
      res.status = 503;
      res.set_header("Retry-After", "120");
      res.set_content("come back later", "text/plain");
    });
    server_.Get("/error", [](const httplib::Request&, httplib::Response& res) {
      res.status = 500;
      res.set_content("oops", "text/plain");
    });
    server_.Get("/malformed", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("ETag", "\"bad\"");
      res.set_content(
          "<?xml version=\"1.0\"?>\n<<< rss version=\"2.0\"><channel><item>"
          "<title>a & b</titl></item>",
          "application/rss+xml");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FeedServer() {
    stopping_ = true;
    server_.stop();
    thread_.join();
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  void SetRss(std::vector<Item> items) {
    std::lock_guard<std::mutex> lock(mu_);
    rss_items_ = std::move(items);
    ++rss_version_;
  }
  std::vector<std::string> RssIfNoneMatch() {
    std::lock_guard<std::mutex> lock(mu_);
    return rss_if_none_match_;
  }

 private:
  httplib::Server server_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
  int port_ = 0;
  std::mutex mu_;
  std::vector<Item> rss_items_ = {kAlmaty1, kAlmaty2};
  int rss_version_ = 1;
  std::vector<std::string> rss_if_none_match_;
};

// A port nothing listens on: bound, never listened, closed.
std::string RefusedUrl() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof(addr);
  EXPECT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), len), 0);
  EXPECT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  close(fd);
  return "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)) + "/rss";
}

class WatcherTest : public testing::Test {
 protected:
  void SetUp() override {
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    dir_ = testing::TempDir() + "/newsloom_watch_" + info->name();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = dir_ + "/newsloom.db";
  }
  void TearDown() override {
    std::filesystem::remove_all(dir_);
    for (const std::string& line : log_) std::fprintf(stderr, "%s\n", line.c_str());
  }

  std::unique_ptr<Watcher> Make(const std::string& feedlist, int64_t host_gap = 0,
                                int64_t timeout_ms = 5000) {
    const FeedList list = ParseFeedList("feeds.txt", feedlist);
    EXPECT_TRUE(list.errors.empty());
    WatchOptions o;
    o.db_path = db_;
    o.schedule.interval_micros = 10 * kMinute;
    o.schedule.min_host_gap_micros = host_gap;
    o.schedule.max_backoff_micros = 60 * kMinute;
    o.run.pipeline.threads = 2;
    o.http.connect_timeout_ms = 2000;
    o.http.timeout_ms = timeout_ms;
    o.log = [this](std::string_view line) { log_.emplace_back(line); };
    StatusOr<std::unique_ptr<Watcher>> w = Watcher::Create(&env_, list.sources, o);
    EXPECT_TRUE(w.ok()) << w.status();
    return w.ok() ? std::move(*w) : nullptr;
  }
  // The wait function of a fake clock: jumps to the time asked for.
  WaitFn Jump() {
    return [this](int64_t until) {
      if (until > env_.NowMicros()) env_.Set(until);
      return true;
    };
  }
  std::unique_ptr<Store> OpenStore() {
    StoreOptions o;
    o.env = &env_;
    auto s = OpenSqliteStore(db_, o);
    EXPECT_TRUE(s.ok()) << s.status();
    return s.ok() ? std::move(*s) : nullptr;
  }
  // Article id -> story id of every stored article whose source starts with `prefix`.
  std::map<std::string, std::string> Stories(const std::string& prefix) {
    std::unique_ptr<Store> store = OpenStore();
    ArticleQuery q;
    q.source_prefix = prefix;
    q.with_bodies = false;
    std::map<std::string, std::string> out;
    StatusOr<std::vector<StoredArticle>> articles = store->ListArticles(q);
    EXPECT_TRUE(articles.ok()) << articles.status();
    if (!articles.ok()) return out;
    for (const StoredArticle& a : *articles) {
      StatusOr<std::optional<std::string>> story = store->StoryOfArticle(a.id);
      EXPECT_TRUE(story.ok()) << story.status();
      out[a.id] = story.ok() && story->has_value() ? **story : "";
    }
    return out;
  }

  FakeClockEnv env_;
  std::string dir_, db_;
  std::vector<std::string> log_;
};

TEST_F(WatcherTest, SecondPollSendsTheETagAndAddsNothing) {
  FeedServer server;
  // With a host gap the two feeds of the server are polled one after the other.
  std::unique_ptr<Watcher> w =
      Make(server.Url("/rss") + "\n" + server.Url("/atom") + "\n", kSecond);
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(env_.NowMicros(), kStart + kSecond) << "waited out the host gap";
  EXPECT_EQ(w->totals()[0].new_articles, 2);
  EXPECT_EQ(w->totals()[1].new_articles, 1);
  EXPECT_EQ(Stories(server.Url("/rss") + "#").size(), 2u);

  env_.Set(env_.NowMicros() + 10 * kMinute);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].new_articles, 2);
  EXPECT_EQ(w->totals()[0].not_modified, 1);
  EXPECT_EQ(w->totals()[1].not_modified, 1);
  EXPECT_EQ(server.RssIfNoneMatch(), (std::vector<std::string>{"", "\"rss-1\""}));
  EXPECT_EQ(Stories(server.Url("/rss") + "#").size(), 2u);
  ASSERT_FALSE(log_.empty());
  EXPECT_EQ(log_.back(), "watch: " + server.Url("/atom") + ": not modified");

  // The validators are in the database: a new watcher (a new run) sends them too.
  EXPECT_EQ((*OpenStore()->GetFeedValidator(server.Url("/rss")))->etag, "\"rss-1\"");
  w.reset();
  std::unique_ptr<Watcher> again = Make(server.Url("/rss") + "\n");
  ASSERT_TRUE(again->RunCycle(Jump()).ok());
  EXPECT_EQ(server.RssIfNoneMatch().back(), "\"rss-1\"");
  EXPECT_EQ(again->totals()[0].not_modified, 1);
}

TEST_F(WatcherTest, FeedsThatAreDownBackOffAndTheOthersAreIngested) {
  FeedServer server;
  const std::string refused = RefusedUrl();
  std::unique_ptr<Watcher> w =
      Make(refused + "\n" + server.Url("/error") + "\n" + server.Url("/atom") + "\n");
  ASSERT_NE(w, nullptr);
  std::vector<int64_t> refused_waits, error_waits;
  for (int cycle = 0; cycle < 3; ++cycle) {
    ASSERT_TRUE(w->RunCycle(Jump()).ok());
    refused_waits.push_back(w->scheduler().next_due_micros(0) - env_.NowMicros());
    error_waits.push_back(w->scheduler().next_due_micros(1) - env_.NowMicros());
    env_.Set(std::max(w->scheduler().next_due_micros(0), w->scheduler().next_due_micros(1)));
  }
  EXPECT_EQ(w->totals()[0].errors, 3);
  EXPECT_EQ(w->totals()[1].errors, 3);
  EXPECT_NE(w->totals()[1].last_error.find("HTTP 500"), std::string::npos)
      << w->totals()[1].last_error;
  // Backoff grows (within a second of the doubling: the polls take time on a fake clock too).
  for (const auto& waits : {refused_waits, error_waits}) {
    EXPECT_NEAR(waits[0], 10 * kMinute, kSecond);
    EXPECT_NEAR(waits[1], 20 * kMinute, kSecond);
    EXPECT_NEAR(waits[2], 40 * kMinute, kSecond);
  }
  EXPECT_EQ(w->totals()[2].new_articles, 1);
  EXPECT_EQ(w->totals()[2].errors, 0);
  EXPECT_NE(w->Summary().find("3 sources, 9 polls, 1 new articles"), std::string::npos)
      << w->Summary();
  bool logged = false;
  for (const std::string& line : log_) {
    if (line.rfind("watch: " + server.Url("/error") +
                       ": error: HTTP 500 (failure 1 in a row; "
                       "next try ",
                   0) == 0) {
      logged = true;
    }
  }
  EXPECT_TRUE(logged);
}

TEST_F(WatcherTest, TimeoutIsAnErrorThatBacksOff) {
  FeedServer server;
  std::unique_ptr<Watcher> w = Make(server.Url("/slow") + "\n", 0, /*timeout_ms=*/200);
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].errors, 1);
  EXPECT_NE(w->totals()[0].last_error.find("timed out"), std::string::npos)
      << w->totals()[0].last_error;
  EXPECT_EQ(w->scheduler().failures(0), 1);
}

TEST_F(WatcherTest, RetryAfterOf503IsHonoured) {
  FeedServer server;
  {
    HttpFetcher fetcher;
    StatusOr<HttpFetchResult> r = fetcher.Fetch(server.Url("/busy"));
    ASSERT_FALSE(r.ok());
    if (!r.status().GetPayload(AbslView(kRetryAfterPayloadUrl)).has_value()) {
      GTEST_SKIP() << "HttpFetcher does not pass Retry-After on yet (ingest/http_fetcher.cc)";
    }
  }
  std::unique_ptr<Watcher> w = Make(server.Url("/busy") + "\n");
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].errors, 1);
  EXPECT_EQ(w->scheduler().next_due_micros(0) - env_.NowMicros(), 120 * kSecond);
}

TEST_F(WatcherTest, MalformedFeedIsAnErrorAndItsValidatorsAreNotKept) {
  FeedServer server;
  std::unique_ptr<Watcher> w = Make(server.Url("/malformed") + "\n" + server.Url("/rss") + "\n");
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].errors, 1) << w->Summary();
  EXPECT_FALSE(w->totals()[0].last_error.empty());
  EXPECT_EQ(w->totals()[1].new_articles, 2);
  std::optional<FeedValidator> v = *OpenStore()->GetFeedValidator(server.Url("/malformed"));
  EXPECT_TRUE(!v || v->etag.empty());
}

TEST_F(WatcherTest, ANewItemIsAddedAloneAndJoinsItsStory) {
  FeedServer server;
  const std::string prefix = server.Url("/rss") + "#";
  std::unique_ptr<Watcher> w = Make(server.Url("/rss") + "\n" + server.Url("/atom") + "\n");
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  const std::map<std::string, std::string> before = Stories(prefix);
  ASSERT_EQ(before.size(), 2u);
  ASSERT_EQ(before.begin()->second, before.rbegin()->second) << "the two reports are one story";
  const std::string story = before.begin()->second;
  ASSERT_FALSE(story.empty());

  server.SetRss({kLateAlmaty, kAlmaty1, kAlmaty2});
  env_.Set(env_.NowMicros() + 10 * kMinute);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].new_articles, 3);
  const std::map<std::string, std::string> after = Stories(prefix);
  ASSERT_EQ(after.size(), 3u);
  for (const auto& [id, story_id] : before) EXPECT_EQ(after.at(id), story_id) << id;
  for (const auto& [id, story_id] : after) EXPECT_EQ(story_id, story) << id;
  // The Bergen flood is a story of its own.
  const std::map<std::string, std::string> atom = Stories(server.Url("/atom") + "#");
  ASSERT_EQ(atom.size(), 1u);
  EXPECT_NE(atom.begin()->second, story);
}

// A WARC response record holding an HTML page.
std::string WarcRecord(const std::string& url, const Item& item) {
  const std::string html = "<html><head><title>" + item.title +
                           "</title></head><body><article><h1>" + item.title + "</h1><p>" +
                           item.text + "</p></article></body></html>";
  const std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
         "\r\nWARC-Date: 2026-03-10T12:00:00Z\r\nContent-Type: application/http; "
         "msgtype=response\r\nContent-Length: " +
         std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

void WriteFile(const std::string& path, const std::string& data, int64_t mtime_micros) {
  std::ofstream(path, std::ios::binary) << data;
  struct timeval times[2];
  times[0].tv_sec = times[1].tv_sec = mtime_micros / kSecond;
  times[0].tv_usec = times[1].tv_usec = 0;
  ASSERT_EQ(utimes(path.c_str(), times), 0);
}

TEST_F(WatcherTest, WarcDirectoryIngestsNewFinishedFilesOnce) {
  const std::string warc = dir_ + "/warc";
  std::filesystem::create_directories(warc);
  WriteFile(warc + "/one.warc", WarcRecord("http://news.example/almaty", kAlmaty1),
            kStart - 5 * kMinute);
  WriteFile(warc + "/notes.txt", "not a warc", kStart - 5 * kMinute);
  std::unique_ptr<Watcher> w = Make("dir:" + warc + "\n" + dir_ + "/missing\n");
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].files, 1);
  EXPECT_EQ(w->totals()[0].new_articles, 1);
  EXPECT_EQ(w->totals()[1].errors, 1) << "a missing directory is that source's error";

  // A file being written now is skipped until it stops changing; one.warc is not read again.
  env_.Set(env_.NowMicros() + 10 * kMinute);
  WriteFile(warc + "/two.warc", WarcRecord("http://news.example/bergen", kBergen),
            env_.NowMicros());
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].files, 1);
  EXPECT_EQ(log_[log_.size() - 2].find("still being written") != std::string::npos, true)
      << log_[log_.size() - 2];
  env_.Set(env_.NowMicros() + 10 * kMinute);
  ASSERT_TRUE(w->RunCycle(Jump()).ok());
  EXPECT_EQ(w->totals()[0].files, 2);
  EXPECT_EQ(w->totals()[0].new_articles, 2);

  // A new watcher remembers both files through the database.
  w.reset();
  std::unique_ptr<Watcher> again = Make("dir:" + warc + "\n");
  ASSERT_TRUE(again->RunCycle(Jump()).ok());
  EXPECT_EQ(again->totals()[0].files, 0);
  EXPECT_EQ(Stories(warc + "/").size(), 2u);
}

}  // namespace
}  // namespace newsloom
