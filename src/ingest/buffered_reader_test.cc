#include "ingest/buffered_reader.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

using LineStatus = BufferedReader::LineStatus;

TEST(BufferedReaderTest, LinesWithCrLfAndWithoutFinalNewline) {
  auto file = NewStringSequentialFile("one\r\ntwo\n\nlast");
  BufferedReader r(file.get(), 3);  // tiny chunks cross every boundary
  std::string line;
  EXPECT_EQ(*r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "one");
  EXPECT_EQ(*r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "two");
  EXPECT_EQ(*r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "");
  EXPECT_EQ(*r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(*r.ReadLine(100, &line), LineStatus::kEnd);
  EXPECT_EQ(r.offset(), 14u);
}

TEST(BufferedReaderTest, TooLongLineIsConsumedAndNextLineIsIntact) {
  std::string data = "short\n" + std::string(1000, 'x') + "\nafter\n";
  auto file = NewStringSequentialFile(data);
  BufferedReader r(file.get(), 64);
  std::string line;
  EXPECT_EQ(*r.ReadLine(10, &line), LineStatus::kLine);
  EXPECT_EQ(*r.ReadLine(10, &line), LineStatus::kTooLong);
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(*r.ReadLine(10, &line), LineStatus::kLine);
  EXPECT_EQ(line, "after");
  // Exactly at the limit is fine; a "\r" before "\n" does not count.
  auto exact = NewStringSequentialFile("abcdefghij\r\nabcdefghijk\n");
  BufferedReader r2(exact.get(), 4);
  EXPECT_EQ(*r2.ReadLine(10, &line), LineStatus::kLine);
  EXPECT_EQ(line, "abcdefghij");
  EXPECT_EQ(*r2.ReadLine(10, &line), LineStatus::kTooLong);
}

TEST(BufferedReaderTest, PeekReadSkipAndAdapter) {
  auto file = NewStringSequentialFile("0123456789abcdef");
  BufferedReader r(file.get(), 4);
  EXPECT_EQ(*r.Peek(6), "012345");
  EXPECT_EQ(r.offset(), 0u);
  std::string out;
  EXPECT_EQ(*r.Read(3, &out), 3u);
  EXPECT_EQ(out, "012");
  EXPECT_EQ(*r.Skip(5), 5u);
  EXPECT_EQ(r.offset(), 8u);
  BufferedReaderFile rest(&r);
  char buf[32];
  std::string tail;
  while (true) {
    const size_t n = *rest.Read(buf, 5);
    if (n == 0) break;
    tail.append(buf, n);
  }
  EXPECT_EQ(tail, "89abcdef");
  EXPECT_TRUE(*r.AtEnd());
  EXPECT_EQ(*r.Skip(10), 0u);
}

}  // namespace
}  // namespace newsloom
