#include "server/api.h"

#include <simdjson.h>

#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/server_test_util.h"

namespace newsloom {
namespace {

using ::testing::HasSubstr;

constexpr char kBishkek[] = "s_43809c0b2c6ecdb3";  // HexHash64(Hash64("t-bishkek-en"))

// Finds stories whose headline contains the query word (case-sensitive), in a fixed order.
class FakeSearcher : public StorySearcher {
 public:
  StatusOr<StorySearchResults> Search(std::string_view query, int64_t offset, int64_t limit,
                                      Store* store, bool with_matches) override {
    if (query == "refuse") return absl::InvalidArgumentError("query too long");
    EXPECT_NE(store, nullptr);
    StorySearchResults out;
    StoryQuery all;
    NL_ASSIGN_OR_RETURN(StoryPage page, store->QueryStories(all));
    std::vector<StoryHit> hits;
    for (const StoredStory& s : page.stories) {
      if (s.json.find(std::string(query)) == std::string::npos) continue;
      hits.push_back({s.id, 1.0 / (hits.size() + 1), {{"a", "en", "t", "snippet"}}});
    }
    // Reverse the database order, so relevance order differs from "latest".
    std::reverse(hits.begin(), hits.end());
    out.total = static_cast<int64_t>(hits.size());
    for (int64_t i = offset; i < static_cast<int64_t>(hits.size()) && i < offset + limit; ++i) {
      out.hits.push_back(hits[i]);
    }
    return out;
  }
};

// A fixed clock for the rate limits.
class FixedClockEnv : public Env {
 public:
  Status ReadFile(const std::string& p, std::string* o, uint64_t m) override {
    return Env::Default()->ReadFile(p, o, m);
  }
  Status WriteFile(const std::string& p, std::string_view d) override {
    return Env::Default()->WriteFile(p, d);
  }
  bool IsDirectory(const std::string& p) override { return Env::Default()->IsDirectory(p); }
  bool FileExists(const std::string& p) override { return Env::Default()->FileExists(p); }
  StatusOr<uint64_t> FileSize(const std::string& p) override { return Env::Default()->FileSize(p); }
  Status ListFilesRecursive(const std::string& d, std::vector<std::string>* o) override {
    return Env::Default()->ListFilesRecursive(d, o);
  }
  Status CreateDirs(const std::string& d) override { return Env::Default()->CreateDirs(d); }
  int64_t NowMicros() override { return now; }
  int64_t now = 1'700'000'000'000'000;
};

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(FreshTestDir("api"));
    db_ = new std::string(BuildTestDatabase(*dir_));
    geo_ = GeoLookup::OpenDefault().release();
  }
  static void TearDownTestSuite() {
    delete geo_;
    delete db_;
    delete dir_;
  }

  void SetUp() override {
    assets_ = StaticAssets::FromMap({{"/index.html", "<!doctype html><title>UI</title>"},
                                     {"/assets/app.js", "console.log(1)"},
                                     {"/assets/vendor/countries-110m.json", "{}"}});
    ApiOptions o;
    o.db_path = *db_;
    o.token = "sesame";
    o.searcher = &searcher_;
    o.geo = geo_;
    o.assets = assets_.get();
    o.env = &clock_;
    o.max_body_bytes = 4096;
    o.reads_per_minute = 1000;
    o.writes_per_minute = 1000;
    auto api = Api::Create(o);
    ASSERT_TRUE(api.ok()) << api.status();
    api_ = std::move(*api);
  }

  ApiResponse Get(const std::string& target, const std::string& method = "GET") {
    ApiRequest r;
    r.method = method;
    r.target = target;
    r.remote_addr = "10.0.0.1";
    ApiResponse response = api_->Handle(r);
    EXPECT_TRUE(response.Materialize().ok());
    return response;
  }

  // Parses a JSON body; fails the test when it is not JSON.
  simdjson::dom::element Json(const ApiResponse& r) {
    simdjson::dom::element e;
    auto error = parser_.parse(r.body).get(e);
    EXPECT_EQ(error, simdjson::SUCCESS) << r.body;
    return e;
  }

  std::vector<std::string> ItemIds(const ApiResponse& r) {
    std::vector<std::string> ids;
    for (simdjson::dom::element item : Json(r)["items"].get_array()) {
      ids.emplace_back(std::string_view(item["id"].get_string()));
    }
    return ids;
  }

  void ExpectError(const ApiResponse& r, int status) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    simdjson::dom::element e = Json(r);
    EXPECT_EQ(int64_t(e["error"]["code"]), status) << r.body;
    EXPECT_FALSE(std::string_view(e["error"]["message"]).empty());
  }

  static std::string* dir_;
  static std::string* db_;
  static GeoLookup* geo_;
  FakeSearcher searcher_;
  FixedClockEnv clock_;
  std::unique_ptr<StaticAssets> assets_;
  std::unique_ptr<Api> api_;
  simdjson::dom::parser parser_;
};

std::string* ApiTest::dir_ = nullptr;
std::string* ApiTest::db_ = nullptr;
GeoLookup* ApiTest::geo_ = nullptr;

TEST_F(ApiTest, Health) {
  ApiResponse r = Get("/api/health");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(std::string_view(e["status"]), "ok");
  EXPECT_EQ(int64_t(e["articles"]), 6);
  EXPECT_EQ(int64_t(e["stories"]), 4);
  EXPECT_TRUE(bool(e["search"]));
  EXPECT_GE(int64_t(e["schema"]), 3);
  EXPECT_EQ(r.Header("cache-control"), "no-store");
}

TEST_F(ApiTest, StoriesLatestFirstUndatedLast) {
  ApiResponse r = Get("/api/stories");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(int64_t(e["total"]), 4);
  EXPECT_EQ(int64_t(e["page"]), 1);
  EXPECT_EQ(int64_t(e["per_page"]), 50);
  std::vector<std::string> ids = ItemIds(r);
  ASSERT_EQ(ids.size(), 4u);
  EXPECT_EQ(ids[2], kBishkek);
  // The summary: no leads, an article count, coordinates.
  simdjson::dom::element first = Json(r)["items"].at(2);
  EXPECT_EQ(first["leads"].error(), simdjson::NO_SUCH_FIELD);
  EXPECT_EQ(int64_t(first["article_count"]), 2);
  EXPECT_NEAR(double(first["location"]["lat"]), 42.87, 0.01);
  EXPECT_NEAR(double(first["location"]["lon"]), 74.59, 0.01);
  EXPECT_EQ(int64_t(first["location"]["geo_precision"]), 1);
  EXPECT_TRUE(Json(r)["items"].at(3)["location"].is_null());
}

TEST_F(ApiTest, StoryFilters) {
  EXPECT_THAT(ItemIds(Get("/api/stories?country=KG")), ::testing::ElementsAre(kBishkek));
  EXPECT_THAT(ItemIds(Get("/api/stories?country=kg")), ::testing::ElementsAre(kBishkek));
  EXPECT_EQ(ItemIds(Get("/api/stories?type=Riots")).size(), 2u);
  EXPECT_EQ(ItemIds(Get("/api/stories?type=Battles")).size(), 0u);
  EXPECT_THAT(ItemIds(Get("/api/stories?lang=nl")), ::testing::ElementsAre(kBishkek));
  EXPECT_EQ(ItemIds(Get("/api/stories?lang=de&type=Riots")).size(), 1u);
  // Date bounds cover whole periods; undated stories are left out.
  EXPECT_THAT(ItemIds(Get("/api/stories?from=2020-10&to=2020-10")),
              ::testing::ElementsAre(kBishkek));
  EXPECT_EQ(ItemIds(Get("/api/stories?from=2021")).size(), 2u);
  EXPECT_EQ(ItemIds(Get("/api/stories?to=2022-01-05")).size(), 2u);
  EXPECT_EQ(ItemIds(Get("/api/stories?to=2022-01-04")).size(), 1u);
  ExpectError(Get("/api/stories?from=2020-13"), 400);
  ExpectError(Get("/api/stories?to=yesterday"), 400);
}

TEST_F(ApiTest, StoryEntityFilter) {
  // An entity of the Bishkek reports: its id from the article.
  ApiResponse article = Get("/api/articles/t-bishkek-en");
  ASSERT_EQ(article.status, 200);
  simdjson::dom::element persons = Json(article)["persons"];
  std::string entity;
  for (simdjson::dom::element p : persons.get_array()) {
    if (std::string_view(p["name"]).find("Atambayev") != std::string_view::npos) {
      entity = std::string(std::string_view(p["entity_id"]));
    }
  }
  ASSERT_FALSE(entity.empty()) << article.body.substr(0, 2000);
  EXPECT_THAT(ItemIds(Get("/api/stories?entity=" + entity)), ::testing::ElementsAre(kBishkek));
  EXPECT_TRUE(ItemIds(Get("/api/stories?entity=p:0000000000000000")).empty());

  ApiResponse r = Get("/api/entities/" + entity);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(std::string_view(e["entity"]["kind"]), "person");
  EXPECT_GE(e["entity"]["variants"].get_array().size(), 2u);  // Atambayev, Atambajev
  EXPECT_EQ(e["stories"].get_array().size(), 1u);
  EXPECT_EQ(std::string_view(e["stories"].at(0)["id"]), kBishkek);
  simdjson::dom::array articles = e["articles"];
  EXPECT_EQ(articles.size(), 2u);
  for (simdjson::dom::element a : articles) {
    EXPECT_EQ(std::string_view(a["story_id"]), kBishkek);
    EXPECT_FALSE(std::string_view(a["title"]).empty());
  }
}

TEST_F(ApiTest, SortsAndPaging) {
  std::vector<std::string> oldest = ItemIds(Get("/api/stories?sort=oldest"));
  ASSERT_EQ(oldest.size(), 4u);
  EXPECT_EQ(oldest[0], kBishkek);
  std::vector<std::string> size = ItemIds(Get("/api/stories?sort=size"));
  ASSERT_EQ(size.size(), 4u);
  // The two-article stories first, latest first among them.
  EXPECT_EQ(size[1], kBishkek);
  // Pages partition the listing.
  std::vector<std::string> all = ItemIds(Get("/api/stories"));
  std::vector<std::string> paged;
  for (int page = 1; page <= 3; ++page) {
    ApiResponse r = Get("/api/stories?per_page=3&page=" + std::to_string(page));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(int64_t(Json(r)["total"]), 4);
    for (const std::string& id : ItemIds(r)) paged.push_back(id);
  }
  EXPECT_EQ(paged, all);
  EXPECT_TRUE(ItemIds(Get("/api/stories?page=99")).empty());
  ExpectError(Get("/api/stories?sort=random"), 400);
  ExpectError(Get("/api/stories?sort=relevance"), 400);  // needs q
  ExpectError(Get("/api/stories?page=0"), 400);
  ExpectError(Get("/api/stories?page=-1"), 400);
  ExpectError(Get("/api/stories?page=1x"), 400);
  ExpectError(Get("/api/stories?per_page=0"), 400);
  ExpectError(Get("/api/stories?per_page=501"), 400);
  ExpectError(Get("/api/stories?page=99999999999999999999"), 400);
  EXPECT_EQ(Get("/api/stories?per_page=500").status, 200);
}

TEST_F(ApiTest, TextQueryFiltersAndRanks) {
  // "Riots" matches both riot stories; the fake ranks them in reverse database order.
  std::vector<std::string> relevance = ItemIds(Get("/api/stories?q=Riots"));
  std::vector<std::string> latest = ItemIds(Get("/api/stories?q=Riots&sort=latest"));
  ASSERT_EQ(relevance.size(), 2u);
  ASSERT_EQ(latest.size(), 2u);
  EXPECT_EQ(relevance[0], latest[1]);
  EXPECT_THAT(ItemIds(Get("/api/stories?q=Riots&country=KG")), ::testing::ElementsAre(kBishkek));
  EXPECT_TRUE(ItemIds(Get("/api/stories?q=nothing-like-this")).empty());
  ExpectError(Get("/api/stories?q=refuse"), 400);
}

TEST_F(ApiTest, Search) {
  ApiResponse r = Get("/api/search?q=Riots&per_page=1");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(std::string_view(e["query"]), "Riots");
  EXPECT_EQ(int64_t(e["total"]), 2);
  ASSERT_EQ(e["items"].get_array().size(), 1u);
  EXPECT_EQ(std::string_view(e["items"].at(0)["matches"].at(0)["snippet"]), "snippet");
  EXPECT_FALSE(std::string_view(e["items"].at(0)["story"]["id"]).empty());
  ExpectError(Get("/api/search"), 400);
  ExpectError(Get("/api/search?q=%20"), 400);
}

TEST_F(ApiTest, WithoutSearcherSearchIsUnavailable) {
  ApiOptions o = api_->options();
  o.searcher = nullptr;
  auto api = Api::Create(o);
  ASSERT_TRUE(api.ok());
  for (const char* target : {"/api/search?q=x", "/api/stories?q=x", "/api/export?format=csv&q=x"}) {
    ApiRequest req;
    req.method = "GET";
    req.target = target;
    ApiResponse r = (*api)->Handle(req);
    ExpectError(r, 503);
    EXPECT_THAT(r.body, HasSubstr("search index not available"));
  }
  ApiRequest health;
  health.method = "GET";
  health.target = "/api/health";
  EXPECT_THAT((*api)->Handle(health).body, HasSubstr("\"search\":false"));
}

TEST_F(ApiTest, OneStoryWithItsArticlesInOrder) {
  ApiResponse r = Get(std::string("/api/stories/") + kBishkek);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(std::string_view(e["story"]["id"]), kBishkek);
  EXPECT_TRUE(e["story"]["leads"].is_array());  // the full record
  EXPECT_TRUE(e["story"]["figures"].is_array());
  simdjson::dom::array articles = e["articles"];
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(std::string_view(articles.at(0)["id"]), "t-bishkek-en");
  EXPECT_EQ(std::string_view(articles.at(1)["id"]), "t-bishkek-nl");
  for (simdjson::dom::element a : articles) {
    EXPECT_EQ(std::string_view(a["story_id"]), kBishkek);
    EXPECT_FALSE(std::string_view(a["text"]).empty());
  }
  ExpectError(Get("/api/stories/s_0000000000000000"), 404);
}

TEST_F(ApiTest, OneArticleCarriesItsStory) {
  ApiResponse r = Get("/api/articles/t-bishkek-nl");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(std::string_view(e["story_id"]), kBishkek);
  // Facts with byte offsets into the text.
  std::string_view text = e["text"];
  for (simdjson::dom::element p : e["places"].get_array()) {
    for (simdjson::dom::element m : p["mentions"].get_array()) {
      const uint64_t start = int64_t(m["start"]), end = int64_t(m["end"]);
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), std::string_view(m["surface"]));
    }
  }
  ExpectError(Get("/api/articles/no-such-article"), 404);
  ExpectError(Get("/api/entities/p:0000000000000000"), 404);
  // Ids are percent-decoded.
  EXPECT_EQ(Get("/api/articles/t-bishkek%2Dnl").status, 200);
}

TEST_F(ApiTest, ExportFormats) {
  ApiResponse csv = Get("/api/export?format=csv&country=KG");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_THAT(std::string(csv.Header("Content-Disposition")), HasSubstr(".csv"));
  EXPECT_THAT(csv.body, ::testing::StartsWith("event_id_cnty,event_date,year,time_precision,"));
  EXPECT_THAT(csv.body, HasSubstr("KGZ43809C0B2C6ECDB3,2020-10-06,2020,1,Riots,"));
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 2);

  ApiResponse jsonl = Get("/api/export?format=jsonl");
  ASSERT_EQ(jsonl.status, 200);
  EXPECT_EQ(std::count(jsonl.body.begin(), jsonl.body.end(), '\n'), 4);
  EXPECT_THAT(jsonl.body, HasSubstr("\"leads\""));

  ApiResponse geo = Get("/api/export?format=geojson&type=Riots");
  ASSERT_EQ(geo.status, 200);
  EXPECT_EQ(geo.content_type, "application/geo+json; charset=utf-8");
  simdjson::dom::element e = Json(geo);
  EXPECT_EQ(std::string_view(e["type"]), "FeatureCollection");
  EXPECT_EQ(e["features"].get_array().size(), 2u);

  ExpectError(Get("/api/export"), 400);
  ExpectError(Get("/api/export?format=xml"), 400);
  ExpectError(Get("/api/export?format=csv&from=bad"), 400);
}

TEST_F(ApiTest, UnknownPathsAndMethods) {
  ExpectError(Get("/api/nothing"), 404);
  ExpectError(Get("/api"), 404);
  ExpectError(Get("/api/stories/"), 404);
  ExpectError(Get("/api/stories/a/b"), 404);
  ApiResponse r = Get("/api/stories", "DELETE");
  ExpectError(r, 405);
  EXPECT_EQ(r.Header("Allow"), "GET, HEAD");
  ExpectError(Get("/api/articles", "GET"), 405);
  ExpectError(Get("/index.html", "POST"), 405);
  EXPECT_EQ(Get("/api/health", "HEAD").status, 200);
}

TEST_F(ApiTest, TraversalAndEncodingAttacksAre400) {
  for (const char* target : {"/../etc/passwd",
                             "/assets/../../etc/passwd",
                             "/%2e%2e/etc/passwd",
                             "/%2E%2E/etc/passwd",
                             "/.%2e/x",
                             "/assets/%2e%2e%2fetc%2fpasswd",
                             "/assets%2f..%2f..%2fetc%2fpasswd",
                             "/assets%2Fapp.js",
                             "/assets%5capp.js",
                             "/assets\\app.js",
                             "/a%00b",
                             "/api/articles/%00",
                             "/api/articles/..",
                             "/api/stories/%2e%2e",
                             "relative/path",
                             "",
                             "/%zz",
                             "/%",
                             "/api/articles/%ff%fe",
                             "/x%0d%0aSet-Cookie:%20a=b"}) {
    ApiResponse r = Get(target);
    EXPECT_EQ(r.status, 400) << target << " -> " << r.body;
    EXPECT_THAT(r.body, HasSubstr("\"code\":400")) << target;
  }
  ExpectError(Get("/api/stories?q=%ff"), 400);
  ExpectError(Get("/api/stories?" + std::string(9000, 'a')), 400);
}

TEST_F(ApiTest, StaticFilesFromMemoryOnly) {
  ApiResponse index = Get("/");
  ASSERT_EQ(index.status, 200);
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(index.Header("Cache-Control"), "no-cache");
  EXPECT_FALSE(index.Header("ETag").empty());
  EXPECT_EQ(Get("/assets/app.js").content_type, "text/javascript; charset=utf-8");
  ApiResponse vendor = Get("/assets/vendor/countries-110m.json");
  EXPECT_EQ(vendor.Header("Cache-Control"), "public, max-age=86400");
  // Deep links get the UI; files that do not exist do not.
  EXPECT_EQ(Get("/story/s_43809c0b2c6ecdb3").body, index.body);
  ExpectError(Get("/assets/missing.js"), 404);
  ExpectError(Get("/favicon.ico"), 404);
  ExpectError(Get("/etc/passwd.txt"), 404);
  // Revalidation.
  ApiRequest again;
  again.method = "GET";
  again.target = "/";
  again.headers.emplace_back("If-None-Match", std::string(index.Header("ETag")));
  ApiResponse not_modified = api_->Handle(again);
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_TRUE(not_modified.body.empty());
}

TEST_F(ApiTest, ReadRateLimitPerAddress) {
  ApiOptions o = api_->options();
  o.reads_per_minute = 3;
  auto api = Api::Create(o);
  ASSERT_TRUE(api.ok());
  ApiRequest req;
  req.method = "GET";
  req.target = "/api/health";
  req.remote_addr = "192.0.2.7";
  for (int i = 0; i < 3; ++i) EXPECT_EQ((*api)->Handle(req).status, 200);
  ApiResponse limited = (*api)->Handle(req);
  ExpectError(limited, 429);
  EXPECT_EQ(limited.Header("Retry-After"), "20");  // one token per 20 s
  req.remote_addr = "192.0.2.8";                   // another address has its own budget
  EXPECT_EQ((*api)->Handle(req).status, 200);
  // Static files are not limited.
  req.remote_addr = "192.0.2.7";
  req.target = "/";
  EXPECT_EQ((*api)->Handle(req).status, 200);
  // The budget refills.
  clock_.now += 20'000'000;
  req.target = "/api/health";
  EXPECT_EQ((*api)->Handle(req).status, 200);
  ExpectError((*api)->Handle(req), 429);
}

// An undated report placed in a story by its content: the API gives the same article as
// articles.jsonl (the date inferred from the story, the story's event day) and the entity page
// lists it under that date.
TEST(ApiStoryInferenceTest, UndatedArticleCarriesTheDateItsStoryGives) {
  const std::string dir = FreshTestDir("api_inferred");
  std::ofstream(dir + "/in.jsonl")
      << R"({"id":"m-dated","published":"2021-03-15","title":"Dozens detained in Minsk",)"
         R"("text":"Police in Minsk detained at least 40 people on Sunday, 14 March 2021, when )"
         R"(several thousand protesters marched through the city centre against the government )"
         R"(of Alexander Lukashenko. Witnesses said riot police used batons and stun grenades )"
         R"(near the Pushkinskaya metro station. The Viasna rights group said those detained )"
         R"(included two journalists and a student, held at the Okrestina detention centre."})"
         "\n"
      << R"({"id":"m-undated","title":"Minsk protest dispersed",)"
         R"("text":"Dozens of people were detained by riot police in Minsk on Sunday as several )"
         R"(thousand demonstrators marched against Alexander Lukashenko. According to the )"
         R"(Viasna human rights centre, two journalists and a student were among those held at )"
         R"(the Okrestina detention centre; witnesses reported stun grenades and batons near )"
         R"(Pushkinskaya metro station."})"
         "\n";
  AnalysisRunOptions o;
  o.db_path = dir + "/newsloom.db";
  o.out_dir = dir + "/out";
  o.pipeline.progress = false;
  o.update_search_index = false;
  ASSERT_TRUE(RunAnalysis(Env::Default(), {dir + "/in.jsonl"}, o).ok());
  std::string line;
  for (std::ifstream in(o.out_dir + "/articles.jsonl"); std::getline(in, line);) {
    if (line.find(R"({"id":"m-undated")") == 0) break;
  }
  ASSERT_NE(line.find(R"("published":{"date":"2021-03-15","precision":"day","inferred":true})"),
            std::string::npos)
      << line;

  ApiOptions options;
  options.db_path = o.db_path;
  std::unique_ptr<GeoLookup> geo = GeoLookup::OpenDefault();
  options.geo = geo.get();
  auto api = Api::Create(options);
  ASSERT_TRUE(api.ok()) << api.status();
  auto get = [&](const std::string& target) {
    ApiRequest r;
    r.method = "GET";
    r.target = target;
    r.remote_addr = "10.0.0.1";
    ApiResponse response = (*api)->Handle(r);
    EXPECT_TRUE(response.Materialize().ok());
    return response;
  };
  ApiResponse article = get("/api/articles/m-undated");
  ASSERT_EQ(article.status, 200) << article.body;
  EXPECT_EQ(article.body, line + "\n");

  const size_t at = line.find(R"("entity_id":"p:)");
  ASSERT_NE(at, std::string::npos) << line;
  const std::string entity = line.substr(at + 13, line.find('"', at + 13) - at - 13);
  ApiResponse page = get("/api/entities/" + entity);
  ASSERT_EQ(page.status, 200) << page.body;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(page.body).get(e), simdjson::SUCCESS) << page.body;
  int undated = 0;
  for (simdjson::dom::element a : e["articles"].get_array()) {
    if (std::string_view(a["id"]) != "m-undated") {
      EXPECT_TRUE(a["published_inferred"].error()) << page.body;  // a date of its own
      continue;
    }
    ++undated;
    EXPECT_EQ(std::string_view(a["published"]), "2021-03-15");
    EXPECT_TRUE(bool(a["published_inferred"]));
  }
  EXPECT_EQ(undated, 1) << page.body;
}

}  // namespace
}  // namespace newsloom
