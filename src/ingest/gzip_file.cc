#include "ingest/gzip_file.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace newsloom {
namespace {

constexpr size_t kInputChunk = 64 << 10;

}  // namespace

bool HasGzipMagic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

namespace {

// One inflate pass with the given window bits (31: gzip, 15: zlib, -15: raw deflate).
Status InflateWith(int window_bits, std::string_view in, size_t max_bytes, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) {
    return absl::ResourceExhaustedError("cannot initialise zlib");
  }
  out->clear();
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[64 << 10];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    rc = inflate(&zs, Z_NO_FLUSH);
    const size_t got = sizeof(buf) - zs.avail_out;
    if (out->size() + got > max_bytes) {
      inflateEnd(&zs);
      return absl::FailedPreconditionError(
          absl::StrCat("inflates to more than ", max_bytes, " bytes"));
    }
    out->append(buf, got);
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) {
    return absl::DataLossError(rc == Z_BUF_ERROR ? "truncated compressed data"
                                                 : "corrupt compressed data");
  }
  return absl::OkStatus();
}

}  // namespace

Status InflateBuffer(std::string_view compressed, size_t max_bytes, std::string* out) {
  if (compressed.size() > UINT32_MAX) return absl::FailedPreconditionError("input too large");
  if (HasGzipMagic(compressed)) return InflateWith(16 + MAX_WBITS, compressed, max_bytes, out);
  // "deflate" means zlib-wrapped, but servers often send raw deflate: try both.
  Status zlib = InflateWith(MAX_WBITS, compressed, max_bytes, out);
  if (zlib.ok() || absl::IsFailedPrecondition(zlib)) return zlib;
  return InflateWith(-MAX_WBITS, compressed, max_bytes, out);
}

GzipFile::GzipFile(SequentialFile* compressed) : compressed_(compressed) {
  // 16 + MAX_WBITS: gzip wrapper only.
  zs_ready_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  if (!zs_ready_) pending_ = absl::ResourceExhaustedError("cannot initialise zlib");
}

GzipFile::~GzipFile() {
  if (zs_ready_) inflateEnd(&zs_);
}

StatusOr<bool> GzipFile::FillInput() {
  if (zs_.avail_in > 0) return true;
  if (input_eof_) return false;
  in_.resize(kInputChunk);
  NL_ASSIGN_OR_RETURN(size_t n, compressed_->Read(in_.data(), in_.size()));
  if (n == 0) {
    input_eof_ = true;
    return false;
  }
  zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
  zs_.avail_in = static_cast<uInt>(n);
  return true;
}

StatusOr<bool> GzipFile::NextMember() {
  ++members_;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool more, FillInput());
    if (!more) return false;
    // Zero padding after the last member (seen in some archives) ends the stream.
    while (zs_.avail_in > 0 && *zs_.next_in == 0) {
      ++zs_.next_in;
      --zs_.avail_in;
      ++compressed_consumed_;
    }
    if (zs_.avail_in == 0) continue;
    if (*zs_.next_in != 0x1f) {
      return absl::DataLossError(absl::StrCat("bytes that are not gzip after member ", members_,
                                              " at compressed offset ", compressed_consumed_));
    }
    inflateReset(&zs_);
    return true;
  }
}

StatusOr<size_t> GzipFile::Read(char* buf, size_t n) {
  if (!pending_.ok()) return pending_;
  size_t produced = 0;
  while (produced < n && !done_) {
    NL_ASSIGN_OR_RETURN(bool have_input, FillInput());
    if (!have_input) {
      pending_ = absl::DataLossError(
          absl::StrCat("truncated gzip at compressed offset ", compressed_consumed_));
      break;
    }
    zs_.next_out = reinterpret_cast<Bytef*>(buf + produced);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n - produced, 1u << 30));
    const uInt in_before = zs_.avail_in;
    const uInt out_before = zs_.avail_out;
    const int rc = inflate(&zs_, Z_NO_FLUSH);
    compressed_consumed_ += in_before - zs_.avail_in;
    produced += out_before - zs_.avail_out;
    if (rc == Z_STREAM_END) {
      StatusOr<bool> next = NextMember();
      if (!next.ok()) {
        pending_ = next.status();
        break;
      }
      if (!*next) done_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      pending_ = absl::DataLossError(absl::StrCat("corrupt gzip (", zs_.msg ? zs_.msg : "error",
                                                  ") at compressed offset ", compressed_consumed_));
      break;
    }
  }
  if (produced > 0) return produced;
  if (!pending_.ok()) return pending_;
  return size_t{0};
}

}  // namespace newsloom
