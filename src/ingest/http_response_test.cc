#include "ingest/http_response.h"

#include "gtest/gtest.h"
#include "ingest/test_util.h"

namespace newsloom {
namespace {

TEST(HttpResponseTest, StatusHeadersAndBody) {
  StatusOr<HttpResponseMessage> r = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=KOI8-R\r\nX: y\r\n\r\n<p>body", 100);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->content_type, "text/html; charset=KOI8-R");
  EXPECT_EQ(r->body, "<p>body");
  StatusOr<HttpResponseMessage> bare = ParseHttpResponse("HTTP/1.0 404 Not Found\n\n", 100);
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->status, 404);
  EXPECT_TRUE(bare->body.empty());
}

TEST(HttpResponseTest, ChunkedAndCompressed) {
  StatusOr<HttpResponseMessage> chunked = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n"
      "0\r\n\r\n",
      100);
  ASSERT_TRUE(chunked.ok());
  EXPECT_EQ(chunked->body, "hello, world");
  // Not really chunked although the header says so: the body is kept as is.
  StatusOr<HttpResponseMessage> bad =
      ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>", 100);
  EXPECT_EQ(bad->body, "<html>");
  const std::string gz = testing_util::GzipCompress("<p>zipped</p>");
  StatusOr<HttpResponseMessage> zipped =
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz, 100);
  ASSERT_TRUE(zipped.ok()) << zipped.status();
  EXPECT_EQ(zipped->body, "<p>zipped</p>");
  EXPECT_TRUE(absl::IsDataLoss(
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip", 100)
          .status()));
}

TEST(HttpResponseTest, Malformed) {
  EXPECT_FALSE(ParseHttpResponse("", 10).ok());
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", 10).ok());
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 2x0 OK\r\n\r\n", 10).ok());
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html", 10).ok());
}

TEST(ContentTypeTest, MimeAndCharset) {
  EXPECT_EQ(MimeType("Text/HTML; charset=UTF-8"), "text/html");
  EXPECT_EQ(MimeType(""), "");
  EXPECT_EQ(CharsetParameter("text/html; charset=\"Windows-1251\"; x=y"), "windows-1251");
  EXPECT_EQ(CharsetParameter("text/html;charset=utf-8"), "utf-8");
  EXPECT_EQ(CharsetParameter("text/html"), "");
  EXPECT_TRUE(IsHtmlMimeType("application/xhtml+xml"));
  EXPECT_FALSE(IsHtmlMimeType("image/png"));
}

}  // namespace
}  // namespace newsloom
