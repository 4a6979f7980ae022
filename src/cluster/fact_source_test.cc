#include "cluster/fact_source.h"

#include <string>

#include "cluster/similarity.h"
#include "gtest/gtest.h"
#include "text/analyzer.h"

namespace newsloom::cluster {
namespace {

// Our own two-line reports of one arrest, in Russian and in German.
constexpr const char* kRu =
    "В Бишкеке задержан бывший президент Алмазбек Атамбаев\n\n"
    "Спецназ штурмовал в среду дом бывшего президента Киргизии Алмазбека Атамбаева в селе "
    "Кой-Таш под Бишкеком. Атамбаев был задержан, 52 человека пострадали.";
constexpr const char* kDe =
    "Ex-Präsident Atambajew in Bischkek festgenommen\n\n"
    "Spezialeinheiten haben am Mittwoch das Haus des früheren kirgisischen Präsidenten "
    "Almasbek Atambajew in Koi-Tasch bei Bischkek gestürmt. Atambajew wurde festgenommen, 52 "
    "Menschen wurden verletzt.";

TEST(FactSourceTest, LinksNamesAcrossScriptsAndFeedsTheFactSignals) {
  auto source = FactSource::Open();
  if (!source.ok()) GTEST_SKIP() << "no gazetteer: " << source.status();
  auto analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  const auto published = FuzzyDate::Make(2019, 8, 8);
  AnalyzedDocument ru = (*analyzer)->Analyze(kRu, "ru").value();
  AnalyzedDocument de = (*analyzer)->Analyze(kDe, "de").value();
  ArticleFacts fru = (*source)->Extract(ru, published);
  ArticleFacts fde = (*source)->Extract(de, published);
  ASSERT_TRUE((*source)->Link("ru", published, &fru).ok());
  ASSERT_TRUE((*source)->Link("de", published, &fde).ok());
  ASSERT_FALSE(fru.persons.empty());
  ASSERT_FALSE(fde.persons.empty());
  EXPECT_FALSE(fru.persons[0].entity_id.empty());
  EXPECT_EQ(fru.persons[0].entity_id, fde.persons[0].entity_id);  // one Atambayev
  EXPECT_FALSE(fru.figures.empty());
  EXPECT_TRUE((*source)->Link("", published, &fde).code() == absl::StatusCode::kInvalidArgument);

  const SimilarityModel& model = SimilarityModel::Default();
  const ArticleFeatures features = FeaturesWithFacts(model, ru, published, &fru);
  EXPECT_TRUE(features.has_entities);
  EXPECT_EQ(features.entities.size(), fru.persons.size() + fru.organizations.size());
  const std::vector<double> with =
      model.Signals(features, FeaturesWithFacts(model, de, published, &fde));
  const std::vector<double> without =
      model.Signals(FeaturesWithFacts(model, ru, published, nullptr),
                    FeaturesWithFacts(model, de, published, nullptr));
  EXPECT_GT(with[kSignalEntities], 0.5);
  EXPECT_GT(with[kSignalPlaces], 0.0);      // Bishkek by GeoNames id
  EXPECT_GT(with[kSignalCountries], 0.5);   // KG
  EXPECT_GT(with[kSignalEventDates], 0.5);  // Wednesday before the 8th, in both
  EXPECT_GT(with[kSignalFigures], 0.0);     // 52 injured
  EXPECT_EQ(without[kSignalEntities], 0.0);
  EXPECT_EQ(without[kSignalPlaces], 0.0);
}

}  // namespace
}  // namespace newsloom::cluster
