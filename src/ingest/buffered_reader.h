// BufferedReader: lines, exact-length blocks and look-ahead over a SequentialFile, with a
// bounded buffer, so record-oriented readers (JSONL, WARC) stream inputs of any size and
// never hold more than one record in memory.
//
// Thread safety: none; one reader per stream.
#ifndef NEWSLOOM_INGEST_BUFFERED_READER_H_
#define NEWSLOOM_INGEST_BUFFERED_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/env.h"
#include "core/status.h"

namespace newsloom {

class BufferedReader {
 public:
  // `file` is not owned and must outlive the reader. `chunk_bytes` is how much is requested
  // from `file` at a time (default 64 KiB).
  explicit BufferedReader(SequentialFile* file, size_t chunk_bytes = 64 << 10);

  // Up to `n` upcoming bytes without consuming them; shorter only at end of input or when
  // the file fails after some bytes (the error is then returned by the next call that needs
  // more bytes). The view is valid until the next call. Errors are sticky.
  StatusOr<std::string_view> Peek(size_t n);

  enum class LineStatus { kLine, kTooLong, kEnd };
  // Reads through the next '\n'. kLine: `*line` holds the line without "\n" or "\r\n" (a
  // last line without a newline counts too). kTooLong: the line exceeded `max_bytes`; it is
  // consumed (without buffering it) and `*line` is left empty. kEnd: no bytes were left.
  StatusOr<LineStatus> ReadLine(size_t max_bytes, std::string* line);

  // Appends up to `n` bytes to `*out`; fewer only at end of input. Returns how many.
  StatusOr<uint64_t> Read(uint64_t n, std::string* out);
  // Discards up to `n` bytes; fewer only at end of input. Returns how many.
  StatusOr<uint64_t> Skip(uint64_t n);

  // Bytes consumed so far (Peek does not consume).
  uint64_t offset() const { return offset_; }
  // True when all input has been consumed.
  StatusOr<bool> AtEnd();

 private:
  // Appends more input to the buffer; false at end of input.
  StatusOr<bool> Fill();
  void Consume(size_t n);

  SequentialFile* file_;
  size_t chunk_bytes_;
  std::string buf_;
  size_t pos_ = 0;  // first unconsumed byte in buf_
  uint64_t offset_ = 0;
  bool eof_ = false;
  Status error_;
};

// A SequentialFile reading through a BufferedReader, bytes already peeked included; lets a
// caller look at the head of a stream (magic bytes) and then hand the whole stream on.
class BufferedReaderFile : public SequentialFile {
 public:
  explicit BufferedReaderFile(BufferedReader* reader) : reader_(reader) {}
  StatusOr<size_t> Read(char* buf, size_t n) override;

 private:
  BufferedReader* reader_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_BUFFERED_READER_H_
