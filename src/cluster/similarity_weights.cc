#include "cluster/similarity_weights.h"

#include <cmath>
#include <cstdlib>

#include "core/strings.h"
#include "fmt/format.h"
#include "spdlog/spdlog.h"

namespace newsloom::cluster {
namespace {

constexpr std::string_view kNames[kSignalCount] = {
    "text",   "pivot",     "title",       "concept",        "names",         "name_contain",
    "grams",  "numbers",   "same_lang",   "published_near", "published_far", "entities",
    "places", "countries", "event_dates", "figures"};

}  // namespace

std::string_view SignalName(int id) {
  return id >= 0 && id < kSignalCount ? kNames[id] : std::string_view("?");
}

int SignalIdOf(std::string_view name) {
  for (int i = 0; i < kSignalCount; ++i) {
    if (kNames[i] == name) return i;
  }
  return -1;
}

StatusOr<SimilarityWeights> SimilarityWeights::Parse(std::string_view tsv, std::string_view name) {
  SimilarityWeights w;
  bool have_bias = false, have_threshold = false;
  int line_number = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripAsciiWhitespace(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = SplitView(line, '\t');
    if (cols.size() != 2) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: expected \"name<TAB>value\"", name, line_number));
    }
    std::string key(StripAsciiWhitespace(cols[0]));
    std::string text(StripAsciiWhitespace(cols[1]));
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: \"{}\" is not a number", name, line_number, text));
    }
    if (key == "bias") {
      w.bias = value;
      have_bias = true;
    } else if (key == "threshold") {
      w.threshold = value;
      have_threshold = true;
    } else if (int id = SignalIdOf(key); id >= 0) {
      w.weight[id] = value;
    } else {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: unknown signal \"{}\"", name, line_number, key));
    }
  }
  if (!have_bias || !have_threshold) {
    return absl::InvalidArgumentError(fmt::format("{}: needs a bias and a threshold line", name));
  }
  return w;
}

const SimilarityWeights& SimilarityWeights::Default() {
  static const SimilarityWeights* weights = [] {
    auto parsed = Parse(kSimilarityWeightsTsv, "data/models/similarity_weights.tsv");
    if (!parsed.ok()) {
      spdlog::critical("embedded similarity weights: {}", parsed.status().ToString());
      std::abort();
    }
    return new SimilarityWeights(*parsed);
  }();
  return *weights;
}

std::string SimilarityWeights::ToTsv(std::string_view comment) const {
  std::string out;
  for (std::string_view line : SplitView(comment, '\n')) {
    out += fmt::format("# {}\n", line);
  }
  out += fmt::format("bias\t{:.6f}\nthreshold\t{:.4f}\n", bias, threshold);
  for (int i = 0; i < kSignalCount; ++i) {
    out += fmt::format("{}\t{:.6f}\n", SignalName(i), weight[i]);
  }
  return out;
}

double SimilarityWeights::LogOdds(const std::vector<double>& signals) const {
  double z = bias;
  for (int i = 0; i < kSignalCount && i < static_cast<int>(signals.size()); ++i) {
    z += weight[i] * signals[i];
  }
  return z;
}

double SimilarityWeights::Score(const std::vector<double>& signals) const {
  return 1.0 / (1.0 + std::exp(-LogOdds(signals)));
}

}  // namespace newsloom::cluster
