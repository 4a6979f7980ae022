#include "dedup/deduplicator.h"

#include <algorithm>
#include <cmath>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "core/hash.h"
#include "core/strings.h"

namespace newsloom {
namespace {

constexpr uint32_t kNoEntry = UINT32_MAX;
constexpr int kSlots = Signature::kNumHashes;

}  // namespace

Status DedupOptions::Validate() const {
  if (!(threshold > 0.0 && threshold <= 1.0)) {
    return absl::InvalidArgumentError(
        absl::StrCat("dedup threshold ", threshold, " is outside (0, 1]"));
  }
  if (bands < 1 || rows_per_band < 1 || bands * rows_per_band > kSlots) {
    return absl::InvalidArgumentError(absl::StrCat("dedup bands (", bands, ") x rows_per_band (",
                                                   rows_per_band, ") must be in 1..", kSlots));
  }
  if (max_candidates < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("dedup max_candidates ", max_candidates, " must be positive"));
  }
  return absl::OkStatus();
}

Deduplicator::Deduplicator() : Deduplicator(DedupOptions()) {}

Deduplicator::Deduplicator(const DedupOptions& options)
    : options_(options),
      // The smallest slot count whose fraction reaches the threshold (77 for 0.6); the
      // epsilon keeps an exact product such as 0.75 * 128 = 96 from rounding up to 97.
      min_equal_slots_(static_cast<int>(std::ceil(options.threshold * kSlots - 1e-9))) {}

StatusOr<std::unique_ptr<Deduplicator>> Deduplicator::Create(const DedupOptions& options) {
  NL_RETURN_IF_ERROR(options.Validate());
  return std::unique_ptr<Deduplicator>(new Deduplicator(options));
}

std::optional<std::string> Deduplicator::Add(std::string_view id,
                                             std::span<const std::string_view> tokens) {
  if (Contains(id)) return *DuplicateOf(id);
  return AddSignature(id, Signature::Compute(tokens));
}

std::optional<std::string> Deduplicator::Add(std::string_view id, const AnalyzedDocument& doc) {
  if (Contains(id)) return *DuplicateOf(id);
  return AddSignature(id, Signature::Compute(doc));
}

std::optional<std::string> Deduplicator::AddSignature(std::string_view id,
                                                      const Signature& signature) {
  if (Contains(id)) return *DuplicateOf(id);
  const uint32_t self = static_cast<uint32_t>(ids_.size());
  uint32_t root = self;
  for (uint32_t m : MatchingIndices(signature)) root = std::min(root, roots_[m]);
  Insert(id, signature, root);
  if (root == self) return std::nullopt;
  return ids_[root];
}

StatusOr<std::optional<std::string>> Deduplicator::DuplicateOf(std::string_view id) const {
  auto it = index_of_.find(AbslView(id));
  if (it == index_of_.end()) {
    return absl::NotFoundError(absl::StrCat("dedup: no article ", AbslView(id)));
  }
  const uint32_t root = roots_[it->second];
  if (root == it->second) return std::optional<std::string>();
  return std::optional<std::string>(ids_[root]);
}

std::vector<DedupMatch> Deduplicator::FindMatches(const Signature& signature) const {
  std::vector<DedupMatch> out;
  for (uint32_t m : MatchingIndices(signature)) {
    DedupMatch match;
    match.id = ids_[m];
    match.jaccard = static_cast<double>(EqualSlots(signature, m)) / kSlots;
    match.exact = fingerprints_[m] == signature.fingerprint();
    out.push_back(std::move(match));
  }
  return out;
}

std::vector<uint32_t> Deduplicator::MatchingIndices(const Signature& signature) const {
  std::vector<uint32_t> matches;
  if (signature.empty()) return matches;
  absl::flat_hash_set<uint32_t> visited;
  auto fp = first_with_fingerprint_.find(signature.fingerprint());
  if (fp != first_with_fingerprint_.end()) {
    visited.insert(fp->second);
    matches.push_back(fp->second);
  }
  int budget = options_.max_candidates;
  const int bands = options_.bands;
  for (int band = 0; band < bands && budget > 0; ++band) {
    auto head = bucket_head_.find(BandKey(signature.mins().data(), band));
    if (head == bucket_head_.end()) continue;
    for (uint32_t e = head->second; e != kNoEntry && budget > 0; e = next_entry_[e]) {
      const uint32_t index = e / bands;
      if (!visited.insert(index).second) continue;
      --budget;
      if (Matches(signature, index)) matches.push_back(index);
    }
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

int Deduplicator::EqualSlots(const Signature& signature, uint32_t index) const {
  if (empty_[index] || signature.empty()) return 0;
  const uint32_t* stored = &mins_[static_cast<size_t>(index) * kSlots];
  const uint32_t* mins = signature.mins().data();
  int equal = 0;
  for (int i = 0; i < kSlots; ++i) equal += stored[i] == mins[i];
  return equal;
}

bool Deduplicator::Matches(const Signature& signature, uint32_t index) const {
  return fingerprints_[index] == signature.fingerprint() ||
         EqualSlots(signature, index) >= min_equal_slots_;
}

uint64_t Deduplicator::BandKey(const uint32_t* mins, int band) const {
  const int rows = options_.rows_per_band;
  uint64_t h = Mix64(0x4e4c4442414e4431ULL + static_cast<uint64_t>(band));  // "NLDBAND1"
  for (int r = 0; r < rows; ++r) h = Mix64(h ^ mins[band * rows + r]);
  return h;
}

void Deduplicator::Insert(std::string_view id, const Signature& signature, uint32_t root) {
  const uint32_t index = static_cast<uint32_t>(ids_.size());
  ids_.emplace_back(id);
  roots_.push_back(root);
  mins_.insert(mins_.end(), signature.mins().begin(), signature.mins().end());
  fingerprints_.push_back(signature.fingerprint());
  empty_.push_back(signature.empty() ? 1 : 0);
  index_of_.emplace(std::string(id), index);
  const int bands = options_.bands;
  next_entry_.resize(next_entry_.size() + bands, kNoEntry);
  if (signature.empty()) return;
  first_with_fingerprint_.try_emplace(signature.fingerprint(), index);
  for (int band = 0; band < bands; ++band) {
    const uint32_t entry = index * bands + band;
    auto [it, inserted] = bucket_head_.try_emplace(BandKey(signature.mins().data(), band), entry);
    if (!inserted) {
      next_entry_[entry] = it->second;
      it->second = entry;
    }
  }
}

void Deduplicator::Reserve(size_t articles) {
  const size_t bands = static_cast<size_t>(options_.bands);
  ids_.reserve(articles);
  roots_.reserve(articles);
  mins_.reserve(articles * kSlots);
  fingerprints_.reserve(articles);
  empty_.reserve(articles);
  index_of_.reserve(articles);
  first_with_fingerprint_.reserve(articles);
  bucket_head_.reserve(articles * bands);
  next_entry_.reserve(articles * bands);
}

size_t Deduplicator::MemoryUsage() const {
  size_t bytes = ids_.capacity() * sizeof(std::string) + roots_.capacity() * sizeof(uint32_t) +
                 mins_.capacity() * sizeof(uint32_t) + empty_.capacity() +
                 fingerprints_.capacity() * sizeof(uint64_t) +
                 next_entry_.capacity() * sizeof(uint32_t);
  for (const std::string& id : ids_) {
    if (id.capacity() > 15) bytes += id.capacity() + 1;
  }
  // flat_hash_map: one control byte plus the slot per bucket.
  bytes += index_of_.capacity() * (1 + sizeof(std::pair<std::string, uint32_t>));
  bytes += first_with_fingerprint_.capacity() * (1 + sizeof(std::pair<uint64_t, uint32_t>));
  bytes += bucket_head_.capacity() * (1 + sizeof(std::pair<uint64_t, uint32_t>));
  return bytes;
}

}  // namespace newsloom
