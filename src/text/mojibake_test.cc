#include "text/mojibake.h"

#include <gtest/gtest.h>

#include <string>

#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

// What a Windows-1252 decoder (Latin-1 controls for its undefined bytes) makes of UTF-8 bytes,
// encoded as UTF-8 again.
std::string MakeMojibake(const std::string& utf8) {
  static const char32_t kHigh[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  for (const char c : utf8) {
    const auto b = static_cast<unsigned char>(c);
    AppendUtf8(b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : char32_t{b}, &out);
  }
  return out;
}

std::string Repair(const std::string& in) {
  std::string out;
  OffsetMap map;
  return RepairMojibake(in, &out, &map) > 0 ? out : in;
}

TEST(MojibakeTest, RepairsExamplesFromTheIssue) {
  EXPECT_EQ(Repair("In KirgiziÃ« hebben"), "In Kirgizië hebben");
  EXPECT_EQ(Repair("Ð‘Ð¸ÑˆÐºÐµÐº"), "Бишкек");
  EXPECT_EQ(Repair("â€œNiet schieten!â€\xC2\x9D"), "“Niet schieten!”");
  EXPECT_EQ(MakeMojibake("Бишкек"), "Ð‘Ð¸ÑˆÐºÐµÐº");
}

TEST(MojibakeTest, RoundTripsManyScripts) {
  const std::string texts[] = {
      "Kirgizië en Centraal-Azië",
      "Жээнбеков заявил в Бишкеке",
      "“Sie sagten: ‘nein’” – in München, Österreich und Zürich",
      "Ölüm sayısı arttı, İstanbul'da şiddetli yağış",
      "北京大学的学生也参加了",
      "東京では雨が降った",
      "Η αστυνομία συνέλαβε διαδηλωτές",
      "قالت الشرطة يوم الخميس",
      "המשטרה אמרה ביום חמישי",
      "Zeker twaalf agenten 😀 zijn € 5 kwijt",
      "Łódź, Kraków i Gdańsk: żółć",
      "Mulțumesc, București și Timișoara",
  };
  for (const std::string& t : texts) {
    EXPECT_EQ(Repair(MakeMojibake(t)), t) << t;
  }
}

TEST(MojibakeTest, RepairsOnlyTheBrokenPart) {
  const std::string good = "Horoz dövüşü yaptıran zanlılar yakalandı.";
  EXPECT_EQ(Repair(MakeMojibake("Horoz dövüşü") + "\n" + good), "Horoz dövüşü\n" + good);
  EXPECT_EQ(Repair("EBA Ã¶ÄŸrenci giriÅŸ? İTÇ Şifresi nasıl alÄ±nÄ±r?"),
            "EBA öğrenci giriş? İTÇ Şifresi nasıl alınır?");
}

TEST(MojibakeTest, RepairsDoubleEncoding) {
  EXPECT_EQ(Repair(MakeMojibake(MakeMojibake("Kirgizië en Bisjkek"))), "Kirgizië en Bisjkek");
}

TEST(MojibakeTest, RepairsNfkcFractionsAndC1Controls) {
  // "ü" = C3 BC; BC is "¼", which NFKC rewrote as "1⁄4".
  EXPECT_EQ(Repair("fÃ1⁄4r die TÃ1⁄4rkei"), "für die Türkei");
  // "Ü" = C3 9C decoded as Latin-1 gives U+009C.
  EXPECT_EQ(Repair("Ã\xC2\x9C"
                   "berschreiten"),
            "Überschreiten");
}

TEST(MojibakeTest, RepairsAGraveWhoseNbspBecameASpace) {
  EXPECT_EQ(Repair("Ã  la carte, trÃ¨s bien"), "à la carte, très bien");
  EXPECT_EQ(Repair("voilÃ , trÃ¨s bien"), "voilà, très bien");
}

TEST(MojibakeTest, NeverDamagesCorrectText) {
  const std::string texts[] = {
      "SÃO PAULO e a IRMÃ chegaram",
      "Der „Fuß“ und der „Gruß“",
      "JOSÉ” disse o jornal",
      "PÅ” stod det",
      "Un café… et puis",
      "Øresund og Ærø",
      "Ðorđe Balašević",
      "Âge et Ébène",
      "A MAÇÃ à venda",
      "“IRMÔ é o título",
      "Ä“ ist kein Wort",
      "plain ASCII text",
  };
  for (const std::string& t : texts) {
    std::string out;
    OffsetMap map;
    EXPECT_EQ(RepairMojibake(t, &out, &map), 0u) << t << " -> " << out;
  }
}

TEST(MojibakeTest, KeepsCorrectTextBesideRealMojibake) {
  EXPECT_EQ(Repair("Der „Fuß“ ist fÃ¼r MÃ¼nchen"), "Der „Fuß“ ist für München");
  EXPECT_EQ(Repair("SÃO PAULO, nÃ£o"), "SÃO PAULO, não");
}

TEST(MojibakeTest, IsolatedCyrillicLetterNeedsCyrillicEvidence) {
  // "Ð²" is "в": repaired beside other Cyrillic mojibake, left alone otherwise.
  EXPECT_EQ(Repair(MakeMojibake("Протест в Бишкеке")), "Протест в Бишкеке");
  EXPECT_EQ(Repair("Ð² und fÃ¼r"), "Ð² und für");
}

TEST(MojibakeTest, MapsOffsetsBackToTheInput) {
  const std::string in = "KirgiziÃ«! Ð‘Ð¸.";
  std::string out;
  OffsetMap map;
  ASSERT_EQ(RepairMojibake(in, &out, &map), 3u);
  ASSERT_EQ(out, "Kirgizië! Би.");
  EXPECT_EQ(map.ToSource(0), 0u);
  EXPECT_EQ(map.ToSource(7), 7u);    // "ë" <- "Ã«"
  EXPECT_EQ(map.ToSource(9), 11u);   // "!"
  EXPECT_EQ(map.ToSource(11), 13u);  // "Б" <- "Ð‘"
  EXPECT_EQ(map.ToSource(13), 18u);  // "и" <- "Ð¸"
  EXPECT_EQ(map.ToSource(15), 22u);  // "."
  EXPECT_EQ(map.ToSource(16), in.size());
}

TEST(MojibakeTest, PreCheckSkipsCleanText) {
  EXPECT_FALSE(MayContainMojibake("Kirgizië, München, São Paulo, Бишкек"));
  EXPECT_TRUE(MayContainMojibake("KirgiziÃ«"));
  EXPECT_TRUE(MayContainMojibake("â€œ"));
}

}  // namespace
}  // namespace newsloom::text_analysis
