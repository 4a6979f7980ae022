// KeyVector: a sparse bag of language-independent 64-bit keys (hashed stems, pivot terms,
// concept ids, name keys, numbers) with non-negative weights, the building block of
// ArticleFeatures. Keys are sorted and unique, so two vectors compare with one linear merge
// and the keys can feed an inverted index directly.
//
// Thread safety: a plain value; const methods are safe to call concurrently.
#ifndef NEWSLOOM_CLUSTER_KEY_VECTOR_H_
#define NEWSLOOM_CLUSTER_KEY_VECTOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsloom::cluster {

class KeyVector {
 public:
  // Adds `weight` to `key` (weights of the same key sum). `label` is kept for reasons (the
  // first label given for a key wins); pass "" to keep none. Call Finish() before comparing.
  void Add(uint64_t key, float weight, std::string_view label = {});
  // Sorts, merges duplicate keys, drops keys with weight <= 0 and computes the L2 norm.
  // `keep_labels` false frees the labels (cheaper features for clustering).
  void Finish(bool keep_labels = true);

  size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<float>& weights() const { return weights_; }
  double norm() const { return norm_; }
  double total() const { return total_; }
  // The label of entry i ("" when labels were not kept).
  std::string_view label(size_t i) const;

 private:
  struct Pending {
    uint64_t key;
    float weight;
    uint32_t label;  // index into pending_labels_, or UINT32_MAX
  };
  std::vector<Pending> pending_;
  std::vector<std::string> pending_labels_;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;
  std::vector<std::string> labels_;  // parallel to keys_ when kept, else empty
  double norm_ = 0;
  double total_ = 0;
};

// One key both vectors hold: its index in each and its share of their dot product.
struct SharedKey {
  size_t a = 0;
  size_t b = 0;
  double contribution = 0;  // wa * wb / (|a| |b|)
};

// Cosine of the weight vectors, in [0, 1]; 0 when either is empty.
double Cosine(const KeyVector& a, const KeyVector& b);
// Weighted Jaccard: sum min(wa, wb) / sum max(wa, wb), in [0, 1]; 0 when both are empty.
double WeightedJaccard(const KeyVector& a, const KeyVector& b);
// Sum of min(wa, wb) over shared keys divided by the smaller total weight: how much of the
// smaller article the other covers, in [0, 1].
double Containment(const KeyVector& a, const KeyVector& b);
// The shared keys, largest cosine contribution first, at most `limit`.
std::vector<SharedKey> SharedKeys(const KeyVector& a, const KeyVector& b, size_t limit);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_KEY_VECTOR_H_
