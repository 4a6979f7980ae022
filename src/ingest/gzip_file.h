// GzipFile: a SequentialFile that inflates a gzip stream read from another SequentialFile.
// Handles both layouts of WARC.gz archives: one gzip member per record (Common Crawl) and a
// whole file compressed as one member; generally any number of concatenated members.
// Trailing zero padding after the last member is ignored.
//
// Errors (DataLoss, message without the file name, which the caller adds): truncated input
// ("truncated gzip at compressed offset N"), corrupt data, non-gzip bytes after a member.
// Bytes inflated before an error are returned first; the error comes with the next Read.
//
// Thread safety: none; one reader per stream.
#ifndef NEWSLOOM_INGEST_GZIP_FILE_H_
#define NEWSLOOM_INGEST_GZIP_FILE_H_

#include <zlib.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/env.h"
#include "core/status.h"

namespace newsloom {

// True if `head` starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view head);

// Inflates a whole gzip, zlib or raw deflate buffer (HTTP Content-Encoding gzip/deflate)
// into `*out`. DataLoss for corrupt or truncated data; FailedPrecondition when the output
// would exceed `max_bytes`.
Status InflateBuffer(std::string_view compressed, size_t max_bytes, std::string* out);

class GzipFile : public SequentialFile {
 public:
  // `compressed` is not owned and must outlive this object.
  explicit GzipFile(SequentialFile* compressed);
  ~GzipFile() override;
  GzipFile(const GzipFile&) = delete;
  GzipFile& operator=(const GzipFile&) = delete;

  StatusOr<size_t> Read(char* buf, size_t n) override;

  // Compressed bytes consumed by the inflater so far.
  uint64_t compressed_offset() const { return compressed_consumed_; }
  // Gzip members completed so far.
  int64_t members() const { return members_; }

 private:
  // Makes compressed input available; false at the end of the compressed file.
  StatusOr<bool> FillInput();
  // After a member ends: true if another member follows, false at (padded) end of input.
  StatusOr<bool> NextMember();

  SequentialFile* compressed_;
  z_stream zs_{};
  bool zs_ready_ = false;
  std::string in_;
  bool input_eof_ = false;
  bool done_ = false;
  Status pending_;
  uint64_t compressed_consumed_ = 0;
  int64_t members_ = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_GZIP_FILE_H_
