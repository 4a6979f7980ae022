#include "extract/figure_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/analyzer.h"

namespace newsloom {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

AnalyzedDocument Analyze(std::string_view text, std::string_view lang) {
  static const Analyzer* analyzer = Analyzer::Create().value().release();
  AnalyzedDocument doc = analyzer->Analyze(text, lang).value();
  doc.lang = std::string(lang);  // short sentences: do not depend on language id
  return doc;
}

// "kind/actor/value", "~" when approx.
std::vector<std::string> Figures(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const Figure& f : FigureExtractor::Default().Extract(Analyze(text, lang), {})) {
    out.push_back(f.kind + "/" + f.actor + "/" + std::to_string(f.value) + (f.approx ? "~" : ""));
  }
  return out;
}

const Figure* Only(const std::vector<Figure>& figures) {
  return figures.size() == 1 ? &figures[0] : nullptr;
}

TEST(FigureExtractorTest, EveryKindInEnglish) {
  EXPECT_THAT(Figures("At least 12 people were killed in the capital.", "en"),
              ElementsAre("killed/people/12"));
  EXPECT_THAT(Figures("Officials said 86 people had been wounded.", "en"),
              ElementsAre("injured/people/86"));
  EXPECT_THAT(Figures("Police detained around 70 people overnight.", "en"),
              ElementsAre("arrested/people/70~"));
  EXPECT_THAT(Figures("164 people were being treated in hospital.", "en"),
              ElementsAre("hospitalized/people/164"));
  EXPECT_THAT(Figures("Seven fishermen are still missing.", "en"),
              ElementsAre("missing/people/7"));  // an unknown noun counts people
  EXPECT_THAT(Figures("Seven people are still missing.", "en"), ElementsAre("missing/people/7"));
  EXPECT_THAT(Figures("The government deployed about 2,500 troops.", "en"),
              ElementsAre("deployed/troops/2500~"));
  EXPECT_THAT(Figures("Thousands of protesters gathered in the square.", "en"),
              ElementsAre("crowd/protesters/1000~"));
  EXPECT_THAT(Figures("A crowd of 5,000 people filled the avenue.", "en"),
              ElementsAre("crowd/people/5000"));
}

TEST(FigureExtractorTest, SeveralFiguresInOneSentence) {
  EXPECT_THAT(Figures("12 police officers were killed and dozens of protesters died.", "en"),
              ElementsAre("killed/police/12", "killed/protesters/12~"));
  EXPECT_THAT(Figures("The attack killed five soldiers and injured 30 civilians.", "en"),
              ElementsAre("killed/troops/5", "injured/civilians/30"));
  EXPECT_THAT(Figures("It said 39 police officers and more than 50 civilians were injured.", "en"),
              ElementsAre("injured/police/39", "injured/civilians/50~"));
  EXPECT_THAT(Figures("At least 18 people were killed, 13 in Suez and five in Cairo.", "en"),
              ElementsAre("killed/people/18", "killed/people/13", "killed/people/5"));
}

TEST(FigureExtractorTest, TallyOfInjuredAndArrestedRoseTo) {
  // A tally word may stand far from its number; "rose to" gives an exact count.
  EXPECT_THAT(Figures("The number of injured in the riots in the Kyrgyz capital has risen to "
                      "686, the health ministry said.",
                      "en"),
              ElementsAre("injured/people/686"));
  EXPECT_THAT(Figures("Кількість постраждалих під час заворушень у столиці Киргизстану зросла "
                      "до 686, повідомило міністерство.",
                      "uk"),
              ElementsAre("injured/people/686"));
  EXPECT_THAT(Figures("Число задержанных в Минске за выходные возросло до 250.", "ru"),
              ElementsAre("arrested/people/250"));
  EXPECT_THAT(Figures("Die Zahl der Festnahmen stieg bis zum Abend auf 120.", "de"),
              ElementsAre("arrested/people/120"));
  EXPECT_THAT(Figures("Liczba rannych zwiększyła się do 12.", "pl"),
              ElementsAre("injured/people/12"));
  // "passé" shares its stem with "passants" (passers-by) but names nobody.
  EXPECT_THAT(Figures("Le nombre de blessés est passé à 686 selon le ministère.", "fr"),
              ElementsAre("injured/people/686"));
  EXPECT_THAT(Figures("Deux passants ont été blessés.", "fr"), ElementsAre("injured/civilians/2"));
}

TEST(FigureExtractorTest, AnotherCountAndALeftOutVerb) {
  // "ещё"/"another" before a bare number: more of the previous figure's actor.
  EXPECT_THAT(
      Figures("Погибли 18 сотрудников полиции и Нацгвардии, ещё 748 получили ранения.", "ru"),
      ElementsAre("killed/security forces/18", "injured/security forces/748"));
  EXPECT_THAT(Figures("Nine soldiers were killed, another 30 were wounded.", "en"),
              ElementsAre("killed/troops/9", "injured/troops/30"));
  // A dash for the verb left out, the number ending the sentence.
  EXPECT_THAT(Figures("Уночі затримали понад 2 000 людей, а першої ночі — близько 3 000.", "uk"),
              ElementsAre("arrested/people/2000~", "arrested/people/3000~"));
  // "up from": an earlier count of the same figure.
  EXPECT_THAT(Figures("The ministry said 686 people had sought medical help, up from 590 "
                      "reported in the morning.",
                      "en"),
              ElementsAre("injured/people/686", "injured/people/590"));
  // Collective numerals.
  EXPECT_THAT(Figures("В воскресенье были задержаны трое журналистов.", "ru"),
              ElementsAre("arrested/journalists/3"));
  // A trigger right after another number is that number's: no second figure.
  EXPECT_THAT(Figures("Среди двенадцати задержанных двое детей.", "ru"),
              ElementsAre("arrested/people/12"));
  // Without a list mark a bare number at the end is no figure.
  EXPECT_THAT(Figures("Police detained 40 people in the city of 3000.", "en"),
              ElementsAre("arrested/people/40"));
}

TEST(FigureExtractorTest, AnAttributionBetweenCommasIsSkipped) {
  EXPECT_THAT(
      Figures("Quelque 525 000 personnes, selon la police municipale, avaient défilé.", "fr"),
      ElementsAre("crowd/protesters/525000~"));
  EXPECT_THAT(Figures("About 5,000 people, according to police, marched through the city.", "en"),
              ElementsAre("crowd/protesters/5000~"));
  // A longer reporting clause is no aside: it still ends the number's clause.
  EXPECT_THAT(Figures("The town has 5,000 people, according to a report that the interior "
                      "ministry published on its website, who marched.",
                      "en"),
              IsEmpty());
}

TEST(FigureExtractorTest, AmongThem) {
  EXPECT_THAT(Figures("86 people were injured, among them six police officers.", "en"),
              ElementsAre("injured/people/86", "injured/police/6"));
  EXPECT_THAT(Figures("Er raakten 92 mensen gewond, onder wie 14 agenten.", "nl"),
              ElementsAre("injured/people/92", "injured/police/14"));
  EXPECT_THAT(Figures("133 personnes ont été blessées, dont 23 policiers.", "fr"),
              ElementsAre("injured/people/133", "injured/police/23"));
  EXPECT_THAT(Figures("Dutzende Menschen wurden verletzt, darunter 39 Polizisten.", "de"),
              ElementsAre("injured/people/12~", "injured/police/39"));
  // A subset stated by a manner word is not a new figure.
  EXPECT_THAT(Figures("79 personnes ont été blessées, dont deux grièvement.", "fr"),
              ElementsAre("injured/people/79"));
}

TEST(FigureExtractorTest, VagueAmountsAndQualifiers) {
  const std::vector<Figure> f = FigureExtractor::Default().Extract(
      Analyze("More than 3,000 people had been detained by Sunday.", "en"), {});
  ASSERT_NE(Only(f), nullptr);
  EXPECT_EQ(f[0].kind, "arrested");
  EXPECT_EQ(f[0].value, 3000);
  EXPECT_TRUE(f[0].approx);
  EXPECT_EQ(f[0].qualifier, "more than");
  EXPECT_EQ(f[0].text, "More than 3,000 people had been detained");
  EXPECT_THAT(Figures("Tens of thousands of protesters marched.", "en"),
              ElementsAre("crowd/protesters/10000~"));
  EXPECT_THAT(Figures("Hundreds were arrested.", "en"), ElementsAre("arrested/people/100~"));
  EXPECT_THAT(Figures("Enkele tientallen mensen raakten gewond.", "nl"),
              ElementsAre("injured/people/10~"));
  EXPECT_THAT(Figures("Etwa 300 bis 400 Menschen nahmen an der Kundgebung teil.", "de"),
              ElementsAre("crowd/protesters/300~"));
}

TEST(FigureExtractorTest, FalseFigures) {
  EXPECT_THAT(Figures("A 23-year-old student was arrested on Monday.", "en"), IsEmpty());
  EXPECT_THAT(Figures("Ein 23-jähriger Mann wurde festgenommen.", "de"), IsEmpty());
  EXPECT_THAT(Figures("He was sentenced to 11 years in prison.", "en"), IsEmpty());
  EXPECT_THAT(Figures("The protest was the largest since 2005 and lasted 3 hours.", "en"),
              IsEmpty());
  EXPECT_THAT(
      Figures("Police were paid $500 each; 40 votes were cast for the killed motion.", "en"),
      IsEmpty());
  EXPECT_THAT(Figures("Turnout reached 45% and 12 percent of voters protested.", "en"), IsEmpty());
  EXPECT_THAT(Figures("Protesters were killed in 21 provinces at 14:30.", "en"), IsEmpty());
  EXPECT_THAT(Figures("Er waren 3 demonstraties in 12 steden.", "nl"), IsEmpty());
  EXPECT_THAT(Figures("Hij kreeg 4 jaar cel.", "nl"), IsEmpty());
  EXPECT_THAT(Figures("Er wurde zu 5 Jahren Haft verurteilt.", "de"), IsEmpty());
  EXPECT_THAT(Figures("Он был приговорен к 11 годам лишения свободы.", "ru"), IsEmpty());
  EXPECT_THAT(Figures("Protesters joined more than 400 protests.", "en"), IsEmpty());
}

TEST(FigureExtractorTest, DeathsFromADiseaseAreNoCasualties) {
  EXPECT_THAT(Figures("The Netherlands has recorded more than 13,000 deaths from Covid-19.", "en"),
              IsEmpty());
  EXPECT_THAT(Figures("In den Niederlanden starben bislang mehr als 13.000 Menschen nach einer "
                      "Corona-Infektion.",
                      "de"),
              IsEmpty());
  EXPECT_THAT(Figures("Italy was hit hard by the pandemic and has recorded more than 130,000 "
                      "deaths.",
                      "en"),
              IsEmpty());
  // Other figures of a sentence about the pandemic stay: protests against its rules.
  EXPECT_THAT(Figures("Police arrested 250 people at a protest against Covid-19 rules.", "en"),
              ElementsAre("arrested/people/250"));
  EXPECT_THAT(Figures("Two protesters were killed in clashes in Rome.", "en"),
              ElementsAre("killed/protesters/2"));
}

TEST(FigureExtractorTest, Dutch) {
  EXPECT_THAT(Figures("Zeker twaalf agenten zijn om het leven gekomen.", "nl"),
              ElementsAre("killed/police/12"));
  EXPECT_THAT(Figures("Nog eens 400 demonstranten zijn opgenomen in het ziekenhuis.", "nl"),
              ElementsAre("hospitalized/protesters/400"));
  EXPECT_THAT(Figures("Er zijn bijna 2.300 mensen aangehouden.", "nl"),
              ElementsAre("arrested/people/2300~"));
  EXPECT_THAT(Figures("De regering heeft drieduizend militairen gestuurd.", "nl"),
              ElementsAre("deployed/troops/3000"));
  EXPECT_THAT(Figures("Duizenden betogers gingen de straat op.", "nl"),
              ElementsAre("crowd/protesters/1000~"));
}

TEST(FigureExtractorTest, NorwegianAndGerman) {
  EXPECT_THAT(Figures("Minst 55 personer ble skadd, og 250 ble pågrepet.", "nb"),
              ElementsAre("injured/people/55", "arrested/people/250"));
  EXPECT_THAT(Figures("Die Polizei nahm 62 Menschen fest.", "de"),
              ElementsAre("arrested/people/62"));
  EXPECT_THAT(Figures("Drei Menschen werden noch vermisst.", "de"),
              ElementsAre("missing/people/3"));
  EXPECT_THAT(Figures("Es gab 18 getötete Sicherheitskräfte und 748 Verletzte.", "de"),
              ElementsAre("killed/security forces/18", "injured/security forces/748"));
  EXPECT_THAT(Figures("Am Abend starb ein Demonstrant in der Hauptstadt.", "de"),
              ElementsAre("killed/protesters/1"));
  EXPECT_THAT(Figures("Rund 2.500 Soldaten wurden entsandt.", "de"),
              ElementsAre("deployed/troops/2500~"));
}

TEST(FigureExtractorTest, FrenchAndPolish) {
  EXPECT_THAT(Figures("Au moins 106 manifestants ont été tués.", "fr"),
              ElementsAre("killed/protesters/106"));
  EXPECT_THAT(Figures("Des centaines d'émeutiers ont pillé un magasin.", "fr"),
              ElementsAre("crowd/rioters/100~"));
  EXPECT_THAT(Figures("Plus de 65 000 policiers et gendarmes ont été mobilisés.", "fr"),
              ElementsAre("deployed/security forces/65000~"));
  EXPECT_THAT(Figures("Zginęło co najmniej 77 osób, a ponad 500 zostało rannych.", "pl"),
              ElementsAre("killed/people/77", "injured/people/500~"));
  EXPECT_THAT(Figures("Policja zatrzymała 30 demonstrantów.", "pl"),
              ElementsAre("arrested/protesters/30"));
}

TEST(FigureExtractorTest, RussianAndUkrainian) {
  EXPECT_THAT(
      Figures("Задержаны 2 298 человек, погибли 18 сотрудников полиции и Нацгвардии.", "ru"),
      ElementsAre("arrested/people/2298", "killed/security forces/18"));
  EXPECT_THAT(Figures("Ранения получили около 400 человек.", "ru"),
              ElementsAre("injured/people/400~"));
  EXPECT_THAT(Figures("Один пострадавший скончался в больнице.", "ru"),
              ElementsAre("killed/people/1"));
  EXPECT_THAT(Figures("Тисячі людей вийшли на вулиці.", "uk"),
              ElementsAre("crowd/protesters/1000~"));
}

TEST(FigureExtractorTest, ArabicTurkishChinese) {
  EXPECT_THAT(Figures("قُتل ما لا يقل عن 25 متظاهراً", "ar"), ElementsAre("killed/protesters/25"));
  EXPECT_THAT(Figures("واعتقلت الشرطة نحو ألف من المحتجين", "ar"),
              ElementsAre("arrested/protesters/1000~"));
  EXPECT_THAT(Figures("En az 25 kişi hayatını kaybetti, yüzlerce kişi yaralandı.", "tr"),
              ElementsAre("killed/people/25", "injured/people/100~"));
  EXPECT_THAT(Figures("Binlerce gösterici toplandı ve bir sivil öldü.", "tr"),
              ElementsAre("crowd/protesters/1000~", "killed/civilians/1"));
  EXPECT_THAT(Figures("至少12名警察死亡，数十名示威者受伤，超过300人被拘留。", "zh"),
              ElementsAre("killed/police/12", "injured/protesters/10~", "arrested/people/300~"));
  EXPECT_THAT(Figures("医院收治了33名伤者。", "zh"), ElementsAre("hospitalized/people/33"));
}

TEST(FigureExtractorTest, SpansAndBackground) {
  const AnalyzedDocument doc =
      Analyze("Police said 5 people died. In 2005, 40 people were killed.", "en");
  SentenceFlags flags;
  flags.background = {0, 1};
  const std::vector<Figure> f = FigureExtractor::Default().Extract(doc, flags);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "5 people died");
  EXPECT_EQ(doc.text.substr(f[0].begin, f[0].end - f[0].begin), f[0].text);
  EXPECT_EQ(f[0].sentence, 0u);
  EXPECT_FALSE(f[0].background);
  EXPECT_EQ(f[1].sentence, 1u);
  EXPECT_TRUE(f[1].background);
  for (const Figure& g : f) {
    EXPECT_GT(g.confidence, 0.0);
    EXPECT_LE(g.confidence, 1.0);
  }
}

TEST(FigureExtractorTest, NamedGroups) {
  const std::vector<Figure> f = FigureExtractor::Default().Extract(
      Analyze("About 2,500 CSTO troops were deployed and 150 Russian paratroopers arrived.", "en"),
      {});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].actor_name, "CSTO troops");
  EXPECT_EQ(f[1].actor_name, "Russian paratroopers");
  EXPECT_EQ(f[1].actor, "troops");
  EXPECT_EQ(f[1].kind, "deployed");
}

TEST(FigureExtractorTest, RepeatsAreMergedPerArticle) {
  EXPECT_THAT(Figures("25 protesters were killed on Friday. Doctors counted 25 dead.", "en"),
              ElementsAre("killed/protesters/25"));
  EXPECT_THAT(Figures("5 police were injured. 5 protesters were injured.", "en"),
              ElementsAre("injured/police/5", "injured/protesters/5"));
}

TEST(FigureExtractorTest, EmptyAndOddInput) {
  EXPECT_THAT(Figures("", "en"), IsEmpty());
  EXPECT_THAT(Figures("killed injured arrested", "en"), IsEmpty());
  EXPECT_THAT(Figures("12 people killed", "und"), ElementsAre("killed/people/12"));
  EXPECT_LE(Figures("1 2 3 4 5 6 7 8 9 killed , , ,", "en").size(), 9u);
  EXPECT_TRUE(FigureExtractor::Default().ExtractSentence(Analyze("5 died.", "en"), 7).empty());
}

}  // namespace
}  // namespace newsloom

namespace newsloom {
namespace {

// Debugging aid: NEWSLOOM_FIGURE_PROBE="lang|sentence" prints the quantities, figure words,
// actor nouns and figures of the sentence.
TEST(FigureExtractorProbe, Probe) {
  const char* probe = std::getenv("NEWSLOOM_FIGURE_PROBE");
  if (probe == nullptr) GTEST_SKIP() << "set NEWSLOOM_FIGURE_PROBE=lang|text";
  const std::string_view in(probe);
  const size_t bar = in.find('|');
  ASSERT_NE(bar, std::string_view::npos);
  const AnalyzedDocument doc = Analyze(in.substr(bar + 1), in.substr(0, bar));
  for (const Token& t : doc.tokens) std::printf("[%s/%s] ", t.lower.c_str(), t.stem.c_str());
  std::printf("\n");
  for (const Quantity& q : NumberParser::Default().FindAll(doc)) {
    std::printf("qty %lld approx=%d '%s'\n", (long long)q.value, q.approx,
                doc.text.substr(q.begin, q.end - q.begin).c_str());
  }
  for (const PhraseMatch& m : FigureLexicon::Default().Find(doc, 0, doc.tokens.size())) {
    const FigureWord& w =
        FigureLexicon::Default().words()[FigureLexicon::Default().RowsOf(m.payload)[0]];
    std::printf("word '%s' kind=%s cls=%d\n", doc.text.substr(m.begin, m.end - m.begin).c_str(),
                w.kind.c_str(), int(w.cls));
  }
  for (const ActorMention& a : ActorFinder::Default().Find(doc)) {
    std::printf("actor '%s' %s\n", a.span.surface.c_str(), a.role.c_str());
  }
  for (const Figure& f : FigureExtractor::Default().Extract(doc, {})) {
    std::printf("FIG %s/%s/%lld approx=%d q='%s' name='%s' conf=%.2f '%s'\n", f.kind.c_str(),
                f.actor.c_str(), (long long)f.value, f.approx, f.qualifier.c_str(),
                f.actor_name.c_str(), f.confidence, f.text.c_str());
  }
}

}  // namespace
}  // namespace newsloom
