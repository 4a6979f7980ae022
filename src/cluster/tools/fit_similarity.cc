// fit_similarity: fits the same-story similarity weights on SemEval-2022 Task 8 pairs with
// k-fold cross-validation, prints Pearson r (overall, cross-lingual, per language pair) and
// writes the weights file that the build embeds (README "Refitting the similarity weights"):
//
//   build/<dir>/src/cluster/fit_similarity
//       --pairs=../shared/data/semeval2022-task8/train.csv
//       [--folds=5] [--l2=0.01] [--threads=2] [--out=data/models/similarity_weights.tsv]
//       [--dump=signals.tsv] [--no-facts]
//
// Without --out it only reports. --dump writes one row per pair (pair_id, lang pair, target
// similarity, every signal) for analysis outside the program. Both texts' facts are extracted
// and linked (cluster/fact_source.h) so the fact signals are fitted too; --no-facts fits the
// text signals alone and leaves the fact signals their previous weights. The dictionary and the
// gazetteer are found like at run time (core/data_files.h).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "cluster/similarity_fit.h"
#include "core/env.h"
#include "core/thread_pool.h"
#include "fmt/format.h"
#include "resources/concept_lexicon.h"

namespace newsloom::cluster {
namespace {

struct Flags {
  std::string pairs;
  std::string out;
  std::string dump;
  int folds = 5;
  double l2 = 0.01;
  size_t threads = 2;
  bool facts = true;
};

Status Run(const Flags& flags) {
  Env* env = Env::Default();
  NL_ASSIGN_OR_RETURN(auto pairs, eval::LoadSemEvalPairs(env, flags.pairs));
  NL_ASSIGN_OR_RETURN(auto analyzer, Analyzer::Create());
  const SimilarityModel& model = SimilarityModel::Default();
  if (model.dictionary() == nullptr) {
    fmt::print(stderr, "fit_similarity: warning: no dictionary; cross-lingual signals are weak\n");
  }
  std::unique_ptr<FactSource> facts;
  if (flags.facts) {
    NL_ASSIGN_OR_RETURN(facts, FactSource::Open());
  }
  ThreadPool pool(flags.threads);
  NL_ASSIGN_OR_RETURN(auto signals, PairSignals(pairs, model, *analyzer, facts.get(), &pool));
  if (!flags.dump.empty()) {
    std::string tsv = "pair_id\tlangs\tsimilarity";
    for (int s = 0; s < kSignalCount; ++s) tsv += fmt::format("\t{}", SignalName(s));
    tsv += "\n";
    for (size_t i = 0; i < pairs.size(); ++i) {
      tsv += fmt::format("{}\t{}\t{:.4f}", pairs[i].input.pair_id, pairs[i].lang_pair(),
                         pairs[i].similarity());
      for (double v : signals[i]) tsv += fmt::format("\t{:.5f}", v);
      tsv += "\n";
    }
    NL_RETURN_IF_ERROR(env->WriteFile(flags.dump, tsv));
  }
  SimilarityFitOptions options;
  options.folds = flags.folds;
  options.logistic.l2 = flags.l2;
  NL_ASSIGN_OR_RETURN(SimilarityFit fit,
                      FitSimilarity(pairs, signals, SimilarityWeights::Default(), options));
  std::string report = eval::FormatPairsReport(fit.cross_validated);
  fmt::print("{}-fold cross-validated Pearson r on {} ({} pairs):\n{}", flags.folds, flags.pairs,
             pairs.size(), report);
  std::string fitted;
  for (int s : fit.fitted_signals) fitted += fmt::format(" {}", SignalName(s));
  fmt::print("fitted signals:{}\n", fitted);
  fmt::print("{}", fit.weights.ToTsv("weights fitted on all pairs"));
  if (!flags.out.empty()) {
    std::string comment = fmt::format(
        "Same-story similarity weights (src/cluster/similarity_weights.h), written by\n"
        "src/cluster/tools/fit_similarity.cc from SemEval-2022 Task 8 train.csv ({} pairs).\n"
        "{}-fold cross-validated Pearson r: overall {:.3f}, cross-lingual {:.3f} ({} pairs).\n"
        "Signals not varying in the data keep their previous (prior) weight:{}\n"
        "Refit: README \"Refitting the similarity weights\".",
        pairs.size(), flags.folds, fit.cross_validated.overall.pearson,
        fit.cross_validated.cross_lingual.pearson, fit.cross_validated.cross_lingual.pairs, [&] {
          std::string fixed;
          for (int s = 0; s < kSignalCount; ++s) {
            if (std::find(fit.fitted_signals.begin(), fit.fitted_signals.end(), s) ==
                fit.fitted_signals.end()) {
              fixed += fmt::format(" {}", SignalName(s));
            }
          }
          return fixed;
        }());
    NL_RETURN_IF_ERROR(env->WriteFile(flags.out, fit.weights.ToTsv(comment)));
    fmt::print(stderr, "fit_similarity: wrote {}\n", flags.out);
  }
  return absl::OkStatus();
}

}  // namespace
}  // namespace newsloom::cluster

int main(int argc, char** argv) {
  newsloom::cluster::Flags flags;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const std::string& name) -> const char* {
      return arg.rfind(name, 0) == 0 ? argv[i] + name.size() : nullptr;
    };
    if (const char* v = value("--pairs=")) {
      flags.pairs = v;
    } else if (const char* v = value("--out=")) {
      flags.out = v;
    } else if (const char* v = value("--dump=")) {
      flags.dump = v;
    } else if (const char* v = value("--folds=")) {
      flags.folds = std::atoi(v);
    } else if (const char* v = value("--l2=")) {
      flags.l2 = std::atof(v);
    } else if (const char* v = value("--threads=")) {
      flags.threads = static_cast<size_t>(std::atoi(v));
    } else if (arg == "--no-facts") {
      flags.facts = false;
    } else {
      fmt::print(stderr, "fit_similarity: unknown argument {}\n", arg);
      return 2;
    }
  }
  if (flags.pairs.empty() || flags.folds < 2) {
    fmt::print(stderr,
               "usage: fit_similarity --pairs=train.csv [--folds=5 (>= 2)] [--l2=0.01] "
               "[--threads=2] [--out=weights.tsv] [--dump=signals.tsv] [--no-facts]\n");
    return 2;
  }
  auto status = newsloom::cluster::Run(flags);
  if (!status.ok()) {
    fmt::print(stderr, "fit_similarity: {}\n", status.ToString());
    return 1;
  }
  return 0;
}
