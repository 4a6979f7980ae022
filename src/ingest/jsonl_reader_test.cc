#include "ingest/jsonl_reader.h"

#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/gzip_file.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

TEST(JsonlReaderTest, MixedFixture) {
  const std::string bytes = testing_util::ReadTestData("jsonl/mixed.jsonl");
  ASSERT_FALSE(bytes.empty());
  CollectingSink sink;
  JsonlReader().ReadBytes("in/mixed.jsonl", bytes, &sink).IgnoreError();
  const std::vector<RawDocument> docs = sink.documents();
  ASSERT_EQ(docs.size(), 4u) << sink.RejectionSummary();

  EXPECT_EQ(docs[0].id, "es-1");
  EXPECT_EQ(docs[0].source, "in/mixed.jsonl#1");
  EXPECT_EQ(docs[0].record, 1);
  EXPECT_EQ(docs[0].format, SourceFormat::kJsonl);
  EXPECT_EQ(docs[0].title, "Nueva l\xC3\xADnea de metro");
  EXPECT_EQ(docs[0].url, "https://noticias.example.es/metro");
  EXPECT_EQ(docs[0].lang_hint, "es");
  EXPECT_EQ(docs[0].published->ToString(), "2022-04-01");

  EXPECT_EQ(docs[1].id, "mixed:2");
  EXPECT_EQ(docs[1].text, "Een tekst met een regel\neinde en een \xC3\xA9 teken.");
  EXPECT_EQ(docs[1].published->ToString(), "2022-04-04");
  EXPECT_EQ(docs[1].lang_hint, "nl");

  EXPECT_EQ(docs[2].id, "17");
  EXPECT_EQ(docs[2].published->ToString(), "2022-04-15");  // Unix time 1650000000

  EXPECT_EQ(docs[3].id, "ja-1");
  EXPECT_EQ(docs[3].record, 8);

  const std::vector<Rejection> rejected = sink.rejections();
  ASSERT_EQ(rejected.size(), 4u);
  EXPECT_EQ(rejected[0].ToString(), "in/mixed.jsonl:5: missing \"text\" field (a string)");
  EXPECT_EQ(rejected[1].record, 6);
  EXPECT_NE(rejected[1].ToString().find("invalid JSON"), std::string::npos);
  EXPECT_EQ(rejected[2].ToString(), "in/mixed.jsonl:7: not a JSON object");
  EXPECT_EQ(rejected[3].record, 9);
}

TEST(JsonlReaderTest, OffsetsPointIntoTheLine) {
  const std::string line =
      R"({"id":"o","text":"First \"quoted\" part\nSecond line \u00e9t\u00e9 end"})";
  CollectingSink sink;
  JsonlReaderOptions options;
  JsonlReader(options).ReadBytes("o.jsonl", line, &sink).IgnoreError();
  ASSERT_EQ(sink.documents().size(), 1u) << sink.RejectionSummary();
  const RawDocument doc = sink.documents()[0];
  EXPECT_EQ(doc.original_bytes, line.size());
  for (std::string_view word : {"First", "part", "Second", "end"}) {
    const size_t at = doc.text.find(word);
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(line.substr(doc.text_to_original.ToSource(at), word.size()), word) << word;
  }
}

TEST(JsonlReaderTest, ConfigurableFieldsAndDates) {
  JsonlReaderOptions options;
  options.fields.text = "body";
  options.fields.title = "headline";
  options.fields.id = "uid";
  options.fields.published = "date";
  options.fields.lang = "language";
  options.fields.url = "link";
  const std::string data =
      R"({"uid":"u1","headline":"H","body":"B text","date":"2021-07","language":"pt_BR","link":"http://x/y"})"
      "\n"
      R"({"body":"ms time","date":1650000000000})"
      "\n"
      R"({"body":"bad date","date":"yesterday"})"
      "\n"
      R"({"text":"wrong field name"})";
  CollectingSink sink;
  JsonlReader(options).ReadBytes("f.ndjson", data, &sink).IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 3u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].id, "u1");
  EXPECT_EQ(docs[0].title, "H");
  EXPECT_EQ(docs[0].url, "http://x/y");
  EXPECT_EQ(docs[0].lang_hint, "pt");
  EXPECT_EQ(docs[0].published->ToString(), "2021-07");
  EXPECT_EQ(docs[1].published->ToString(), "2022-04-15");
  EXPECT_FALSE(docs[2].published.has_value());
  ASSERT_EQ(sink.rejections().size(), 1u);
  EXPECT_EQ(sink.rejections()[0].ToString(), "f.ndjson:4: missing \"body\" field (a string)");
}

TEST(JsonlReaderTest, ReadsTheDatesOfItsOwnOutput) {
  // articles.jsonl gives `published` as an object; a date inferred from the story is not one
  // the source gave.
  const std::string data =
      R"({"id":"a","text":"Day.","published":{"date":"2019-11-21","precision":"day"}})"
      "\n"
      R"({"id":"b","text":"Month.","published":{"date":"2020-10","precision":"month"}})"
      "\n"
      R"({"id":"c","text":"Inferred.","published":{"date":"2020-10-02","precision":"day","inferred":true}})"
      "\n"
      R"({"id":"d","text":"None.","published":null})"
      "\n"
      R"({"id":"e","text":"Odd.","published":{"when":"2020-10-02"}})";
  CollectingSink sink;
  ASSERT_TRUE(JsonlReader().ReadBytes("articles.jsonl", data, &sink).ok());
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 5u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].published->ToString(), "2019-11-21");
  EXPECT_EQ(docs[1].published->ToString(), "2020-10");
  EXPECT_EQ(docs[1].published->precision(), DatePrecision::kMonth);
  EXPECT_FALSE(docs[2].published.has_value());
  EXPECT_FALSE(docs[3].published.has_value());
  EXPECT_FALSE(docs[4].published.has_value());
}

TEST(JsonlReaderTest, FiftyMegabyteLineIsRejectedAndReadingGoesOn) {
  std::string data = R"({"text":"before"})"
                     "\n";
  data += R"({"text":")";
  data.append(50u << 20, 'x');
  data += "\"}\n";
  data += R"({"text":"after"})"
          "\n";
  CollectingSink sink;
  JsonlReader().ReadBytes("huge.jsonl", data, &sink).IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 2u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].text, "before");
  EXPECT_EQ(docs[1].text, "after");
  EXPECT_EQ(docs[1].record, 3);
  ASSERT_EQ(sink.rejections().size(), 1u);
  EXPECT_EQ(sink.rejections()[0].record, 2);
  EXPECT_NE(sink.rejections()[0].ToString().find("over the limit of 8388608 bytes"),
            std::string::npos);
}

TEST(JsonlReaderTest, BomBlankLinesInvalidUtf8AndNoFinalNewline) {
  const std::string data = "\xEF\xBB\xBF{\"text\":\"one\"}\r\n\r\n   \n{\"text\":\"caf\xE9\"}";
  CollectingSink sink;
  JsonlReader().ReadBytes("u.jsonl", data, &sink).IgnoreError();
  const auto docs = sink.documents();
  ASSERT_EQ(docs.size(), 2u) << sink.RejectionSummary();
  EXPECT_EQ(docs[0].text, "one");
  EXPECT_EQ(docs[1].text, "caf\xEF\xBF\xBD");  // repaired with U+FFFD
  EXPECT_EQ(docs[1].id, "u:4");
}

TEST(JsonlReaderTest, TruncatedGzipKeepsEarlierLines) {
  std::string data;
  for (int i = 1; i <= 3000; ++i)
    data += R"({"text":"article number )" + std::to_string(i) + "\"}\n";
  std::string gz = testing_util::GzipCompress(data);
  gz.resize(gz.size() * 2 / 3);
  auto compressed = NewStringSequentialFile(gz);
  GzipFile in(compressed.get());
  CollectingSink sink;
  JsonlReader().Read("t.jsonl.gz", &in, &sink).IgnoreError();
  EXPECT_GT(sink.documents().size(), 100u);
  EXPECT_LT(sink.documents().size(), 3000u);
  ASSERT_EQ(sink.rejections().size(), 1u);
  EXPECT_NE(sink.rejections()[0].ToString().find("truncated gzip"), std::string::npos)
      << sink.RejectionSummary();
}

}  // namespace
}  // namespace newsloom
