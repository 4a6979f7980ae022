// A bounded HTTP load loop for `newsloom bench --server`: K client threads (keep-alive
// connections) issue N requests in all over a list of endpoints, round robin, and the latency
// of each is recorded per endpoint.
//
// Thread safety: RunLoadTest is a blocking call; it starts and joins its own threads.
#ifndef NEWSLOOM_SERVER_LOAD_TEST_H_
#define NEWSLOOM_SERVER_LOAD_TEST_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsloom {

struct LoadTestEndpoint {
  std::string name;    // row label, e.g. "GET /api/stories/{id}"; equal names share a row
  std::string target;  // request target, e.g. "/api/stories?country=KG"
};

struct LoadTestOptions {
  std::string host = "127.0.0.1";
  int port = 0;
  int64_t requests = 2000;  // in all. Default 2000
  int clients = 4;          // threads, one connection each. Default 4
  int timeout_seconds = 30;
};

struct EndpointStats {
  std::string name;
  int64_t requests = 0;
  int64_t failures = 0;  // no answer, or a status other than 200
  double p50_ms = 0, p99_ms = 0, max_ms = 0;
  int64_t bytes = 0;
};

struct LoadTestResult {
  double seconds = 0;
  int64_t requests = 0;
  int64_t failures = 0;
  double requests_per_second = 0;
  double p50_ms = 0, p99_ms = 0;
  std::vector<EndpointStats> endpoints;      // one per name, in first-appearance order
  std::vector<std::string> failure_samples;  // up to 10 "target -> status" lines
};

LoadTestResult RunLoadTest(const std::vector<LoadTestEndpoint>& endpoints,
                           const LoadTestOptions& options);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_LOAD_TEST_H_
