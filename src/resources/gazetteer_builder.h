// Builds the bytes of a gazetteer file (gazetteer_format.h) from places, countries,
// subdivisions and their names in any language. Used by tools/build_gazetteer.cc at build
// time and by tests with tiny hand-made inputs.
//
// Thread safety: none; one builder per thread. Memory: holds every input string until
// Finish(); the full build (112k places, 670k names) peaks at about 230 MB.
#ifndef NEWSLOOM_RESOURCES_GAZETTEER_BUILDER_H_
#define NEWSLOOM_RESOURCES_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"
#include "resources/gazetteer_format.h"

namespace newsloom {

struct PlaceInput {
  uint32_t geonameid = 0;
  uint32_t population = 0;
  double lat = 0;            // degrees, [-90, 90]
  double lon = 0;            // degrees, [-180, 180]
  std::string name;          // default name; also indexed as a name of the place
  std::string admin1;        // GeoNames admin1 code; may be empty
  std::string country;       // ISO 3166-1 alpha-2
  std::string feature_code;  // at most 6 bytes; may be empty
};

struct CountryInput {
  std::string iso2;  // exactly 2 ASCII letters
  std::string iso3;  // 3 ASCII letters or empty
  std::string name;  // English name; also indexed
};

struct SubdivisionInput {
  std::string code;  // ISO 3166-2, e.g. "KZ-ALA"; its first two letters are the country
  std::string name;  // also indexed
  std::string type;  // may be empty
};

struct GazetteerBuildStats {
  uint64_t names_added = 0;      // AddName calls plus default names
  uint64_t names_unmatched = 0;  // names whose entity was never added (dropped)
  uint64_t names_empty_key = 0;  // names that normalize to "" (dropped)
  uint64_t keys = 0;             // distinct normalized keys in the file
  uint64_t hits = 0;             // (key, entity) pairs in the file
  uint64_t admin1_links = 0;     // GeoNames divisions linked to an ISO 3166-2 subdivision
  uint64_t bytes = 0;            // file size
};

class GazetteerBuilder {
 public:
  using KeyMap = absl::flat_hash_map<std::string, std::vector<NameHit>>;

  // InvalidArgument when a field breaks the limits above or the id/code was already added.
  Status AddPlace(PlaceInput place);
  Status AddCountry(CountryInput country);
  Status AddSubdivision(SubdivisionInput subdivision);

  // Names in any language, attached by stable id; resolved in Finish(), so they may be added
  // before their entity. Names of entities never added are counted and dropped. A name in
  // traditional Chinese characters is also indexed in simplified ones (ICU "Hant-Hans":
  // GeoNames' zh names are traditional, "阿拉木圖", mainland news writes "阿拉木图").
  void AddPlaceName(uint32_t geonameid, std::string_view name);
  void AddCountryName(std::string_view iso2, std::string_view name);
  void AddSubdivisionName(std::string_view code, std::string_view name);

  // Records that the GeoNames first-level division `division` ("KG.01": country, '.', admin1
  // code as in PlaceInput::admin1) is the ISO 3166-2 subdivision `iso_code` ("KG-GB"). Resolved
  // in Finish(); a link to a subdivision never added is dropped; the first link of a division
  // wins.
  void LinkAdmin1(std::string_view division, std::string_view iso_code);

  bool HasPlace(uint32_t geonameid) const { return place_ids_.contains(geonameid); }

  // Returns the file bytes. InvalidArgument if the string pool would exceed 4 GiB.
  // The builder is left empty.
  StatusOr<std::string> Finish(GazetteerBuildStats* stats);

 private:
  // Sorts the entities, resolves every name to its record and groups them by normalized key.
  KeyMap GroupNamesByKey(GazetteerBuildStats* stats);
  // Queues `name` (and its simplified Chinese form) for the entity `id` of `kind`.
  void AddName(EntityKind kind, std::string id, std::string_view name);

  struct PendingName {
    EntityKind kind;
    std::string id;  // geonameid as decimal, iso2 or subdivision code
    std::string name;
  };

  std::vector<PlaceInput> places_;
  std::vector<CountryInput> countries_;
  std::vector<SubdivisionInput> subdivisions_;
  absl::flat_hash_map<uint32_t, size_t> place_ids_;
  absl::flat_hash_map<std::string, size_t> country_ids_;
  absl::flat_hash_map<std::string, size_t> subdivision_ids_;

  std::vector<PendingName> names_;
  std::vector<std::pair<std::string, std::string>> admin1_links_;  // (division, ISO code)
};

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_GAZETTEER_BUILDER_H_
