#include "ingest/seed_reader.h"

#include <filesystem>

#include "core/env.h"
#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/format_detector.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

TEST(SeedReaderTest, HeaderGivesMonthAndIsRemoved) {
  const std::string file = testing_util::ReadTestData("seed/raad_nl.txt");
  ASSERT_FALSE(file.empty());
  CollectingSink sink;
  SeedReader().Read("x/raad_nl.txt", file, &sink).IgnoreError();
  ASSERT_EQ(sink.documents().size(), 1u) << sink.RejectionSummary();
  const RawDocument doc = sink.documents()[0];
  EXPECT_EQ(doc.id, "raad_nl");
  EXPECT_EQ(doc.format, SourceFormat::kSeedText);
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToString(), "2021-03");
  EXPECT_EQ(doc.published->precision(), DatePrecision::kMonth);
  EXPECT_EQ(doc.text.substr(0, 16), "De gemeenteraad ");
  // Offsets map into the file: text offset 0 is the byte after " date 2021-03 ".
  EXPECT_EQ(doc.text_to_original.ToSource(0), 14u);
  const size_t at = doc.text.find("wethouder");
  EXPECT_EQ(file.substr(doc.text_to_original.ToSource(at), 9), "wethouder");
  EXPECT_EQ(doc.original_bytes, file.size());
}

TEST(SeedReaderTest, RejectsBadHeadersAndEmptyText) {
  SeedReader reader;
  EXPECT_FALSE(reader.Parse("no header here").ok());
  EXPECT_FALSE(reader.Parse(" date 2020-13 Month thirteen").ok());
  EXPECT_FALSE(reader.Parse(" date 2020-10 \n  ").ok());
  EXPECT_FALSE(reader.Parse(" date 2020-10").ok());
  EXPECT_FALSE(reader.Parse(" date 2020-1x text").ok());
  StatusOr<RawDocument> bom = reader.Parse("\xEF\xBB\xBF date 2019-11 Text.");
  ASSERT_TRUE(bom.ok()) << bom.status();
  EXPECT_EQ(bom->text, "Text.");
  EXPECT_EQ(bom->text_to_original.ToSource(0), 17u);
}

TEST(SeedReaderTest, SharedSeeds) {
  const std::string dir = testing_util::SharedDir() + "/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared seeds at " << dir;
  int seeds = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string path = entry.path().string();
    if (entry.path().extension() != ".txt") continue;
    std::string bytes;
    ASSERT_TRUE(Env::Default()->ReadFile(path, &bytes).ok());
    if (DetectFormat(path, bytes.substr(0, kFormatHeadBytes)) != SourceFormat::kSeedText) continue;
    StatusOr<RawDocument> doc = SeedReader().Parse(bytes);
    ASSERT_TRUE(doc.ok()) << path << ": " << doc.status();
    ASSERT_TRUE(doc->published.has_value());
    EXPECT_EQ(doc->published->precision(), DatePrecision::kMonth);
    EXPECT_EQ(bytes.substr(doc->text_to_original.ToSource(0), 10), doc->text.substr(0, 10));
    ++seeds;
  }
  EXPECT_GE(seeds, 1);
}

}  // namespace
}  // namespace newsloom
