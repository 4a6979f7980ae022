// On-disk layout of the gazetteer file (docs/formats/gazetteer.md), shared by the writer
// (GazetteerBuilder) and the reader (Gazetteer). Every integer is little-endian; every record
// is a fixed-size, trivially copyable struct so the reader can use the mapped bytes in place.
// Bump kGazetteerVersion whenever any struct or section changes.
#ifndef NEWSLOOM_RESOURCES_GAZETTEER_FORMAT_H_
#define NEWSLOOM_RESOURCES_GAZETTEER_FORMAT_H_

#include <bit>
#include <cstdint>

namespace newsloom {

static_assert(std::endian::native == std::endian::little,
              "the gazetteer file is little-endian and read in place");

inline constexpr char kGazetteerMagic[4] = {'N', 'L', 'G', 'Z'};
// Version 2 added the admin1 section (GeoNames first-level division -> ISO 3166-2).
inline constexpr uint32_t kGazetteerVersion = 2;

// A string in the string pool: bytes [offset, offset + size). UTF-8, not NUL-terminated.
struct StrRef {
  uint32_t offset;
  uint32_t size;
};

// What a name refers to. The numeric values are part of the format.
enum class EntityKind : uint8_t { kCountry = 0, kSubdivision = 1, kPlace = 2 };

// A populated place (GeoNames feature class P).
struct PlaceRecord {
  uint32_t geonameid;
  uint32_t population;
  int32_t lat_e5;        // latitude in 1e-5 degrees (north positive)
  int32_t lon_e5;        // longitude in 1e-5 degrees (east positive)
  StrRef name;           // GeoNames default (usually English or local Latin) name
  StrRef admin1;         // GeoNames admin1 code, e.g. "01", "IL"; may be empty
  char country[2];       // ISO 3166-1 alpha-2, e.g. "KG"
  char feature_code[6];  // GeoNames feature code ("PPLC", "PPLA2"), NUL-padded
};
static_assert(sizeof(PlaceRecord) == 40);

// A country or territory of ISO 3166-1.
struct CountryRecord {
  char iso2[2];  // "KZ"
  char iso3[3];  // "KAZ", or NULs when unknown
  char reserved[3];
  StrRef name;  // English display name
};
static_assert(sizeof(CountryRecord) == 16);

// A first-level subdivision of ISO 3166-2 (no parent subdivision).
struct SubdivisionRecord {
  StrRef code;  // full ISO 3166-2 code, e.g. "KZ-ALA"
  StrRef name;  // name as given by iso-codes (usually local Latin script)
  StrRef type;  // e.g. "Region", "City"
  char country[2];
  char reserved[6];
};
static_assert(sizeof(SubdivisionRecord) == 32);

// A normalized name key (NormalizeNameKey) and its hits [first_hit, first_hit + hit_count).
struct NameKeyRecord {
  StrRef key;
  uint32_t first_hit;
  uint32_t hit_count;
};
static_assert(sizeof(NameKeyRecord) == 16);

// One entity a name refers to. Within a key, hits are ordered by kind (countries first), then
// by population (largest first) for places, then by index.
struct NameHit {
  EntityKind kind;
  uint8_t reserved[3];
  uint32_t index;  // index into the places, countries or subdivisions of `kind`
};
static_assert(sizeof(NameHit) == 8);

// Links a GeoNames first-level division (a place's country + admin1 code, "KG" + "01") to the
// ISO 3166-2 subdivision it is (version 2).
struct Admin1Record {
  char country[2];  // ISO 3166-1 alpha-2
  char reserved[2];
  uint32_t subdivision;  // index into the subdivisions
  StrRef admin1;         // GeoNames admin1 code, as in PlaceRecord::admin1
};
static_assert(sizeof(Admin1Record) == 16);

// A contiguous array in the file: `count` elements starting at byte `offset`.
struct SectionRef {
  uint64_t offset;
  uint64_t count;
};

// The file starts with this header. Sections are 8-byte aligned and lie within file_size.
struct GazetteerHeader {
  char magic[4];
  uint32_t version;
  uint64_t file_size;       // the whole file, header included (truncation check)
  SectionRef strings;       // bytes
  SectionRef places;        // PlaceRecord, ordered by geonameid
  SectionRef countries;     // CountryRecord, ordered by iso2
  SectionRef subdivisions;  // SubdivisionRecord, ordered by code
  SectionRef keys;          // NameKeyRecord, ordered by key bytes (memcmp, shorter first)
  SectionRef hits;          // NameHit
  SectionRef admin1;        // Admin1Record, ordered by (country, admin1 bytes); version 2
};
static_assert(sizeof(GazetteerHeader) == 128);

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_GAZETTEER_FORMAT_H_
