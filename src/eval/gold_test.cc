#include "eval/gold.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

constexpr char kGold[] =
    R"({"id": "a1", "lang": "en", "event": "E1", "duplicate_of": null, "country": "KG",)"
    R"( "city": "Osh", "event_date": "2021-04-02", "published": "2021-04", "event_type": "Protests",)"
    R"( "persons": ["Anna Berg", "Olaf Lind"], "organizations": ["UN"],)"
    R"( "counts": [{"kind": "arrested", "actor": "protesters", "value": 40, "approx": false,)"
    R"( "text": "forty marchers were detained"}]})"
    "\n\n"
    R"({"id": "a2", "lang": "nl", "event": null, "counts": [{"kind": "killed", "value": 3.0}]})"
    "\r\n";

TEST(GoldTest, ParsesFieldsAndNulls) {
  auto gold = ParseGold(kGold, "gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status();
  ASSERT_EQ(gold->size(), 2u);
  const GoldArticle& a = (*gold)[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.event, "E1");
  EXPECT_FALSE(a.duplicate_of.has_value());
  EXPECT_EQ(a.country, "KG");
  EXPECT_EQ(a.city, "Osh");
  EXPECT_EQ(a.event_date, "2021-04-02");
  EXPECT_EQ(a.published, "2021-04");
  EXPECT_EQ(a.event_type, "Protests");
  EXPECT_EQ(a.persons, (std::vector<std::string>{"Anna Berg", "Olaf Lind"}));
  EXPECT_EQ(a.organizations, (std::vector<std::string>{"UN"}));
  ASSERT_EQ(a.counts.size(), 1u);
  EXPECT_EQ(a.counts[0].kind, "arrested");
  EXPECT_EQ(a.counts[0].actor, "protesters");
  EXPECT_EQ(a.counts[0].value, 40);
  EXPECT_FALSE(a.counts[0].approx);
  EXPECT_EQ(a.line, 1);

  const GoldArticle& b = (*gold)[1];
  EXPECT_EQ(b.line, 3);  // physical line: the blank line 2 is skipped
  EXPECT_FALSE(b.event.has_value());
  EXPECT_FALSE(b.city.has_value());
  EXPECT_TRUE(b.persons.empty());
  ASSERT_EQ(b.counts.size(), 1u);
  EXPECT_EQ(b.counts[0].value, 3);
  EXPECT_EQ(b.counts[0].actor, "");
}

void ExpectBad(const std::string& text, const std::string& where, const std::string& what) {
  auto gold = ParseGold(text, "g.jsonl");
  ASSERT_FALSE(gold.ok()) << text;
  EXPECT_EQ(gold.status().code(), absl::StatusCode::kInvalidArgument);
  const std::string message(gold.status().message());
  EXPECT_NE(message.find(where), std::string::npos) << message;
  EXPECT_NE(message.find(what), std::string::npos) << message;
}

TEST(GoldTest, BadLinesNameFileAndLine) {
  const std::string ok = R"({"id": "x", "lang": "en"})"
                         "\n";
  ExpectBad(ok + "{not json\n", "g.jsonl:2:", "invalid JSON");
  ExpectBad(ok + "[1, 2]\n", "g.jsonl:2:", "not a JSON object");
  ExpectBad(R"({"lang": "en"})", "g.jsonl:1:", "missing 'id'");
  ExpectBad(R"({"id": "y"})", "g.jsonl:1:", "missing 'lang'");
  ExpectBad(R"({"id": "y", "lang": "en", "persons": "Anna"})", "g.jsonl:1:", "'persons'");
  ExpectBad(R"({"id": "y", "lang": "en", "persons": [1]})", "g.jsonl:1:", "'persons'");
  ExpectBad(R"({"id": "y", "lang": "en", "city": 7})", "g.jsonl:1:", "'city'");
  ExpectBad(R"({"id": "y", "lang": "en", "counts": [{"kind": "killed"}]})", "g.jsonl:1:", "value");
  ExpectBad(R"({"id": "y", "lang": "en", "counts": [{"kind": "killed", "value": 2.5}]})",
            "g.jsonl:1:", "value");
  ExpectBad(ok + ok, "g.jsonl:2:", "repeated id 'x'");
}

TEST(GoldTest, LoadThroughEnv) {
  MemEnv env;
  env.AddFile("/g/gold.jsonl", kGold);
  auto gold = LoadGold(&env, "/g/gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status();
  EXPECT_EQ(gold->size(), 2u);
  EXPECT_EQ(LoadGold(&env, "/g/none.jsonl").status().code(), absl::StatusCode::kNotFound);
  env.AddFile("/g/empty.jsonl", "");
  auto empty = LoadGold(&env, "/g/empty.jsonl");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

}  // namespace
}  // namespace newsloom::eval
