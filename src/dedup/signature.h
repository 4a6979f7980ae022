// Signature: what deduplication remembers about one article — a content fingerprint for exact
// duplicates and a MinHash sketch of the article's word 4-shingles for near duplicates. It is a
// pure function of the article's word tokens, so signatures can be computed on the thread pool
// and handed to the single-threaded Deduplicator, and stored (Serialize) so that a later run
// reloads the index instead of re-reading old articles. Byte layout: docs/formats/dedup.md.
//
// Thread safety: Signature is an immutable value type once built; all functions here are
// safe to call concurrently.
#ifndef NEWSLOOM_DEDUP_SIGNATURE_H_
#define NEWSLOOM_DEDUP_SIGNATURE_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/analyzed_document.h"

namespace newsloom {

// The word tokens deduplication looks at: Token::lower of every word and number token of
// `doc`, in order (punctuation and symbols are ignored, so "Bishkek, Monday" and "Bishkek
// Monday" are the same text). The views point into `doc`, which must outlive them.
std::vector<std::string_view> DedupTokens(const AnalyzedDocument& doc);

// Hash64 of the tokens joined by single spaces (seed 0): two articles have the same
// fingerprint iff their normalised texts are equal (up to 64-bit collisions). 0 tokens hash
// the empty string.
uint64_t ContentFingerprint(std::span<const std::string_view> tokens);

class Signature {
 public:
  // These parameters are part of the serialised format (version 1): changing any of them
  // changes every signature and needs a new format version.
  static constexpr int kShingleWords = 4;  // words per shingle
  static constexpr int kNumHashes = 128;   // MinHash slots
  static constexpr uint8_t kFormatVersion = 1;
  static constexpr size_t kSerializedSize = 20 + 4 * kNumHashes;  // bytes

  // The signature of an article with no tokens: it duplicates nothing.
  Signature();

  // `tokens` are lower-cased word tokens (see DedupTokens). Texts shorter than kShingleWords
  // words have one shingle, the whole text.
  static Signature Compute(std::span<const std::string_view> tokens);
  static Signature Compute(const AnalyzedDocument& doc) { return Compute(DedupTokens(doc)); }

  // Content fingerprint of the tokens (ContentFingerprint).
  uint64_t fingerprint() const { return fingerprint_; }
  // Number of shingles (word positions: max(1, words - 3); a repeated shingle counts each
  // time); 0 for an article without tokens.
  uint32_t shingle_count() const { return shingle_count_; }
  bool empty() const { return shingle_count_ == 0; }
  // Slot i holds the minimum of hash function i over the article's shingles.
  const std::array<uint32_t, kNumHashes>& mins() const { return mins_; }

  // Fraction of equal MinHash slots: an unbiased estimate of the Jaccard similarity of the
  // two shingle sets (standard deviation sqrt(J(1-J)/128), 0.043 at J = 0.6). 0 when either
  // signature is empty.
  double EstimateJaccard(const Signature& other) const;
  // Number of equal slots, 0..kNumHashes (0 when either is empty).
  int EqualSlots(const Signature& other) const;

  // kSerializedSize bytes, little-endian, starting with the magic "NLDS" and the version.
  std::string Serialize() const;
  // Inverse of Serialize. DataLoss when the bytes are not a version-1 signature (wrong size,
  // magic, version or parameters); the message says what is wrong but cannot name the file —
  // callers add where the bytes came from.
  static StatusOr<Signature> Parse(std::string_view bytes);

  friend bool operator==(const Signature&, const Signature&) = default;

 private:
  uint64_t fingerprint_;
  uint32_t shingle_count_;
  std::array<uint32_t, kNumHashes> mins_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_DEDUP_SIGNATURE_H_
