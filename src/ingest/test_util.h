// Helpers for the ingest tests and fuzzers only (not part of the library).
#ifndef NEWSLOOM_INGEST_TEST_UTIL_H_
#define NEWSLOOM_INGEST_TEST_UTIL_H_

#include <zlib.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace newsloom::testing_util {

// `data` as one gzip member.
inline std::string GzipCompress(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

#ifdef NEWSLOOM_SOURCE_DIR
inline std::string TestDataPath(std::string_view relative) {
  return std::string(NEWSLOOM_SOURCE_DIR) + "/src/ingest/testdata/" + std::string(relative);
}

// Contents of a fixture under src/ingest/testdata ("" if missing).
inline std::string ReadTestData(std::string_view relative) {
  std::ifstream in(TestDataPath(relative), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string SharedDir() { return std::string(NEWSLOOM_SOURCE_DIR) + "/../shared"; }
#endif

}  // namespace newsloom::testing_util

#endif  // NEWSLOOM_INGEST_TEST_UTIL_H_
