#include "text/html_extractor.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/charset.h"

namespace newsloom {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// A page shaped like a big broadcaster's article: banners, cookie notice, navigation, share
// tools, related links and footer around one <article> inside <main>.
const char kBroadcasterPage[] = R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Kyrgyzstan: Protesters seize parliament after disputed vote - Example News</title>
<meta property="og:title" content="Kyrgyzstan: Protesters seize parliament after disputed vote">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-10-06T08:14:22.000Z">
<link rel="canonical" href="https://news.example.com/world-asia-54433689">
<script>window.__DATA__ = {"label": "Skip to content"};</script>
<style>.promo { color: red }</style>
</head>
<body>
<div id="orb-banner"><h2>Accessibility links</h2>
  <ul><li><a href="#main-content" class="skip-link">Skip to content</a></li>
      <li><a href="/accessibility">Accessibility Help</a></li></ul></div>
<div class="breaking-news-banner"><a href="/live">Breaking News</a>
  <p>Elections annulled in the capital amid unrest and protests</p></div>
<div id="cookie-notice" class="cookiePrompt"><p>We use cookies to give you the best online
  experience. Please let us know if you agree to all of these cookies.</p>
  <button>Yes, I agree</button></div>
<header role="banner"><a href="/">Example Homepage</a>
  <nav><ul><li><a href="/news">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li></ul></nav></header>
<main id="main-content">
<article>
<header><h1 id="main-heading">Kyrgyzstan: Protesters seize parliament after disputed vote</h1>
  <div class="byline">By Anna Sample, Example News</div>
  <time datetime="2020-10-06T08:14:22.000Z">6 October 2020</time></header>
<div class="share-tools"><a href="#">Share this with Facebook</a>
  <a href="#">Share this with Twitter</a></div>
<figure><img src="crowd.jpg" alt="crowd">
  <figcaption><span class="visually-hidden">Image caption, </span>Protesters gathered on
  Ala-Too square in Bishkek on Monday evening (Photo: Erkin Sample)</figcaption></figure>
<div data-component="text-block"><p><b>Protesters in Kyrgyzstan have seized government
  buildings in the capital, Bishkek, after a disputed parliamentary election.</b></p></div>
<div data-component="text-block"><p>Crowds broke into the parliament building late on Monday
  and set fire to parts of it, according to local media reports.</p></div>
<div data-component="text-block"><p>Opposition parties say the vote on Sunday was marred by
  vote-buying &amp; intimidation, and demand a new election.</p></div>
<h2>What happened overnight?</h2>
<div data-component="text-block"><p>Police used water cannon, stun grenades and tear gas to
  disperse thousands of demonstrators in the city centre.</p></div>
<div data-component="text-block"><p>The health ministry said one person had died and more
  than 590 people were injured in the clashes.</p></div>
<section class="related-stories"><h2>Related stories</h2>
  <ul><li><a href="/a">Kyrgyzstan country profile</a></li>
      <li><a href="/b">Why elections in Central Asia matter so much</a></li></ul></section>
<div class="tags"><ul><li><a href="/t1">Kyrgyzstan</a></li><li><a href="/t2">Protests</a></li>
  </ul></div>
</article>
<section data-component="links-block"><h2>More on this story</h2>
  <ul><li><a href="/c">Kyrgyzstan election: What we know so far about the results</a></li></ul>
</section>
</main>
<div id="most-read"><h2>Most Read</h2>
  <ol><li><a href="/d">An unrelated story about a cat that learned to open doors</a></li></ol></div>
<footer><p>Copyright 2020 Example. Example is not responsible for the content of external
  sites.</p><a href="/terms">Terms of Use</a></footer>
</body></html>)html";

const char* const kJunk[] = {
    "Accessibility",   "Skip to content", "Breaking News", "annulled",     "cookies",
    "Yes, I agree",    "Homepage",        "Home",          "Business",     "Share this",
    "Related stories", "country profile", "Central Asia",  "More on this", "what we know",
    "Most Read",       "cat that",        "Copyright",     "Terms of Use", "Image caption",
    "By Anna Sample",  "window.__DATA__", "color: red",    "6 October",
};

void ExpectNoJunk(const std::string& text) {
  for (const char* junk : kJunk) EXPECT_THAT(text, Not(HasSubstr(junk))) << junk;
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find("\n\n", start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

TEST(HtmlExtractorTest, BroadcasterPageKeepsOnlyTheArticle) {
  HtmlExtractor extractor;
  auto content = extractor.Extract(kBroadcasterPage);
  ASSERT_TRUE(content.ok()) << content.status();
  const std::string& text = content->text;
  EXPECT_THAT(text, StartsWith("Protesters in Kyrgyzstan have seized government buildings in "
                               "the capital, Bishkek, after a disputed parliamentary election."));
  ExpectNoJunk(text);
  EXPECT_THAT(text, HasSubstr("vote-buying & intimidation"));
  EXPECT_THAT(text, HasSubstr("\n\nWhat happened overnight?\n\nPolice used water cannon"));
  EXPECT_THAT(text, HasSubstr("more than 590 people were injured in the clashes."));
  // The lead photo's caption, with its credit, follows the first paragraph.
  const std::vector<std::string> paragraphs = Paragraphs(text);
  ASSERT_EQ(paragraphs.size(), 7u) << text;
  EXPECT_EQ(paragraphs[1],
            "Protesters gathered on Ala-Too square in Bishkek on Monday evening (Photo: Erkin "
            "Sample)");
  EXPECT_EQ(content->title, "Kyrgyzstan: Protesters seize parliament after disputed vote");
  ASSERT_TRUE(content->published.has_value());
  EXPECT_EQ(content->published->ToString(), "2020-10-06");
  EXPECT_EQ(content->published->precision(), DatePrecision::kDay);
  EXPECT_EQ(content->canonical_url, "https://news.example.com/world-asia-54433689");
  EXPECT_EQ(content->lang, "en");
  EXPECT_EQ(content->declared_charset, "utf-8");
}

// The same page with no semantic containers: the article must be found by text density.
TEST(HtmlExtractorTest, BroadcasterPageWithoutArticleMarkup) {
  std::string page = kBroadcasterPage;
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"<main id=\"main-content\">", "<div id=\"page\">"},
           {"</main>", "</div>"},
           {"<article>", "<div class=\"story-body\">"},
           {"</article>", "</div>"}}) {
    const size_t pos = page.find(from);
    ASSERT_NE(pos, std::string::npos) << from;
    page.replace(pos, from.size(), to);
  }
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_THAT(content->text, StartsWith("Protesters in Kyrgyzstan have seized"));
  ExpectNoJunk(content->text);
  EXPECT_THAT(content->text, HasSubstr("more than 590 people were injured"));
  EXPECT_EQ(content->title, "Kyrgyzstan: Protesters seize parliament after disputed vote");
}

TEST(HtmlExtractorTest, OnlyParagraphsNoArticleElement) {
  const std::string page =
      "<html><head><title>Flood warning for the river valley | Valley Times</title></head>"
      "<body><h1>Flood warning for the river valley</h1>"
      "<p>Heavy rain has caused the river to rise by two metres since Friday morning.</p>"
      "<p>Residents of three villages were told to move to higher ground before nightfall.</p>"
      "<p>The regional authority expects the water to peak on Sunday.</p></body></html>";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text,
            "Heavy rain has caused the river to rise by two metres since Friday morning.\n\n"
            "Residents of three villages were told to move to higher ground before nightfall.\n\n"
            "The regional authority expects the water to peak on Sunday.");
  EXPECT_EQ(content->title, "Flood warning for the river valley");
  EXPECT_FALSE(content->published.has_value());
  EXPECT_EQ(content->lang, "");
}

TEST(HtmlExtractorTest, NestedDivsNewsSite) {
  const std::string page = R"html(<html lang="de"><head>
<title>Sturm erreicht die Küste - Tagesbeispiel</title></head><body>
<div id="wrapper">
 <div class="top"><div class="logo"><a href="/">Tagesbeispiel</a></div>
  <div class="menu"><a href="/">Start</a> <a href="/politik">Politik</a>
   <a href="/sport">Sport</a> <a href="/wetter">Wetter</a></div></div>
 <div class="content">
  <div class="left-col"><div class="story">
   <div class="story-head"><h1>Sturm erreicht die Küste</h1><span class="when">12.03.2021</span></div>
   <div class="story-text">
    <div>Ein schwerer Sturm hat in der Nacht zum Freitag die Nordseeküste erreicht.</div>
    <div>Nach Angaben der Polizei wurden mehrere Bäume entwurzelt, Straßen waren gesperrt.</div>
    <div>Die Feuerwehr rückte zu mehr als <a href="/einsaetze">200 Einsätzen</a> aus, verletzt
     wurde niemand.</div>
   </div></div></div>
  <div class="right-col">
   <div class="box"><h3>Neueste Meldungen</h3><ul>
    <li><a href="/1">Wahl in der Nachbarstadt: Ergebnis steht fest</a></li>
    <li><a href="/2">Neue Brücke über den Fluss wird eröffnet</a></li>
    <li><a href="/3">Fußball: Heimsieg am Samstag</a></li></ul></div>
  </div>
 </div>
 <div class="bottom">Kontakt · Impressum · © 2021 Tagesbeispiel</div>
</div></body></html>)html";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text,
            "Ein schwerer Sturm hat in der Nacht zum Freitag die Nordseeküste erreicht.\n\n"
            "Nach Angaben der Polizei wurden mehrere Bäume entwurzelt, Straßen waren "
            "gesperrt.\n\n"
            "Die Feuerwehr rückte zu mehr als 200 Einsätzen aus, verletzt wurde niemand.");
  EXPECT_EQ(content->title, "Sturm erreicht die Küste");
  EXPECT_EQ(content->lang, "de");
}

TEST(HtmlExtractorTest, BrSeparatedTextAndListsInArticle) {
  const std::string page =
      "<html><body><article>"
      "<p>The committee published its findings on Tuesday after a year of hearings.<br>"
      "It made three recommendations.</p>"
      "<ul><li>Raise the minimum age for the licence to eighteen.</li>"
      "<li>Fund two more inspectors.</li></ul>"
      "<div>First part of a loose text block that sits directly in a div.<br><br>"
      "Second part after a double break.</div>"
      "</article></body></html>";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text,
            "The committee published its findings on Tuesday after a year of hearings. It made "
            "three recommendations.\n\n"
            "Raise the minimum age for the licence to eighteen.\n\n"
            "Fund two more inspectors.\n\n"
            "First part of a loose text block that sits directly in a div.\n\n"
            "Second part after a double break.");
}

TEST(HtmlExtractorTest, NonLatinPage) {
  const std::string page =
      "<html lang=\"ru-RU\"><head><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=windows-1251\"></head><body><nav><a href=\"/\">Главная</a>"
      "</nav><article><h1>Протесты в Бишкеке</h1><p>В понедельник вечером тысячи людей вышли "
      "на площадь Ала-Тоо в центре Бишкека.</p><p>Полиция применила слезоточивый газ.</p>"
      "</article></body></html>";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text,
            "В понедельник вечером тысячи людей вышли на площадь Ала-Тоо в центре Бишкека.\n\n"
            "Полиция применила слезоточивый газ.");
  EXPECT_EQ(content->title, "Протесты в Бишкеке");
  EXPECT_EQ(content->lang, "ru");
  EXPECT_EQ(content->declared_charset, "windows-1251");
}

TEST(HtmlExtractorTest, NoTextIsInvalidArgument) {
  HtmlExtractor extractor;
  for (const char* page :
       {"", "<html><head><title>Only a title</title><script>var x = 1;</script></head></html>",
        "<html><body><script>document.write('hello world, this is not text')</script>"
        "<style>p { margin: 0 }</style>   </body></html>",
        "<!-- just a comment -->", "<html><body><img src=a.png><svg><text>icon</text></svg>"}) {
    auto content = extractor.Extract(page);
    EXPECT_EQ(content.status().code(), absl::StatusCode::kInvalidArgument) << page;
  }
}

TEST(HtmlExtractorTest, TooLargeIsFailedPrecondition) {
  HtmlExtractorOptions options;
  options.max_html_bytes = 1000;
  const std::string page = "<html><body><p>" + std::string(2000, 'x') + "</p></body></html>";
  auto content = HtmlExtractor(options).Extract(page);
  EXPECT_EQ(content.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(content.status().message(), HasSubstr("max_html_bytes"));
  options.max_html_bytes = page.size();
  EXPECT_TRUE(HtmlExtractor(options).Extract(page).ok());
}

TEST(HtmlExtractorTest, DeepNestingIsFailedPrecondition) {
  std::string page = "<html><body>";
  for (int i = 0; i < 20000; ++i) page += "<div>";
  page += "<p>Text at the bottom of a very deep pile of unclosed divisions.</p>";
  auto content = HtmlExtractor().Extract(page);
  EXPECT_EQ(content.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(content.status().message(), HasSubstr("max_nesting_work"));
  // Moderately deep pages are fine, and deep inline nesting is cheap.
  std::string ok = "<html><body>";
  for (int i = 0; i < 2000; ++i) ok += "<div>";
  for (int i = 0; i < 20000; ++i) ok += "<span>";
  ok += "<p>Text at the bottom of a deep but acceptable pile of divisions.</p>";
  content = HtmlExtractor().Extract(ok);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text, "Text at the bottom of a deep but acceptable pile of divisions.");
}

TEST(HtmlExtractorTest, FiveMegabytePageWithinLimits) {
  std::string page = "<html><head><title>Long page</title></head><body><div id=\"nav\">";
  for (int i = 0; i < 200; ++i) page += "<a href=\"/s" + std::to_string(i) + "\">Section</a> ";
  page += "</div><div class=\"story\">";
  const std::string paragraph =
      "<p>Paragraph number {} of a very long report on the budget debate, with figures, "
      "quotes from ministers and reactions from the opposition benches in parliament.</p>\n";
  int count = 0;
  while (page.size() < (5u << 20)) {
    std::string p = paragraph;
    p.replace(p.find("{}"), 2, std::to_string(count++));
    page += p;
  }
  page += "</div></body></html>";
  ASSERT_GT(page.size(), 5u << 20);
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_THAT(content->text, StartsWith("Paragraph number 0 of a very long report"));
  EXPECT_THAT(content->text, HasSubstr("Paragraph number " + std::to_string(count - 1) + " "));
  EXPECT_EQ(Paragraphs(content->text).size(), static_cast<size_t>(count));
  EXPECT_THAT(content->text, Not(HasSubstr("Section")));
}

// For entity-free runs the map points at the exact source bytes.
TEST(HtmlExtractorTest, OffsetsPointIntoTheHtml) {
  const std::string page =
      "<html><body><article>\n"
      "  <p>First paragraph of the report, in plain text without markup.</p>\n"
      "  <p>Second    paragraph,\n   with collapsed\twhitespace inside it.</p>\n"
      "  <p>Third paragraph with <a href=\"/x\">a link</a> and <b>bold words</b> in it.</p>\n"
      "  <p>Fourth: caf&eacute; &amp; bar &#8212; then plain words after the entities.</p>\n"
      "</article></body></html>";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  const std::string& text = content->text;
  const OffsetMap& map = content->text_to_html;
  const std::vector<std::string> paragraphs = Paragraphs(text);
  ASSERT_EQ(paragraphs.size(), 4u) << text;
  // Whole first paragraph: one copied run.
  const size_t b0 = text.find(paragraphs[0]);
  EXPECT_EQ(page.substr(map.ToSource(b0), paragraphs[0].size()), paragraphs[0]);
  // Every word of every paragraph maps to its own bytes in the HTML, whatever the
  // whitespace, tags and entities between words.
  size_t checked = 0;
  for (size_t i = 0; i < text.size();) {
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
    const std::string word = text.substr(i, j - i);
    const bool has_entity =
        word.find("café") != std::string::npos || word == "&" || word == "\xE2\x80\x94";
    if (!word.empty() && !has_entity) {
      EXPECT_EQ(page.substr(map.ToSource(static_cast<uint32_t>(i)), word.size()), word)
          << "word '" << word << "' at " << i;
      ++checked;
    }
    i = j + 1;
  }
  EXPECT_GT(checked, 30u);
  // Decoded entities map to the start of their reference.
  const size_t amp = text.find(" & ");
  ASSERT_NE(amp, std::string::npos);
  EXPECT_EQ(page.substr(map.ToSource(static_cast<uint32_t>(amp + 1)), 5), "&amp;");
  const size_t e_acute = text.find("é");
  EXPECT_EQ(page.substr(map.ToSource(static_cast<uint32_t>(e_acute)), 8), "&eacute;");
}

TEST(HtmlExtractorTest, PublishedDateSources) {
  auto date_of = [](const std::string& head, const std::string& body) -> std::string {
    const std::string page = "<html><head>" + head + "</head><body>" + body +
                             "<p>Some article text that is long enough to be kept.</p>"
                             "</body></html>";
    auto content = HtmlExtractor().Extract(page);
    EXPECT_TRUE(content.ok()) << content.status();
    if (!content.ok() || !content->published) return "none";
    return content->published->ToString();
  };
  EXPECT_EQ(date_of("<meta name=\"pubdate\" content=\"2021-03-12\">", ""), "2021-03-12");
  EXPECT_EQ(date_of("<meta name=\"DC.date.issued\" content=\"2021-03-13T10:00:00+01:00\">", ""),
            "2021-03-13");
  EXPECT_EQ(date_of("<meta name=\"sailthru.date\" content=\"2021-03-14 10:00:00\">", ""),
            "2021-03-14");
  EXPECT_EQ(date_of("<meta name=\"parsely-pub-date\" content=\"2021-03-15T10:00:00Z\">", ""),
            "2021-03-15");
  // article:published_time wins over other metas, wherever it is.
  EXPECT_EQ(date_of("<meta name=\"date\" content=\"2021-01-01\"><meta "
                    "property=\"article:published_time\" content=\"2021-03-16T00:30:00Z\">",
                    ""),
            "2021-03-16");
  EXPECT_EQ(date_of("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                    "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":"
                    "\"NewsArticle\",\"datePublished\":\"2021-03-17T08:00:00Z\"}]}</script>",
                    ""),
            "2021-03-17");
  EXPECT_EQ(date_of("",
                    "<article><p>Text of the article that is long enough to keep.</p>"
                    "<time datetime=\"2021-03-18T09:00\">yesterday</time></article>"),
            "2021-03-18");
  EXPECT_EQ(date_of("", "<span itemprop=\"datePublished\" content=\"2021-03-19\">19/3</span>"),
            "2021-03-19");
  EXPECT_EQ(date_of("<meta name=\"pubdate\" content=\"not a date\">", ""), "none");
}

TEST(HtmlExtractorTest, FurnitureWrapperHoldingTheArticleIsKept) {
  // Some sites wrap everything in a <form> (ASP.NET) or a div whose class names a sidebar.
  const std::string page =
      "<html><body><form id=\"aspnetForm\"><div class=\"page has-sidebar\">"
      "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/n\">News</a></div>"
      "<div class=\"text\"><p>The council approved the new budget on Wednesday evening.</p>"
      "<p>It includes money for two schools and a repaired bridge over the canal.</p>"
      "<p>The opposition voted against, calling the plan too expensive for the town.</p></div>"
      "</div></form></body></html>";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_THAT(content->text, StartsWith("The council approved the new budget"));
  EXPECT_THAT(content->text, HasSubstr("too expensive for the town."));
  EXPECT_THAT(content->text, Not(HasSubstr("Home")));
}

TEST(HtmlExtractorTest, ShortPageStillReturnsItsText) {
  auto content = HtmlExtractor().Extract("<p>Short news.</p>");
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text, "Short news.");
}

TEST(HtmlExtractorTest, OutputIsValidUtf8WhateverTheInput) {
  // Invalid bytes, and a numeric reference far beyond U+10FFFF (gumbo overflows on it).
  const std::string page =
      "<html><head><title>Bad \xFF title</title></head><body><p>Bytes \xC3 and \xE2\x82 "
      "here, then &#xFFF99999999999999999999999999999999; and &#0; in a paragraph.</p>"
      "</body></html>";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_TRUE(IsValidUtf8(content->text)) << content->text;
  EXPECT_TRUE(IsValidUtf8(content->title)) << content->title;
  EXPECT_THAT(content->text, HasSubstr("in a paragraph."));
}

TEST(HtmlExtractorTest, MalformedHtmlIsTolerated) {
  const std::string page =
      "<html><body><div class=story><p>Unclosed paragraph about the election results in the "
      "northern region<p>Another one with a stray </span> end tag and <b>unclosed bold text"
      "<div>and a div that never closes, holding the last sentence of the story.";
  auto content = HtmlExtractor().Extract(page);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_THAT(content->text, StartsWith("Unclosed paragraph about the election results"));
  EXPECT_THAT(content->text, HasSubstr("last sentence of the story."));
}

}  // namespace
}  // namespace newsloom

namespace newsloom {
namespace {

TEST(HtmlExtractorStandfirstTest, KeepsStandfirstInArticleHeaderAndContentNbsp) {
  const std::string html =
      "<html><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><header>"
      "<p class=\"section-label\">Poland</p><h1>Big march in the capital</h1>"
      "<p class=\"standfirst\">Organisers say the march brings tens of thousands to the "
      "streets of the capital</p><ul class=\"share\"><li><a href=#>Share</a></li></ul>"
      "</header><p>Police estimated the crowd at 1&nbsp;500 people by noon, while "
      "organisers spoke of far more.</p><p>The march ended peacefully in the evening near "
      "the parliament building, &nbsp; police said.</p></article></body></html>";
  HtmlExtractor extractor;
  auto content = extractor.Extract(html);
  ASSERT_TRUE(content.ok()) << content.status();
  EXPECT_EQ(content->text.rfind("Organisers say the march brings tens of thousands", 0), 0u)
      << content->text;
  EXPECT_NE(content->text.find("1\u00a0500 people"), std::string::npos) << content->text;
  EXPECT_NE(content->text.find("building, police said"), std::string::npos) << content->text;
  EXPECT_EQ(content->text.find("Share"), std::string::npos);
  EXPECT_EQ(content->text.find("Poland"), std::string::npos);
}

}  // namespace
}  // namespace newsloom
