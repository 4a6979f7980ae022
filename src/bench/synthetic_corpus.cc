#include "bench/synthetic_corpus.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string_view>

#include "core/json_writer.h"

namespace newsloom {
namespace {

struct LanguageWords {
  std::string_view lang;
  bool spaces;                          // false for Chinese: words are written without spaces
  std::string_view sentence_end;        // "." or "。"
  std::vector<std::string_view> words;  // common words, most frequent first
  std::vector<std::string_view> names;  // capitalised names and places
};

// Word lists: frequent function words first (the generator draws with a Zipf-like bias), then
// news vocabulary. Written for this benchmark.
const std::vector<LanguageWords>& Languages() {
  static const auto* langs = new std::vector<LanguageWords>{
      {"en",
       true,
       ".",
       {"the",      "of",        "and",        "to",         "in",       "a",
        "that",     "was",       "on",         "said",       "for",      "with",
        "by",       "police",    "protesters", "government", "were",     "city",
        "capital",  "president", "people",     "after",      "on",       "killed",
        "injured",  "officials", "ministry",   "square",     "crowd",    "thousands",
        "night",    "security",  "forces",     "building",   "election", "opposition",
        "reported", "according", "state",      "television", "agency",   "demonstrators",
        "arrested"},
       {"Bishkek", "Almaty", "Paris", "Reuters", "Tokayev", "Minsk", "Kyiv"}},
      {"nl",
       true,
       ".",
       {"de",
        "het",
        "van",
        "een",
        "en",
        "in",
        "is",
        "op",
        "dat",
        "zijn",
        "met",
        "voor",
        "door",
        "politie",
        "betogers",
        "regering",
        "werden",
        "stad",
        "hoofdstad",
        "president",
        "mensen",
        "na",
        "gedood",
        "gewond",
        "autoriteiten",
        "ministerie",
        "plein",
        "menigte",
        "duizenden",
        "nacht",
        "veiligheidstroepen",
        "gebouw",
        "verkiezingen",
        "oppositie",
        "volgens",
        "woordvoerder",
        "televisie",
        "persbureau",
        "demonstranten",
        "aangehouden"},
       {"Bisjkek", "Almaty", "Kirgizië", "Kazachstan", "ANP", "Tokajev", "Rutte"}},
      {"de",
       true,
       ".",
       {"der",
        "die",
        "und",
        "in",
        "den",
        "von",
        "zu",
        "das",
        "mit",
        "sich",
        "des",
        "auf",
        "Polizei",
        "Demonstranten",
        "Regierung",
        "wurden",
        "Stadt",
        "Hauptstadt",
        "Präsident",
        "Menschen",
        "nach",
        "getötet",
        "verletzt",
        "Behörden",
        "Innenministerium",
        "Platz",
        "Tausende",
        "Nacht",
        "Sicherheitskräfte",
        "Gebäude",
        "Wahl",
        "Opposition",
        "laut",
        "Sprecher",
        "Fernsehen",
        "Nachrichtenagentur",
        "festgenommen",
        "Proteste"},
       {"Bischkek", "Almaty", "Kirgistan", "Kasachstan", "Tokajew", "Berlin", "dpa"}},
      {"fr",
       true,
       ".",
       {"de",         "la",        "le",           "et",           "les",      "des",
        "en",         "un",        "du",           "une",          "que",      "est",
        "pour",       "police",    "manifestants", "gouvernement", "ont",      "ville",
        "capitale",   "président", "personnes",    "après",        "tués",     "blessés",
        "autorités",  "ministère", "place",        "foule",        "milliers", "nuit",
        "forces",     "bâtiment",  "élection",     "opposition",   "selon",    "porte-parole",
        "télévision", "agence",    "interpellés",  "émeutes"},
       {"Bichkek", "Almaty", "Kirghizistan", "Kazakhstan", "Tokaïev", "Paris", "AFP"}},
      {"es",
       true,
       ".",
       {"de",          "la",         "que",           "el",        "en",      "y",
        "a",           "los",        "del",           "se",        "las",     "por",
        "un",          "policía",    "manifestantes", "gobierno",  "fueron",  "ciudad",
        "capital",     "presidente", "personas",      "tras",      "muertos", "heridos",
        "autoridades", "ministerio", "plaza",         "multitud",  "miles",   "noche",
        "fuerzas",     "edificio",   "elecciones",    "oposición", "según",   "portavoz",
        "televisión",  "agencia",    "detenidos",     "disturbios"},
       {"Biskek", "Almaty", "Kirguistán", "Kazajistán", "Tokáyev", "Santiago", "EFE"}},
      {"pl",
       true,
       ".",
       {"w",         "i",       "na",           "z",        "się",
        "do",        "nie",     "że",           "o",        "jest",
        "to",        "przez",   "po",           "policja",  "demonstranci",
        "rząd",      "zostali", "miasto",       "stolica",  "prezydent",
        "ludzi",     "zginęło", "rannych",      "władze",   "ministerstwo",
        "plac",      "tłum",    "tysiące",      "nocy",     "siły",
        "budynek",   "wybory",  "opozycja",     "według",   "rzecznik",
        "telewizja", "agencja", "zatrzymanych", "protesty", "zamieszki"},
       {"Biszkek", "Ałmaty", "Kirgistan", "Kazachstan", "Tokajew", "Warszawa", "PAP"}},
      {"tr",
       true,
       ".",
       {"ve",     "bir",          "bu",          "da",        "de",         "için",
        "ile",    "olarak",       "daha",        "çok",       "en",         "gibi",
        "polis",  "göstericiler", "hükümet",     "kent",      "başkent",    "cumhurbaşkanı",
        "kişi",   "sonra",        "öldü",        "yaralandı", "yetkililer", "bakanlığı",
        "meydan", "kalabalık",    "binlerce",    "gece",      "güvenlik",   "güçleri",
        "bina",   "seçim",        "muhalefet",   "göre",      "sözcüsü",    "televizyon",
        "ajansı", "gözaltına",    "protestolar", "olaylar"},
       {"Bişkek", "Almatı", "Kırgızistan", "Kazakistan", "Tokayev", "İstanbul", "AA"}},
      {"nb",
       true,
       ".",
       {"i",
        "og",
        "det",
        "som",
        "en",
        "på",
        "er",
        "til",
        "av",
        "med",
        "for",
        "har",
        "de",
        "politiet",
        "demonstranter",
        "regjeringen",
        "ble",
        "byen",
        "hovedstaden",
        "presidenten",
        "mennesker",
        "etter",
        "drept",
        "skadet",
        "myndighetene",
        "departementet",
        "plassen",
        "folkemengde",
        "tusenvis",
        "natt",
        "sikkerhetsstyrker",
        "bygningen",
        "valget",
        "opposisjonen",
        "ifølge",
        "talsperson",
        "fjernsyn",
        "nyhetsbyrået",
        "pågrepet"},
       {"Bisjkek", "Almaty", "Kirgisistan", "Kasakhstan", "Tokajev", "Oslo", "NTB"}},
      {"ru",
       true,
       ".",
       {"в",
        "и",
        "на",
        "не",
        "что",
        "с",
        "по",
        "как",
        "к",
        "из",
        "за",
        "от",
        "о",
        "полиция",
        "протестующие",
        "правительство",
        "были",
        "город",
        "столица",
        "президент",
        "человек",
        "после",
        "погибли",
        "ранены",
        "власти",
        "министерство",
        "площадь",
        "толпа",
        "тысячи",
        "ночью",
        "силовики",
        "здание",
        "выборы",
        "оппозиция",
        "по данным",
        "представитель",
        "телевидение",
        "агентство",
        "задержаны",
        "беспорядки",
        "митинг"},
       {"Бишкек", "Алматы", "Киргизия", "Казахстан", "Токаев", "Москва", "ТАСС"}},
      {"uk",
       true,
       ".",
       {"в",
        "і",
        "на",
        "що",
        "з",
        "не",
        "до",
        "як",
        "за",
        "від",
        "у",
        "та",
        "про",
        "поліція",
        "протестувальники",
        "уряд",
        "були",
        "місто",
        "столиця",
        "президент",
        "людей",
        "після",
        "загинули",
        "поранені",
        "влада",
        "міністерство",
        "майдан",
        "натовп",
        "тисячі",
        "вночі",
        "силовики",
        "будівля",
        "вибори",
        "опозиція",
        "за даними",
        "речник",
        "телебачення",
        "агентство",
        "затримані",
        "заворушення"},
       {"Бішкек", "Алмати", "Киргизстан", "Казахстан", "Токаєв", "Київ", "Укрінформ"}},
      {"ar",
       true,
       ".",
       {"في",         "من",        "على",     "إلى",      "أن",         "عن",       "مع",
        "التي",       "الذي",      "قد",      "بعد",      "كان",        "هذا",      "الشرطة",
        "المتظاهرين", "الحكومة",   "المدينة", "العاصمة",  "الرئيس",     "الناس",    "قتلى",
        "جرحى",       "السلطات",   "وزارة",   "الداخلية", "ساحة",       "الحشود",   "الآلاف",
        "الليلة",     "قوات",      "الأمن",   "المبنى",   "الانتخابات", "المعارضة", "وفقا",
        "المتحدث",    "التلفزيون", "وكالة",   "اعتقال",   "الاحتجاجات"},
       {"بيشكيك", "ألماتي", "قيرغيزستان", "كازاخستان", "توكاييف", "بغداد", "رويترز"}},
      {"zh",
       false,
       "。",
       {"的",     "在",     "了",     "和",     "是",     "与",   "对",       "于",   "警方",
        "抗议者", "政府",   "城市",   "首都",   "总统",   "人",   "之后",     "死亡", "受伤",
        "当局",   "内政部", "广场",   "人群",   "数千",   "夜间", "安全部队", "大楼", "选举",
        "反对派", "据",     "发言人", "电视台", "通讯社", "被捕", "抗议",     "骚乱", "示威"},
       {"比什凯克", "阿拉木图", "吉尔吉斯斯坦", "哈萨克斯坦", "托卡耶夫", "香港", "新华社"}},
  };
  return *langs;
}

// Zipf-like draw: index i with weight 1/(i+2).
size_t ZipfIndex(std::mt19937_64& rng, size_t n) {
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const double r = u(rng);
  // Inverse of the continuous approximation of the harmonic CDF.
  const double x = std::pow(static_cast<double>(n + 2) / 2.0, r) * 2.0 - 2.0;
  const auto i = static_cast<size_t>(x);
  return i < n ? i : n - 1;
}

std::string MakeSentence(const LanguageWords& lw, std::mt19937_64& rng) {
  std::uniform_int_distribution<int> len(7, 18);
  std::uniform_int_distribution<int> coin(0, 9);
  std::uniform_int_distribution<int> number(2, 2500);
  const int n = len(rng);
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i > 0 && lw.spaces) s += ' ';
    const int c = coin(rng);
    if (c == 0) {
      s += lw.names[rng() % lw.names.size()];
    } else if (c == 1 && i > 0) {
      s += std::to_string(number(rng));
    } else {
      std::string_view w = lw.words[ZipfIndex(rng, lw.words.size())];
      if (i == 0 && lw.spaces && !w.empty() && w[0] >= 'a' && w[0] <= 'z') {
        s += static_cast<char>(w[0] - 32);
        s += w.substr(1);
      } else {
        s += w;
      }
    }
  }
  s += lw.sentence_end;
  return s;
}

}  // namespace

const std::vector<std::string>& SyntheticLanguages() {
  static const auto* codes = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& l : Languages()) v->emplace_back(l.lang);
    return v;
  }();
  return *codes;
}

std::vector<SyntheticArticle> GenerateSyntheticCorpus(const SyntheticCorpusOptions& options) {
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const auto& langs = Languages();
  std::vector<SyntheticArticle> out;
  out.reserve(options.articles);
  for (uint64_t i = 0; i < options.articles; ++i) {
    SyntheticArticle a;
    a.id = "syn-" + std::to_string(i);
    char date[16];
    std::snprintf(date, sizeof(date), "20%02d-%02d-%02d", static_cast<int>(5 + (i / 5000) % 19),
                  static_cast<int>(1 + (i / 400) % 12), static_cast<int>(1 + (i / 13) % 28));
    a.published = date;
    if (i > 20 && u(rng) < options.duplicate_share) {
      const SyntheticArticle& orig = out[rng() % out.size()];
      a.lang = orig.lang;
      a.duplicate_of = orig.duplicate_of.empty() ? orig.id : orig.duplicate_of;
      const auto& lw = *std::find_if(langs.begin(), langs.end(),
                                     [&](const auto& l) { return l.lang == orig.lang; });
      a.title = MakeSentence(lw, rng);
      a.text = orig.text + "\n\n" + MakeSentence(lw, rng);
      out.push_back(std::move(a));
      continue;
    }
    const LanguageWords& lw = langs[i % langs.size()];
    a.lang = std::string(lw.lang);
    a.title = MakeSentence(lw, rng);
    while (a.text.size() < options.target_bytes) {
      if (!a.text.empty()) a.text += "\n\n";
      const int sentences = 2 + static_cast<int>(rng() % 3);
      for (int k = 0; k < sentences; ++k) {
        if (k > 0 && lw.spaces) a.text += ' ';
        a.text += MakeSentence(lw, rng);
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string SyntheticCorpusToJsonl(const std::vector<SyntheticArticle>& articles) {
  std::string out;
  for (const auto& a : articles) {
    JsonWriter w;
    w.BeginObject()
        .Key("id")
        .String(a.id)
        .Key("title")
        .String(a.title)
        .Key("published")
        .String(a.published)
        .Key("lang")
        .String(a.lang)
        .Key("text")
        .String(a.text)
        .EndObject();
    out += w.str();
    out += '\n';
  }
  return out;
}

}  // namespace newsloom
