// POST /api/articles: authentication, limits, per-record rejections, and incremental ingest
// that grows stories while every existing id stays.
#include <simdjson.h>

#include <filesystem>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/api.h"
#include "server/server_test_util.h"

namespace newsloom {
namespace {

using ::testing::HasSubstr;

constexpr char kBishkek[] = "s_43809c0b2c6ecdb3";

// Another report of the Bishkek riots, in Russian, written for this test.
constexpr char kBishkekRu[] =
    R"({"id":"t-bishkek-ru","title":"Протестующие захватили здание правительства в Бишкеке","lang":"ru","published":"2020-10-06","text":"БИШКЕК — Тысячи протестующих во вторник захватили здание правительства в Бишкеке после спорных парламентских выборов. Милиция применила слезоточивый газ и резиновые пули. По данным министерства здравоохранения, один человек погиб и не менее 590 человек пострадали в столкновениях у площади Ала-Тоо. Протестующие освободили бывшего президента Алмазбека Атамбаева из следственного изолятора. Президент Сооронбай Жээнбеков назвал беспорядки попыткой незаконно захватить власть."})";

class ApiWriteTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = FreshTestDir("api_write_base");
    base_db_ = new std::string(BuildTestDatabase(dir));
  }
  static void TearDownTestSuite() { delete base_db_; }

  void SetUp() override {
    // Each test writes to its own copy of the database.
    const std::string dir =
        FreshTestDir(std::string("api_write_") +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    db_ = dir + "/newsloom.db";
    std::filesystem::copy_file(*base_db_, db_);
    ApiOptions o;
    o.db_path = db_;
    o.token = "sesame";
    o.max_body_bytes = 64 << 10;
    o.pipeline.threads = 2;
    o.pipeline.ingest.max_document_bytes = 64 << 10;
    auto api = Api::Create(o);
    ASSERT_TRUE(api.ok()) << api.status();
    api_ = std::move(*api);
  }

  ApiResponse Post(std::string body, std::string auth = "Bearer sesame") {
    ApiRequest r;
    r.method = "POST";
    r.target = "/api/articles";
    r.remote_addr = "10.0.0.2";
    if (!auth.empty()) r.headers.emplace_back("authorization", auth);
    r.body = std::move(body);
    return api_->Handle(r);
  }

  ApiResponse Get(const std::string& target) {
    ApiRequest r;
    r.method = "GET";
    r.target = target;
    return api_->Handle(r);
  }

  simdjson::dom::element Json(const ApiResponse& r) {
    simdjson::dom::element e;
    EXPECT_EQ(parser_.parse(r.body).get(e), simdjson::SUCCESS) << r.body;
    return e;
  }

  // (story id, article count) of every story.
  std::map<std::string, int64_t> Stories() {
    std::map<std::string, int64_t> out;
    ApiResponse r = Get("/api/stories?per_page=500");
    for (simdjson::dom::element s : Json(r)["items"].get_array()) {
      out[std::string(std::string_view(s["id"]))] = int64_t(s["article_count"]);
    }
    return out;
  }

  static std::string* base_db_;
  std::string db_;
  std::unique_ptr<Api> api_;
  simdjson::dom::parser parser_;
};

std::string* ApiWriteTest::base_db_ = nullptr;

TEST_F(ApiWriteTest, Authentication) {
  ApiResponse missing = Post(kBishkekRu, "");
  EXPECT_EQ(missing.status, 401);
  EXPECT_THAT(std::string(missing.Header("WWW-Authenticate")), HasSubstr("Bearer"));
  EXPECT_EQ(Post(kBishkekRu, "Bearer sesam").status, 401);
  EXPECT_EQ(Post(kBishkekRu, "Bearer sesame2").status, 401);
  EXPECT_EQ(Post(kBishkekRu, "Basic c2VzYW1l").status, 401);
  EXPECT_EQ(Post(kBishkekRu, "sesame").status, 401);
  // Without a configured token, writes are refused whatever the client sends.
  ApiOptions o = api_->options();
  o.token = "";
  auto closed = Api::Create(o);
  ASSERT_TRUE(closed.ok());
  ApiRequest r;
  r.method = "POST";
  r.target = "/api/articles";
  r.headers.emplace_back("Authorization", "Bearer ");
  r.body = kBishkekRu;
  ApiResponse refused = (*closed)->Handle(r);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr("\"code\":403"));
  EXPECT_EQ(Stories().size(), 4u);  // nothing was written
}

TEST_F(ApiWriteTest, OversizedMalformedAndEmptyBodies) {
  ApiResponse big = Post(std::string(65 << 10, ' '));
  EXPECT_EQ(big.status, 413);
  EXPECT_THAT(big.body, HasSubstr("\"code\":413"));
  EXPECT_EQ(Post("").status, 400);
  EXPECT_EQ(Post("   \n\n").status, 400);
  EXPECT_EQ(Post("42").status, 400);
  ApiResponse bad = Post("{\"text\": ");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_THAT(bad.body, HasSubstr("\"record\":1"));
  EXPECT_EQ(Post("[1, 2]").status, 400);
  EXPECT_EQ(Post(R"({"title":"no text"})").status, 400);
}

TEST_F(ApiWriteTest, BadRecordsAreReportedAndOthersGoOn) {
  const std::string body =
      std::string(
          R"({"id":"w1","text":"Dozens of farmers protested in Lyon on Friday against a new water tax, a police spokesman said."})") +
      "\n{broken\n\n" + R"({"id":"w3","title":"empty"})" + "\n" +
      R"({"id":"w1","text":"the same id again"})" + "\n";
  ApiResponse r = Post(body);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(int64_t(e["accepted"]), 1);
  std::vector<int64_t> records;
  for (simdjson::dom::element j : e["rejected"].get_array()) {
    records.push_back(int64_t(j["record"]));
    EXPECT_FALSE(std::string_view(j["message"]).empty());
  }
  EXPECT_THAT(records, ::testing::UnorderedElementsAre(2, 4, 5));
  ASSERT_EQ(e["articles"].get_array().size(), 1u);
  EXPECT_EQ(std::string_view(e["articles"].at(0)["id"]), "w1");
  EXPECT_EQ(Get("/api/articles/w1").status, 200);
}

// Another report of the Lima protests (the latest story), in English, written for this test.
constexpr char kLima[] = "s_a91dda244f0fdbe5";
constexpr char kLimaEn[] =
    R"({"id":"t-lima-en","title":"Thousands march in Lima against President Boluarte","lang":"en","published":"2023-01-19","text":"LIMA — Thousands of protesters marched through the centre of Lima on Thursday to demand the resignation of President Dina Boluarte. Police fired tear gas to disperse demonstrators near Plaza San Martin. The ombudsman's office said at least 22 people were injured during the day of protests."})";

// A POSTed report of an existing story grows it; every story keeps its id and its members.
TEST_F(ApiWriteTest, IncrementalPostGrowsAStoryAndKeepsIds) {
  const std::map<std::string, int64_t> before = Stories();
  ASSERT_EQ(before.size(), 4u);
  ApiResponse r = Post(kLimaEn);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(int64_t(e["accepted"]), 1);
  EXPECT_EQ(e["rejected"].get_array().size(), 0u);
  EXPECT_EQ(std::string_view(e["articles"].at(0)["id"]), "t-lima-en");
  EXPECT_EQ(std::string_view(e["articles"].at(0)["story_id"]), kLima);

  const std::map<std::string, int64_t> after = Stories();
  ASSERT_EQ(after.size(), before.size());
  for (const auto& [id, count] : before) {
    ASSERT_TRUE(after.count(id)) << "story " << id << " disappeared";
    EXPECT_EQ(after.at(id), id == kLima ? count + 1 : count) << id;
  }
  ApiResponse story = Get(std::string("/api/stories/") + kLima);
  simdjson::dom::array articles = Json(story)["articles"];
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(std::string_view(articles.at(0)["id"]), "t-lima-es");
  EXPECT_EQ(std::string_view(articles.at(1)["id"]), "t-lima-en");
  for (simdjson::dom::element a : articles) EXPECT_EQ(std::string_view(a["story_id"]), kLima);
  EXPECT_THAT(Get("/api/stories?country=PE&lang=en").body, HasSubstr(kLima));

  // Posting the same article again changes nothing.
  ApiResponse again = Post(kLimaEn);
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(std::string_view(Json(again)["articles"].at(0)["story_id"]), kLima);
  EXPECT_EQ(Stories(), after);
}

// With the writer preloaded at Create (as `newsloom serve` does), a POST finds the stored
// stories and extends them just the same; an Api destroyed while it preloads waits for it.
TEST_F(ApiWriteTest, PreloadedWriterExtendsTheStoredStories) {
  ApiOptions o = api_->options();
  o.preload_writer = true;
  { ASSERT_TRUE(Api::Create(o).ok()); }  // destroyed at once: joins its preload
  auto preloaded = Api::Create(o);
  ASSERT_TRUE(preloaded.ok()) << preloaded.status();
  api_ = std::move(*preloaded);
  const std::map<std::string, int64_t> before = Stories();
  ApiResponse r = Post(kLimaEn);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(std::string_view(Json(r)["articles"].at(0)["story_id"]), kLima);
  EXPECT_EQ(Stories().at(kLima), before.at(kLima) + 1);
}

// A late report of an old event (2020, while the newest story is from 2023) keeps every
// existing story id and membership and is served with the story it got. Which story that is
// belongs to the clusterer: today a report older than its 45-day window before the newest
// stored story founds a new story instead of joining kBishkek, so either is accepted here.
TEST_F(ApiWriteTest, LateReportKeepsStoryIds) {
  const std::map<std::string, int64_t> before = Stories();
  ApiResponse r = Post(kBishkekRu);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  EXPECT_EQ(int64_t(e["accepted"]), 1);
  const std::string story(std::string_view(e["articles"].at(0)["story_id"]));
  ASSERT_FALSE(story.empty());
  const std::map<std::string, int64_t> after = Stories();
  for (const auto& [id, count] : before) {
    ASSERT_TRUE(after.count(id)) << "story " << id << " disappeared";
    EXPECT_EQ(after.at(id), id == story ? count + 1 : count) << id;
  }
  EXPECT_EQ(after.size(), before.size() + (before.count(story) ? 0 : 1));
  ApiResponse bishkek = Get(std::string("/api/stories/") + kBishkek);
  for (simdjson::dom::element a : Json(bishkek)["articles"].get_array()) {
    EXPECT_EQ(std::string_view(a["story_id"]), kBishkek);
  }
  EXPECT_EQ(std::string_view(Json(Get("/api/articles/t-bishkek-ru"))["story_id"]), story);
}

// Two reports of a new event in one POST make one new story; existing ones stay.
TEST_F(ApiWriteTest, StoriesBuiltFromPostsKeepTheirIds) {
  const std::string a =
      R"({"id":"p-1","lang":"en","published":"2024-03-02","title":"Riot in Valparaiso port","text":"VALPARAISO — Dock workers clashed with police in the port of Valparaiso on Saturday after the harbour authority announced 400 job cuts. Police used water cannon and detained 35 people. Two officers were injured, the regional government said."})";
  const std::string b =
      R"({"id":"p-2","lang":"en","published":"2024-03-02","title":"Valparaiso dock workers clash with police","text":"VALPARAISO — Police detained 35 dock workers in Valparaiso on Saturday after clashes in the port over 400 planned job cuts at the harbour authority. Water cannon were used and two police officers were injured, the regional government said."})";
  ApiResponse r = Post(a + "\n" + b);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  const std::string story(std::string_view(e["articles"].at(0)["story_id"]));
  EXPECT_EQ(std::string_view(e["articles"].at(1)["story_id"]), story);
  EXPECT_EQ(Stories().at(story), 2);
  EXPECT_EQ(Stories().count(kBishkek), 1u);
}

TEST_F(ApiWriteTest, RecordsWithoutIdGetAStableContentId) {
  const char kBody[] =
      R"([{"text":"Hundreds of workers marched through Porto on Monday to demand higher wages."},)"
      R"({"text":"Police in Oslo detained two men after a brawl outside a stadium on Sunday."}])";
  ApiResponse r = Post(kBody);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element e = Json(r);
  ASSERT_EQ(e["articles"].get_array().size(), 2u);
  const std::string id1(std::string_view(e["articles"].at(0)["id"]));
  EXPECT_THAT(id1, ::testing::StartsWith("api:"));
  ApiResponse again = Post(kBody);
  EXPECT_EQ(std::string_view(Json(again)["articles"].at(0)["id"]), id1);
  EXPECT_EQ(int64_t(Json(Get("/api/health"))["articles"]), 8);
}

TEST_F(ApiWriteTest, WriteRateLimit) {
  ApiOptions o = api_->options();
  o.writes_per_minute = 1;
  auto api = Api::Create(o);
  ASSERT_TRUE(api.ok());
  ApiRequest r;
  r.method = "POST";
  r.target = "/api/articles";
  r.remote_addr = "198.51.100.1";
  r.headers.emplace_back("Authorization", "Bearer sesame");
  r.body = "";  // a 400, but it still counts as a write
  EXPECT_EQ((*api)->Handle(r).status, 400);
  ApiResponse limited = (*api)->Handle(r);
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.Header("Retry-After"), "60");
}

}  // namespace
}  // namespace newsloom
