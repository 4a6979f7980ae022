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
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "core/instance_id.h"
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

  // A number no other Gazetteer of this process has had, so caches of lookups kept across
  // documents (extract/geo_finder.cc) can tell a new gazetteer from a destroyed one at the
  // same address.
  uint64_t instance_id() const { return instance_id_.value(); }

  // Every entity with a name whose key is `normalized_key` (the output of NormalizeNameKey),
  // countries first, then subdivisions, then places by population, largest first. Empty if
  // the key is unknown. O(1): a hash index of the keys built at open (~15 ms, ~6 MB for the
  // full gazetteer).
  std::span<const NameHit> Lookup(std::string_view normalized_key) const;
  // Lookup(NormalizeNameKey(name)).
  std::span<const NameHit> LookupName(std::string_view name) const {
    return Lookup(NormalizeNameKey(name));
  }

  // True when some key starts with `normalized_prefix` ("alma " for "alma ata"). O(log keys):
  // a binary search among the keys sharing the first two bytes (a 256 KB table built at open).
  bool HasKeyPrefix(std::string_view normalized_prefix) const;
  // True when some key of several words starts with the word `normalized_word` followed by a
  // space ("alma" for "alma ata"); rarely true for other words (a 64-bit hash set). O(1).
  bool MayStartMultiWordKey(std::string_view normalized_word) const;
  // False when no key starts with `prefix`, the first two code points of a text in a script
  // of 3-byte UTF-8 characters (Han, kana, Hangul: 6 bytes); true otherwise, and for any other
  // input. Lets callers scan unsegmented text without a lookup at every position. O(1).
  bool MayStartKey(std::string_view prefix) const;

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
  // The ISO 3166-2 first-level subdivision (an index into the subdivisions) of a place's
  // GeoNames admin1 division, when build_gazetteer could link them (about 70% of divisions:
  // those sharing a name with, or having the code of, an ISO subdivision). O(log links).
  std::optional<uint32_t> SubdivisionOfPlace(uint32_t place_index) const;
  size_t admin1_link_count() const { return admin1_.size(); }
  // English name of a country by alpha-2 code, or "" when unknown.
  std::string_view CountryName(std::string_view iso2) const;

  static double Degrees(int32_t e5) { return e5 / 1e5; }

 private:
  Gazetteer();
  InstanceId instance_id_;  // core/instance_id.h
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
  std::span<const Admin1Record> admin1_;
  // bucket_start_[b] = index of the first key whose first two bytes (as a big-endian uint16,
  // the second 0 for a one-byte key) are >= b; 65537 entries.
  std::vector<uint32_t> bucket_start_;
  // The first 6 bytes of every key that starts with two 3-byte characters (MayStartKey).
  absl::flat_hash_set<uint64_t> wide_prefixes_;
  // Hash of every key -> its index (Lookup); hashes of the first words of multi-word keys.
  absl::flat_hash_map<uint64_t, uint32_t> key_index_;
  absl::flat_hash_set<uint64_t> multi_word_starts_;
  // A 512 KB Bloom filter (3 bits per entry) over both hash sets, so most unknown words are
  // rejected without touching the larger tables (~1% false positives).
  std::vector<uint64_t> bloom_;
  void BloomAdd(uint64_t hash);
  bool BloomMayContain(uint64_t hash) const;
};

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_GAZETTEER_H_
