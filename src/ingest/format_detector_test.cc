#include "ingest/format_detector.h"

#include "gtest/gtest.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

std::optional<SourceFormat> Detect(std::string_view path, std::string_view head) {
  return DetectFormat(path, head);
}

TEST(FormatDetectorTest, ByContent) {
  EXPECT_EQ(Detect("x", " date 2020-10 In Kirgizi\xC3\xAB..."), SourceFormat::kSeedText);
  EXPECT_EQ(Detect("x.txt", "date 2022-01 Text"), SourceFormat::kSeedText);
  EXPECT_EQ(Detect("x", "WARC/1.0\r\nWARC-Type: warcinfo"), SourceFormat::kWarc);
  EXPECT_EQ(Detect("x", "WARC/1.1\r\n"), SourceFormat::kWarc);
  EXPECT_EQ(Detect("x", "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"),
            SourceFormat::kFeed);
  EXPECT_EQ(Detect("x", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"), SourceFormat::kFeed);
  EXPECT_EQ(Detect("x", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"...\">"), SourceFormat::kFeed);
  EXPECT_EQ(Detect("x", "\xEF\xBB\xBF<!DOCTYPE html><html>"), SourceFormat::kHtml);
  EXPECT_EQ(Detect("x", "  <HTML lang=en>"), SourceFormat::kHtml);
  EXPECT_EQ(Detect("x", "<p>Just a paragraph"), SourceFormat::kHtml);
  EXPECT_EQ(Detect("x", "<body>"), SourceFormat::kHtml);
  EXPECT_EQ(Detect("x", "{\"text\": \"a\"}\n{\"text\": \"b\"}"), SourceFormat::kJsonl);
}

TEST(FormatDetectorTest, ContentWinsOverExtension) {
  EXPECT_EQ(Detect("page.txt", "<!doctype html><html>"), SourceFormat::kHtml);
  EXPECT_EQ(Detect("feed.html", "<rss version=\"2.0\">"), SourceFormat::kFeed);
  EXPECT_EQ(Detect("a.jsonl", " date 2021-01 x"), SourceFormat::kSeedText);
}

TEST(FormatDetectorTest, ByExtensionThenText) {
  EXPECT_EQ(Detect("a.TXT", "Hello"), SourceFormat::kPlainText);
  EXPECT_EQ(Detect("a.htm", "Some text"), SourceFormat::kHtml);
  EXPECT_EQ(Detect("a.ndjson", "  "), SourceFormat::kJsonl);
  EXPECT_EQ(Detect("a.warc", "junk"), SourceFormat::kWarc);
  EXPECT_EQ(Detect("a.atom", "x"), SourceFormat::kFeed);
  EXPECT_EQ(Detect("a.xml.gz", "<urlset>"), SourceFormat::kFeed);
  EXPECT_EQ(Detect("README", "Plain words\nand lines\n"), SourceFormat::kPlainText);
  EXPECT_EQ(Detect("notes", "date 2020-13-01 is not a seed header"), SourceFormat::kPlainText);
}

TEST(FormatDetectorTest, GzipAndJunk) {
  const std::string gz = testing_util::GzipCompress("WARC/1.0\r\n");
  EXPECT_EQ(Detect("CC-NEWS.warc.gz", gz), SourceFormat::kWarc);
  EXPECT_EQ(Detect("a.jsonl.gz", gz), std::nullopt);  // callers decompress first
  EXPECT_EQ(Detect("image", std::string("\x89PNG\r\n\x1a\n\0\0", 10)), std::nullopt);
  EXPECT_EQ(Detect("empty", ""), std::nullopt);
  EXPECT_EQ(Detect("bin", std::string("abc\0def", 7)), std::nullopt);
}

}  // namespace
}  // namespace newsloom
