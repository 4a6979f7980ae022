#include "link/palladius.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace newsloom::link {
namespace {

TEST(PalladiusTest, WordsReadAsPinyin) {
  const std::pair<const char*, const char*> cases[] = {
      {"Си", "xi"},
      {"Цзиньпин", "jinping"},
      {"Ван", "wang"},
      {"И", "yi"},
      {"Чжан", "zhang"},
      {"Мин", "ming"},
      {"Мао", "mao"},
      {"Цзэдун", "zedong"},
      {"Ли", "li"},
      {"Кэцян", "keqiang"},
      {"Ху", "hu"},
      {"Цзиньтао", "jintao"},
      {"Сюй", "xu"},
      {"Сы", "si"},
      {"Чжоу", "zhou"},
      {"Эньлай", "enlai"},
      {"Цзіньпін", "jinping"},  // Ukrainian і
      {"Жун", "rong"},
      {"Го", "guo"},
      {"Бо", "bo"},
  };
  for (const auto& [cyr, pinyin] : cases) {
    std::optional<std::string> got = PalladiusToPinyin(cyr);
    ASSERT_TRUE(got.has_value()) << cyr;
    EXPECT_EQ(*got, pinyin) << cyr;
  }
}

TEST(PalladiusTest, OtherWordsDoNotRead) {
  for (const char* w : {"Анна", "Ким", "Ын", "Путин", "Лукашенко", "Xi", "Петров"}) {
    const std::optional<std::string> got = PalladiusToPinyin(w);
    if (got) {
      // A reading alone is not enough: a name needs a Chinese surname first.
      EXPECT_FALSE(ChineseNameFromCyrillic({w, "Мин"}).has_value()) << w << " -> " << *got;
    }
  }
}

TEST(PalladiusTest, ChineseNames) {
  EXPECT_EQ(ChineseNameFromCyrillic({"Си", "Цзиньпин"}),
            (std::vector<std::string>{"xi", "jinping"}));
  EXPECT_EQ(ChineseNameFromCyrillic({"Ван", "И"}), (std::vector<std::string>{"wang", "yi"}));
  EXPECT_EQ(ChineseNameFromCyrillic({"Сі", "Цзіньпін"}),
            (std::vector<std::string>{"xi", "jinping"}));
  EXPECT_FALSE(ChineseNameFromCyrillic({"Анна", "Мин"}).has_value());
  EXPECT_FALSE(ChineseNameFromCyrillic({"Ким", "Чен", "Ын"}).has_value());
  EXPECT_FALSE(ChineseNameFromCyrillic({"Си"}).has_value());  // one word
}

}  // namespace
}  // namespace newsloom::link
