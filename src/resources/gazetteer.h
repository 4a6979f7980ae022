// The multilingual gazetteer: populated places (GeoNames, population >= 1000), countries and
// first-level subdivisions, with their names in ~190 languages, indexed by NormalizeNameKey.
// The file (docs/formats/gazetteer.md) is compiled at build time into
// ${CMAKE_BINARY_DIR}/data/gazetteer.nlg and memory-mapped here; nothing is copied.
//
// Errors: Open returns NotFound for a missing file and DataLoss for a file that is not a
// gazetteer of this version or whose sections, strings or indices are out of bounds; every
// record is checked once at open, so the accessors below never read outside the file.
// Thread safety: immutable after Open; every method is safe to call concurrently.
// Lifetime: spans, references and string_views stay valid while the Gazetteer lives.
#ifndef NEWSLOOM_RESOURCES_GAZETTEER_H_
#define NEWSLOOM_RESOURCES_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/status.h"
#include "resources/gazetteer_format.h"
#include "resources/name_key.h"

namespace newsloom {

class Gazetteer {
 public:
  // Maps the file at `path` read-only.
  static StatusOr<std::unique_ptr<Gazetteer>> Open(const std::string& path);
  // Takes ownership of the file contents `bytes`; `name` is used in error messages. For tests,
  // fuzzers and embedded data.
  static StatusOr<std::unique_ptr<Gazetteer>> FromBytes(std::string bytes,
                                                        std::string_view name = "<memory>");
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Every entity with a name whose key is `normalized_key` (the output of NormalizeNameKey),
  // countries first, then subdivisions, then places by population, largest first. Empty if
  // the key is unknown. O(log keys).
  std::span<const NameHit> Lookup(std::string_view normalized_key) const;
  // Lookup(NormalizeNameKey(name)).
  std::span<const NameHit> LookupName(std::string_view name) const {
    return Lookup(NormalizeNameKey(name));
  }

  size_t place_count() const { return places_.size(); }
  size_t country_count() const { return countries_.size(); }
  size_t subdivision_count() const { return subdivisions_.size(); }
  size_t key_count() const { return keys_.size(); }
  size_t hit_count() const { return hits_.size(); }

  // Records by index (a NameHit's index for its kind); the index must be < the count.
  const PlaceRecord& place(uint32_t i) const { return places_[i]; }
  const CountryRecord& country(uint32_t i) const { return countries_[i]; }
  const SubdivisionRecord& subdivision(uint32_t i) const { return subdivisions_[i]; }
  // The i-th normalized key in sorted order, i < key_count(), for iteration and tools.
  std::string_view key(uint32_t i) const { return str(keys_[i].key); }

  // A string of a record of this gazetteer.
  std::string_view str(StrRef ref) const { return strings_.substr(ref.offset, ref.size); }

  // Index of the place with this GeoNames id. O(log places).
  std::optional<uint32_t> FindPlace(uint32_t geonameid) const;
  // Index of the country with this ISO 3166-1 alpha-2 code (either case). O(log countries).
  std::optional<uint32_t> FindCountry(std::string_view iso2) const;
  // English name of a country by alpha-2 code, or "" when unknown.
  std::string_view CountryName(std::string_view iso2) const;

  static double Degrees(int32_t e5) { return e5 / 1e5; }

 private:
  Gazetteer() = default;
  // Checks the header and every record of `data_`; fills the views. DataLoss names `name`.
  Status Init(std::string_view name);
  Status CheckRecords(std::string_view name) const;

  std::string_view data_;
  void* mapping_ = nullptr;  // munmap'ed in the destructor when set
  size_t mapping_size_ = 0;
  std::string owned_;  // the bytes when built with FromBytes

  std::string_view strings_;
  std::span<const PlaceRecord> places_;
  std::span<const CountryRecord> countries_;
  std::span<const SubdivisionRecord> subdivisions_;
  std::span<const NameKeyRecord> keys_;
  std::span<const NameHit> hits_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_GAZETTEER_H_
