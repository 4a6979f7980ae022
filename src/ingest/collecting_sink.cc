#include "ingest/collecting_sink.h"

namespace newsloom {

void CollectingSink::Accept(RawDocument doc) {
  std::lock_guard<std::mutex> lock(mu_);
  documents_.push_back(std::move(doc));
}

void CollectingSink::Reject(Rejection rejection) {
  std::lock_guard<std::mutex> lock(mu_);
  rejections_.push_back(std::move(rejection));
}

std::vector<RawDocument> CollectingSink::documents() const {
  std::lock_guard<std::mutex> lock(mu_);
  return documents_;
}

std::vector<Rejection> CollectingSink::rejections() const {
  std::lock_guard<std::mutex> lock(mu_);
  return rejections_;
}

std::string CollectingSink::RejectionSummary() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string out;
  for (const Rejection& r : rejections_) {
    if (!out.empty()) out += '\n';
    out += r.ToString();
  }
  return out;
}

}  // namespace newsloom
