#include "ingest/warc_reader.h"

#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

using testing_util::GzipCompress;
using testing_util::ReadTestData;

std::string Record(std::string_view type, std::string_view headers, std::string_view block,
                   std::string_view version = "WARC/1.0") {
  std::string r(version);
  r += "\r\nWARC-Type: ";
  r += type;
  r += "\r\n";
  r += headers;
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

std::string Page(std::string_view paragraph) {
  return "<html><body><article><h1>Title here</h1><p>" + std::string(paragraph) +
         "</p></article></body></html>";
}

std::string Response(std::string_view uri, std::string_view http) {
  return Record("response",
                "WARC-Target-URI: " + std::string(uri) +
                    "\r\nWARC-Date: 2021-02-03T04:05:06Z\r\nContent-Type: application/http; "
                    "msgtype=response\r\n",
                http);
}

std::string Ok(std::string_view body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + std::string(body);
}

void ExpectFixtureDocs(const CollectingSink& sink, std::string_view stem, std::string_view source) {
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 4u) << sink.RejectionSummary();
  EXPECT_TRUE(sink.rejections().empty()) << sink.RejectionSummary();
  const std::string s(stem);
  EXPECT_EQ(docs[0].id, s + ":1");
  EXPECT_EQ(docs[0].url, "https://library.example.org/reopens");
  EXPECT_EQ(docs[0].published->ToString(), "2023-09-04");  // from the page
  EXPECT_EQ(docs[0].lang_hint, "en");
  EXPECT_NE(docs[0].text.find("twenty thousand books"), std::string::npos) << docs[0].text;
  // k counts the skipped redirect and image responses.
  EXPECT_EQ(docs[1].id, s + ":4");
  EXPECT_EQ(docs[1].record, 4);
  EXPECT_NE(docs[1].text.find("\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xB0"), std::string::npos)
      << "windows-1251 payload decoded from the HTTP charset: " << docs[1].text;
  EXPECT_EQ(docs[1].published->ToString(), "2023-09-06");  // WARC-Date fallback
  EXPECT_EQ(docs[2].id, s + ":5");                         // resource record, WARC/1.1
  EXPECT_EQ(docs[2].url, "https://fiets.example.nl/brug");
  EXPECT_EQ(docs[3].id, s + ":6");  // gzip Content-Encoding
  EXPECT_NE(docs[3].text.find("elektriske ferja"), std::string::npos) << docs[3].text;
  for (const RawDocument& d : docs) {
    EXPECT_EQ(d.format, SourceFormat::kWarc);
    EXPECT_EQ(d.source, std::string(source) + "#" + std::to_string(d.record));
  }
}

TEST(WarcReaderTest, PlainFixture) {
  CollectingSink sink;
  WarcReader().ReadBytes("in/news.warc", ReadTestData("warc/news.warc"), &sink).IgnoreError();
  ExpectFixtureDocs(sink, "news", "in/news.warc");
}

TEST(WarcReaderTest, GzipPerRecordAndWholeFile) {
  CollectingSink per_record, whole;
  WarcReader reader;
  reader.ReadBytes("in/news.warc.gz", ReadTestData("warc/news.warc.gz"), &per_record).IgnoreError();
  reader.ReadBytes("in/news_whole.warc.gz", ReadTestData("warc/news_whole.warc.gz"), &whole)
      .IgnoreError();
  ExpectFixtureDocs(per_record, "news", "in/news.warc.gz");
  ExpectFixtureDocs(whole, "news_whole", "in/news_whole.warc.gz");
}

TEST(WarcReaderTest, OffsetsPointIntoTheHttpBody) {
  const std::string body = Page("A paragraph long enough to be kept by the extractor, surely.");
  CollectingSink sink;
  WarcReader().ReadBytes("o.warc", Response("http://o/1", Ok(body)), &sink).IgnoreError();
  ASSERT_EQ(sink.documents().size(), 1u) << sink.RejectionSummary();
  const RawDocument d = sink.documents()[0];
  const size_t at = d.text.find("paragraph");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(body.substr(d.text_to_original.ToSource(at), 9), "paragraph");
  EXPECT_EQ(d.original_bytes, body.size());
}

TEST(WarcReaderTest, TruncatedGzipKeepsEarlierRecords) {
  std::string gz;
  for (int i = 1; i <= 5; ++i) {
    gz += GzipCompress(Response("http://t/" + std::to_string(i),
                                Ok(Page("Record number " + std::to_string(i) +
                                        " has a paragraph that is long enough to keep."))));
  }
  gz.resize(gz.size() - 40);
  CollectingSink sink;
  WarcReader().ReadBytes("cut.warc.gz", gz, &sink).IgnoreError();
  EXPECT_EQ(sink.documents().size(), 4u) << sink.RejectionSummary();
  ASSERT_EQ(sink.rejections().size(), 1u);
  const std::string msg = sink.rejections()[0].ToString();
  EXPECT_EQ(msg.rfind("cut.warc.gz: truncated gzip at compressed offset", 0), 0u) << msg;
  EXPECT_NE(msg.find("in the WARC record at offset"), std::string::npos) << msg;
  EXPECT_NE(msg.find("after 4 complete records"), std::string::npos) << msg;
}

TEST(WarcReaderTest, BrokenArchives) {
  WarcReader reader;
  {
    CollectingSink sink;
    reader.ReadBytes("junk.warc", "this is not a web archive\n", &sink).IgnoreError();
    ASSERT_EQ(sink.rejections().size(), 1u);
    EXPECT_NE(sink.rejections()[0].ToString().find("not a WARC record"), std::string::npos);
  }
  {
    CollectingSink sink;
    std::string data = Response("http://a/1", Ok(Page("Complete record with a long enough "
                                                      "paragraph of text to keep.")));
    data += "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nshort";
    reader.ReadBytes("short.warc", data, &sink).IgnoreError();
    EXPECT_EQ(sink.documents().size(), 1u);
    ASSERT_EQ(sink.rejections().size(), 1u);
    EXPECT_NE(sink.rejections()[0].ToString().find("truncated WARC record"), std::string::npos);
  }
  {
    CollectingSink sink;
    reader.ReadBytes("nolen.warc", "WARC/1.0\r\nWARC-Type: response\r\n\r\n", &sink).IgnoreError();
    ASSERT_EQ(sink.rejections().size(), 1u);
    EXPECT_NE(sink.rejections()[0].ToString().find("Content-Length"), std::string::npos);
  }
  {
    CollectingSink sink;
    std::string binary(3000, '\0');
    for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i * 131 + 7);
    reader.ReadBytes("bin.warc", binary, &sink).IgnoreError();
    EXPECT_TRUE(sink.documents().empty());
    EXPECT_EQ(sink.rejections().size(), 1u);
  }
}

TEST(WarcReaderTest, BadRecordsAreRejectedWithTheirNumber) {
  WarcReaderOptions options;
  options.max_document_bytes = 2000;
  const std::string good =
      Response("http://r/3", Ok(Page("The third record is fine and has a paragraph long enough.")));
  std::string data = Response("http://r/1", Ok(std::string(5000, 'x')));  // too large
  data += Response("http://r/2", Ok("<html><head><script>x()</script></head></html>"));
  data += Response("http://r/bad", "not http at all");
  data += good;
  CollectingSink sink;
  WarcReader(options).ReadBytes("r.warc", data, &sink).IgnoreError();
  ASSERT_EQ(sink.documents().size(), 1u) << sink.RejectionSummary();
  EXPECT_EQ(sink.documents()[0].id, "r:4");
  const auto rejected = sink.rejections();
  ASSERT_EQ(rejected.size(), 3u) << sink.RejectionSummary();
  EXPECT_EQ(rejected[0].record, 1);
  EXPECT_NE(rejected[0].ToString().find("over the limit"), std::string::npos);
  EXPECT_EQ(rejected[1].record, 2);
  EXPECT_EQ(rejected[2].record, 3);
}

TEST(WarcReaderTest, ResponseWithoutContentTypeIsSniffed) {
  const std::string http =
      "HTTP/1.0 200 OK\n\n" + Page("Bare line ends and no content type, but clearly an HTML page.");
  CollectingSink sink;
  WarcReader().ReadBytes("s.warc", Response("http://s/1", http), &sink).IgnoreError();
  EXPECT_EQ(sink.documents().size(), 1u) << sink.RejectionSummary();
}

}  // namespace
}  // namespace newsloom
