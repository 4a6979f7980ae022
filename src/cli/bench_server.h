// `newsloom bench --server`: a bounded load test of `newsloom serve` on loopback.
#ifndef NEWSLOOM_CLI_BENCH_SERVER_H_
#define NEWSLOOM_CLI_BENCH_SERVER_H_

#include <cstdint>
#include <string>

namespace newsloom {

struct BenchServerFlags {
  bool enabled = false;
  int64_t requests = 2000;  // in all
  int clients = 4;          // client threads
  // Database to serve; "" analyses `corpus` into a temporary directory first.
  std::string db_path;
  std::string corpus = "data/samples";
  bool json = false;
};

// Starts the server over the database, runs the request loop over a mix of endpoints and
// prints requests/s and p50/p99 latency per endpoint. Exit code 1 when any request failed
// (no answer or a status other than 200).
int RunBenchServer(const BenchServerFlags& flags);

}  // namespace newsloom

#endif  // NEWSLOOM_CLI_BENCH_SERVER_H_
