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

}  // namespace
}  // namespace newsloom
