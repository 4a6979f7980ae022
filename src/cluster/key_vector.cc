#include "cluster/key_vector.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace newsloom::cluster {
namespace {

constexpr uint32_t kNoLabel = std::numeric_limits<uint32_t>::max();

// Calls fn(i, j) for every key present in both sorted vectors.
template <typename Fn>
void ForShared(const KeyVector& a, const KeyVector& b, Fn fn) {
  const auto& ka = a.keys();
  const auto& kb = b.keys();
  size_t i = 0, j = 0;
  while (i < ka.size() && j < kb.size()) {
    if (ka[i] < kb[j]) {
      ++i;
    } else if (kb[j] < ka[i]) {
      ++j;
    } else {
      fn(i, j);
      ++i;
      ++j;
    }
  }
}

}  // namespace

void KeyVector::Add(uint64_t key, float weight, std::string_view label) {
  uint32_t label_index = kNoLabel;
  if (!label.empty()) {
    label_index = static_cast<uint32_t>(pending_labels_.size());
    pending_labels_.emplace_back(label);
  }
  pending_.push_back({key, weight, label_index});
}

void KeyVector::Finish(bool keep_labels) {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const Pending& x, const Pending& y) { return x.key < y.key; });
  keys_.clear();
  weights_.clear();
  labels_.clear();
  for (size_t i = 0; i < pending_.size();) {
    size_t j = i;
    float weight = 0;
    uint32_t label = kNoLabel;
    for (; j < pending_.size() && pending_[j].key == pending_[i].key; ++j) {
      weight += pending_[j].weight;
      if (label == kNoLabel) label = pending_[j].label;
    }
    if (weight > 0) {
      keys_.push_back(pending_[i].key);
      weights_.push_back(weight);
      if (keep_labels) labels_.push_back(label == kNoLabel ? "" : pending_labels_[label]);
    }
    i = j;
  }
  double sum_sq = 0, total = 0;
  for (float w : weights_) {
    sum_sq += double{w} * w;
    total += w;
  }
  norm_ = std::sqrt(sum_sq);
  total_ = total;
  pending_.clear();
  pending_.shrink_to_fit();
  pending_labels_.clear();
  pending_labels_.shrink_to_fit();
}

std::string_view KeyVector::label(size_t i) const {
  return i < labels_.size() ? std::string_view(labels_[i]) : std::string_view();
}

double Cosine(const KeyVector& a, const KeyVector& b) {
  if (a.norm() <= 0 || b.norm() <= 0) return 0;
  double dot = 0;
  ForShared(a, b, [&](size_t i, size_t j) { dot += double{a.weights()[i]} * b.weights()[j]; });
  return std::clamp(dot / (a.norm() * b.norm()), 0.0, 1.0);
}

double WeightedJaccard(const KeyVector& a, const KeyVector& b) {
  double shared_min = 0, shared_max = 0;
  ForShared(a, b, [&](size_t i, size_t j) {
    shared_min += std::min(a.weights()[i], b.weights()[j]);
    shared_max += std::max(a.weights()[i], b.weights()[j]);
  });
  // Keys in only one vector count fully in the denominator.
  double shared_a = 0, shared_b = 0;
  ForShared(a, b, [&](size_t i, size_t j) {
    shared_a += a.weights()[i];
    shared_b += b.weights()[j];
  });
  double denom = shared_max + (a.total() - shared_a) + (b.total() - shared_b);
  return denom > 0 ? std::clamp(shared_min / denom, 0.0, 1.0) : 0;
}

double Containment(const KeyVector& a, const KeyVector& b) {
  double smaller = std::min(a.total(), b.total());
  if (smaller <= 0) return 0;
  double shared = 0;
  ForShared(a, b, [&](size_t i, size_t j) { shared += std::min(a.weights()[i], b.weights()[j]); });
  return std::clamp(shared / smaller, 0.0, 1.0);
}

std::vector<SharedKey> SharedKeys(const KeyVector& a, const KeyVector& b, size_t limit) {
  std::vector<SharedKey> out;
  double denom = a.norm() * b.norm();
  ForShared(a, b, [&](size_t i, size_t j) {
    double c = denom > 0 ? double{a.weights()[i]} * b.weights()[j] / denom : 0;
    out.push_back({i, j, c});
  });
  std::stable_sort(out.begin(), out.end(), [](const SharedKey& x, const SharedKey& y) {
    return x.contribution > y.contribution;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace newsloom::cluster
