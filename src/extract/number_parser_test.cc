#include "extract/number_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "text/analyzer.h"

namespace newsloom {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Analyzer& TheAnalyzer() {
  static const Analyzer* analyzer = Analyzer::Create().value().release();
  return *analyzer;
}

AnalyzedDocument Analyze(std::string_view text, std::string_view lang) {
  AnalyzedDocument doc = TheAnalyzer().Analyze(text, lang).value();
  doc.lang = std::string(lang);  // short test sentences: do not depend on language id
  return doc;
}

// "value", then "~" when approx, "v" when vague, "/qualifier" when there is one.
std::string Describe(const Quantity& q) {
  std::string s = std::to_string(q.value);
  if (q.approx) s += "~";
  if (q.vague) s += "v";
  if (!q.qualifier.empty()) s += "/" + q.qualifier;
  return s;
}

std::vector<std::string> Find(std::string_view text, std::string_view lang) {
  const AnalyzedDocument doc = Analyze(text, lang);
  std::vector<std::string> out;
  for (const Quantity& q : NumberParser::Default().FindAll(doc)) out.push_back(Describe(q));
  return out;
}

// The covered text of each quantity.
std::vector<std::string> Spans(std::string_view text, std::string_view lang) {
  const AnalyzedDocument doc = Analyze(text, lang);
  std::vector<std::string> out;
  for (const Quantity& q : NumberParser::Default().FindAll(doc)) {
    out.push_back(doc.text.substr(q.begin, q.end - q.begin));
  }
  return out;
}

TEST(NumberParserTest, DigitsWithLocalSeparators) {
  EXPECT_THAT(Find("De politie hield 2.300 mensen aan.", "nl"), ElementsAre("2300"));
  EXPECT_THAT(Find("Die Polizei nahm 2.300 Menschen fest.", "de"), ElementsAre("2300"));
  EXPECT_THAT(Find("La policía detuvo a 2.300 personas.", "es"), ElementsAre("2300"));
  EXPECT_THAT(Find("Polis 2.300 kişiyi gözaltına aldı.", "tr"), ElementsAre("2300"));
  EXPECT_THAT(Find("Police detained 2,300 people.", "en"), ElementsAre("2300"));
  EXPECT_THAT(Find("Police detained 2300 people.", "en"), ElementsAre("2300"));
  EXPECT_THAT(Find("Die Polizei zählte 2'300 Personen.", "de"), ElementsAre("2300"));
  EXPECT_THAT(Find("Politiet anholdt 2 300 personer.", "nb"), ElementsAre("2300"));
  EXPECT_THAT(Find("La police a interpellé 2\u00A0300 personnes.", "fr"), ElementsAre("2300"));
  EXPECT_THAT(Find("Полиция задержала 2\u202F300 человек.", "ru"), ElementsAre("2300"));
  EXPECT_THAT(Find("Поліція затримала 12 300 осіб.", "uk"), ElementsAre("12300"));
  EXPECT_THAT(Spans("Policja zatrzymała 1 250 000 osób.", "pl"), ElementsAre("1 250 000"));
  EXPECT_THAT(Find("اعتقلت الشرطة ٢٣٠٠ شخص.", "ar"), ElementsAre("2300"));
}

TEST(NumberParserTest, DecimalsNeedAMultiplier) {
  EXPECT_THAT(Find("Er demonstreerden 1,5 miljoen mensen.", "nl"), ElementsAre("1500000"));
  EXPECT_THAT(Find("About 1.5 million people marched.", "en"), ElementsAre("1500000~/about"));
  EXPECT_THAT(Find("Het pakket woog 2,5 kilo.", "nl"), IsEmpty());
  EXPECT_THAT(Find("Митинг собрал 3 тыс. человек.", "ru"), ElementsAre("3000"));
  EXPECT_THAT(Find("Пострадали 1,5 млн жителей.", "ru"), ElementsAre("1500000"));
  EXPECT_THAT(Find("In de stad wonen 3 000 mensen.", "nl"), ElementsAre("3000"));
  EXPECT_THAT(Find("Dans la ville, 3 000 personnes ont défilé.", "fr"), ElementsAre("3000"));
}

TEST(NumberParserTest, NumberWordsAndCompounds) {
  EXPECT_THAT(Find("Er werden twaalf mensen gearresteerd.", "nl"), ElementsAre("12"));
  EXPECT_THAT(Find("Er waren drieduizend betogers.", "nl"), ElementsAre("3000"));
  EXPECT_THAT(Find("Es kamen dreitausend Menschen.", "de"), ElementsAre("3000"));
  EXPECT_THAT(Find("Zweihundert Polizisten waren im Einsatz.", "de"), ElementsAre("200"));
  EXPECT_THAT(Find("Zatrzymano dwunastu demonstrantów.", "pl"), ElementsAre("12"));
  EXPECT_THAT(Find("Задержаны двенадцать человек.", "ru"), ElementsAre("12"));
  // Collective numerals are numbers (that the two children are no new figure is the figure
  // extractor's business).
  EXPECT_THAT(Find("Среди двенадцати задержанных двое детей.", "ru"), ElementsAre("12", "2"));
  EXPECT_THAT(Find("Пришли две тысячи триста человек.", "ru"), ElementsAre("2300"));
  EXPECT_THAT(Find("Twenty-two people were hurt.", "en"), ElementsAre("22"));
  EXPECT_THAT(Find("Two thousand three hundred people marched.", "en"), ElementsAre("2300"));
  EXPECT_THAT(Find("Two hundred and fifty were detained.", "en"), ElementsAre("250"));
  EXPECT_THAT(Find("Quatre-vingt-douze personnes ont été blessées.", "fr"), ElementsAre("92"));
  EXPECT_THAT(Find("قتل اثنا عشر شخصا.", "ar"), ElementsAre("12"));
  EXPECT_THAT(Find("تظاهر ثلاثة آلاف شخص.", "ar"), ElementsAre("3000"));
  EXPECT_THAT(Find("أصيب خمسة وعشرون شخصا.", "ar"), ElementsAre("25"));
}

TEST(NumberParserTest, ArticlesAloneAreNotOne) {
  EXPECT_THAT(Find("Een man werd gearresteerd.", "nl"), IsEmpty());
  EXPECT_THAT(Find("Ein Polizist wurde verletzt, eine Million Menschen sahen zu.", "de"),
              ElementsAre("1000000"));
  EXPECT_THAT(Find("One officer was injured.", "en"), ElementsAre("1"));
}

TEST(NumberParserTest, Chinese) {
  EXPECT_THAT(Find("警方逮捕了十二人。", "zh"), ElementsAre("12"));
  EXPECT_THAT(Find("两千名抗议者聚集。", "zh"), ElementsAre("2000"));
  EXPECT_THAT(Find("警方出动3000名警力。", "zh"), ElementsAre("3000"));
  EXPECT_THAT(Find("共有2300余人受伤。", "zh"), ElementsAre("2300~/more than"));
  EXPECT_THAT(Spans("共有2300余人受伤。", "zh"), ElementsAre("2300余"));
  EXPECT_THAT(Find("三千五百人参加。", "zh"), ElementsAre("3500"));
  EXPECT_THAT(Find("约1.5万人游行。", "zh"), ElementsAre("15000~/about"));
  EXPECT_THAT(Find("至少2,300人被捕。", "zh"), ElementsAre("2300/at least"));
  EXPECT_THAT(Find("数十人受伤，数百人被捕，上千人围观。", "zh"),
              ElementsAre("10~v", "100~v", "1000~v"));
  EXPECT_THAT(Find("近千人聚集。", "zh"), ElementsAre("1000~/nearly"));
  EXPECT_THAT(Find("2005年1月6日上午10点，百分之七的人第三次一起出发，30岁。", "zh"), IsEmpty());
}

TEST(NumberParserTest, VagueQuantities) {
  EXPECT_THAT(Find("Tens of thousands marched, dozens were hurt.", "en"),
              ElementsAre("10000~v", "12~v"));
  EXPECT_THAT(Find("Tientallen mensen raakten gewond.", "nl"), ElementsAre("10~v"));
  EXPECT_THAT(Find("Сотни людей вышли на улицы, десятки задержаны.", "ru"),
              ElementsAre("100~v", "10~v"));
  EXPECT_THAT(Find("Тысячи людей пришли.", "ru"), ElementsAre("1000~v"));
  EXPECT_THAT(Find("Hunderte Menschen protestierten.", "de"), ElementsAre("100~v"));
  EXPECT_THAT(Find("Dziesiątki osób zostały ranne.", "pl"), ElementsAre("10~v"));
  EXPECT_THAT(Find("Десятки тисяч людей вийшли.", "uk"), ElementsAre("10000~v"));
  EXPECT_THAT(Find("أصيب عشرات الأشخاص.", "ar"), ElementsAre("10~v"));
  EXPECT_THAT(Find("Binlerce kişi yürüdü.", "tr"), ElementsAre("1000~v"));
  EXPECT_THAT(Find("Des milliers de personnes ont manifesté.", "fr"), ElementsAre("1000~v"));
}

TEST(NumberParserTest, Qualifiers) {
  EXPECT_THAT(Find("At least 12 people died.", "en"), ElementsAre("12/at least"));
  EXPECT_THAT(Spans("At least 12 people died.", "en"), ElementsAre("At least 12"));
  EXPECT_THAT(Find("Zeker twaalf doden en bijna 300 gewonden.", "nl"),
              ElementsAre("12/at least", "300~/nearly"));
  EXPECT_THAT(Find("Meer dan 300 mensen werden opgepakt.", "nl"), ElementsAre("300~/more than"));
  EXPECT_THAT(Find("Mindestens 12 Tote, etwa 300 Verletzte.", "de"),
              ElementsAre("12/at least", "300~/about"));
  EXPECT_THAT(Find("Au moins 12 morts et plus de 300 blessés.", "fr"),
              ElementsAre("12/at least", "300~/more than"));
  EXPECT_THAT(Find("Al menos 12 muertos y hasta 300 heridos.", "es"),
              ElementsAre("12/at least", "300~/up to"));
  EXPECT_THAT(Find("Almeno 12 morti e oltre 300 feriti.", "it"),
              ElementsAre("12/at least", "300~/more than"));
  EXPECT_THAT(Find("Co najmniej 12 zabitych i około 300 rannych.", "pl"),
              ElementsAre("12/at least", "300~/about"));
  EXPECT_THAT(Find("Не менее 12 погибших и более 300 раненых.", "ru"),
              ElementsAre("12/at least", "300~/more than"));
  EXPECT_THAT(Find("Щонайменше 12 загиблих, майже 300 поранених.", "uk"),
              ElementsAre("12/at least", "300~/nearly"));
  EXPECT_THAT(Find("En az 12 kişi öldü, 300'den fazla kişi yaralandı.", "tr"),
              ElementsAre("12/at least", "300~/more than"));
  EXPECT_THAT(Find("قتل على الأقل 12 شخصا وأصيب أكثر من 300.", "ar"),
              ElementsAre("12/at least", "300~/more than"));
  EXPECT_THAT(Find("Minst 12 døde og nesten 300 skadde.", "nb"),
              ElementsAre("12/at least", "300~/nearly"));
  EXPECT_THAT(Find("Omkring 300 personer blev anholdt.", "da"), ElementsAre("300~/about"));
  EXPECT_THAT(Find("Upp till 300 personer greps.", "sv"), ElementsAre("300~/up to"));
}

TEST(NumberParserTest, UpToAfterAVerbOfChangeIsTo) {
  // "rose to 686" is exactly 686; "up to 300 people" stays a bound.
  EXPECT_THAT(Find("Число пострадавших возросло до 686.", "ru"), ElementsAre("686"));
  EXPECT_THAT(Spans("Число пострадавших возросло до 686.", "ru"), ElementsAre("686"));
  EXPECT_THAT(Find("Кількість постраждалих зросла до 686.", "uk"), ElementsAre("686"));
  EXPECT_THAT(Find("Liczba rannych zwiększyła się do 12.", "pl"), ElementsAre("12"));
  EXPECT_THAT(Find("Liczba rannych wzrosła do 12.", "pl"), ElementsAre("12"));
  EXPECT_THAT(Find("Задержаны до 300 человек.", "ru"), ElementsAre("300~/up to"));
  EXPECT_THAT(Find("Zatrzymano do 300 osób.", "pl"), ElementsAre("300~/up to"));
}

TEST(NumberParserTest, DigitsGluedToAMultiplier) {
  EXPECT_THAT(Find("In piazza sono scese 136mila persone.", "it"), ElementsAre("136000"));
  EXPECT_THAT(Find("Circa 525mila persone e 1,5mln di euro.", "it"),
              ElementsAre("525000~/about", "1500000"));
  EXPECT_THAT(Spans("Circa 525mila persone.", "it"), ElementsAre("Circa 525mila"));
  // A word that only starts with digits is no number.
  EXPECT_THAT(Find("Il modello 3d e il 5g.", "it"), IsEmpty());
}

TEST(NumberParserTest, MoreLanguages) {
  EXPECT_THAT(Find("Er waren tweeëntwintig gewonden en een miljoen kijkers.", "nl"),
              ElementsAre("22", "1000000"));
  EXPECT_THAT(Find("Llegaron dos mil trescientas personas.", "es"), ElementsAre("2300"));
  EXPECT_THAT(Find("Sono arrivate duemila persone.", "it"), ElementsAre("2000"));
  EXPECT_THAT(Find("İki bin üç yüz kişi katıldı.", "tr"), ElementsAre("2300"));
  EXPECT_THAT(Find("Przyszło dwa tysiące trzysta osób.", "pl"), ElementsAre("2300"));
  EXPECT_THAT(Find("Tvåhundra personer greps.", "sv"), ElementsAre("200"));
  EXPECT_THAT(Find("Enogtyve blev såret.", "da"), ElementsAre("21"));
  EXPECT_THAT(Find("Zwei Millionen Menschen und 3,5 Mio. Zuschauer.", "de"),
              ElementsAre("2000000", "3500000"));
  EXPECT_THAT(Find("In 2005 300 people were arrested; 2000 people fled.", "en"),
              ElementsAre("300", "2000"));
  EXPECT_THAT(Find("Zo'n 300 mensen en ca. 40 agenten.", "nl"),
              ElementsAre("300~/about", "40~/about"));
  EXPECT_THAT(Find("Так было до 2005 года, пришли до 300 человек.", "ru"),
              ElementsAre("300~/up to"));
}

TEST(NumberParserTest, NotQuantities) {
  EXPECT_THAT(Find("In 2005 the city was quiet.", "en"), IsEmpty());
  EXPECT_THAT(Find("The protests of 2022.", "en"), IsEmpty());
  EXPECT_THAT(Find("Op 6 januari bleef het rustig.", "nl"), IsEmpty());
  EXPECT_THAT(Find("On January 6, 2021 crowds gathered.", "en"), IsEmpty());
  EXPECT_THAT(Find("Am 6. Januar blieb es ruhig.", "de"), IsEmpty());
  EXPECT_THAT(Find("6 января было тихо.", "ru"), IsEmpty());
  EXPECT_THAT(Find("The march began at 14:30.", "en"), IsEmpty());
  EXPECT_THAT(Find("Turnout rose 7% and 7 percent.", "en"), IsEmpty());
  EXPECT_THAT(Find("Het aandeel steeg met 7 procent.", "nl"), IsEmpty());
  EXPECT_THAT(Find("Oy oranı %7 ve yüzde 7 arttı.", "tr"), IsEmpty());
  EXPECT_THAT(Find("He finished 3rd in the race.", "en"), IsEmpty());
  EXPECT_THAT(Find("Er wurde am 3. Tag entlassen.", "de"), IsEmpty());
  EXPECT_THAT(Find("Это был третий день и 3-й раз.", "ru"), IsEmpty());
  EXPECT_THAT(Find("Call +31 20 555 0199 or 020-5550199.", "en"), IsEmpty());
  EXPECT_THAT(Find("Bel 020 555 0199.", "nl"), IsEmpty());
  EXPECT_THAT(Find("It ran 24/7.", "en"), IsEmpty());
}

TEST(NumberParserTest, SentenceIndexAndSpans) {
  const AnalyzedDocument doc = Analyze("Twelve people died. Police arrested 300.", "en");
  ASSERT_EQ(doc.sentences.size(), 2u);
  const auto second = NumberParser::Default().FindAll(doc, 1);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(doc.text.substr(second[0].begin, second[0].end - second[0].begin), "300");
  EXPECT_TRUE(NumberParser::Default().FindAll(doc, 7).empty());
  EXPECT_THAT(Spans("Il y a eu vingt-deux blessés.", "fr"), ElementsAre("vingt-deux"));
}

TEST(NumberParserTest, UnknownLanguageReadsDigitsOnly) {
  EXPECT_THAT(Find("Police 2300 one twelve.", "und"), ElementsAre("2300"));
  EXPECT_THAT(Find("警方逮捕了十二人。", "und"), ElementsAre("12"));  // Han text: read as Chinese
}

TEST(NumberParserTest, FromTsvReportsErrors) {
  auto bad = NumberParser::FromTsv("en\tten\n", "mine.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(MessageOf(bad.status()).find("mine.tsv:1:"), std::string::npos);
  auto small = NumberParser::FromTsv("en\tseven\t7\tcardinal\n", "small.tsv");
  ASSERT_TRUE(small.ok());
  const AnalyzedDocument doc = Analyze("Seven and twelve.", "en");
  const auto found = (*small)->FindAll(doc);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 7);
}

}  // namespace
}  // namespace newsloom
