// Where readers deliver documents and report input they had to reject. One bad record never
// stops a batch: readers call Reject() and carry on with the next record.
#ifndef NEWSLOOM_INGEST_DOCUMENT_SINK_H_
#define NEWSLOOM_INGEST_DOCUMENT_SINK_H_

#include <string>

#include "core/status.h"
#include "ingest/raw_document.h"

namespace newsloom {

struct Rejection {
  std::string source;  // file path or URL
  int64_t record = 0;  // 1-based line/record number, 0 when the whole input is rejected
  Status status;       // code + message; the message names what is wrong ("truncated gzip")

  // "path:line: message" or "path: message", for logs and run summaries.
  std::string ToString() const;
};

// Implementations must be thread-safe if a reader is used from several threads.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  virtual void Accept(RawDocument doc) = 0;
  virtual void Reject(Rejection rejection) = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_DOCUMENT_SINK_H_
