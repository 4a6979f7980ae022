#include "text/language_id.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace newsloom::text_analysis {
namespace {

const std::vector<std::pair<std::string, std::string>>& Samples() {
  static const auto* samples = new std::vector<std::pair<std::string, std::string>>{
      {"en",
       "The police said on Thursday that several protesters were arrested near the "
       "parliament building after the election results were announced."},
      {"nl",
       "De politie zei donderdag dat meerdere demonstranten zijn opgepakt bij het "
       "parlementsgebouw nadat de uitslag van de verkiezingen bekend werd."},
      {"nb",
       "Politiet sa torsdag at flere demonstranter ble pågrepet ved nasjonalforsamlingen "
       "etter at valgresultatet ble kjent i går kveld."},
      {"da",
       "Politiet oplyste torsdag, at flere demonstranter blev anholdt ved "
       "parlamentsbygningen, efter at valgresultatet var blevet offentliggjort."},
      {"sv",
       "Polisen uppgav på torsdagen att flera demonstranter greps vid riksdagshuset i "
       "Stockholm. Enligt polisen skadades ingen allvarligt under kvällen."},
      {"de",
       "Die Polizei teilte am Donnerstag mit, dass mehrere Demonstranten vor dem "
       "Parlament festgenommen wurden, nachdem das Wahlergebnis bekannt wurde."},
      {"fr",
       "La police a indiqué jeudi que plusieurs manifestants avaient été arrêtés près du "
       "parlement après l'annonce des résultats des élections."},
      {"es",
       "La policía informó el jueves que varios manifestantes fueron detenidos cerca del "
       "parlamento después de que se anunciaran los resultados electorales."},
      {"it",
       "La polizia ha detto giovedì che diversi manifestanti sono stati arrestati vicino "
       "al parlamento dopo l'annuncio dei risultati delle elezioni."},
      {"pl",
       "Policja poinformowała w czwartek, że kilku demonstrantów zostało zatrzymanych "
       "przed parlamentem po ogłoszeniu wyników wyborów."},
      {"ru",
       "Полиция сообщила в четверг, что несколько демонстрантов были задержаны у здания "
       "парламента после объявления результатов выборов."},
      {"uk",
       "Поліція повідомила в четвер, що кількох демонстрантів було затримано біля "
       "будівлі парламенту після оголошення результатів виборів."},
      {"tr",
       "Polis perşembe günü, seçim sonuçlarının açıklanmasının ardından meclis binası "
       "yakınında birkaç göstericinin gözaltına alındığını açıkladı."},
      {"ar",
       "قالت الشرطة يوم الخميس إن عددا من المتظاهرين اعتقلوا قرب مبنى البرلمان بعد "
       "إعلان نتائج الانتخابات."},
      {"zh", "警方周四表示，选举结果公布后，多名抗议者在议会大楼附近被逮捕。"},
      {"zh", "警方週四表示，選舉結果公布後，多名抗議者在議會大樓附近被逮捕。"},
      // Traditional characters that CLD2 alone calls Japanese (there is no kana in it).
      {"zh",
       "警務處處長盧偉聰表示，局勢已受控。行政長官林鄭月娥晚上發表講話，譴責暴力行為。"
       "外交部發言人耿爽在北京說，中方支持特區政府依法施政。"},
      {"ja",
       "警察は木曜日、選挙結果の発表後、議会の建物の近くで数人のデモ参加者が逮捕されたと"
       "発表した。"},
      {"he",
       "המשטרה אמרה ביום חמישי כי כמה מפגינים נעצרו ליד בניין הפרלמנט לאחר פרסום "
       "תוצאות הבחירות."},
      {"el",
       "Η αστυνομία ανέφερε την Πέμπτη ότι αρκετοί διαδηλωτές συνελήφθησαν κοντά στο "
       "κοινοβούλιο μετά την ανακοίνωση των αποτελεσμάτων."},
  };
  return *samples;
}

TEST(LanguageIdTest, IdentifiesManyLanguages) {
  for (const auto& [lang, text] : Samples()) {
    const LanguageGuess g = IdentifyLanguage(text, "", LanguageIdOptions());
    EXPECT_EQ(g.lang, lang) << text;
    EXPECT_TRUE(g.reliable) << text;
    EXPECT_GT(g.confidence, 0.3) << text;
    EXPECT_LE(g.confidence, 1.0) << text;
  }
}

TEST(LanguageIdTest, TooLittleTextIsUndetermined) {
  for (const char* text : {"", "12345 67", "Hello", "!!!", "a b"}) {
    const LanguageGuess g = IdentifyLanguage(text, "", LanguageIdOptions());
    EXPECT_EQ(g.lang, "und") << text;
    EXPECT_EQ(g.confidence, 0.0) << text;
    EXPECT_FALSE(g.reliable);
  }
}

TEST(LanguageIdTest, FallsBackToTheHintOnShortText) {
  LanguageGuess g = IdentifyLanguage("Hello", "nb-NO", LanguageIdOptions());
  EXPECT_EQ(g.lang, "nb");
  EXPECT_DOUBLE_EQ(g.confidence, 0.5);
  EXPECT_FALSE(g.reliable);
  LanguageIdOptions no_fallback;
  no_fallback.fall_back_to_hint = false;
  EXPECT_EQ(IdentifyLanguage("Hello", "nb", no_fallback).lang, "und");
  // A hint CLD2 does not know is ignored.
  EXPECT_EQ(IdentifyLanguage("Hello", "qqq", LanguageIdOptions()).lang, "und");
}

TEST(LanguageIdTest, ReliableDetectionBeatsAWrongHint) {
  const std::string& dutch = Samples()[1].second;
  EXPECT_EQ(IdentifyLanguage(dutch, "en", LanguageIdOptions()).lang, "nl");
}

TEST(LanguageIdTest, NormalizesTags) {
  EXPECT_EQ(NormalizeLanguageTag("no"), "nb");
  EXPECT_EQ(NormalizeLanguageTag("nn"), "nn");
  EXPECT_EQ(NormalizeLanguageTag("NB-no"), "nb");
  EXPECT_EQ(NormalizeLanguageTag("iw"), "he");
  EXPECT_EQ(NormalizeLanguageTag("zh-Hant"), "zh");
  EXPECT_EQ(NormalizeLanguageTag("zh_CN"), "zh");
  EXPECT_EQ(NormalizeLanguageTag("jw"), "jv");
  EXPECT_EQ(NormalizeLanguageTag("sr-ME"), "sr");
  EXPECT_EQ(NormalizeLanguageTag("xx-Copt"), "und");
  EXPECT_EQ(NormalizeLanguageTag("un"), "und");
  EXPECT_EQ(NormalizeLanguageTag(""), "und");
  EXPECT_EQ(NormalizeLanguageTag("english"), "und");
  EXPECT_EQ(NormalizeLanguageTag("fil"), "fil");
}

TEST(LanguageIdTest, SamplesTheStartAndTheMiddleOfLongTexts) {
  LanguageIdOptions options;
  options.max_bytes = 600;
  // An English lead does not decide for a long Dutch text: the middle is sampled too.
  std::string text = Samples()[0].second + " ";
  for (int i = 0; i < 10; ++i) text += Samples()[1].second + " ";
  EXPECT_EQ(IdentifyLanguage(text, "", options).lang, "nl");
  // A sample too small to be reliable gives "und", though the text is long.
  options.max_bytes = 12;
  EXPECT_EQ(IdentifyLanguage(text, "", options).lang, "und");
}

}  // namespace
}  // namespace newsloom::text_analysis

namespace newsloom::text_analysis {
namespace {

// A long Russian report full of Kyrgyz names: CLD2's full tables once left it undetermined.
TEST(LanguageIdTest, LongRussianReportWithForeignNames) {
  std::ifstream in(std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples/text/kg-2010-04_ru_1.txt");
  std::stringstream text;
  text << in.rdbuf();
  ASSERT_GT(text.str().size(), 1000u);
  const LanguageGuess g = IdentifyLanguage(text.str(), "", LanguageIdOptions());
  EXPECT_EQ(g.lang, "ru");
  EXPECT_TRUE(g.reliable);
}

}  // namespace
}  // namespace newsloom::text_analysis
