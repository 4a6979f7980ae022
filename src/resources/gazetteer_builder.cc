#include "resources/gazetteer_builder.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "fmt/format.h"
#include "resources/name_key.h"

namespace newsloom {
namespace {

// `name` in simplified Chinese characters when it has a BMP Han ideograph (ICU "Hant-Hans";
// other characters are kept); "" when it has none or the transform is unavailable.
std::string SimplifiedHan(std::string_view name) {
  bool han = false;
  for (size_t i = 0; i + 2 < name.size() && !han; ++i) {
    han = IsHanIdeographKey(name.substr(i, 3));
  }
  if (!han) return "";
  static icu::Transliterator* const kHantHans = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::Transliterator* t =
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status);
    return U_SUCCESS(status) ? t : nullptr;
  }();
  if (kHantHans == nullptr) return "";
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  kHantHans->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsAsciiLetters(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

using KeyMap = GazetteerBuilder::KeyMap;

// Deduplicating UTF-8 string pool.
class StringPool {
 public:
  StrRef Intern(std::string_view s) {
    auto [it, inserted] = offsets_.try_emplace(std::string(s), StrRef{0, 0});
    if (inserted) {
      it->second = StrRef{static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(s.size())};
      bytes_.append(s);
      if (bytes_.size() > std::numeric_limits<uint32_t>::max()) overflow_ = true;
    }
    return it->second;
  }
  bool overflow() const { return overflow_; }
  const std::string& bytes() const { return bytes_; }

 private:
  absl::flat_hash_map<std::string, StrRef> offsets_;
  std::string bytes_;
  bool overflow_ = false;
};

int32_t ToE5(double degrees) { return static_cast<int32_t>(std::lround(degrees * 1e5)); }

// Appends `count` elements of `data` at the next 8-byte boundary and returns where.
template <typename T>
SectionRef AppendSection(const T* data, size_t count, std::string* out) {
  out->resize((out->size() + 7) / 8 * 8, '\0');
  SectionRef ref{out->size(), count};
  out->append(reinterpret_cast<const char*>(data), count * sizeof(T));
  return ref;
}

// Sorts the keys and each key's hits (ranked as documented in gazetteer_format.h, duplicates
// removed) into the key and hit sections.
void BuildNameIndex(KeyMap by_key, const std::vector<PlaceInput>& places, StringPool* pool,
                    std::vector<NameKeyRecord>* key_records, std::vector<NameHit>* hits) {
  std::vector<std::string> keys;
  keys.reserve(by_key.size());
  for (const auto& [key, unused] : by_key) keys.push_back(key);
  std::sort(keys.begin(), keys.end());

  key_records->reserve(keys.size());
  auto rank = [&places](const NameHit& a, const NameHit& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.kind == EntityKind::kPlace && places[a.index].population != places[b.index].population) {
      return places[a.index].population > places[b.index].population;
    }
    return a.index < b.index;
  };
  for (const std::string& key : keys) {
    std::vector<NameHit>& list = by_key[key];
    std::sort(list.begin(), list.end(), rank);
    list.erase(std::unique(list.begin(), list.end(),
                           [](const NameHit& a, const NameHit& b) {
                             return a.kind == b.kind && a.index == b.index;
                           }),
               list.end());
    key_records->push_back({pool->Intern(key), static_cast<uint32_t>(hits->size()),
                            static_cast<uint32_t>(list.size())});
    hits->insert(hits->end(), list.begin(), list.end());
  }
}

std::vector<PlaceRecord> PlaceRecords(const std::vector<PlaceInput>& places, StringPool* pool) {
  std::vector<PlaceRecord> out;
  out.reserve(places.size());
  for (const PlaceInput& p : places) {
    PlaceRecord r{};
    r.geonameid = p.geonameid;
    r.population = p.population;
    r.lat_e5 = ToE5(p.lat);
    r.lon_e5 = ToE5(p.lon);
    r.name = pool->Intern(p.name);
    r.admin1 = pool->Intern(p.admin1);
    std::memcpy(r.country, p.country.data(), 2);
    std::memcpy(r.feature_code, p.feature_code.data(), p.feature_code.size());
    out.push_back(r);
  }
  return out;
}

std::vector<CountryRecord> CountryRecords(const std::vector<CountryInput>& countries,
                                          StringPool* pool) {
  std::vector<CountryRecord> out;
  for (const CountryInput& c : countries) {
    CountryRecord r{};
    std::memcpy(r.iso2, c.iso2.data(), 2);
    std::memcpy(r.iso3, c.iso3.data(), c.iso3.size());
    r.name = pool->Intern(c.name);
    out.push_back(r);
  }
  return out;
}

std::vector<SubdivisionRecord> SubdivisionRecords(const std::vector<SubdivisionInput>& subs,
                                                  StringPool* pool) {
  std::vector<SubdivisionRecord> out;
  for (const SubdivisionInput& s : subs) {
    SubdivisionRecord r{};
    r.code = pool->Intern(s.code);
    r.name = pool->Intern(s.name);
    r.type = pool->Intern(s.type);
    std::memcpy(r.country, Upper(s.code.substr(0, 2)).data(), 2);
    out.push_back(r);
  }
  return out;
}

}  // namespace

Status GazetteerBuilder::AddPlace(PlaceInput place) {
  if (place.country.size() != 2 || !IsAsciiLetters(place.country) ||
      place.feature_code.size() > 6 || !(std::abs(place.lat) <= 90) ||
      !(std::abs(place.lon) <= 180)) {
    return absl::InvalidArgumentError(
        fmt::format("place {}: bad country, feature code or "
                    "coordinates",
                    place.geonameid));
  }
  if (!place_ids_.try_emplace(place.geonameid, places_.size()).second) {
    return absl::InvalidArgumentError(fmt::format("place {}: added twice", place.geonameid));
  }
  place.country = Upper(place.country);
  places_.push_back(std::move(place));
  return absl::OkStatus();
}

Status GazetteerBuilder::AddCountry(CountryInput country) {
  country.iso2 = Upper(country.iso2);
  country.iso3 = Upper(country.iso3);
  if (country.iso2.size() != 2 || !IsAsciiLetters(country.iso2) ||
      !(country.iso3.empty() || (country.iso3.size() == 3 && IsAsciiLetters(country.iso3)))) {
    return absl::InvalidArgumentError(
        fmt::format("country '{}': bad ISO 3166-1 codes", country.iso2));
  }
  if (!country_ids_.try_emplace(country.iso2, countries_.size()).second) {
    return absl::InvalidArgumentError(fmt::format("country {}: added twice", country.iso2));
  }
  countries_.push_back(std::move(country));
  return absl::OkStatus();
}

Status GazetteerBuilder::AddSubdivision(SubdivisionInput subdivision) {
  const std::string& code = subdivision.code;
  if (code.size() < 4 || code[2] != '-' || !IsAsciiLetters(code.substr(0, 2))) {
    return absl::InvalidArgumentError(fmt::format("subdivision '{}': bad ISO 3166-2 code", code));
  }
  if (!subdivision_ids_.try_emplace(code, subdivisions_.size()).second) {
    return absl::InvalidArgumentError(fmt::format("subdivision {}: added twice", code));
  }
  subdivisions_.push_back(std::move(subdivision));
  return absl::OkStatus();
}

void GazetteerBuilder::AddName(EntityKind kind, std::string id, std::string_view name) {
  std::string simplified = SimplifiedHan(name);
  if (!simplified.empty() && simplified != name) {
    names_.push_back({kind, id, std::move(simplified)});
  }
  names_.push_back({kind, std::move(id), std::string(name)});
}

void GazetteerBuilder::AddPlaceName(uint32_t geonameid, std::string_view name) {
  AddName(EntityKind::kPlace, std::to_string(geonameid), name);
}

void GazetteerBuilder::AddCountryName(std::string_view iso2, std::string_view name) {
  AddName(EntityKind::kCountry, Upper(iso2), name);
}

void GazetteerBuilder::AddSubdivisionName(std::string_view code, std::string_view name) {
  AddName(EntityKind::kSubdivision, std::string(code), name);
}

void GazetteerBuilder::LinkAdmin1(std::string_view division, std::string_view iso_code) {
  admin1_links_.emplace_back(std::string(division), std::string(iso_code));
}

GazetteerBuilder::KeyMap GazetteerBuilder::GroupNamesByKey(GazetteerBuildStats* stats) {
  std::sort(places_.begin(), places_.end(),
            [](const PlaceInput& a, const PlaceInput& b) { return a.geonameid < b.geonameid; });
  std::sort(countries_.begin(), countries_.end(),
            [](const CountryInput& a, const CountryInput& b) { return a.iso2 < b.iso2; });
  std::sort(subdivisions_.begin(), subdivisions_.end(),
            [](const SubdivisionInput& a, const SubdivisionInput& b) { return a.code < b.code; });

  // Stable ids -> final record indices; default names join the other names.
  absl::flat_hash_map<std::string, NameHit> ids;
  for (size_t i = 0; i < places_.size(); ++i) {
    std::string id = std::to_string(places_[i].geonameid);
    ids["P" + id] = NameHit{EntityKind::kPlace, {}, static_cast<uint32_t>(i)};
    names_.push_back({EntityKind::kPlace, id, places_[i].name});
  }
  for (size_t i = 0; i < countries_.size(); ++i) {
    ids["C" + countries_[i].iso2] = NameHit{EntityKind::kCountry, {}, static_cast<uint32_t>(i)};
    names_.push_back({EntityKind::kCountry, countries_[i].iso2, countries_[i].name});
  }
  for (size_t i = 0; i < subdivisions_.size(); ++i) {
    ids["S" + subdivisions_[i].code] =
        NameHit{EntityKind::kSubdivision, {}, static_cast<uint32_t>(i)};
    names_.push_back({EntityKind::kSubdivision, subdivisions_[i].code, subdivisions_[i].name});
  }

  KeyMap by_key;
  absl::flat_hash_map<std::string, std::string> key_cache;
  for (const PendingName& n : names_) {
    ++stats->names_added;
    const char prefix = n.kind == EntityKind::kPlace     ? 'P'
                        : n.kind == EntityKind::kCountry ? 'C'
                                                         : 'S';
    auto id = ids.find(std::string(1, prefix) + n.id);
    if (id == ids.end()) {
      ++stats->names_unmatched;
      continue;
    }
    auto [cached, fresh] = key_cache.try_emplace(n.name);
    if (fresh) cached->second = NormalizeNameKey(n.name);
    if (cached->second.empty()) {
      ++stats->names_empty_key;
      continue;
    }
    by_key[cached->second].push_back(id->second);
  }
  names_.clear();
  return by_key;
}

namespace {

// The admin1 section: every link whose division is "CC.code" and whose subdivision exists,
// ordered by (country, code), first link of a division kept. Call after the subdivisions are
// sorted.
std::vector<Admin1Record> Admin1Records(
    const std::vector<std::pair<std::string, std::string>>& links,
    const std::vector<SubdivisionInput>& subdivisions, StringPool* pool) {
  std::vector<std::pair<std::string, Admin1Record>> keyed;
  for (const auto& [division, iso] : links) {
    if (division.size() < 4 || division[2] != '.') continue;
    auto it = std::lower_bound(
        subdivisions.begin(), subdivisions.end(), iso,
        [](const SubdivisionInput& s, const std::string& code) { return s.code < code; });
    if (it == subdivisions.end() || it->code != iso) continue;
    Admin1Record r{};
    std::memcpy(r.country, Upper(division.substr(0, 2)).data(), 2);
    r.subdivision = static_cast<uint32_t>(it - subdivisions.begin());
    keyed.push_back({Upper(division.substr(0, 2)) + '\t' + division.substr(3), r});
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Admin1Record> out;
  for (size_t i = 0; i < keyed.size(); ++i) {
    if (i > 0 && keyed[i].first == keyed[i - 1].first) continue;
    Admin1Record r = keyed[i].second;
    r.admin1 = pool->Intern(std::string_view(keyed[i].first).substr(3));
    out.push_back(r);
  }
  return out;
}

}  // namespace

StatusOr<std::string> GazetteerBuilder::Finish(GazetteerBuildStats* stats) {
  *stats = GazetteerBuildStats{};
  KeyMap by_key = GroupNamesByKey(stats);
  StringPool pool;
  std::vector<NameKeyRecord> key_records;
  std::vector<NameHit> hits;
  BuildNameIndex(std::move(by_key), places_, &pool, &key_records, &hits);

  std::vector<PlaceRecord> place_records = PlaceRecords(places_, &pool);
  std::vector<CountryRecord> country_records = CountryRecords(countries_, &pool);
  std::vector<SubdivisionRecord> subdivision_records = SubdivisionRecords(subdivisions_, &pool);
  std::vector<Admin1Record> admin1_records = Admin1Records(admin1_links_, subdivisions_, &pool);
  if (pool.overflow()) return absl::InvalidArgumentError("gazetteer strings exceed 4 GiB");

  GazetteerHeader header{};
  std::string out(sizeof(header), '\0');
  header.places = AppendSection(place_records.data(), place_records.size(), &out);
  header.countries = AppendSection(country_records.data(), country_records.size(), &out);
  header.subdivisions = AppendSection(subdivision_records.data(), subdivision_records.size(), &out);
  header.keys = AppendSection(key_records.data(), key_records.size(), &out);
  header.hits = AppendSection(hits.data(), hits.size(), &out);
  header.admin1 = AppendSection(admin1_records.data(), admin1_records.size(), &out);
  header.strings = AppendSection(pool.bytes().data(), pool.bytes().size(), &out);
  std::memcpy(header.magic, kGazetteerMagic, 4);
  header.version = kGazetteerVersion;
  header.file_size = out.size();
  std::memcpy(out.data(), &header, sizeof(header));

  stats->keys = key_records.size();
  stats->hits = hits.size();
  stats->admin1_links = admin1_records.size();
  stats->bytes = out.size();
  *this = GazetteerBuilder();
  return out;
}

}  // namespace newsloom
