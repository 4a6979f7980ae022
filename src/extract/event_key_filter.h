// KeyFilter: a cheap membership pre-test for the lexicon keys of the event layers (numbers,
// figure and actor phrases, event triggers, date words, background cues). Those layers look
// up every token of every sentence, and almost no token is a key: a test on one bit, chosen
// by the key's length and its first and last two bytes, rejects most tokens before the hash
// map is consulted. False positives are possible (then the map decides), false negatives are
// not: MayContain(k) is true for every k passed to Add.
//
// Cost: 4 KB per filter; MayContain reads four bytes of the key and one word of the bitmap.
// Thread safety: Add while building only; MayContain is const and safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_EVENT_KEY_FILTER_H_
#define NEWSLOOM_EXTRACT_EVENT_KEY_FILTER_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsloom::extract_internal {

class KeyFilter {
 public:
  void Add(std::string_view key) {
    const uint32_t slot = Slot(key);
    bits_[slot >> 6] |= uint64_t{1} << (slot & 63);
  }
  bool MayContain(std::string_view key) const {
    const uint32_t slot = Slot(key);
    return (bits_[slot >> 6] >> (slot & 63) & 1) != 0;
  }

 private:
  static constexpr int kBits = 15;  // 32768 bits: ~1.5% false positives at 500 keys

  static uint32_t Slot(std::string_view s) {
    const size_t n = s.size();
    if (n == 0) return 0;
    const auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<uint8_t>(s[i])); };
    const uint64_t x = byte(0) | byte(n > 1 ? 1 : 0) << 8 | byte(n - 1) << 16 |
                       byte(n > 1 ? n - 2 : 0) << 24 | static_cast<uint64_t>(n & 0xFFFF) << 32;
    return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }

  std::array<uint64_t, (1u << kBits) / 64> bits_{};
};

// Whether `s` holds byte `a` or byte `b`, eight bytes at a time: the pre-test of the rare
// spellings (apostrophes) the layers handle on a slower path.
inline bool HasEitherByte(std::string_view s, uint8_t a, uint8_t b) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero_byte = [](uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    if (has_zero_byte(v ^ (kOnes * a)) || has_zero_byte(v ^ (kOnes * b))) return true;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<uint8_t>(s[i]);
    if (c == a || c == b) return true;
  }
  return false;
}

}  // namespace newsloom::extract_internal

#endif  // NEWSLOOM_EXTRACT_EVENT_KEY_FILTER_H_
