#include "dedup/signature.h"

#include <algorithm>
#include <limits>

#include "absl/strings/str_cat.h"
#include "core/hash.h"

namespace newsloom {
namespace {

// Seeds of the hash functions (docs/formats/dedup.md). Changing any of them changes every
// stored signature.
constexpr uint64_t kTokenSeed = 0x4e4c4453544f4b31ULL;    // "NLDSTOK1"
constexpr uint64_t kShingleSeed = 0x4e4c445353484e31ULL;  // "NLDSSHN1"
constexpr uint64_t kSlotSeed = 0x4e4c44534c4f5431ULL;     // "NLDSLOT1"
constexpr char kMagic[4] = {'N', 'L', 'D', 'S'};
constexpr uint32_t kEmptySlot = std::numeric_limits<uint32_t>::max();

// Slot i of the MinHash sketch applies h_i(y) = (a_i * y + b_i) mod 2^32 (a_i odd, so h_i
// is a permutation of the 32-bit values) to y, the 64-bit shingle hash folded to 32 bits.
// Shingle hashes are already uniformly random, so each slot's minimum is a uniform sample of
// the shingle set; 32-bit arithmetic lets the compiler process 4-8 slots per instruction.
struct SlotFunctions {
  std::array<uint32_t, Signature::kNumHashes> a;
  std::array<uint32_t, Signature::kNumHashes> b;
  SlotFunctions() {
    for (int i = 0; i < Signature::kNumHashes; ++i) {
      const uint64_t r = Mix64(kSlotSeed + static_cast<uint64_t>(i));
      a[i] = static_cast<uint32_t>(r) | 1;
      b[i] = static_cast<uint32_t>(r >> 32);
    }
  }
};

const SlotFunctions& Slots() {
  static const SlotFunctions slots;
  return slots;
}

inline uint64_t Rotl(uint64_t x, int r) { return r == 0 ? x : (x << r) | (x >> (64 - r)); }

// Hashes of the word shingles of `tokens`, in text order (repeats included): shingle
// (t_0 .. t_{w-1}) hashes to Mix64(seed ^ rotl(h_0, 0) ^ rotl(h_1, 16) ^ rotl(h_2, 32) ^
// rotl(h_3, 48)) where h_j = Hash64(t_j, kTokenSeed); the rotations make it order-sensitive.
std::vector<uint64_t> ShingleHashes(std::span<const std::string_view> tokens) {
  std::vector<uint64_t> token_hashes;
  token_hashes.reserve(tokens.size());
  for (std::string_view t : tokens) token_hashes.push_back(Hash64(t, kTokenSeed));
  const size_t n = token_hashes.size();
  std::vector<uint64_t> shingles;
  if (n == 0) return shingles;
  const size_t width = std::min<size_t>(n, Signature::kShingleWords);
  shingles.reserve(n - width + 1);
  for (size_t i = 0; i + width <= n; ++i) {
    uint64_t h = kShingleSeed;
    for (size_t j = 0; j < width; ++j) h ^= Rotl(token_hashes[i + j], static_cast<int>(16 * j));
    shingles.push_back(Mix64(h));
  }
  return shingles;
}

// The hot loop (about 128 x 500 updates for a 3 KB article). Fixed trip count and no early
// exit so it vectorises; on x86-64 an AVX2 clone is picked at load time where available.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(NEWSLOOM_NO_TARGET_CLONES)
__attribute__((target_clones("avx2", "default")))
#endif
void UpdateMins(const SlotFunctions& f, const std::vector<uint64_t>& shingles, uint32_t* out) {
  // A local copy cannot alias `f`, so GCC's -O2 vectoriser (which adds no alias checks) takes
  // the loop: 8 slots per instruction with AVX2 instead of one.
  std::array<uint32_t, Signature::kNumHashes> mins;
  std::copy_n(out, mins.size(), mins.begin());
  for (uint64_t s : shingles) {
    const uint32_t y = static_cast<uint32_t>(s ^ (s >> 32));
    for (int i = 0; i < Signature::kNumHashes; ++i) {
      mins[i] = std::min(mins[i], f.a[i] * y + f.b[i]);
    }
  }
  std::copy_n(mins.begin(), mins.size(), out);
}

void PutLe(uint64_t v, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

uint64_t GetLe(std::string_view in, size_t pos, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) {
    v |= static_cast<uint64_t>(static_cast<uint8_t>(in[pos + i])) << (8 * i);
  }
  return v;
}

}  // namespace

std::vector<std::string_view> DedupTokens(const AnalyzedDocument& doc) {
  std::vector<std::string_view> out;
  out.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) out.push_back(t.lower);
  }
  return out;
}

uint64_t ContentFingerprint(std::span<const std::string_view> tokens) {
  size_t bytes = 0;
  for (std::string_view t : tokens) bytes += t.size() + 1;
  std::string joined;
  joined.reserve(bytes);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) joined.push_back(' ');
    joined.append(tokens[i]);
  }
  return Hash64(joined);
}

Signature::Signature() : fingerprint_(Hash64("")), shingle_count_(0) { mins_.fill(kEmptySlot); }

Signature Signature::Compute(std::span<const std::string_view> tokens) {
  Signature sig;
  sig.fingerprint_ = ContentFingerprint(tokens);
  const std::vector<uint64_t> shingles = ShingleHashes(tokens);
  sig.shingle_count_ = static_cast<uint32_t>(shingles.size());
  UpdateMins(Slots(), shingles, sig.mins_.data());
  return sig;
}

int Signature::EqualSlots(const Signature& other) const {
  if (empty() || other.empty()) return 0;
  int equal = 0;
  for (int i = 0; i < kNumHashes; ++i) equal += mins_[i] == other.mins_[i];
  return equal;
}

double Signature::EstimateJaccard(const Signature& other) const {
  return static_cast<double>(EqualSlots(other)) / kNumHashes;
}

std::string Signature::Serialize() const {
  std::string out;
  out.reserve(kSerializedSize);
  out.append(kMagic, sizeof(kMagic));
  PutLe(kFormatVersion, 1, &out);
  PutLe(kShingleWords, 1, &out);
  PutLe(kNumHashes, 2, &out);
  PutLe(fingerprint_, 8, &out);
  PutLe(shingle_count_, 4, &out);
  for (uint32_t m : mins_) PutLe(m, 4, &out);
  return out;
}

StatusOr<Signature> Signature::Parse(std::string_view bytes) {
  if (bytes.size() < 8 || bytes.substr(0, 4) != std::string_view(kMagic, 4)) {
    return absl::DataLossError("dedup signature: bad magic (expected \"NLDS\")");
  }
  const uint64_t version = GetLe(bytes, 4, 1);
  if (version != kFormatVersion) {
    return absl::DataLossError(absl::StrCat("dedup signature: unsupported version ", version,
                                            " (this build reads version ", kFormatVersion, ")"));
  }
  const uint64_t words = GetLe(bytes, 5, 1);
  const uint64_t hashes = GetLe(bytes, 6, 2);
  if (words != kShingleWords || hashes != kNumHashes) {
    return absl::DataLossError(
        absl::StrCat("dedup signature: parameters ", words, "-word shingles, ", hashes,
                     " hashes do not match version 1 (", kShingleWords, ", ", kNumHashes, ")"));
  }
  if (bytes.size() != kSerializedSize) {
    return absl::DataLossError(
        absl::StrCat("dedup signature: ", bytes.size(), " bytes, expected ", kSerializedSize));
  }
  Signature sig;
  sig.fingerprint_ = GetLe(bytes, 8, 8);
  sig.shingle_count_ = static_cast<uint32_t>(GetLe(bytes, 16, 4));
  for (int i = 0; i < kNumHashes; ++i) {
    sig.mins_[i] = static_cast<uint32_t>(GetLe(bytes, 20 + 4 * i, 4));
  }
  if (sig.shingle_count_ == 0 &&
      std::any_of(sig.mins_.begin(), sig.mins_.end(), [](uint32_t m) { return m != kEmptySlot; })) {
    return absl::DataLossError("dedup signature: no shingles but non-empty MinHash slots");
  }
  return sig;
}

}  // namespace newsloom
