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

}  // namespace
}  // namespace newsloom
