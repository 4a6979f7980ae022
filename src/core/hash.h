// Stable 64-bit hashing. Unlike absl::Hash, values are the same in every process and on every
// run, so they can be stored (article ids, content fingerprints, SimHash features).
#ifndef NEWSLOOM_CORE_HASH_H_
#define NEWSLOOM_CORE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsloom {

// Bijective 64-bit finaliser with good avalanche.
inline uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Hash of the bytes of `data`; never changes between releases (stored in databases).
uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// 16 lower-case hex digits.
std::string HexHash64(uint64_t h);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_HASH_H_
