#include "resources/name_key.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(NormalizeNameKeyTest, AsciiFoldsCaseAndPunctuation) {
  EXPECT_EQ(NormalizeNameKey("Bishkek"), "bishkek");
  EXPECT_EQ(NormalizeNameKey("  Alma-Ata "), "alma ata");
  EXPECT_EQ(NormalizeNameKey("St. Gallen"), "st gallen");
  EXPECT_EQ(NormalizeNameKey("N'Djamena"), "n djamena");
  EXPECT_EQ(NormalizeNameKey("...!"), "");
  EXPECT_EQ(NormalizeNameKey(""), "");
}

TEST(NormalizeNameKeyTest, RemovesDiacriticsAndFoldsCase) {
  EXPECT_EQ(NormalizeNameKey("Bíchkek"), "bichkek");
  EXPECT_EQ(NormalizeNameKey("São Paulo"), "sao paulo");
  EXPECT_EQ(NormalizeNameKey("Straße"), "strasse");
  EXPECT_EQ(NormalizeNameKey("Łódź"), "lodz");
  EXPECT_EQ(NormalizeNameKey("Tromsø"), "tromso");
  EXPECT_EQ(NormalizeNameKey("İstanbul"), "istanbul");
  EXPECT_EQ(NormalizeNameKey("ＫＹＯＴＯ"), "kyoto");  // fullwidth
}

TEST(NormalizeNameKeyTest, KeepsNonLatinScripts) {
  EXPECT_EQ(NormalizeNameKey("Бишкек"), "бишкек");
  EXPECT_EQ(NormalizeNameKey("Йошкар-Ола"), "иошкар ола");
  EXPECT_EQ(NormalizeNameKey("Ἀθῆναι"), "αθηναι");
  EXPECT_EQ(NormalizeNameKey("東京"), "東京");
}

TEST(NormalizeNameKeyTest, InvalidUtf8IsASeparator) {
  EXPECT_EQ(NormalizeNameKey("Osh\xff\xfe"
                             "City"),
            "osh city");
}

TEST(NormalizeNameKeyTest, IsIdempotent) {
  for (const char* s : {"Bisjkek", "Алматы", "Ärø", "Ἀθῆναι", "ﬁnland", "Ⅻ"}) {
    std::string once = NormalizeNameKey(s);
    EXPECT_EQ(NormalizeNameKey(once), once) << s;
  }
}

TEST(NameKeyTest, FastPathMatchesIcu) {
  for (const char* name : {"бишкеке",
                           "БИШКЕКЕ",
                           "алма-ата",
                           "Алма-Ата",
                           "край",
                           "ёлка",
                           "Києві",
                           "Kirgizië's",
                           "Straße",
                           "Warszawie",
                           "Łódź",
                           "İstanbul'da",
                           "Ærø",
                           "Ελλάδα",
                           "العراقية",
                           "إيران",
                           "Île-de-France",
                           "½ mile",
                           "ǅemal",
                           "a\xCC\x81"
                           "b",
                           "x\xC3",
                           "\xC0\x80"}) {
    EXPECT_EQ(NormalizeNameKey(name), NormalizeNameKeyWithIcu(name)) << name;
  }
  // Every two-byte code point, alone and between letters.
  for (uint32_t cp = 0x80; cp < 0x800; ++cp) {
    std::string c = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    for (const std::string& s : {c, "a" + c + "b", c + " " + c, "-" + c + "-"}) {
      ASSERT_EQ(NormalizeNameKey(s), NormalizeNameKeyWithIcu(s)) << "U+" << std::hex << cp;
    }
  }
}

std::string Utf8Of3(uint32_t cp) {
  return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
          static_cast<char>(0x80 | (cp & 0x3F))};
}

TEST(NameKeyTest, HanIdeographsAreTheirOwnKey) {
  // Every ideograph the fast path takes, alone, between letters, next to a mark and in a
  // mixed run, against the ICU path.
  for (uint32_t cp = 0x3400; cp <= 0x9FFF; ++cp) {
    if (cp > 0x4DBF && cp < 0x4E00) continue;
    const std::string c = Utf8Of3(cp);
    ASSERT_TRUE(IsHanIdeographKey(c)) << "U+" << std::hex << cp;
    for (const std::string& s : {c, "a" + c + "B", c + c, c + "\xCC\x81" + c, "-" + c + " д"}) {
      ASSERT_EQ(NormalizeNameKey(s), NormalizeNameKeyWithIcu(s)) << "U+" << std::hex << cp;
    }
    ASSERT_EQ(NormalizeNameKey(c), c) << "U+" << std::hex << cp;
  }
}

TEST(NameKeyTest, IsHanIdeographKeyOnlyForIdeographs) {
  EXPECT_TRUE(IsHanIdeographKey("北京"));
  EXPECT_TRUE(IsHanIdeographKey("比什凯克"));
  EXPECT_FALSE(IsHanIdeographKey(""));
  EXPECT_FALSE(IsHanIdeographKey("北京市 "));
  EXPECT_FALSE(IsHanIdeographKey("東京a"));
  EXPECT_FALSE(IsHanIdeographKey("とうきょう"));        // kana
  EXPECT_FALSE(IsHanIdeographKey("서울"));              // Hangul decomposes under NFKD
  EXPECT_FALSE(IsHanIdeographKey("\xEF\xA4\x80"));      // U+F900, a compatibility ideograph
  EXPECT_FALSE(IsHanIdeographKey("\xE4\xB8"));          // truncated
  EXPECT_FALSE(IsHanIdeographKey("\xE4\xB8\xAD\xCC"));  // 中 and a broken sequence
  // Where the fast path stops, the ICU path gives the key.
  for (const char* s : {"\xEF\xA4\x80", "서울", "ソウル市", "中\xE4\xB8", "々木"}) {
    EXPECT_EQ(NormalizeNameKey(s), NormalizeNameKeyWithIcu(s)) << s;
  }
}

}  // namespace
}  // namespace newsloom
