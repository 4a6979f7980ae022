#include "text/charset.h"

#include <unicode/ucnv.h>

#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

// Encodes UTF-8 `text` in `charset` with ICU (the test's own encoder, independent of the
// decoding path under test).
std::string Encode(const std::string& text, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(text.size() * 4 + 16, '\0');
  const int32_t len = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                   text.data(), static_cast<int32_t>(text.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(len);
  return out;
}

std::string HtmlPage(const std::string& body_bytes) {
  return "<html><head><title>t</title></head><body><div class=\"story\"><p>" + body_bytes +
         "</p></div></body></html>";
}

const char kRussian[] =
    "Вчера вечером в центре Бишкека собрались тысячи человек. Они требовали отставки "
    "правительства и новых выборов. Полиция применила слезоточивый газ, несколько человек "
    "получили ранения, а около двадцати были задержаны.";
const char kArabic[] =
    "تظاهر آلاف الأشخاص في العاصمة مساء أمس للمطالبة بإجراء انتخابات جديدة. وقالت الشرطة "
    "إن عددا من المحتجين أصيبوا خلال المواجهات التي استمرت حتى ساعة متأخرة من الليل.";
const char kFrench[] =
    "Les manifestants se sont rassemblés devant le siège du gouvernement. Selon la "
    "préfecture, la police a procédé à une dizaine d'interpellations après des heurts près "
    "de la gare. Les élèves et les étudiants étaient nombreux à défiler dans le cortège.";
const char kChineseSimplified[] =
    "昨天晚上，数千名抗议者聚集在首都的中心广场，要求政府辞职并举行新的选举。"
    "警方使用了催泪瓦斯，有多人受伤，另有二十多人被拘留。";
const char kChineseTraditional[] =
    "昨天晚上，數千名抗議者聚集在首都的中心廣場，要求政府辭職並舉行新的選舉。"
    "警方使用了催淚瓦斯，有多人受傷，另有二十多人被拘留。";
const char kJapanese[] =
    "昨夜、首都の中心部で数千人の抗議者が集まり、政府の辞任と新たな選挙を求めた。"
    "警察は催涙ガスを使用し、数人が負傷した。およそ二十人が拘束されたという。";

TEST(IsValidUtf8Test, AcceptsAndRejects) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii text that is long enough for the word loop"));
  EXPECT_TRUE(IsValidUtf8("Kirgizië – Бишкек 比什凯克 😀"));
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));                  // Latin-1 é.
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));                 // Overlong '/'.
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));             // Overlong 3-byte.
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));             // Surrogate U+D800.
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));         // > U+10FFFF.
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x82"));              // Truncated.
  EXPECT_FALSE(IsValidUtf8("\x80 stray continuation"));  // Lone continuation.
}

TEST(ReplaceInvalidUtf8Test, ReplacesMaximalSubparts) {
  std::string s = "ok";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 0u);
  EXPECT_EQ(s, "ok");
  s = "caf\xE9 ok";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 1u);
  EXPECT_EQ(s, "caf\xEF\xBF\xBD ok");
  // A truncated 3-byte sequence is one subpart; the stray continuation another.
  s = "a\xE2\x82"
      "b\x80";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 2u);
  EXPECT_EQ(s,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(s));
}

TEST(CharsetFromContentTypeTest, Parses) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=UTF-8"), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"windows-1251\""), "windows-1251");
  EXPECT_EQ(CharsetFromContentType("Shift_JIS"), "shift_jis");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
  EXPECT_EQ(CharsetFromContentType("text/html; charset=<script>"), "");
}

TEST(SniffDeclaredCharsetTest, FindsDeclarations) {
  EXPECT_EQ(SniffDeclaredCharset("<html><head><meta charset=\"Windows-1251\"></head>"),
            "windows-1251");
  EXPECT_EQ(SniffDeclaredCharset("<HTML><META CHARSET=utf-8>"), "utf-8");
  EXPECT_EQ(SniffDeclaredCharset("<meta http-equiv=\"Content-Type\" "
                                 "content=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(SniffDeclaredCharset("<?xml version=\"1.0\" encoding='GB2312'?><rss>"), "gb2312");
  EXPECT_EQ(SniffDeclaredCharset("<meta name=\"description\" content=\"no charset here\">"), "");
  EXPECT_EQ(SniffDeclaredCharset("<metadata charset=\"koi8-r\">"), "");
  EXPECT_EQ(SniffDeclaredCharset(""), "");
  // Beyond the first 4 KiB it is not looked for.
  EXPECT_EQ(SniffDeclaredCharset(std::string(5000, ' ') + "<meta charset=\"koi8-r\">"), "");
}

TEST(DecodeToUtf8Test, DeclaredWindows1251LiteralBytes) {
  // "Вчера вечером в центре Бишкека собрались тысячи человек." in cp1251 (from python3).
  const std::string bytes =
      "\xC2\xF7\xE5\xF0\xE0\x20\xE2\xE5\xF7\xE5\xF0\xEE\xEC\x20\xE2\x20\xF6\xE5\xED\xF2\xF0\xE5"
      "\x20\xC1\xE8\xF8\xEA\xE5\xEA\xE0\x20\xF1\xEE\xE1\xF0\xE0\xEB\xE8\xF1\xFC\x20\xF2\xFB\xF1"
      "\xFF\xF7\xE8\x20\xF7\xE5\xEB\xEE\xE2\xE5\xEA\x2E";
  std::string used;
  EXPECT_EQ(DecodeToUtf8(bytes, "cp1251", &used),
            "Вчера вечером в центре Бишкека собрались тысячи человек.");
  EXPECT_EQ(used, "windows-1251");
}

TEST(DecodeToUtf8Test, Latin1LiteralBytesAreWindows1252) {
  std::string used;
  // "Élections à Montréal" in latin1, plus 0x80 which windows-1252 maps to the euro sign.
  EXPECT_EQ(DecodeToUtf8("\xC9lections \xE0 Montr\xE9"
                         "al \x80",
                         "ISO-8859-1", &used),
            "Élections à Montréal €");
  EXPECT_EQ(used, "windows-1252");
}

TEST(DecodeToUtf8Test, Utf8BomAndUtf16Boms) {
  std::string used;
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBFKirgizi\xC3\xAB", "windows-1252", &used), "Kirgizië");
  EXPECT_EQ(used, "utf-8");
  // "Aé€" in UTF-16LE and UTF-16BE with BOMs; the declaration loses against the BOM.
  const std::string le(
      "\xFF\xFE"
      "A\0\xE9\0\xAC\x20",
      8);
  EXPECT_EQ(DecodeToUtf8(le, "windows-1251", &used), "Aé€");
  EXPECT_EQ(used, "utf-16le");
  const std::string be("\xFE\xFF\0A\0\xE9\x20\xAC", 8);
  EXPECT_EQ(DecodeToUtf8(be, "", &used), "Aé€");
  EXPECT_EQ(used, "utf-16be");
}

TEST(DecodeToUtf8Test, Utf16DeclaredWithoutBom) {
  const std::string utf16 = Encode("Hello, Almaty! Привет.", "UTF-16LE");
  std::string used;
  EXPECT_EQ(DecodeToUtf8(utf16, "utf-16", &used), "Hello, Almaty! Привет.");
  EXPECT_EQ(used, "utf-16le");
  // A UTF-16 declaration on bytes without NULs is wrong: the bytes are plain UTF-8.
  EXPECT_EQ(DecodeToUtf8("plain text é", "utf-16", &used), "plain text é");
  EXPECT_EQ(used, "utf-8");
}

TEST(DecodeToUtf8Test, LegacyDeclarationOnValidUtf8IsIgnored) {
  std::string used;
  EXPECT_EQ(DecodeToUtf8(kRussian, "windows-1251", &used), kRussian);
  EXPECT_EQ(used, "utf-8");
  EXPECT_EQ(DecodeToUtf8(kFrench, "text/html; charset=iso-8859-1", &used), kFrench);
  EXPECT_EQ(used, "utf-8");
}

TEST(DecodeToUtf8Test, AsciiWithLegacyDeclarationKeepsDeclaration) {
  std::string used;
  EXPECT_EQ(DecodeToUtf8("plain ascii", "koi8-r", &used), "plain ascii");
  EXPECT_EQ(used, "koi8-r");
}

TEST(DecodeToUtf8Test, UnknownDeclarationFallsBackToSniffing) {
  std::string used;
  EXPECT_EQ(DecodeToUtf8(kFrench, "x-no-such-charset", &used), kFrench);
  EXPECT_EQ(used, "utf-8");
  const std::string cp1251 = Encode(HtmlPage(kRussian), "windows-1251");
  EXPECT_EQ(DecodeToUtf8(cp1251, "bogus", &used), HtmlPage(kRussian));
  EXPECT_EQ(used, "windows-1251");
}

TEST(DecodeToUtf8Test, Utf8DeclarationOnLegacyBytesIsDetected) {
  const std::string cp1251 = Encode(HtmlPage(kRussian), "windows-1251");
  std::string used;
  EXPECT_EQ(DecodeToUtf8(cp1251, "utf-8", &used), HtmlPage(kRussian));
  EXPECT_EQ(used, "windows-1251");
}

TEST(DecodeToUtf8Test, Utf8DeclarationWithFewBadBytesIsRepaired) {
  const std::string text = std::string(kFrench) + " \xE9";
  std::string used;
  EXPECT_EQ(DecodeToUtf8(text, "utf-8", &used), std::string(kFrench) + " \xEF\xBF\xBD");
  EXPECT_EQ(used, "utf-8");
}

struct DetectCase {
  const char* text;
  const char* encode_as;
  const char* expect_used;
};

class DetectTest : public testing::TestWithParam<DetectCase> {};

TEST_P(DetectTest, UndeclaredLegacyPageIsDetected) {
  const DetectCase& c = GetParam();
  const std::string page = HtmlPage(c.text);
  const std::string bytes = Encode(page, c.encode_as);
  ASSERT_FALSE(IsValidUtf8(bytes));
  std::string used;
  EXPECT_EQ(DecodeToUtf8(bytes, "", &used), page);
  EXPECT_EQ(used, c.expect_used);
}

INSTANTIATE_TEST_SUITE_P(Charsets, DetectTest,
                         testing::Values(DetectCase{kRussian, "windows-1251", "windows-1251"},
                                         DetectCase{kArabic, "windows-1256", "windows-1256"},
                                         DetectCase{kFrench, "windows-1252", "windows-1252"},
                                         DetectCase{kChineseSimplified, "GB18030", "gb18030"},
                                         DetectCase{kChineseTraditional, "Big5", "big5"},
                                         DetectCase{kJapanese, "Shift_JIS", "shift_jis"}));

TEST(DecodeToUtf8Test, DeclaredMultibyteCharsets) {
  std::string used;
  EXPECT_EQ(DecodeToUtf8(Encode(kChineseSimplified, "GB18030"), "gb2312", &used),
            kChineseSimplified);
  EXPECT_EQ(used, "gb18030");
  EXPECT_EQ(DecodeToUtf8(Encode(kJapanese, "Shift_JIS"), "Shift_JIS", &used), kJapanese);
  EXPECT_EQ(used, "shift_jis");
}

TEST(DecodeToUtf8Test, UndecodableBytesBecomeReplacementCharacter) {
  std::string used;
  // 0xFF is not a GB18030 lead byte.
  const std::string out = DecodeToUtf8(
      "\xFF"
      "abc",
      "gb18030", &used);
  EXPECT_EQ(out,
            "\xEF\xBF\xBD"
            "abc");
  // A truncated Shift_JIS double-byte character at the end.
  const std::string sjis = Encode("日本", "Shift_JIS");
  const std::string truncated = DecodeToUtf8(sjis.substr(0, 3), "shift_jis", &used);
  EXPECT_EQ(truncated, "日\xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(DecodeToUtf8("\xFF\xFE\x41", "", &used)));  // Odd UTF-16 length.
}

}  // namespace
}  // namespace newsloom
