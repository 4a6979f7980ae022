#include "ingest/raw_document.h"

#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/document_sink.h"

namespace newsloom {
namespace {

TEST(RawDocumentTest, FormatNames) {
  EXPECT_EQ(SourceFormatName(SourceFormat::kSeedText), "seed");
  EXPECT_EQ(SourceFormatName(SourceFormat::kPlainText), "text");
  EXPECT_EQ(SourceFormatName(SourceFormat::kHtml), "html");
  EXPECT_EQ(SourceFormatName(SourceFormat::kJsonl), "jsonl");
  EXPECT_EQ(SourceFormatName(SourceFormat::kWarc), "warc");
  EXPECT_EQ(SourceFormatName(SourceFormat::kFeed), "feed");
}

TEST(RejectionTest, ToStringNamesFileAndLine) {
  Rejection r{"data/a.jsonl", 12, absl::InvalidArgumentError("invalid JSON")};
  EXPECT_EQ(r.ToString(), "data/a.jsonl:12: invalid JSON");
  r.record = 0;
  EXPECT_EQ(r.ToString(), "data/a.jsonl: invalid JSON");
}

TEST(CollectingSinkTest, KeepsOrder) {
  CollectingSink sink;
  RawDocument a;
  a.id = "a";
  sink.Accept(a);
  sink.Reject({"f", 1, absl::InvalidArgumentError("bad")});
  sink.Reject({"g", 0, absl::NotFoundError("gone")});
  ASSERT_EQ(sink.documents().size(), 1u);
  EXPECT_EQ(sink.documents()[0].id, "a");
  EXPECT_EQ(sink.RejectionSummary(), "f:1: bad\ng: gone");
}

}  // namespace
}  // namespace newsloom
