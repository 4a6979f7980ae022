#include "ingest/gzip_file.h"

#include "gtest/gtest.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

using testing_util::GzipCompress;

StatusOr<std::string> InflateAll(std::string compressed, std::string* before_error = nullptr) {
  auto file = NewStringSequentialFile(std::move(compressed));
  GzipFile gz(file.get());
  std::string out;
  char buf[7];  // small reads exercise resumption
  while (true) {
    StatusOr<size_t> n = gz.Read(buf, sizeof(buf));
    if (!n.ok()) {
      if (before_error) *before_error = out;
      return n.status();
    }
    if (*n == 0) return out;
    out.append(buf, *n);
  }
}

TEST(GzipFileTest, SingleAndMultipleMembers) {
  EXPECT_EQ(*InflateAll(GzipCompress("hello world")), "hello world");
  const std::string multi = GzipCompress("first|") + GzipCompress("") + GzipCompress("second");
  EXPECT_EQ(*InflateAll(multi), "first|second");
  // Zero padding after the last member is tolerated.
  EXPECT_EQ(*InflateAll(GzipCompress("x") + std::string(10, '\0')), "x");
}

TEST(GzipFileTest, TruncationReportsOffsetAfterReturningData) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "line " + std::to_string(i) + "\n";
  const std::string first = GzipCompress("member one\n");
  std::string whole = first + GzipCompress(big);
  whole.resize(whole.size() - 100);
  std::string before;
  StatusOr<std::string> got = InflateAll(whole, &before);
  ASSERT_FALSE(got.ok());
  EXPECT_TRUE(absl::IsDataLoss(got.status()));
  EXPECT_NE(got.status().message().find("truncated gzip at compressed offset"), std::string::npos)
      << got.status();
  EXPECT_EQ(before.substr(0, 11), "member one\n");
  EXPECT_GT(before.size(), 1000u);
}

TEST(GzipFileTest, CorruptAndTrailingGarbage) {
  std::string corrupt = GzipCompress(std::string(5000, 'a') + "bcdefg");
  corrupt[12] ^= 0x55;
  corrupt[13] ^= 0x55;
  EXPECT_TRUE(absl::IsDataLoss(InflateAll(corrupt).status()));
  Status garbage = InflateAll(GzipCompress("ok") + "garbage").status();
  EXPECT_TRUE(absl::IsDataLoss(garbage));
  EXPECT_NE(garbage.message().find("not gzip"), std::string::npos) << garbage;
}

TEST(InflateBufferTest, GzipZlibAndRawDeflate) {
  std::string out;
  ASSERT_TRUE(InflateBuffer(GzipCompress("payload"), 100, &out).ok());
  EXPECT_EQ(out, "payload");
  // zlib-wrapped and raw deflate (both are sent as "deflate").
  for (int bits : {MAX_WBITS, -MAX_WBITS}) {
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY);
    std::string in = "deflated text", buf(256, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(in.data());
    zs.avail_in = in.size();
    zs.next_out = reinterpret_cast<Bytef*>(buf.data());
    zs.avail_out = buf.size();
    deflate(&zs, Z_FINISH);
    buf.resize(zs.total_out);
    deflateEnd(&zs);
    ASSERT_TRUE(InflateBuffer(buf, 100, &out).ok()) << bits;
    EXPECT_EQ(out, "deflated text");
  }
  EXPECT_TRUE(
      absl::IsFailedPrecondition(InflateBuffer(GzipCompress(std::string(1000, 'z')), 10, &out)));
  std::string cut = GzipCompress("some longer payload text");
  cut.resize(cut.size() / 2);
  EXPECT_TRUE(absl::IsDataLoss(InflateBuffer(cut, 100, &out)));
}

}  // namespace
}  // namespace newsloom
