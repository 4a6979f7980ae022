#include "resources/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "absl/hash/hash.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

Status Corrupt(std::string_view name, std::string_view what) {
  return absl::DataLossError(fmt::format("{}: corrupt gazetteer: {}", name, what));
}

// Points `out` at the section `ref` of `data` if it lies within it, after the header.
template <typename T>
bool MapSection(std::string_view data, const SectionRef& ref, std::span<const T>* out) {
  if (ref.offset < sizeof(GazetteerHeader) || ref.offset > data.size() ||
      ref.offset % alignof(T) != 0 || ref.count > (data.size() - ref.offset) / sizeof(T)) {
    return false;
  }
  *out = std::span<const T>(reinterpret_cast<const T*>(data.data() + ref.offset), ref.count);
  return true;
}

// A 64-bit hash of a key (absl hashes its own string_view type).
uint64_t KeyHash(std::string_view key) {
  return absl::HashOf(absl::string_view(key.data(), key.size()));
}

constexpr uint64_t kBloomBits = uint64_t{1} << 22;
constexpr uint64_t kMultiWordSalt = 0x9E3779B97F4A7C15ull;  // multi-word starts in the filter

uint32_t Bucket(std::string_view key) {
  if (key.empty()) return 0;
  uint32_t hi = static_cast<unsigned char>(key[0]);
  uint32_t lo = key.size() > 1 ? static_cast<unsigned char>(key[1]) : 0;
  return (hi << 8) | lo;
}

// The first 6 bytes of `s` as an integer when they are two 3-byte UTF-8 characters, else 0.
uint64_t WidePrefix(std::string_view s) {
  if (s.size() < 6) return 0;
  for (int k : {0, 3}) {
    const unsigned char lead = static_cast<unsigned char>(s[k]);
    if ((lead & 0xF0) != 0xE0) return 0;
  }
  uint64_t v = 0;
  std::memcpy(&v, s.data(), 6);
  return v;
}

bool InPool(StrRef ref, size_t pool_size) {
  return static_cast<uint64_t>(ref.offset) + ref.size <= pool_size;
}

}  // namespace

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::string why = std::strerror(errno);
    if (errno == ENOENT) return absl::NotFoundError(fmt::format("{}: {}", path, why));
    return absl::UnavailableError(fmt::format("{}: cannot open: {}", path, why));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return absl::InvalidArgumentError(fmt::format("{}: not a regular file", path));
  }
  auto gazetteer = std::unique_ptr<Gazetteer>(new Gazetteer());
  size_t size = static_cast<size_t>(st.st_size);
  if (size >= sizeof(GazetteerHeader)) {
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
      std::string why = std::strerror(errno);
      ::close(fd);
      return absl::UnavailableError(fmt::format("{}: mmap failed: {}", path, why));
    }
    gazetteer->mapping_ = map;
    gazetteer->mapping_size_ = size;
    gazetteer->data_ = std::string_view(static_cast<const char*>(map), size);
  }
  ::close(fd);
  NL_RETURN_IF_ERROR(gazetteer->Init(path));
  return gazetteer;
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromBytes(std::string bytes,
                                                          std::string_view name) {
  auto gazetteer = std::unique_ptr<Gazetteer>(new Gazetteer());
  gazetteer->owned_ = std::move(bytes);
  gazetteer->data_ = gazetteer->owned_;
  NL_RETURN_IF_ERROR(gazetteer->Init(name));
  return gazetteer;
}

Gazetteer::Gazetteer() = default;

Gazetteer::~Gazetteer() {
  if (mapping_ != nullptr) ::munmap(mapping_, mapping_size_);
}

Status Gazetteer::Init(std::string_view name) {
  if (data_.size() < sizeof(GazetteerHeader)) return Corrupt(name, "shorter than its header");
  if (reinterpret_cast<uintptr_t>(data_.data()) % alignof(GazetteerHeader) != 0) {
    // mmap and std::string heap buffers are always aligned; copy anything else.
    owned_ = std::string(data_);
    data_ = owned_;
  }
  GazetteerHeader header;
  std::memcpy(&header, data_.data(), sizeof(header));
  if (std::memcmp(header.magic, kGazetteerMagic, 4) != 0) return Corrupt(name, "bad magic");
  if (header.version != kGazetteerVersion) {
    return Corrupt(name, fmt::format("format version {}, this build reads version {}",
                                     header.version, kGazetteerVersion));
  }
  if (header.file_size != data_.size()) {
    return Corrupt(
        name, fmt::format("{} bytes, header says {} (truncated?)", data_.size(), header.file_size));
  }
  std::span<const char> strings;
  if (!MapSection(data_, header.strings, &strings) || !MapSection(data_, header.places, &places_) ||
      !MapSection(data_, header.countries, &countries_) ||
      !MapSection(data_, header.subdivisions, &subdivisions_) ||
      !MapSection(data_, header.keys, &keys_) || !MapSection(data_, header.hits, &hits_) ||
      !MapSection(data_, header.admin1, &admin1_)) {
    return Corrupt(name, "a section lies outside the file");
  }
  strings_ = std::string_view(strings.data(), strings.size());
  NL_RETURN_IF_ERROR(CheckRecords(name));
  // Keys are sorted (checked above), so their buckets never decrease.
  bucket_start_.assign(65537, static_cast<uint32_t>(keys_.size()));
  for (size_t i = keys_.size(); i-- > 0;) {
    std::string_view key = str(keys_[i].key);
    bucket_start_[Bucket(key)] = static_cast<uint32_t>(i);
    if (uint64_t wide = WidePrefix(key)) wide_prefixes_.insert(wide);
  }
  key_index_.reserve(keys_.size());
  bloom_.assign(kBloomBits / 64, 0);
  for (size_t i = 0; i < keys_.size(); ++i) {
    std::string_view key = str(keys_[i].key);
    // On a (very unlikely) 64-bit collision the first key keeps the slot; Lookup then
    // falls back to the binary search.
    const uint64_t hash = KeyHash(key);
    key_index_.try_emplace(hash, static_cast<uint32_t>(i));
    BloomAdd(hash);
    size_t space = key.find(' ');
    if (space != std::string_view::npos) {
      const uint64_t first = KeyHash(key.substr(0, space));
      multi_word_starts_.insert(first);
      BloomAdd(first ^ kMultiWordSalt);
    }
  }
  for (size_t b = 65536; b-- > 0;) {
    bucket_start_[b] = std::min(bucket_start_[b], bucket_start_[b + 1]);
  }
  return absl::OkStatus();
}

Status Gazetteer::CheckRecords(std::string_view name) const {
  const size_t pool = strings_.size();
  for (size_t i = 0; i < places_.size(); ++i) {
    if (!InPool(places_[i].name, pool) || !InPool(places_[i].admin1, pool)) {
      return Corrupt(name, fmt::format("place {}: string out of bounds", i));
    }
  }
  for (size_t i = 0; i < countries_.size(); ++i) {
    if (!InPool(countries_[i].name, pool)) {
      return Corrupt(name, fmt::format("country {}: string out of bounds", i));
    }
  }
  for (size_t i = 0; i < subdivisions_.size(); ++i) {
    const SubdivisionRecord& s = subdivisions_[i];
    if (!InPool(s.code, pool) || !InPool(s.name, pool) || !InPool(s.type, pool)) {
      return Corrupt(name, fmt::format("subdivision {}: string out of bounds", i));
    }
  }
  for (size_t i = 0; i < admin1_.size(); ++i) {
    if (!InPool(admin1_[i].admin1, pool) || admin1_[i].subdivision >= subdivisions_.size()) {
      return Corrupt(name, fmt::format("admin1 link {}: out of bounds", i));
    }
  }
  std::string_view previous;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const NameKeyRecord& k = keys_[i];
    if (!InPool(k.key, pool) || static_cast<uint64_t>(k.first_hit) + k.hit_count > hits_.size()) {
      return Corrupt(name, fmt::format("name key {}: out of bounds", i));
    }
    std::string_view key = str(k.key);
    if (i > 0 && !(previous < key)) {
      return Corrupt(name, fmt::format("name key {}: keys not sorted", i));
    }
    previous = key;
  }
  for (size_t i = 0; i < hits_.size(); ++i) {
    const NameHit& h = hits_[i];
    size_t limit = h.kind == EntityKind::kPlace         ? places_.size()
                   : h.kind == EntityKind::kCountry     ? countries_.size()
                   : h.kind == EntityKind::kSubdivision ? subdivisions_.size()
                                                        : 0;
    if (h.index >= limit) return Corrupt(name, fmt::format("name hit {}: bad entity", i));
  }
  return absl::OkStatus();
}

void Gazetteer::BloomAdd(uint64_t hash) {
  for (int shift : {0, 21, 42}) {
    const uint64_t bit = (hash >> shift) % kBloomBits;
    bloom_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
}

bool Gazetteer::BloomMayContain(uint64_t hash) const {
  for (int shift : {0, 21, 42}) {
    const uint64_t bit = (hash >> shift) % kBloomBits;
    if ((bloom_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return false;
  }
  return true;
}

std::span<const NameHit> Gazetteer::Lookup(std::string_view normalized_key) const {
  const uint64_t hash = KeyHash(normalized_key);
  if (!BloomMayContain(hash)) return {};
  auto hashed = key_index_.find(hash);
  if (hashed == key_index_.end()) return {};
  const NameKeyRecord& k = keys_[hashed->second];
  if (str(k.key) == normalized_key) return hits_.subspan(k.first_hit, k.hit_count);
  // A hash collision: search.
  const uint32_t b = Bucket(normalized_key);
  auto first = keys_.begin() + bucket_start_[b];
  auto last = keys_.begin() + bucket_start_[b + 1];
  auto it = std::lower_bound(
      first, last, normalized_key,
      [this](const NameKeyRecord& k, std::string_view target) { return str(k.key) < target; });
  if (it == last || str(it->key) != normalized_key) return {};
  return hits_.subspan(it->first_hit, it->hit_count);
}

bool Gazetteer::HasKeyPrefix(std::string_view normalized_prefix) const {
  const uint32_t b = Bucket(normalized_prefix);
  auto first = keys_.begin() + bucket_start_[b];
  // A one-byte prefix may continue into any bucket of its first byte.
  auto last = normalized_prefix.size() < 2 ? keys_.end() : keys_.begin() + bucket_start_[b + 1];
  auto it = std::lower_bound(
      first, last, normalized_prefix,
      [this](const NameKeyRecord& k, std::string_view target) { return str(k.key) < target; });
  return it != last && str(it->key).starts_with(normalized_prefix);
}

bool Gazetteer::MayStartMultiWordKey(std::string_view normalized_word) const {
  const uint64_t hash = KeyHash(normalized_word);
  return BloomMayContain(hash ^ kMultiWordSalt) && multi_word_starts_.contains(hash);
}

bool Gazetteer::MayStartKey(std::string_view prefix) const {
  uint64_t wide = WidePrefix(prefix);
  return wide == 0 || prefix.size() != 6 || wide_prefixes_.contains(wide);
}

std::optional<uint32_t> Gazetteer::FindPlace(uint32_t geonameid) const {
  auto it = std::lower_bound(places_.begin(), places_.end(), geonameid,
                             [](const PlaceRecord& p, uint32_t id) { return p.geonameid < id; });
  if (it == places_.end() || it->geonameid != geonameid) return std::nullopt;
  return static_cast<uint32_t>(it - places_.begin());
}

std::optional<uint32_t> Gazetteer::FindCountry(std::string_view iso2) const {
  if (iso2.size() != 2) return std::nullopt;
  char code[2];
  for (int i = 0; i < 2; ++i) {
    char c = iso2[i];
    code[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  std::string_view want(code, 2);
  auto it = std::lower_bound(countries_.begin(), countries_.end(), want,
                             [](const CountryRecord& c, std::string_view target) {
                               return std::string_view(c.iso2, 2) < target;
                             });
  if (it == countries_.end() || std::string_view(it->iso2, 2) != want) return std::nullopt;
  return static_cast<uint32_t>(it - countries_.begin());
}

std::optional<uint32_t> Gazetteer::SubdivisionOfPlace(uint32_t place_index) const {
  if (place_index >= places_.size()) return std::nullopt;
  const PlaceRecord& p = places_[place_index];
  const std::string_view country(p.country, 2), code = str(p.admin1);
  if (code.empty()) return std::nullopt;
  auto less = [this](const Admin1Record& r, std::string_view cc, std::string_view admin1) {
    int c = std::string_view(r.country, 2).compare(cc);
    return c < 0 || (c == 0 && str(r.admin1) < admin1);
  };
  auto it = std::lower_bound(admin1_.begin(), admin1_.end(), 0,
                             [&](const Admin1Record& r, int) { return less(r, country, code); });
  if (it == admin1_.end() || std::string_view(it->country, 2) != country ||
      str(it->admin1) != code) {
    return std::nullopt;
  }
  return it->subdivision;
}

std::string_view Gazetteer::CountryName(std::string_view iso2) const {
  std::optional<uint32_t> i = FindCountry(iso2);
  return i ? str(countries_[*i].name) : std::string_view();
}

}  // namespace newsloom
