// CollectingSink: a DocumentSink that keeps everything it is given, in arrival order — for
// tests, fuzzers and small tools. Thread-safe.
#ifndef NEWSLOOM_INGEST_COLLECTING_SINK_H_
#define NEWSLOOM_INGEST_COLLECTING_SINK_H_

#include <mutex>
#include <string>
#include <vector>

#include "ingest/document_sink.h"

namespace newsloom {

class CollectingSink : public DocumentSink {
 public:
  void Accept(RawDocument doc) override;
  void Reject(Rejection rejection) override;

  // Copies taken under the lock.
  std::vector<RawDocument> documents() const;
  std::vector<Rejection> rejections() const;
  // Rejection::ToString of each rejection, "\n"-separated; handy in test failure messages.
  std::string RejectionSummary() const;

 private:
  mutable std::mutex mu_;
  std::vector<RawDocument> documents_;
  std::vector<Rejection> rejections_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_COLLECTING_SINK_H_
