#include <simdjson.h>

#include "export/csv_writer.h"
#include "export/export_story.h"
#include "export/geojson_writer.h"
#include "export/story_json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using ::testing::HasSubstr;

// A story as the clusterer stores it (stories.jsonl line), written for this test.
StoredStory TestStory() {
  StoredStory s;
  s.id = "s_00000000000000ab";
  s.first_published = "2021-03-01";
  s.last_published = "2021-03-02";
  s.article_count = 2;
  s.json =
      R"({"id":"s_00000000000000ab","articles":["a1","a2"],"langs":["en","fr"],)"
      R"("first_published":"2021-03-01","last_published":"2021-03-02",)"
      R"("location":{"place":"Nowhere","geonameid":null,"country":"ZZ"},"event_type":"Riots",)"
      R"("persons":["A \"Quoted\" Name"],"headline":{"text":"Crowds, police and \"fire\"\non the square","article":"a1","lang":"en"},)"
      R"("leads":[{"text":"Foule","article":"a2","lang":"fr"}],)"
      R"("figures":[{"kind":"killed","actor":"police","value":3,"reports":[],"conflict":false},)"
      R"({"kind":"killed","actor":"people","value":2,"reports":[],"conflict":true},)"
      R"({"kind":"injured","actor":"people","value":40,"reports":[],"conflict":false}]})";
  return s;
}

std::vector<std::string> Members() {
  return {
      R"({"id":"a1","url":"https://www.example.com:8443/x?y","location":{"place":null,"geonameid":null,"country":"ZZ","admin1":"North","precision":3},)"
      R"("organizations":[{"name":"Wire Agency","source":true},{"name":"Police","source":false}],)"
      R"("events":[{"type":"Riots","subtype":"Violent demonstration","date":"2021-03-01","date_precision":"day","background":false,)"
      R"("actors":[{"role":"rioters","name":null},{"role":"police","name":"City Police"}]}]})",
      R"({"id":"a2","events":[{"type":"Protests","subtype":"Peaceful protest","date":"2010-01-01","background":true},)"
      R"({"type":"Riots","subtype":"Violent demonstration","date":"2021-03","date_precision":"month","actors":[{"role":"rioters"}]}]})",
      "not json",
  };
}

TEST(ExportStoryTest, ColumnsFromStoryAndMembers) {
  GeoLookup geo(nullptr);
  auto row = BuildExportStory(TestStory(), Members(), geo);
  ASSERT_TRUE(row.ok()) << row.status();
  EXPECT_EQ(row->event_id_cnty, "XXX00000000000000AB");
  EXPECT_EQ(row->event_date, "2021-03-01");  // the day-precision date wins over the month
  EXPECT_EQ(row->year, 2021);
  EXPECT_EQ(row->time_precision, 1);
  EXPECT_EQ(row->event_type, "Riots");
  EXPECT_EQ(row->sub_event_type, "Violent demonstration");
  EXPECT_EQ(row->actor1, "Rioters");  // named twice (no country name without a gazetteer)
  EXPECT_EQ(row->actor2, "City Police");
  EXPECT_EQ(row->iso, "ZZ");
  EXPECT_EQ(row->country, "ZZ");
  EXPECT_EQ(row->admin1, "North");
  EXPECT_EQ(row->location, "Nowhere");
  EXPECT_FALSE(row->coordinates.has_value());
  EXPECT_EQ(row->source, "Wire Agency; example.com");
  EXPECT_EQ(row->fatalities, 5);
  EXPECT_THAT(row->langs, ::testing::ElementsAre("en", "fr"));
  EXPECT_THAT(StoryArticleIds(TestStory()), ::testing::ElementsAre("a1", "a2"));
}

TEST(ExportStoryTest, UndatedStoryWithoutMembers) {
  StoredStory s;
  s.id = "s_1";
  s.json = R"({"id":"s_1","articles":[],"location":null,"event_type":null,"figures":[]})";
  auto row = BuildExportStory(s, {}, GeoLookup(nullptr));
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->event_date, "");
  EXPECT_EQ(row->time_precision, 0);
  EXPECT_EQ(row->geo_precision, 0);
  s.json = "[]";
  EXPECT_EQ(BuildExportStory(s, {}, GeoLookup(nullptr)).status().code(),
            absl::StatusCode::kDataLoss);
}

TEST(CsvWriterTest, QuotesOnlyWhenNeeded) {
  std::string out;
  for (const char* f :
       {"plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", " lead", "trail ", "", "ünï"}) {
    AppendCsvField(f, &out);
    out.push_back('|');
  }
  EXPECT_EQ(out,
            "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\"cr\r\"|\" lead\"|\"trail \"||ünï|");
}

// A small RFC 4180 reader, to check rows round-trip.
std::vector<std::vector<std::string>> ParseCsv(std::string_view s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, in_quotes = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && field.empty() && !quoted) {
      in_quotes = quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
      quoted = false;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      quoted = false;
      rows.emplace_back();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  rows.pop_back();  // after the last CRLF
  return rows;
}

TEST(CsvWriterTest, RowsRoundTrip) {
  auto row = BuildExportStory(TestStory(), Members(), GeoLookup(nullptr));
  ASSERT_TRUE(row.ok());
  std::string csv = AcledCsvHeader();
  AppendAcledCsvRow(*row, &csv);
  std::vector<std::vector<std::string>> rows = ParseCsv(csv);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), rows[1].size());
  std::map<std::string, std::string> cell;
  for (size_t i = 0; i < rows[0].size(); ++i) cell[rows[0][i]] = rows[1][i];
  EXPECT_EQ(cell["notes"], "Crowds, police and \"fire\"\non the square");
  EXPECT_EQ(cell["event_type"], "Riots");
  EXPECT_EQ(cell["fatalities"], "5");
  EXPECT_EQ(cell["latitude"], "");
  EXPECT_EQ(cell["languages"], "en fr");
  EXPECT_EQ(cell["source"], "Wire Agency; example.com");
  for (const char* column :
       {"event_id_cnty", "event_date", "year", "time_precision", "sub_event_type", "actor1",
        "actor2", "country", "iso", "admin1", "location", "longitude", "geo_precision"}) {
    EXPECT_TRUE(cell.count(column)) << column;
  }
}

TEST(GeoJsonWriterTest, ValidFeatureCollection) {
  auto located = BuildExportStory(TestStory(), Members(), GeoLookup(nullptr));
  ASSERT_TRUE(located.ok());
  ExportStory unlocated = *located;
  located->coordinates = LatLon{42.87, 74.59};
  std::string out = GeoJsonBegin();
  GeoJsonAppendFeature(*located, true, &out);
  GeoJsonAppendFeature(unlocated, false, &out);
  out += GeoJsonEnd();
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(out).get(e), simdjson::SUCCESS) << out;
  EXPECT_EQ(std::string_view(e["type"]), "FeatureCollection");
  simdjson::dom::array features = e["features"];
  ASSERT_EQ(features.size(), 2u);
  simdjson::dom::element point = features.at(0)["geometry"];
  EXPECT_EQ(std::string_view(point["type"]), "Point");
  // RFC 7946: longitude first.
  EXPECT_DOUBLE_EQ(double(point["coordinates"].at(0)), 74.59);
  EXPECT_DOUBLE_EQ(double(point["coordinates"].at(1)), 42.87);
  EXPECT_EQ(std::string_view(features.at(0)["type"]), "Feature");
  EXPECT_EQ(std::string_view(features.at(0)["properties"]["notes"]),
            "Crowds, police and \"fire\"\non the square");
  EXPECT_TRUE(features.at(1)["geometry"].is_null());
  // An empty collection is valid too.
  std::string empty = GeoJsonBegin() + GeoJsonEnd();
  ASSERT_EQ(parser.parse(empty).get(e), simdjson::SUCCESS);
  EXPECT_EQ(e["features"].get_array().size(), 0u);
}

TEST(StoryJsonTest, SummaryAndFullViews) {
  GeoLookup geo(nullptr);
  auto summary = StoryJson(TestStory(), StoryView::kSummary, geo);
  ASSERT_TRUE(summary.ok());
  EXPECT_THAT(*summary, ::testing::Not(HasSubstr("\"leads\"")));
  EXPECT_THAT(*summary, HasSubstr("\"article_count\":2"));
  EXPECT_THAT(
      *summary,
      HasSubstr(
          R"("location":{"place":"Nowhere","geonameid":null,"country":"ZZ","lat":null,"lon":null,"geo_precision":null})"));
  auto full = StoryJson(TestStory(), StoryView::kFull, geo);
  ASSERT_TRUE(full.ok());
  EXPECT_THAT(*full, HasSubstr("\"leads\":[{"));
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(*full).get(e), simdjson::SUCCESS);
  EXPECT_EQ(std::string_view(e["persons"].at(0)), "A \"Quoted\" Name");
  StoredStory broken = TestStory();
  broken.json = "{";
  EXPECT_EQ(StoryJson(broken, StoryView::kFull, geo).status().code(), absl::StatusCode::kDataLoss);
}

TEST(StoryJsonTest, CoordinatesFromTheGazetteer) {
  std::unique_ptr<GeoLookup> geo = GeoLookup::OpenDefault();
  if (!geo->Town(1528675)) GTEST_SKIP() << "no gazetteer in this build tree";
  StoredStory s = TestStory();
  s.json = R"({"id":"s_1","location":{"place":"Bishkek","geonameid":1528675,"country":"KG"}})";
  auto town = StoryJson(s, StoryView::kSummary, *geo);
  ASSERT_TRUE(town.ok());
  EXPECT_THAT(*town, HasSubstr("\"lat\":42.87"));
  EXPECT_THAT(*town, HasSubstr("\"geo_precision\":1"));
  s.json = R"({"id":"s_1","location":{"place":"Kyrgyzstan","geonameid":null,"country":"KG"}})";
  auto country = StoryJson(s, StoryView::kSummary, *geo);
  ASSERT_TRUE(country.ok());
  EXPECT_THAT(*country, HasSubstr("\"geo_precision\":3"));  // the capital's point
  EXPECT_EQ(geo->Iso3("KG"), "KGZ");
  EXPECT_EQ(geo->CountryName("KG"), "Kyrgyzstan");
}

}  // namespace
}  // namespace newsloom
