#include "text/transliterator.h"

#include <gtest/gtest.h>

#include <iterator>
#include <random>

#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

TEST(LatinKeyerTest, MakesKeysAcrossScripts) {
  auto keyer = LatinKeyer::Create().value();
  EXPECT_EQ(keyer->Key("Токаев"), "tokaev");
  EXPECT_EQ(keyer->Key("Жээнбеков"), "zheenbekov");
  EXPECT_EQ(keyer->Key("Ата́мбаев"), "atambaev");
  EXPECT_EQ(keyer->Key("Tokajew"), "tokajew");
  EXPECT_EQ(keyer->Key("Хрущёв"), "khrushchev");
  EXPECT_EQ(keyer->Key("Бишкек"), "bishkek");
  EXPECT_EQ(keyer->Key("ЖЭЭНБЕКОВ"), "zheenbekov");
  EXPECT_EQ(keyer->Key("北京"), "beijing");
  EXPECT_EQ(keyer->Key("Straße"), "strasse");
  EXPECT_EQ(keyer->Key("Kirgizië"), "kirgizie");
  EXPECT_EQ(keyer->Key("İstanbul"), "istanbul");
  EXPECT_EQ(keyer->Key("Ελλάδα"), "ellada");
  EXPECT_EQ(keyer->Key("O'Brien-Smith"), "obriensmith");
  EXPECT_EQ(keyer->Key("!!"), "");
}

// The precomputed table must give what ICU gives on whole words (the table assumes keys of
// these characters do not depend on their neighbours).
TEST(LatinKeyerTest, TableAgreesWithIcu) {
  auto keyer = LatinKeyer::Create().value();
  const char* words[] = {
      "Kirgizië",   "Ærøskøbing", "Straße", "Łódź",      "Žďár",     "Ğüşİıö",
      "Nguyễn",     "Đặng",       "Œuvre",  "façade",    "Bùi",      "Șțefan",
      "Þórður",     "Schöneberg", "ǅemal",  "Жээнбеков", "Щёлково",  "Київщина",
      "Ґалаґан",    "Қазақстан",  "Үкімет", "Өскемен",   "Ђорђе",    "Љубљана",
      "Ўзбекистон", "Ата́мбаев",   "ОБЪЁМ",  "ЪЬЫ",       "Ѣ",        "Ісаак",
      "Беларусь",   "Шымкент",    "Һәм",    "Ӑвӑн",      "北京大学", "中华人民共和国",
      "长安街",     "重庆",       "银行",   "行人",      "东京都",   "習近平",
      "A股",        "والمتظاهرين", "الشرطة", "بغداد", "مؤسسة", "شدّة", "٢٠٢٢", "مُظاهرة",
  };
  for (const char* w : words) EXPECT_EQ(keyer->Key(w), keyer->IcuKeyOf(w)) << w;
  std::mt19937 rng(3);
  const char32_t ranges[][2] = {
      {0x00A0, 0x0250}, {0x0300, 0x0370}, {0x0400, 0x0530}, {0x1E00, 0x1F00}, {'a', 'z' + 1},
      {0x0621, 0x064B}, {0x0621, 0x064B}, {0x0660, 0x066A}};
  for (int iter = 0; iter < 6000; ++iter) {
    std::string w;
    const int len = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < len; ++k) {
      const auto& r = ranges[rng() % std::size(ranges)];
      AppendUtf8(r[0] + rng() % (r[1] - r[0]), &w);
    }
    ASSERT_EQ(keyer->Key(w), keyer->IcuKeyOf(w)) << w;
  }
}

TEST(LatinKeyerTest, FiltersAscii) {
  std::string out;
  AppendAsciiAlnumLower("A-b_9 Z", &out);
  EXPECT_EQ(out, "ab9z");
}

}  // namespace
}  // namespace newsloom::text_analysis
