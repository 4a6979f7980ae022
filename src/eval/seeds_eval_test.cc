// Evaluates a hand-written run against shared/seeds/gold.jsonl when it is present. The
// expected counts below follow the gold file as shipped (five reports: two of one story in
// Kyrgyzstan 2020, two of one story in Kazakhstan 2022, one of Kyrgyzstan 2005).
#include <gtest/gtest.h>

#include "eval/eval.h"

namespace newsloom::eval {
namespace {

const char kGoldPath[] = NEWSLOOM_SOURCE_DIR "/../shared/seeds/gold.jsonl";

// Our own run for the seed ids: names in other spellings and scripts on purpose.
const char kRun[] =
    R"({"id": "000_c0efb3bea725582c", "lang": "nl", "story_id": "s1",)"
    R"( "published": {"date": "2020-10", "precision": "month"},)"
    R"( "location": {"place": "Bisjkek", "country": "KG", "precision": 3},)"
    R"( "persons": [{"name": "Jeenbekov"}, {"name": "Атамбаев"}, {"name": "Gotabaya Rajapaksa"}],)"
    R"( "organizations": [{"name": "BBC"}],)"
    R"( "events": [{"type": "Riots", "date": "2020-10-06", "date_precision": "day"}],)"
    R"( "figures": [{"kind": "injured", "actor": "people", "value": 10, "approx": true}]})"
    "\n"
    R"({"id": "001_6e9735e04485fc5e", "lang": "no", "story_id": "s1",)"
    R"( "location": {"place": "Бишкек", "country": "KG", "precision": 3},)"
    R"( "persons": [{"name": "Zheenbekov"}, {"name": "Putin"}],)"
    R"( "organizations": [{"name": "ОБСЕ"}, {"name": "Reuters"}],)"
    R"( "events": [{"type": "Riots", "date": "2020-10-05", "background": false}]})"
    "\n"
    R"({"id": "002_3a4275490f53a859", "lang": "nl", "story_id": "s2",)"
    R"( "location": {"place": "Almaty", "country": "KZ", "precision": 3},)"
    R"( "persons": [{"name": "Токаев"}], "events": [],)"
    R"( "figures": [{"kind": "killed", "actor": "police", "value": 12, "approx": false}]})"
    "\n"
    R"({"id": "003_eb47b517691dc6ae", "lang": "nl", "story_id": "s2",)"
    R"( "persons": [{"name": "Tokajew"}, {"name": "Nazarbajev"}],)"
    R"( "organizations": [{"name": "ОДКБ"}, {"name": "VN"}, {"name": "EU"}]})"
    "\n"
    R"({"id": "zzz_not_in_gold", "lang": "en", "story_id": "s3"})"
    "\n";

TEST(SeedsEvalTest, HandWrittenRunAgainstSeedGold) {
  Env* env = Env::Default();
  if (!env->FileExists(kGoldPath)) GTEST_SKIP() << "no seed gold at " << kGoldPath;
  auto gold = LoadGold(env, kGoldPath);
  ASSERT_TRUE(gold.ok()) << gold.status();
  ASSERT_EQ(gold->size(), 5u);
  const RunOutput run = ParseRunArticles(kRun, "articles.jsonl");
  ASSERT_EQ(run.bad_lines, 0);
  const EvalReport r = Evaluate(*gold, run);

  EXPECT_EQ(r.matched_articles, 4);
  EXPECT_EQ(r.extra_run_articles, 1);
  EXPECT_EQ(r.missing_ids, (std::vector<std::string>{"004_7e7f4fe492b2e33b"}));
  EXPECT_TRUE(r.warnings.empty());
  // Languages: 4 right ("no" = "nb"), the missing English one wrong.
  EXPECT_EQ(r.overall.language.correct, 4);
  EXPECT_EQ(r.by_lang.at("en").language.correct, 0);
  EXPECT_EQ(r.by_lang.at("nb").language.correct, 1);
  // Country and city right for 000, 001, 002; 003 has no location.
  EXPECT_EQ(r.overall.country.correct, 3);
  EXPECT_EQ(r.overall.city.correct, 3);
  // Event type: 000 and 001 say Riots; 002 has no events, 003 none.
  EXPECT_EQ(r.overall.event_type.correct, 2);
  // Event date: only 000 has the right day (001 is a day early).
  EXPECT_EQ(r.overall.event_date.correct, 1);

  // Persons: 000 tp 2 (Jeenbekov, Atambayev) fp 1 (Rajapaksa) fn 1; 001 tp 2 (Jeenbekov,
  // Putin) fn 5; 002 tp 1; 003 tp 2 (Tokayev, Nazarbayev) fn 3; 004 missing fn 4.
  EXPECT_EQ(r.overall.persons.tp, 7);
  EXPECT_EQ(r.overall.persons.fp, 1);
  EXPECT_EQ(r.overall.persons.fn, 13);
  // Organizations: 000 BBC; 001 OSCE, Reuters (fn 2); 002 none given (fn 4);
  // 003 CSTO, United Nations, European Union (fn 1); 004 missing (fn 2).
  EXPECT_EQ(r.overall.organizations.tp, 6);
  EXPECT_EQ(r.overall.organizations.fp, 0);
  EXPECT_EQ(r.overall.organizations.fn, 9);
  // Figures: 000 injured/10 (with actor); 002 killed/12/police.
  EXPECT_EQ(r.overall.figures.tp, 2);
  EXPECT_EQ(r.overall.figures_actor.tp, 2);
  EXPECT_EQ(r.overall.figures.fp, 0);

  // Stories are exactly right (the missing article is alone in gold too).
  EXPECT_DOUBLE_EQ(r.overall.story_bcubed.f1(), 1.0);
  EXPECT_EQ(r.overall.story_pairs.tp, 2);
  EXPECT_EQ(r.overall.story_pairs.fp, 0);
  EXPECT_EQ(r.overall.story_pairs.fn, 0);
  EXPECT_EQ(r.overall.duplicates.tp + r.overall.duplicates.fp + r.overall.duplicates.fn, 0);

  const std::string table = FormatReportTable(r);
  EXPECT_NE(table.find("nb"), std::string::npos) << table;
}

}  // namespace
}  // namespace newsloom::eval
