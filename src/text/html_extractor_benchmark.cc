// Throughput of HtmlExtractor::Extract on a synthetic 30 KB news page (navigation, cookie
// notice, an article of a dozen paragraphs with links and entities, related links, footer,
// and a head with scripts and JSON-LD), and of DecodeToUtf8 on a windows-1251 page.
#include <benchmark/benchmark.h>

#include <string>

#include "text/charset.h"
#include "text/html_dom.h"
#include "text/html_extractor.h"

namespace newsloom {
namespace {

std::string NewsPage() {
  std::string page =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>Parliament stormed after disputed vote - Example News</title>"
      "<meta property=\"og:title\" content=\"Parliament stormed after disputed vote\">"
      "<meta property=\"article:published_time\" content=\"2020-10-06T08:14:22Z\">"
      "<link rel=\"canonical\" href=\"https://news.example.com/a/1\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
      "\"2020-10-06T08:14:22Z\",\"headline\":\"Parliament stormed\"}</script>";
  for (int i = 0; i < 12; ++i) {
    page += "<script>window.cfg" + std::to_string(i) +
            " = {\"a\": [1, 2, 3], \"b\": \"some configuration string for the page\", "
            "\"c\": {\"nested\": true, \"more\": \"values that scripts carry around\"}};"
            "function f(x) { return x * 2 + 1; } if (f(2) > 3) { console.log('ok'); }"
            "</script>";
  }
  page +=
      "<style>body{margin:0;padding:0}.nav a{color:#333;text-decoration:none}"
      ".story p{line-height:1.5;font-size:18px}</style></head><body>"
      "<div class=\"skip\"><a href=\"#main\">Skip to content</a></div>"
      "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on our "
      "site. By continuing you agree to our use of cookies.</p><button>OK</button></div>"
      "<header><nav class=\"main-nav\"><ul>";
  for (int i = 0; i < 80; ++i) {
    page += "<li class=\"nav-item\"><a href=\"/section/" + std::to_string(i) +
            "\" class=\"nav-link\">Section " + std::to_string(i) + "</a></li>";
  }
  page +=
      "</ul></nav></header><main id=\"main\"><article class=\"story\">"
      "<header><h1>Parliament stormed after disputed vote</h1>"
      "<time datetime=\"2020-10-06T08:14:22Z\">6 October 2020</time></header>"
      "<div class=\"share\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a></div>";
  for (int i = 0; i < 30; ++i) {
    page += "<div class=\"text-block\"><p>Paragraph " + std::to_string(i) +
            ": protesters gathered in the central square on Monday evening &amp; demanded "
            "the results be annulled, according to <a href=\"/ref\">local media</a>. Police "
            "said several people were injured &mdash; some seriously &mdash; and more than "
            "a hundred were detained overnight, while officials called for calm.</p></div>\n";
  }
  page +=
      "<figure><img src=\"a.jpg\"><figcaption>Crowds in the square (Photo: A. Sample)"
      "</figcaption></figure></article><section class=\"related\"><h2>Related</h2><ul>";
  for (int i = 0; i < 50; ++i) {
    page += "<li><a href=\"/story/" + std::to_string(i) +
            "\">Another related headline about "
            "events elsewhere, number " +
            std::to_string(i) + "</a></li>";
  }
  page += "</ul></section></main><footer><ul>";
  for (int i = 0; i < 60; ++i) {
    page += "<li><a href=\"/f/" + std::to_string(i) + "\">Footer link " + std::to_string(i) +
            "</a></li>";
  }
  page +=
      "</ul><p>Copyright 2020 Example News. All rights reserved.</p></footer>"
      "<div class=\"modal\" style=\"display:none\"><p>Subscribe to our newsletter</p>"
      "</div></body></html>";
  return page;
}

void BM_Extract(benchmark::State& state) {
  const std::string page = NewsPage();
  const HtmlExtractor extractor;
  size_t text_bytes = 0;
  for (auto _ : state) {
    auto content = extractor.Extract(page);
    if (!content.ok()) state.SkipWithError("extract failed");
    text_bytes = content->text.size();
    benchmark::DoNotOptimize(content);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
  state.counters["page_bytes"] = static_cast<double>(page.size());
  state.counters["text_bytes"] = static_cast<double>(text_bytes);
}
BENCHMARK(BM_Extract);

// The gumbo parse alone, to see how much of Extract is parsing.
void BM_ParseOnly(benchmark::State& state) {
  const std::string page = NewsPage();
  for (auto _ : state) {
    ParsedHtml parsed(page);
    benchmark::DoNotOptimize(parsed.root());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_ParseOnly);

void BM_DecodeWindows1251(benchmark::State& state) {
  // "Привет, мир. " repeated, in windows-1251, undeclared: detection plus conversion.
  const std::string unit = "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0. ";
  std::string bytes;
  while (bytes.size() < 30000) bytes += unit;
  for (auto _ : state) {
    std::string used;
    benchmark::DoNotOptimize(DecodeToUtf8(bytes, "", &used));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_DecodeWindows1251);

void BM_DecodeValidUtf8(benchmark::State& state) {
  std::string bytes;
  while (bytes.size() < 30000) bytes += "Протестующие захватили парламент. Police said. ";
  for (auto _ : state) {
    std::string used;
    benchmark::DoNotOptimize(DecodeToUtf8(bytes, "windows-1251", &used));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_DecodeValidUtf8);

}  // namespace
}  // namespace newsloom
