#include "export/geo_lookup.h"

#include <cstdio>
#include <cstring>

#include "core/data_files.h"

namespace newsloom {

GeoLookup::GeoLookup(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {
  if (gazetteer_ == nullptr) return;
  for (size_t i = 0; i < gazetteer_->place_count(); ++i) {
    const PlaceRecord& p = gazetteer_->place(static_cast<uint32_t>(i));
    if (std::strncmp(p.feature_code, "PPLC", 4) != 0 || p.feature_code[4] != '\0') continue;
    std::string iso2(p.country, 2);
    auto [it, inserted] = capitals_.try_emplace(iso2, static_cast<uint32_t>(i));
    // Several PPLC for one country (seat of government and capital): the most populous.
    if (!inserted && gazetteer_->place(it->second).population < p.population) {
      it->second = static_cast<uint32_t>(i);
    }
  }
}

StatusOr<std::unique_ptr<GeoLookup>> GeoLookup::Open(const std::string& path) {
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Gazetteer> g, Gazetteer::Open(path));
  const Gazetteer* raw = g.get();
  auto lookup = std::make_unique<GeoLookup>(raw);
  lookup->owned_ = std::move(g);
  return lookup;
}

std::unique_ptr<GeoLookup> GeoLookup::OpenDefault() {
  StatusOr<std::string> path = FindDataFile("gazetteer.nlg");
  if (path.ok()) {
    StatusOr<std::unique_ptr<GeoLookup>> lookup = Open(*path);
    if (lookup.ok()) return std::move(*lookup);
    path = lookup.status();
  }
  std::fprintf(stderr, "newsloom: no coordinates for story locations: %s\n",
               MessageOf(path.status()).c_str());
  return std::make_unique<GeoLookup>(nullptr);
}

std::optional<LatLon> GeoLookup::Town(int64_t geonameid) const {
  if (gazetteer_ == nullptr || geonameid <= 0 || geonameid > UINT32_MAX) return std::nullopt;
  std::optional<uint32_t> i = gazetteer_->FindPlace(static_cast<uint32_t>(geonameid));
  if (!i) return std::nullopt;
  const PlaceRecord& p = gazetteer_->place(*i);
  return LatLon{Gazetteer::Degrees(p.lat_e5), Gazetteer::Degrees(p.lon_e5)};
}

std::optional<LatLon> GeoLookup::Capital(std::string_view iso2) const {
  auto it = capitals_.find(std::string(iso2));
  if (it == capitals_.end()) return std::nullopt;
  const PlaceRecord& p = gazetteer_->place(it->second);
  return LatLon{Gazetteer::Degrees(p.lat_e5), Gazetteer::Degrees(p.lon_e5)};
}

std::string GeoLookup::CountryName(std::string_view iso2) const {
  if (gazetteer_ == nullptr || iso2.size() != 2) return "";
  return std::string(gazetteer_->CountryName(iso2));
}

std::string GeoLookup::Iso3(std::string_view iso2) const {
  if (gazetteer_ == nullptr || iso2.size() != 2) return "";
  std::optional<uint32_t> i = gazetteer_->FindCountry(iso2);
  if (!i) return "";
  const CountryRecord& c = gazetteer_->country(*i);
  if (c.iso3[0] == '\0') return "";
  return std::string(c.iso3, 3);
}

}  // namespace newsloom
