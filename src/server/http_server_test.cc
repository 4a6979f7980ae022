// HttpServer on loopback with httplib::Client: the Api behind real sockets — JSON errors for
// what httplib answers itself (413), streamed exports, keep-alive, concurrent clients.
#include "server/http_server.h"

#include <httplib.h>
#include <simdjson.h>

#include <atomic>
#include <thread>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/server_test_util.h"

namespace newsloom {
namespace {

using ::testing::HasSubstr;

class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new std::string(BuildTestDatabase(FreshTestDir("http"))); }
  static void TearDownTestSuite() { delete db_; }

  void SetUp() override {
    assets_ = StaticAssets::FromMap({{"/index.html", "<!doctype html><title>UI</title>"}});
    ApiOptions o;
    o.db_path = *db_;
    o.token = "sesame";
    o.assets = assets_.get();
    o.reads_per_minute = 0;  // the load loop below would exceed any realistic limit
    o.writes_per_minute = 0;
    auto api = Api::Create(o);
    ASSERT_TRUE(api.ok()) << api.status();
    api_ = std::move(*api);
    HttpServerOptions h;
    h.port = 0;
    h.threads = 4;
    h.max_body_bytes = 1 << 16;
    server_ = std::make_unique<HttpServer>(api_.get(), h);
    ASSERT_TRUE(server_->Start().ok());
    ASSERT_GT(server_->port(), 0);
  }
  void TearDown() override { server_->Stop(); }

  httplib::Client Client() { return httplib::Client("127.0.0.1", server_->port()); }

  static std::string* db_;
  std::unique_ptr<StaticAssets> assets_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<HttpServer> server_;
};

std::string* HttpServerTest::db_ = nullptr;

TEST_F(HttpServerTest, ServesJsonAndUi) {
  EXPECT_EQ(server_->url(), "http://127.0.0.1:" + std::to_string(server_->port()) + "/");
  httplib::Client c = Client();
  auto health = c.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_THAT(health->body, HasSubstr("\"stories\":4"));
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_THAT(index->body, HasSubstr("<title>UI</title>"));
  auto missing = c.Get("/api/stories/s_0000000000000000");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_THAT(missing->body, HasSubstr("\"code\":404"));
  auto head = c.Head("/api/health");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

TEST_F(HttpServerTest, TraversalOnTheWire) {
  httplib::Client c = Client();
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets%2f..%2fx"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_THAT(r->body, HasSubstr("\"code\":400")) << path;
  }
}

TEST_F(HttpServerTest, OversizedBodyIs413Json) {
  httplib::Client c = Client();
  httplib::Headers auth = {{"Authorization", "Bearer sesame"}};
  auto r = c.Post("/api/articles", auth, std::string(1 << 17, 'x'), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_THAT(r->body, HasSubstr("\"code\":413"));
}

TEST_F(HttpServerTest, MalformedPostAndMissingToken) {
  httplib::Client c = Client();
  auto no_token = c.Post("/api/articles", "{\"text\":\"x\"}", "application/json");
  ASSERT_TRUE(no_token);
  EXPECT_EQ(no_token->status, 401);
  httplib::Headers auth = {{"Authorization", "Bearer sesame"}};
  auto bad = c.Post("/api/articles", auth, "{not json", "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_THAT(bad->body, HasSubstr("\"rejected\""));
}

TEST_F(HttpServerTest, StreamedExport) {
  httplib::Client c = Client();
  auto r = c.Get("/api/export?format=geojson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/geo+json; charset=utf-8");
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(r->body).get(e), simdjson::SUCCESS) << r->body;
  EXPECT_EQ(e["features"].get_array().size(), 4u);
}

// The load-test loop in miniature: several clients over a mix of endpoints, every answer 200.
TEST_F(HttpServerTest, ConcurrentClientsAllSucceed) {
  const std::vector<std::string> paths = {"/api/health",
                                          "/api/stories",
                                          "/api/stories?country=KZ&per_page=5",
                                          "/api/stories?lang=nl",
                                          "/api/stories?sort=size",
                                          "/api/stories/s_43809c0b2c6ecdb3",
                                          "/api/articles/t-almaty-de",
                                          "/api/export?format=csv",
                                          "/"};
  std::atomic<int> failures{0}, done{0};
  std::vector<std::thread> clients;
  for (int k = 0; k < 4; ++k) {
    clients.emplace_back([&, k] {
      httplib::Client c("127.0.0.1", server_->port());
      c.set_keep_alive(true);
      for (int i = 0; i < 25; ++i) {
        const std::string& path = paths[(i + k) % paths.size()];
        auto r = c.Get(path.c_str());
        if (!r || r->status != 200) {
          ++failures;
          ADD_FAILURE() << path << " -> " << (r ? r->status : -1);
        }
        ++done;
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(done.load(), 100);
  EXPECT_EQ(failures.load(), 0);
}

TEST_F(HttpServerTest, BindingABusyPortFails) {
  HttpServerOptions h;
  h.port = server_->port();
  HttpServer second(api_.get(), h);
  Status s = second.Start();
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
}

}  // namespace
}  // namespace newsloom
