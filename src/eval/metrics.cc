#include "eval/metrics.h"

#include <cmath>
#include <unordered_map>
#include <utility>

namespace newsloom::eval {
namespace {

int64_t PairsOf(int64_t n) { return n * (n - 1) / 2; }

struct PairHash {
  size_t operator()(const std::pair<std::string, std::string>& p) const {
    return std::hash<std::string>()(p.first) * 31 + std::hash<std::string>()(p.second);
  }
};

// Pairwise counts over all items whose `keep[i]` is true (all when keep is empty).
PrfCounts PairwiseOver(const Clustering& c, const std::vector<bool>& keep) {
  std::unordered_map<std::string, int64_t> sys, gold;
  std::unordered_map<std::pair<std::string, std::string>, int64_t, PairHash> cells;
  for (size_t i = 0; i < c.system.size(); ++i) {
    if (!keep.empty() && !keep[i]) continue;
    ++sys[c.system[i]];
    ++gold[c.gold[i]];
    ++cells[{c.system[i], c.gold[i]}];
  }
  int64_t together_both = 0, together_sys = 0, together_gold = 0;
  for (const auto& [k, n] : cells) together_both += PairsOf(n);
  for (const auto& [k, n] : sys) together_sys += PairsOf(n);
  for (const auto& [k, n] : gold) together_gold += PairsOf(n);
  PrfCounts out;
  out.tp = together_both;
  out.fp = together_sys - together_both;
  out.fn = together_gold - together_both;
  return out;
}

}  // namespace

double SafeRatio(double num, double den) { return den == 0 ? 0.0 : num / den; }

double HarmonicMean(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

int64_t MultisetIntersection(const std::vector<std::string>& produced,
                             const std::vector<std::string>& expected) {
  std::unordered_map<std::string, int64_t> remaining;
  for (const auto& e : expected) ++remaining[e];
  int64_t matched = 0;
  for (const auto& p : produced) {
    auto it = remaining.find(p);
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      ++matched;
    }
  }
  return matched;
}

void BCubedPerItem(const Clustering& c, std::vector<double>* precision,
                   std::vector<double>* recall) {
  std::unordered_map<std::string, int64_t> sys, gold;
  std::unordered_map<std::pair<std::string, std::string>, int64_t, PairHash> cells;
  for (size_t i = 0; i < c.system.size(); ++i) {
    ++sys[c.system[i]];
    ++gold[c.gold[i]];
    ++cells[{c.system[i], c.gold[i]}];
  }
  precision->assign(c.system.size(), 0.0);
  recall->assign(c.system.size(), 0.0);
  for (size_t i = 0; i < c.system.size(); ++i) {
    const double both = cells[{c.system[i], c.gold[i]}];
    (*precision)[i] = both / sys[c.system[i]];
    (*recall)[i] = both / gold[c.gold[i]];
  }
}

BCubedScores BCubed(const Clustering& clusters, const std::vector<bool>& selected) {
  std::vector<double> p, r;
  BCubedPerItem(clusters, &p, &r);
  BCubedScores out;
  for (size_t i = 0; i < p.size(); ++i) {
    if (!selected.empty() && !selected[i]) continue;
    out.precision_sum += p[i];
    out.recall_sum += r[i];
    ++out.items;
  }
  return out;
}

PrfCounts PairwiseCounts(const Clustering& clusters, const std::vector<bool>& selected) {
  PrfCounts all = PairwiseOver(clusters, {});
  if (selected.empty()) return all;
  // Pairs with at least one selected item = all pairs - pairs among unselected items.
  std::vector<bool> unselected(selected.size());
  for (size_t i = 0; i < selected.size(); ++i) unselected[i] = !selected[i];
  const PrfCounts rest = PairwiseOver(clusters, unselected);
  all.tp -= rest.tp;
  all.fp -= rest.fp;
  all.fn -= rest.fn;
  return all;
}

double Pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const size_t n = x.size();
  if (n < 2 || y.size() != n) return 0.0;
  double mx = 0, my = 0;
  for (size_t i = 0; i < n; ++i) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < n; ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (sxx <= 0 || syy <= 0) return 0.0;
  return sxy / std::sqrt(sxx * syy);
}

}  // namespace newsloom::eval
