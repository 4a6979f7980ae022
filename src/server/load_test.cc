#include "server/load_test.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "fmt/format.h"

namespace newsloom {
namespace {

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

LoadTestResult RunLoadTest(const std::vector<LoadTestEndpoint>& endpoints,
                           const LoadTestOptions& options) {
  LoadTestResult result;
  if (endpoints.empty() || options.requests <= 0) return result;
  const int clients = std::max(options.clients, 1);
  std::mutex mu;
  // Endpoints sharing a name share a row.
  std::vector<size_t> row(endpoints.size());
  for (size_t i = 0; i < endpoints.size(); ++i) {
    auto it = std::find_if(result.endpoints.begin(), result.endpoints.end(),
                           [&](const EndpointStats& s) { return s.name == endpoints[i].name; });
    row[i] = static_cast<size_t>(it - result.endpoints.begin());
    if (it == result.endpoints.end()) result.endpoints.push_back({endpoints[i].name});
  }
  const size_t rows = result.endpoints.size();
  std::vector<std::vector<double>> latencies(rows);
  std::atomic<int64_t> next{0};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int k = 0; k < clients; ++k) {
    threads.emplace_back([&] {
      httplib::Client client(options.host, options.port);
      client.set_keep_alive(true);
      client.set_read_timeout(options.timeout_seconds, 0);
      std::vector<std::vector<double>> mine(rows);
      std::vector<EndpointStats> counts(rows);
      std::vector<std::string> samples;
      for (int64_t n; (n = next++) < options.requests;) {
        const size_t i = static_cast<size_t>(n) % endpoints.size();
        const size_t e = row[i];
        const auto t = std::chrono::steady_clock::now();
        auto response = client.Get(endpoints[i].target.c_str());
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
        mine[e].push_back(ms);
        ++counts[e].requests;
        if (!response || response->status != 200) {
          ++counts[e].failures;
          if (samples.size() < 10) {
            samples.push_back(fmt::format("{} -> {}", endpoints[i].target,
                                          response ? std::to_string(response->status)
                                                   : httplib::to_string(response.error())));
          }
        } else {
          counts[e].bytes += static_cast<int64_t>(response->body.size());
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      for (size_t e = 0; e < rows; ++e) {
        latencies[e].insert(latencies[e].end(), mine[e].begin(), mine[e].end());
        result.endpoints[e].requests += counts[e].requests;
        result.endpoints[e].failures += counts[e].failures;
        result.endpoints[e].bytes += counts[e].bytes;
      }
      for (std::string& s : samples) {
        if (result.failure_samples.size() < 10) result.failure_samples.push_back(std::move(s));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<double> all;
  for (size_t e = 0; e < rows; ++e) {
    EndpointStats& s = result.endpoints[e];
    s.p50_ms = Percentile(latencies[e], 0.50);
    s.p99_ms = Percentile(latencies[e], 0.99);
    s.max_ms =
        latencies[e].empty() ? 0 : *std::max_element(latencies[e].begin(), latencies[e].end());
    result.requests += s.requests;
    result.failures += s.failures;
    all.insert(all.end(), latencies[e].begin(), latencies[e].end());
  }
  result.p50_ms = Percentile(all, 0.50);
  result.p99_ms = Percentile(all, 0.99);
  result.requests_per_second = result.seconds > 0 ? result.requests / result.seconds : 0;
  return result;
}

}  // namespace newsloom
