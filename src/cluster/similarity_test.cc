#include "cluster/similarity.h"

#include <memory>

#include "extract/geotagger.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "resources/dictionary.h"
#include "text/analyzer.h"

namespace newsloom::cluster {
namespace {

// Our own short reports: one event (a protest after an election) in Dutch, English and
// Russian, and a different event (an earthquake) in English and Dutch.
constexpr const char* kProtestNl =
    "Duizenden betogers in Bisjkek tegen verkiezingsuitslag\n\n"
    "Duizenden betogers protesteerden zaterdag in Bisjkek tegen de uitslag van de "
    "parlementsverkiezingen. De politie zette traangas in en arresteerde 120 demonstranten. "
    "President Zjeenbekov riep op tot kalmte en sprak van een poging tot een staatsgreep.";
constexpr const char* kProtestEn =
    "Thousands protest in Bishkek against election result\n\n"
    "Thousands of protesters rallied in Bishkek on Saturday against the result of the "
    "parliamentary elections. Police fired tear gas and arrested 120 demonstrators. President "
    "Jeenbekov called for calm and spoke of an attempted coup.";
constexpr const char* kProtestRu =
    "Тысячи протестующих в Бишкеке выступили против итогов выборов\n\n"
    "Тысячи протестующих вышли в субботу на улицы Бишкека против итогов парламентских выборов. "
    "Полиция применила слезоточивый газ и задержала 120 демонстрантов. Президент Жээнбеков "
    "призвал к спокойствию.";
constexpr const char* kQuakeEn =
    "Strong earthquake damages homes in southern Chile\n\n"
    "A powerful earthquake struck southern Chile on Tuesday, damaging hundreds of homes and "
    "cutting power to the port of Talcahuano. Rescue teams searched the rubble for survivors, "
    "and the government declared a state of emergency in three regions.";
constexpr const char* kQuakeNl =
    "Zware aardbeving beschadigt huizen in het zuiden van Chili\n\n"
    "Een zware aardbeving heeft dinsdag het zuiden van Chili getroffen. Honderden huizen "
    "raakten beschadigd en in de haven van Talcahuano viel de stroom uit. Reddingsploegen "
    "zochten in het puin naar overlevenden; de regering riep in drie regio's de noodtoestand "
    "uit.";

class SimilarityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = analyzer->release();
  }
  ArticleFeatures Features(const char* text, const char* lang,
                           const ArticleFactsView* facts = nullptr) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok());
    return model().Features(*doc, std::nullopt, facts);
  }
  const SimilarityModel& model() { return SimilarityModel::Default(); }
  double Score(const char* a, const char* la, const char* b, const char* lb) {
    return model().Compare(Features(a, la), Features(b, lb)).score;
  }
  static Analyzer* analyzer_;
};
Analyzer* SimilarityTest::analyzer_ = nullptr;

TEST_F(SimilarityTest, DictionaryIsBuilt) {
  ASSERT_NE(model().dictionary(), nullptr) << "build target newsloom_dictionary_data";
}

TEST_F(SimilarityTest, SameEventAcrossLanguagesBeatsDifferentEvent) {
  double nl_en = Score(kProtestNl, "nl", kProtestEn, "en");
  double ru_en = Score(kProtestRu, "ru", kProtestEn, "en");
  double nl_ru = Score(kProtestNl, "nl", kProtestRu, "ru");
  double en_en_diff = Score(kProtestEn, "en", kQuakeEn, "en");
  double nl_en_diff = Score(kProtestNl, "nl", kQuakeEn, "en");
  double ru_nl_diff = Score(kProtestRu, "ru", kQuakeNl, "nl");
  double quake_nl_en = Score(kQuakeNl, "nl", kQuakeEn, "en");
  for (double same : {nl_en, ru_en, nl_ru, quake_nl_en}) {
    for (double diff : {en_en_diff, nl_en_diff, ru_nl_diff}) EXPECT_GT(same, diff);
  }
  const double threshold = model().weights().threshold;
  EXPECT_GE(nl_en, threshold);
  EXPECT_GE(quake_nl_en, threshold);
  EXPECT_LT(en_en_diff, threshold);
  EXPECT_LT(nl_en_diff, threshold);
  for (double s : {nl_en, ru_en, en_en_diff}) {
    EXPECT_GE(s, 0.0);
    EXPECT_LE(s, 1.0);
  }
}

TEST_F(SimilarityTest, ReasonsNameWhatIsShared) {
  Comparison c = model().Compare(Features(kProtestNl, "nl"), Features(kProtestEn, "en"));
  ASSERT_FALSE(c.reasons.empty());
  std::vector<std::string> signals, shared;
  for (const Reason& r : c.reasons) {
    signals.push_back(r.signal);
    EXPECT_GT(r.contribution, 0);
    shared.insert(shared.end(), r.shared.begin(), r.shared.end());
  }
  EXPECT_THAT(signals, testing::Contains("names"));
  EXPECT_THAT(signals, testing::Contains("numbers"));
  EXPECT_THAT(shared, testing::Contains("120"));
  EXPECT_THAT(shared, testing::Contains(testing::HasSubstr("Bisjkek")));
  for (size_t i = 1; i < c.reasons.size(); ++i) {
    EXPECT_GE(c.reasons[i - 1].contribution, c.reasons[i].contribution);
  }
}

TEST_F(SimilarityTest, SignalsAreSymmetricAndBounded) {
  ArticleFeatures a = Features(kProtestRu, "ru"), b = Features(kQuakeNl, "nl");
  std::vector<double> ab = model().Signals(a, b), ba = model().Signals(b, a);
  ASSERT_EQ(ab.size(), static_cast<size_t>(kSignalCount));
  for (int i = 0; i < kSignalCount; ++i) {
    EXPECT_NEAR(ab[i], ba[i], 1e-9) << SignalName(i);
    EXPECT_GE(ab[i], 0.0);
    EXPECT_LE(ab[i], 1.0);
  }
  std::vector<double> self = model().Signals(a, a);
  EXPECT_NEAR(self[kSignalText], 1.0, 1e-6);
  EXPECT_NEAR(self[kSignalNames], 1.0, 1e-6);
}

TEST_F(SimilarityTest, FactsPlugIn) {
  std::vector<NamedEntity> people(1);
  people[0].name = "Sadyr Japarov";
  people[0].entity_id = "person:japarov";
  people[0].mentions.resize(2);
  Geotag geo;
  geo.places.resize(1);
  geo.places[0].kind = TaggedPlace::kPlace;
  geo.places[0].geonameid = 1528675;
  geo.places[0].name = "Bishkek";
  geo.places[0].country = "KG";
  geo.main = 0;
  geo.countries = {"KG"};
  std::vector<EventRecord> events(1);
  events[0].date = FuzzyDate::Make(2020, 10, 5);
  std::vector<Figure> figures(1);
  figures[0].kind = "arrested";
  figures[0].actor = "protesters";
  figures[0].value = 120;
  ArticleFactsView facts{&people, &geo, &events, &figures};
  // Two texts with nothing in common but their facts.
  ArticleFeatures a = Features("Ein kurzer Text über etwas.", "de", &facts);
  ArticleFeatures b = Features("Un texte court sur autre chose.", "fr", &facts);
  std::vector<double> s = model().Signals(a, b);
  EXPECT_NEAR(s[kSignalEntities], 1.0, 1e-6);
  EXPECT_NEAR(s[kSignalPlaces], 1.0, 1e-6);
  EXPECT_NEAR(s[kSignalCountries], 1.0, 1e-6);
  EXPECT_NEAR(s[kSignalEventDates], 1.0, 1e-6);
  EXPECT_NEAR(s[kSignalFigures], 1.0, 1e-6);
  ArticleFeatures plain = Features("Un texte court sur autre chose.", "fr");
  EXPECT_EQ(model().Signals(a, plain)[kSignalEntities], 0.0);
  EXPECT_GT(model().Compare(a, b).score, model().Compare(a, plain).score);
  auto keys = a.IndexKeys(10);
  ASSERT_FALSE(keys.empty());
  bool has_place = false;
  for (const auto& [key, weight] : keys) has_place |= KeyKindOf(key) == KeyKind::kPlace;
  EXPECT_TRUE(has_place);
}

TEST_F(SimilarityTest, PublicationDatesFarApartLowerTheScore) {
  auto doc_a = analyzer_->Analyze(kProtestNl, "nl");
  auto doc_b = analyzer_->Analyze(kProtestEn, "en");
  ASSERT_TRUE(doc_a.ok() && doc_b.ok());
  ArticleFeatures a = model().Features(*doc_a, FuzzyDate::Make(2020, 10, 6));
  ArticleFeatures near = model().Features(*doc_b, FuzzyDate::Make(2020, 10, 6));
  ArticleFeatures far = model().Features(*doc_b, FuzzyDate::Make(2022, 1, 6));
  EXPECT_GT(model().Compare(a, near).score, model().Compare(a, far).score);
}

}  // namespace
}  // namespace newsloom::cluster
