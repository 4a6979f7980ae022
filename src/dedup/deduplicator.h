// Deduplicator: online detection of re-published articles. Articles are added one at a time in
// a fixed order (publication or input order); each is compared with everything added before
// it, and Add says which earlier article it duplicates:
//   - exact duplicate: same content fingerprint (same word tokens);
//   - near duplicate: estimated Jaccard similarity of the word 4-shingle sets at least
//     DedupOptions::threshold. Candidates come from MinHash LSH banding, so the cost of Add
//     does not grow with the number of unrelated articles.
// A re-published article with a new headline, one sentence added or one sentence edited
// stays far above the threshold (Jaccard 0.8-0.95 for a 250-word article); two outlets'
// own reports of one event share names and phrases but few 4-word sequences (Jaccard < 0.1).
// Why MinHash and these numbers: docs/formats/dedup.md.
//
// Results are deterministic: they depend only on the articles and their order, never on hash
// table layout or the thread count. Add returns a root — an article that is not itself a
// duplicate — so chains (C copies B, which copies A) resolve to A.
//
// Capacity: at most 2^32 / bands articles (134 million with the default 32 bands).
// Memory: about 1.4-2.1 KB per article (128 slots, 32 band table entries, id, hash tables at
// 1/2 to 7/8 load); article text is never kept. MemoryUsage() reports the current figure.
//
// Thread safety: not thread-safe; use from one thread (compute Signatures on any thread with
// Signature::Compute, then AddSignature here). Const methods may run concurrently with each
// other but not with Add.
#ifndef NEWSLOOM_DEDUP_DEDUPLICATOR_H_
#define NEWSLOOM_DEDUP_DEDUPLICATOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"
#include "core/strings.h"
#include "dedup/signature.h"

namespace newsloom {

struct DedupOptions {
  // An article is a near duplicate of an earlier one when the estimated Jaccard similarity
  // of their word 4-shingle sets is >= threshold. Range (0, 1]. Default 0.6: far below the
  // 0.8+ of re-published copies, far above the < 0.1 of independent reports.
  double threshold = 0.6;
  // LSH banding: the 128 MinHash slots are cut into `bands` bands of `rows_per_band` slots;
  // articles agreeing on all slots of at least one band become candidates. bands *
  // rows_per_band <= 128. With 32 x 4 a pair with Jaccard J is a candidate with probability
  // 1 - (1 - J^4)^32: 0.988 at J = 0.6, 0.9998 at 0.7, 0.05 at 0.2.
  int bands = 32;
  int rows_per_band = 4;
  // Upper bound on the candidates verified by one Add (bounds the time of Add when thousands
  // of copies of one text share buckets). Candidates are visited newest first within a
  // bucket. Default 10000.
  int max_candidates = 10000;

  // InvalidArgument naming the bad field.
  Status Validate() const;
};

// An earlier article that a signature matches.
struct DedupMatch {
  std::string id;
  double jaccard = 0;  // estimated Jaccard similarity, [0, 1]
  bool exact = false;  // same content fingerprint
};

class Deduplicator {
 public:
  // Default options.
  Deduplicator();
  // InvalidArgument when `options` do not validate.
  static StatusOr<std::unique_ptr<Deduplicator>> Create(const DedupOptions& options);

  Deduplicator(const Deduplicator&) = delete;
  Deduplicator& operator=(const Deduplicator&) = delete;

  // Adds article `id` with lower-cased word tokens `tokens` (see DedupTokens) and returns
  // the id of the earliest-added root article it duplicates, or nullopt when it is an
  // original. Articles without tokens are originals and match nothing.
  // An id that was already added is not added again: the recorded answer is returned (so
  // re-ingesting an article is idempotent; its first signature is kept).
  std::optional<std::string> Add(std::string_view id, std::span<const std::string_view> tokens);
  std::optional<std::string> Add(std::string_view id, const AnalyzedDocument& doc);
  // The same for a precomputed or reloaded signature. Reloading the stored signatures of a
  // previous run in their original order rebuilds exactly the same index and answers.
  std::optional<std::string> AddSignature(std::string_view id, const Signature& signature);

  // Pre-allocates for `articles` articles in total (e.g. before reloading stored signatures),
  // avoiding rehashing while they are added.
  void Reserve(size_t articles);

  // Every added article `signature` matches (exact or near), in the order they were added,
  // without adding anything. Limited by max_candidates like Add.
  std::vector<DedupMatch> FindMatches(const Signature& signature) const;

  // The answer Add gave for `id`: the root it duplicates, nullopt for an original; NotFound
  // when `id` was never added.
  StatusOr<std::optional<std::string>> DuplicateOf(std::string_view id) const;
  bool Contains(std::string_view id) const { return index_of_.contains(AbslView(id)); }
  size_t size() const { return ids_.size(); }
  // Approximate heap bytes held by the index.
  size_t MemoryUsage() const;
  const DedupOptions& options() const { return options_; }

 private:
  explicit Deduplicator(const DedupOptions& options);

  // Indices of added articles `signature` matches, ascending.
  std::vector<uint32_t> MatchingIndices(const Signature& signature) const;
  uint64_t BandKey(const uint32_t* mins, int band) const;
  int EqualSlots(const Signature& signature, uint32_t index) const;
  // Same fingerprint, or at least min_equal_slots_ equal slots.
  bool Matches(const Signature& signature, uint32_t index) const;
  void Insert(std::string_view id, const Signature& signature, uint32_t root);

  DedupOptions options_;
  int min_equal_slots_;  // threshold expressed as a number of equal slots

  // Per added article, indexed by add order.
  std::vector<std::string> ids_;
  std::vector<uint32_t> roots_;  // index of the root; == own index for originals
  std::vector<uint32_t> mins_;   // kNumHashes slots per article
  std::vector<uint64_t> fingerprints_;
  std::vector<uint8_t> empty_;  // 1 when the article had no tokens
  absl::flat_hash_map<std::string, uint32_t> index_of_;
  absl::flat_hash_map<uint64_t, uint32_t> first_with_fingerprint_;
  // LSH buckets as linked lists: entry e = index * bands + band; bucket_head_ maps a band key
  // to the newest entry, next_entry_[e] to the previous entry of the same bucket.
  absl::flat_hash_map<uint64_t, uint32_t> bucket_head_;
  std::vector<uint32_t> next_entry_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_DEDUP_DEDUPLICATOR_H_
