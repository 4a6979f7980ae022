#include "resources/gazetteer.h"

#include <cstring>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"
#include "resources/gazetteer_builder.h"

namespace newsloom {
namespace {

// ---- Format round trip with a tiny hand-made input (no npm data needed) ----

std::string TinyGazetteer() {
  GazetteerBuilder b;
  EXPECT_TRUE(b.AddPlace({2988507, 2138551, 48.85341, 2.3488, "Paris", "11", "FR", "PPLC"}).ok());
  EXPECT_TRUE(b.AddPlace({4717560, 24782, 33.66094, -95.55551, "Paris", "TX", "US", "PPLA2"}).ok());
  EXPECT_TRUE(b.AddPlace({1528675, 900000, 42.87, 74.59, "Bishkek", "01", "KG", "PPLC"}).ok());
  EXPECT_TRUE(b.AddCountry({"kg", "KGZ", "Kyrgyzstan"}).ok());
  EXPECT_TRUE(b.AddCountry({"FR", "", "France"}).ok());
  EXPECT_TRUE(b.AddSubdivision({"KG-C", "Chüy", "Region"}).ok());
  b.AddPlaceName(1528675, "Бишкек");
  b.AddPlaceName(1528675, "Bisjkek");
  b.AddPlaceName(1528675, "BISHKEK");   // same key as the default name: one hit
  b.AddPlaceName(1528675, "比什凱克");  // traditional: also indexed as simplified 比什凯克
  b.AddPlaceName(999, "Nowhere");       // unknown place: dropped
  b.AddCountryName("KG", "Kirgizië");
  b.AddCountryName("FR", "Paris");  // not true, but shows countries rank first
  b.AddSubdivisionName("KG-C", "Чуйская область");
  b.LinkAdmin1("KG.01", "KG-C");    // not true either: Bishkek is KG-GB
  b.LinkAdmin1("KG.01", "KG-GB");   // later link of the same division: ignored
  b.LinkAdmin1("FR.11", "FR-IDF");  // no such subdivision here: dropped
  GazetteerBuildStats stats;
  auto bytes = b.Finish(&stats);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  EXPECT_EQ(stats.names_unmatched, 1u);
  EXPECT_EQ(stats.bytes, bytes->size());
  EXPECT_EQ(stats.admin1_links, 1u);
  return *bytes;
}

TEST(GazetteerFormatTest, RoundTrip) {
  auto g = Gazetteer::FromBytes(TinyGazetteer());
  ASSERT_TRUE(g.ok()) << g.status();
  const Gazetteer& gz = **g;
  EXPECT_EQ(gz.place_count(), 3u);
  EXPECT_EQ(gz.country_count(), 2u);
  EXPECT_EQ(gz.subdivision_count(), 1u);

  for (const char* name : {"Bishkek", "Бишкек", "bisjkek", "BISHKEK", "比什凱克", "比什凯克"}) {
    auto hits = gz.LookupName(name);
    ASSERT_EQ(hits.size(), 1u) << name;
    EXPECT_EQ(hits[0].kind, EntityKind::kPlace);
    const PlaceRecord& p = gz.place(hits[0].index);
    EXPECT_EQ(p.geonameid, 1528675u);
    EXPECT_EQ(std::string_view(p.country, 2), "KG");
    EXPECT_EQ(gz.str(p.name), "Bishkek");
    EXPECT_EQ(gz.str(p.admin1), "01");
    EXPECT_STREQ(p.feature_code, "PPLC");
    EXPECT_DOUBLE_EQ(Gazetteer::Degrees(p.lat_e5), 42.87);
    EXPECT_DOUBLE_EQ(Gazetteer::Degrees(p.lon_e5), 74.59);
  }

  // Admin1 links (format version 2).
  EXPECT_EQ(gz.admin1_link_count(), 1u);
  auto bishkek = gz.FindPlace(1528675);
  ASSERT_TRUE(bishkek.has_value());
  auto sub = gz.SubdivisionOfPlace(*bishkek);
  ASSERT_TRUE(sub.has_value());
  EXPECT_EQ(gz.str(gz.subdivision(*sub).code), "KG-C");
  EXPECT_FALSE(gz.SubdivisionOfPlace(*gz.FindPlace(2988507)).has_value());
  EXPECT_FALSE(gz.SubdivisionOfPlace(99).has_value());

  auto paris = gz.LookupName("paris");
  ASSERT_EQ(paris.size(), 3u);
  EXPECT_EQ(paris[0].kind, EntityKind::kCountry);
  EXPECT_EQ(gz.place(paris[1].index).geonameid, 2988507u);  // larger population first
  EXPECT_EQ(gz.place(paris[2].index).geonameid, 4717560u);

  auto kg = gz.LookupName("Kirgizië");
  ASSERT_EQ(kg.size(), 1u);
  EXPECT_EQ(std::string_view(gz.country(kg[0].index).iso3, 3), "KGZ");
  EXPECT_EQ(gz.CountryName("kg"), "Kyrgyzstan");
  EXPECT_EQ(gz.CountryName("XX"), "");

  auto chuy = gz.LookupName("чуйская область");
  ASSERT_EQ(chuy.size(), 1u);
  EXPECT_EQ(chuy[0].kind, EntityKind::kSubdivision);
  EXPECT_EQ(gz.str(gz.subdivision(chuy[0].index).code), "KG-C");
  EXPECT_EQ(std::string_view(gz.subdivision(chuy[0].index).country, 2), "KG");

  EXPECT_TRUE(gz.Lookup("nowhere").empty());
  EXPECT_TRUE(gz.Lookup("").empty());
  ASSERT_TRUE(gz.FindPlace(4717560).has_value());
  EXPECT_EQ(gz.place(*gz.FindPlace(4717560)).population, 24782u);
  EXPECT_FALSE(gz.FindPlace(1).has_value());
  for (uint32_t i = 1; i < gz.key_count(); ++i) EXPECT_LT(gz.key(i - 1), gz.key(i));
}

TEST(GazetteerFormatTest, BuilderRejectsBadInput) {
  GazetteerBuilder b;
  EXPECT_FALSE(b.AddPlace({1, 5000, 95.0, 0, "X", "", "FR", "PPL"}).ok());
  EXPECT_FALSE(b.AddPlace({1, 5000, 0, 0, "X", "", "FRA", "PPL"}).ok());
  EXPECT_TRUE(b.AddPlace({1, 5000, 0, 0, "X", "", "FR", "PPL"}).ok());
  EXPECT_FALSE(b.AddPlace({1, 5000, 0, 0, "Y", "", "FR", "PPL"}).ok());  // duplicate id
  EXPECT_FALSE(b.AddCountry({"F", "", "France"}).ok());
  EXPECT_FALSE(b.AddSubdivision({"KGC", "Chüy", ""}).ok());
}

absl::StatusCode OpenCode(std::string bytes) {
  return Gazetteer::FromBytes(std::move(bytes)).status().code();
}

TEST(GazetteerFormatTest, CorruptFilesAreDataLoss) {
  const std::string good = TinyGazetteer();
  EXPECT_EQ(OpenCode(good), absl::StatusCode::kOk);
  for (size_t n = 0; n < good.size(); n += 7) {
    EXPECT_EQ(OpenCode(good.substr(0, n)), absl::StatusCode::kDataLoss) << "truncated to " << n;
  }
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_EQ(OpenCode(bad_magic), absl::StatusCode::kDataLoss);
  std::string bad_version = good;
  uint32_t version = kGazetteerVersion + 1;
  std::memcpy(&bad_version[4], &version, 4);
  auto status = Gazetteer::FromBytes(bad_version, "old.nlg").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(status.message().find("old.nlg"), absl::string_view::npos);
  EXPECT_NE(status.message().find("version"), absl::string_view::npos);
}

TEST(GazetteerFormatTest, EveryByteFlipEitherOpensOrIsDataLoss) {
  const std::string good = TinyGazetteer();
  for (size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0xA5);
    auto g = Gazetteer::FromBytes(bad);
    if (!g.ok()) {
      EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss) << i;
      continue;
    }
    const Gazetteer& gz = **g;
    size_t bytes = 0;  // every view stays in bounds (ASan checks)
    for (uint32_t k = 0; k < gz.key_count(); ++k) {
      for (const NameHit& h : gz.Lookup(gz.key(k))) {
        if (h.kind == EntityKind::kPlace) bytes += gz.str(gz.place(h.index).name).size();
        if (h.kind == EntityKind::kCountry) bytes += gz.str(gz.country(h.index).name).size();
        if (h.kind == EntityKind::kSubdivision) {
          bytes += gz.str(gz.subdivision(h.index).code).size();
        }
      }
    }
    EXPECT_LE(bytes, good.size() * gz.hit_count());
  }
}

TEST(GazetteerFormatTest, OpenMissingFileIsNotFound) {
  EXPECT_EQ(Gazetteer::Open("/nonexistent/gazetteer.nlg").status().code(),
            absl::StatusCode::kNotFound);
}

// ---- The real file compiled at build time ----

class RealGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto g = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
    ASSERT_TRUE(g.ok()) << g.status();
    gazetteer_ = g->release();
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    gazetteer_ = nullptr;
  }

  // GeoNames id of the most populous place called `name` in `country`, or 0.
  static uint32_t PlaceIn(std::string_view name, std::string_view country) {
    for (const NameHit& h : gazetteer_->LookupName(name)) {
      if (h.kind != EntityKind::kPlace) continue;
      const PlaceRecord& p = gazetteer_->place(h.index);
      if (std::string_view(p.country, 2) == country) return p.geonameid;
    }
    return 0;
  }

  // ISO code of the first country hit of `name`, or "".
  static std::string CountryOf(std::string_view name) {
    for (const NameHit& h : gazetteer_->LookupName(name)) {
      if (h.kind == EntityKind::kCountry) return std::string(gazetteer_->country(h.index).iso2, 2);
    }
    return "";
  }

  static const Gazetteer* gazetteer_;
};
const Gazetteer* RealGazetteerTest::gazetteer_ = nullptr;

TEST_F(RealGazetteerTest, BishkekInManyLanguages) {
  for (const char* name : {"Bishkek", "Bisjkek", "Бишкек", "Bichkek", "bishkek"}) {
    EXPECT_EQ(PlaceIn(name, "KG"), 1528675u) << name;
  }
}

TEST_F(RealGazetteerTest, Almaty) {
  for (const char* name : {"Almaty", "Алматы", "Alma-Ata", "Alma Ata"})
    EXPECT_EQ(PlaceIn(name, "KZ"), 1526384u) << name;
  // The ISO 3166-2 city-subdivision has the same name.
  bool subdivision = false;
  for (const NameHit& h : gazetteer_->LookupName("Almaty")) {
    subdivision |= h.kind == EntityKind::kSubdivision &&
                   gazetteer_->str(gazetteer_->subdivision(h.index).code) == "KZ-ALA";
  }
  EXPECT_TRUE(subdivision);
}

TEST_F(RealGazetteerTest, Countries) {
  for (const char* name : {"Kazachstan", "Kasachstan", "Казахстан", "Kazakhstan", "KAZAKHSTAN"}) {
    EXPECT_EQ(CountryOf(name), "KZ") << name;
  }
  EXPECT_EQ(CountryOf("Kirgizië"), "KG");
  EXPECT_EQ(CountryOf("Allemagne"), "DE");
  EXPECT_EQ(gazetteer_->CountryName("KZ"), "Kazakhstan");
  auto kz = gazetteer_->FindCountry("KZ");
  ASSERT_TRUE(kz.has_value());
  EXPECT_EQ(std::string_view(gazetteer_->country(*kz).iso3, 3), "KAZ");
}

TEST_F(RealGazetteerTest, SubdivisionsInManyLanguages) {
  auto subdivision_of = [](std::string_view name) -> std::string {
    for (const NameHit& h : gazetteer_->LookupName(name)) {
      if (h.kind == EntityKind::kSubdivision) {
        return std::string(gazetteer_->str(gazetteer_->subdivision(h.index).code));
      }
    }
    return "";
  };
  EXPECT_EQ(subdivision_of("Bayern"), "DE-BY");
  EXPECT_EQ(subdivision_of("Bavière"), "DE-BY");  // from GeoNames division names
  EXPECT_EQ(subdivision_of("Texas"), "US-TX");
  EXPECT_EQ(subdivision_of("東京都"), "JP-13");  // GeoNames JP.40, not ISO JP-40 (Fukuoka)
}

TEST_F(RealGazetteerTest, PlacesLinkToTheirIsoSubdivision) {
  auto code_of = [](uint32_t geonameid) -> std::string {
    auto p = gazetteer_->FindPlace(geonameid);
    if (!p) return "no place";
    auto s = gazetteer_->SubdivisionOfPlace(*p);
    return s ? std::string(gazetteer_->str(gazetteer_->subdivision(*s).code)) : "";
  };
  EXPECT_EQ(code_of(1528675), "KG-GB");   // Bishkek
  EXPECT_EQ(code_of(1526384), "KZ-ALA");  // Almaty
  EXPECT_EQ(code_of(2950159), "DE-BE");   // Berlin
  EXPECT_GT(gazetteer_->admin1_link_count(), 2000u);
}

TEST_F(RealGazetteerTest, BiggestParisFirst) {
  auto hits = gazetteer_->LookupName("Paris");
  uint32_t first_place = 0, places = 0;
  for (const NameHit& h : hits) {
    if (h.kind != EntityKind::kPlace) continue;
    if (places++ == 0) first_place = gazetteer_->place(h.index).geonameid;
  }
  EXPECT_EQ(first_place, 2988507u);
  EXPECT_GE(places, 5u);
}

TEST_F(RealGazetteerTest, SmallPlacesAreLeftOut) {
  for (uint32_t i = 0; i < gazetteer_->place_count(); ++i) {
    const PlaceRecord& p = gazetteer_->place(i);
    if (p.population < 1000) ASSERT_STREQ(p.feature_code, "PPLC") << p.geonameid;
  }
  EXPECT_GT(gazetteer_->place_count(), 100000u);
}

TEST_F(RealGazetteerTest, TruncatedRealFileIsDataLoss) {
  std::ifstream in(NEWSLOOM_GAZETTEER_PATH, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string bytes = buf.str();
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(OpenCode(bytes.substr(0, bytes.size() - 1)), absl::StatusCode::kDataLoss);
  EXPECT_EQ(OpenCode(bytes.substr(0, bytes.size() / 2)), absl::StatusCode::kDataLoss);
}

}  // namespace
}  // namespace newsloom
