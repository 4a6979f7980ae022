// GeoLookup: coordinates and names for story locations, from the gazetteer
// (resources/gazetteer.h). Story records keep a place's GeoNames id and country only; the API
// and the exports add latitude and longitude through this.
//
// Thread safety: immutable after construction; safe to share between threads.
#ifndef NEWSLOOM_EXPORT_GEO_LOOKUP_H_
#define NEWSLOOM_EXPORT_GEO_LOOKUP_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"
#include "resources/gazetteer.h"

namespace newsloom {

struct LatLon {
  double lat = 0;  // degrees, north positive
  double lon = 0;  // degrees, east positive
};

class GeoLookup {
 public:
  // Over `gazetteer` (not owned; must outlive this). Null gives a lookup that knows nothing.
  explicit GeoLookup(const Gazetteer* gazetteer);
  // Opens the gazetteer file at `path` and owns it.
  static StatusOr<std::unique_ptr<GeoLookup>> Open(const std::string& path);
  // The gazetteer found by FindDataFile("gazetteer.nlg"); a lookup that knows nothing (and a
  // warning on stderr) when there is none, so a server still serves without coordinates.
  static std::unique_ptr<GeoLookup> OpenDefault();

  // The town with GeoNames id `geonameid`; nullopt when unknown.
  std::optional<LatLon> Town(int64_t geonameid) const;
  // The capital (GeoNames feature PPLC) of country `iso2`; nullopt when unknown.
  std::optional<LatLon> Capital(std::string_view iso2) const;
  // English name of country `iso2`; "" when unknown.
  std::string CountryName(std::string_view iso2) const;
  // ISO 3166-1 alpha-3 code of country `iso2`; "" when unknown.
  std::string Iso3(std::string_view iso2) const;

 private:
  std::unique_ptr<Gazetteer> owned_;
  const Gazetteer* gazetteer_;
  absl::flat_hash_map<std::string, uint32_t> capitals_;  // iso2 -> place index
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXPORT_GEO_LOOKUP_H_
