#include "ingest/buffered_reader.h"

#include <algorithm>

namespace newsloom {

BufferedReader::BufferedReader(SequentialFile* file, size_t chunk_bytes)
    : file_(file), chunk_bytes_(std::max<size_t>(chunk_bytes, 16)) {}

StatusOr<bool> BufferedReader::Fill() {
  if (!error_.ok()) return error_;
  if (eof_) return false;
  // Drop consumed bytes first so the buffer never grows beyond what callers look at.
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old = buf_.size();
  buf_.resize(old + chunk_bytes_);
  StatusOr<size_t> n = file_->Read(buf_.data() + old, chunk_bytes_);
  if (!n.ok()) {
    buf_.resize(old);
    error_ = n.status();
    return error_;
  }
  buf_.resize(old + *n);
  if (*n == 0) eof_ = true;
  return *n > 0;
}

void BufferedReader::Consume(size_t n) {
  pos_ += n;
  offset_ += n;
  if (pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  }
}

StatusOr<std::string_view> BufferedReader::Peek(size_t n) {
  while (buf_.size() - pos_ < n) {
    StatusOr<bool> more = Fill();
    if (!more.ok()) {
      // Bytes before the error are still good; the error comes with the next read.
      if (buf_.size() > pos_) break;
      return more.status();
    }
    if (!*more) break;
  }
  return std::string_view(buf_).substr(pos_, n);
}

StatusOr<BufferedReader::LineStatus> BufferedReader::ReadLine(size_t max_bytes, std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;
  while (true) {
    if (pos_ == buf_.size()) {
      NL_ASSIGN_OR_RETURN(bool more, Fill());
      if (!more) break;
    }
    any = true;
    const std::string_view avail = std::string_view(buf_).substr(pos_);
    const size_t nl = avail.find('\n');
    const size_t take = nl == std::string_view::npos ? avail.size() : nl;
    if (!too_long) {
      if (line->size() + take > max_bytes + 1) {  // +1: room for a '\r' before '\n'
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(avail.data(), take);
      }
    }
    Consume(nl == std::string_view::npos ? take : take + 1);
    if (nl != std::string_view::npos) break;
  }
  if (!any) return LineStatus::kEnd;
  if (!too_long && !line->empty() && line->back() == '\r') line->pop_back();
  if (!too_long && line->size() > max_bytes) too_long = true;
  if (too_long) {
    line->clear();
    return LineStatus::kTooLong;
  }
  return LineStatus::kLine;
}

StatusOr<uint64_t> BufferedReader::Read(uint64_t n, std::string* out) {
  uint64_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size()) {
      NL_ASSIGN_OR_RETURN(bool more, Fill());
      if (!more) break;
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
    out->append(buf_, pos_, take);
    Consume(take);
    done += take;
  }
  return done;
}

StatusOr<uint64_t> BufferedReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size()) {
      NL_ASSIGN_OR_RETURN(bool more, Fill());
      if (!more) break;
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
    Consume(take);
    done += take;
  }
  return done;
}

StatusOr<bool> BufferedReader::AtEnd() {
  NL_ASSIGN_OR_RETURN(std::string_view next, Peek(1));
  return next.empty();
}

StatusOr<size_t> BufferedReaderFile::Read(char* buf, size_t n) {
  NL_ASSIGN_OR_RETURN(std::string_view v, reader_->Peek(n));
  std::copy(v.begin(), v.end(), buf);
  NL_RETURN_IF_ERROR(reader_->Skip(v.size()).status());
  return v.size();
}

}  // namespace newsloom
