#include "extract/event_classifier.h"

#include <gtest/gtest.h>

#include <string>

#include "text/analyzer.h"

namespace newsloom {
namespace {

class EventClassifierTest : public ::testing::Test {
 public:
  static void SetUpTestSuite() {
    auto a = Analyzer::Create();
    ASSERT_TRUE(a.ok());
    analyzer_ = a->release();
  }
  static AnalyzedDocument Analyze(const std::string& text, const char* lang) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok()) << doc.status();
    doc->lang = lang;  // short fixtures: do not depend on language id
    return *std::move(doc);
  }
  static std::vector<EventRecord> Classify(const std::string& text, const char* lang,
                                           const SentenceFlags& flags = {},
                                           const std::vector<Figure>& figures = {}) {
    return EventClassifier::Default().Classify(Analyze(text, lang), flags, figures);
  }
  // "Type/Subtype" of the main event, or "none".
  static std::string Main(const std::string& text, const char* lang,
                          const SentenceFlags& flags = {},
                          const std::vector<Figure>& figures = {}) {
    for (const EventRecord& e : Classify(text, lang, flags, figures)) {
      if (!e.background) return e.type + "/" + e.subtype;
    }
    return "none";
  }
  static Analyzer* analyzer_;
};
Analyzer* EventClassifierTest::analyzer_ = nullptr;

constexpr char kRiot[] = "Riots/Violent demonstration";
constexpr char kPeaceful[] = "Protests/Peaceful protest";
constexpr char kIntervention[] = "Protests/Protest with intervention";
constexpr char kExcessive[] = "Protests/Excessive force against protesters";

struct Fixture {
  const char* lang;
  const char* text;
  const char* want;  // "Type/Subtype" or "none"
};

void ExpectAll(const std::vector<Fixture>& fixtures) {
  for (const Fixture& f : fixtures) {
    EXPECT_EQ(EventClassifierTest::Main(f.text, f.lang), f.want) << f.lang << ": " << f.text;
  }
}

TEST_F(EventClassifierTest, ViolentDemonstrationsInEveryLanguage) {
  ExpectAll({
      {"en", "Hundreds of demonstrators stormed the city hall and set cars on fire.", kRiot},
      {"nl", "Betogers bestormden het gemeentehuis en staken auto's in brand.", kRiot},
      {"de", "Demonstranten stürmten das Rathaus, Randalierer plünderten mehrere Geschäfte.",
       kRiot},
      {"nb", "Demonstranter stormet rådhuset, og opptøyene spredte seg til flere bydeler.", kRiot},
      {"da", "Demonstranter stormede rådhuset, og der var voldsomme optøjer hele natten.", kRiot},
      {"sv", "Demonstranter stormade stadshuset och kravaller pågick hela natten.", kRiot},
      {"fr", "Des manifestants ont pris d'assaut la mairie et incendié des voitures.", kRiot},
      {"es", "Los manifestantes asaltaron el ayuntamiento y quemaron varios autobuses.", kRiot},
      {"it", "I manifestanti hanno assaltato il municipio e dato alle fiamme alcune auto.", kRiot},
      {"pl", "Demonstranci wdarli się do ratusza, a zamieszki trwały całą noc.", kRiot},
      {"ru", "Протестующие захватили здание администрации и подожгли несколько машин.", kRiot},
      {"uk", "Протестувальники захопили будівлю адміністрації та підпалили кілька авто.", kRiot},
      {"tr", "Göstericiler belediye binasını bastı ve araçları ateşe verdi.", kRiot},
      {"ar", "اقتحم المتظاهرون مبنى البلدية وأضرموا النار في عدد من السيارات.", kRiot},
      {"zh", "示威者冲进市政厅，并纵火焚烧多辆汽车。", kRiot},
      {"zh", "示威者衝進市政廳，並縱火焚燒多輛汽車。", kRiot},
  });
}

TEST_F(EventClassifierTest, PeacefulProtestsInSeveralLanguages) {
  ExpectAll({
      {"en", "Thousands of people joined a peaceful demonstration in the capital on Sunday.",
       kPeaceful},
      {"de", "Tausende Menschen demonstrierten am Sonntag friedlich gegen die Reform.", kPeaceful},
      {"fr", "Des milliers de manifestants ont défilé dimanche contre la réforme.", kPeaceful},
      {"es", "Miles de personas participaron el domingo en una manifestación pacífica.", kPeaceful},
      {"ru", "В воскресенье тысячи человек вышли на митинг против реформы.", kPeaceful},
      {"zh", "数千名民众周日举行和平集会，抗议新法案。", kPeaceful},
      {"sv", "Tusentals människor deltog i en fredlig demonstration i huvudstaden.", kPeaceful},
      {"it", "Migliaia di persone hanno partecipato al corteo pacifico di domenica.", kPeaceful},
  });
}

TEST_F(EventClassifierTest, ForceOnPeacefulCrowdsIsIntervention) {
  ExpectAll({
      {"en",
       "Police fired tear gas and water cannon to disperse peaceful protesters in the square.",
       kIntervention},
      {"nl", "De politie zette traangas en een waterkanon in tegen vreedzame demonstranten.",
       kIntervention},
      {"de", "Die Polizei löste die Kundgebung mit Wasserwerfern und Tränengas auf.",
       kIntervention},
      {"pl", "Policja użyła gazu łzawiącego wobec uczestników pokojowego protestu.", kIntervention},
      {"tr", "Polis, parktaki protestoculara biber gazı ve tazyikli su ile müdahale etti.",
       kIntervention},
      {"ar", "أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين السلميين.", kIntervention},
  });
}

TEST_F(EventClassifierTest, LethalForceOnProtestersIsExcessiveForce) {
  ExpectAll({
      {"en",
       "Security forces opened fire on protesters, killing at least ten demonstrators. "
       "Witnesses said the protesters were unarmed when soldiers shot at the march.",
       kExcessive},
      {"fr",
       "Les forces de sécurité ont ouvert le feu sur les manifestants, tuant dix "
       "personnes. Les manifestants tués marchaient pacifiquement.",
       kExcessive},
      {"ru",
       "Силовики открыли огонь по протестующим, погибли десять человек. Очевидцы "
       "говорят, что в мирных демонстрантов стреляли без предупреждения.",
       kExcessive},
      {"es",
       "Las fuerzas de seguridad abrieron fuego contra los manifestantes y mataron a "
       "diez personas. Los manifestantes muertos protestaban de forma pacífica.",
       kExcessive},
  });
}

TEST_F(EventClassifierTest, AcledRuleDemonstratorViolenceWinsOverPoliceForce) {
  // Police used tear gas, but demonstrators stormed and burned: a riot (ACLED).
  EXPECT_EQ(Main("Police fired tear gas at protesters. Demonstrators stormed the parliament, "
                 "looted offices and set the building on fire.",
                 "en"),
            kRiot);
  // The same force on a crowd that did nothing violent: protest with intervention.
  EXPECT_EQ(Main("Police fired tear gas at protesters. Demonstrators sang and held banners "
                 "outside the parliament.",
                 "en"),
            kIntervention);
}

TEST_F(EventClassifierTest, FiguresAreEvidence) {
  const std::string text = "Thousands of protesters marched to the parliament on Monday.";
  Figure killed;
  killed.kind = "killed";
  killed.actor = "protesters";
  killed.value = 12;
  Figure arrested;
  arrested.kind = "arrested";
  arrested.actor = "protesters";
  arrested.value = 200;
  Figure police;
  police.kind = "killed";
  police.actor = "police";
  police.value = 3;
  EXPECT_EQ(Main(text, "en"), kPeaceful);
  EXPECT_EQ(Main(text, "en", {}, {arrested}), kIntervention);
  EXPECT_EQ(Main(text, "en", {}, {killed, killed}), kExcessive);
  EXPECT_EQ(Main(text, "en", {}, {police}), kRiot);
  police.background = true;  // a background figure is no evidence
  EXPECT_EQ(Main(text, "en", {}, {police}), kPeaceful);
}

TEST_F(EventClassifierTest, OtherEventFamilies) {
  ExpectAll({
      {"en", "An airstrike hit the village overnight, killing five people.",
       "Explosions/Remote violence/Air/drone strike"},
      {"de", "Bei einem Luftangriff auf das Dorf wurden fünf Menschen getötet.",
       "Explosions/Remote violence/Air/drone strike"},
      {"ru", "Артиллерийский обстрел города продолжался всю ночь.",
       "Explosions/Remote violence/Shelling/artillery/missile attack"},
      {"uk", "Внаслідок обстрілу ракетами загинули троє мешканців.",
       "Explosions/Remote violence/Shelling/artillery/missile attack"},
      {"fr", "Une voiture piégée a explosé devant le commissariat.",
       "Explosions/Remote violence/Remote explosive/landmine/IED"},
      {"ar", "انفجرت عبوة ناسفة على جانب الطريق قرب دورية للجيش.",
       "Explosions/Remote violence/Remote explosive/landmine/IED"},
      {"en", "Heavy fighting broke out between the army and rebels near the border.",
       "Battles/Armed clash"},
      {"es", "Combates entre el ejército y los rebeldes dejaron varios muertos.",
       "Battles/Armed clash"},
      {"en", "Gunmen abducted twelve villagers on Tuesday.",
       "Violence against civilians/Abduction/forced disappearance"},
      {"fr", "Des hommes armés ont enlevé douze villageois mardi.",
       "Violence against civilians/Abduction/forced disappearance"},
      {"en",
       "Police arrested the opposition leader and three of his aides at their homes. Two "
       "more activists were detained on Tuesday.",
       "Strategic developments/Arrests"},
      // One arrest in a police report is not yet a political development.
      {"en", "Police arrested a man after a shop was robbed.", "none"},
      // A fire, or a "clash" in sport, is no demonstration.
      {"en", "A fire destroyed a warehouse overnight; the building burned for hours.", "none"},
      {"en", "The two teams clash on Saturday in the cup final.", "none"},
      {"en", "Shares rallied on Monday after the central bank cut rates.", "none"},
      {"de",
       "Die Polizei hat den Oppositionsführer und drei Mitarbeiter festgenommen und "
       "verhaftet.",
       "Strategic developments/Arrests"},
      {"en", "The two sides signed a ceasefire and a peace agreement on Friday.",
       "Strategic developments/Agreement"},
      {"es", "Las partes firmaron un alto el fuego y un acuerdo de paz el viernes.",
       "Strategic developments/Agreement"},
  });
}

TEST_F(EventClassifierTest, CalmPoliticalNewsIsNoEvent) {
  ExpectAll({
      {"en",
       "The president won the election with 80 percent of the vote, the election "
       "commission said on Monday. Turnout was 60 percent.",
       "none"},
      {"de",
       "Der Amtsinhaber hat die Präsidentenwahl mit 80 Prozent der Stimmen gewonnen. Die "
       "Wahlbeteiligung lag bei 60 Prozent.",
       "none"},
      {"ru",
       "Действующий президент победил на выборах, набрав 80 процентов голосов. Явка "
       "составила 60 процентов.",
       "none"},
      {"zh", "现任总统以百分之八十的得票当选连任，投票率为百分之六十。", "none"},
      {"tr",
       "Cumhurbaşkanı seçimi oyların yüzde 80'ini alarak kazandı. Katılım oranı yüzde "
       "60 oldu.",
       "none"},
      {"ar",
       "فاز الرئيس في الانتخابات بنسبة 80 في المئة من الأصوات، وبلغت نسبة المشاركة 60 "
       "في المئة.",
       "none"},
      {"en", "The parliament appointed a new prime minister, who was sworn in on Tuesday.", "none"},
      {"fr", "Le Parlement a nommé un nouveau Premier ministre mardi.", "none"},
  });
}

TEST_F(EventClassifierTest, CalmArticleMentioningEarlierUnrestHasOnlyABackgroundEvent) {
  const auto events = Classify(
      "The president won the snap election with 81 percent of the vote. Turnout was 69 "
      "percent, the election commission said. Observers said the vote was calm.\n\n"
      "The election came months after deadly riots, when protesters stormed government "
      "buildings and set them on fire.",
      "en");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].background);
  EXPECT_EQ(events[0].type, "Riots");
}

TEST_F(EventClassifierTest, BackgroundSentencesNeverGiveTheMainEvent) {
  const std::string text =
      "Farmers marched peacefully through the capital on Monday. "
      "In 2005 protesters stormed the presidential palace and looted shops.";
  const AnalyzedDocument doc = Analyze(text, "en");
  ASSERT_EQ(doc.sentences.size(), 2u);
  SentenceFlags flags;
  flags.background = {0, 1};
  const auto events = EventClassifier::Default().Classify(doc, flags, {});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_FALSE(events[0].background);
  EXPECT_EQ(events[0].type + "/" + events[0].subtype, kPeaceful);
  EXPECT_TRUE(events[1].background);
  EXPECT_EQ(events[1].type, "Riots");
  for (const TextSpan& s : events[1].evidence) EXPECT_EQ(s.sentence, 1u);
  // Only background triggers: no main event at all.
  flags.background = {1, 1};
  const auto past = EventClassifier::Default().Classify(doc, flags, {});
  for (const EventRecord& e : past) EXPECT_TRUE(e.background);
}

TEST_F(EventClassifierTest, CurfewIsASecondaryEvent) {
  const auto events = Classify(
      "Rioters set fire to shops and looted a mall. The authorities imposed a curfew, and a "
      "curfew will stay in force in the capital.",
      "en");
  ASSERT_GE(events.size(), 2u);
  EXPECT_EQ(events[0].type, "Riots");
  EXPECT_EQ(events[1].type, "Strategic developments");
  EXPECT_EQ(events[1].plover_mode, "curfew");
  EXPECT_FALSE(events[1].background);
}

TEST_F(EventClassifierTest, MassArrestsAreASecondaryEvent) {
  Figure arrested;
  arrested.kind = "arrested";
  arrested.actor = "protesters";
  arrested.value = 2300;
  const auto events =
      Classify("Rioters set fire to shops and looted a mall.", "en", {}, {arrested});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].type + "/" + events[1].subtype, "Strategic developments/Arrests");
  EXPECT_EQ(events[1].plover_event, "COERCE");
  EXPECT_EQ(events[1].plover_mode, "arrest");
  arrested.value = 12;  // a few arrests are part of the riot
  EXPECT_EQ(Classify("Rioters set fire to shops and looted a mall.", "en", {}, {arrested}).size(),
            1u);
}

TEST_F(EventClassifierTest, PloverFields) {
  const auto riot = Classify("Protesters stormed the city hall and set it on fire.", "en");
  ASSERT_FALSE(riot.empty());
  EXPECT_EQ(riot[0].plover_event, "PROTEST");
  EXPECT_EQ(riot[0].plover_mode, "riot");
  EXPECT_GT(riot[0].confidence, 0.5);
  EXPECT_LE(riot[0].confidence, 1.0);
  const auto strike = Classify(
      "Dock workers began a general strike on Monday; the strike "
      "shut every port.",
      "en");
  ASSERT_FALSE(strike.empty());
  EXPECT_EQ(strike[0].type, "Protests");
  EXPECT_EQ(strike[0].plover_mode, "strike");
}

TEST_F(EventClassifierTest, EvidenceSpansPointIntoTheText) {
  const AnalyzedDocument doc =
      Analyze("Protesters stormed the city hall. Later they set a police car on fire.", "en");
  const auto events = EventClassifier::Default().Classify(doc, {}, {});
  ASSERT_FALSE(events.empty());
  ASSERT_FALSE(events[0].evidence.empty());
  for (const TextSpan& s : events[0].evidence) {
    ASSERT_LE(s.end, doc.text.size());
    EXPECT_EQ(doc.text.substr(s.begin, s.end - s.begin), s.surface);
    EXPECT_LT(s.sentence, doc.sentences.size());
  }
}

TEST_F(EventClassifierTest, EmptyAndUnknownLanguageDocuments) {
  EXPECT_TRUE(Classify("", "en").empty());
  // A language without its own entries uses every language's triggers.
  EXPECT_EQ(Main("Protesters stormed the city hall and set it on fire.", "und"), kRiot);
  // Nynorsk uses the Bokmål triggers.
  EXPECT_EQ(Main("Demonstrantar stormet rådhuset, og opptøyane heldt fram heile natta.", "nn"),
            kRiot);
}

}  // namespace
}  // namespace newsloom
