#include "text/abbreviations.h"

#include <algorithm>
#include <iterator>

namespace newsloom::text_analysis {
namespace {

struct LangAbbreviations {
  std::string_view lang;
  const std::string_view* words;
  size_t size;
};

// Titles and abbreviations common to Latin-script languages.
constexpr std::string_view kCommon[] = {
    "dr.",  "drs.", "prof.", "st.",  "mr.",  "mrs.", "ms.",  "nr.",   "no.",
    "ca.",  "vs.",  "jr.",   "sr.",  "gen.", "lt.",  "col.", "sgt.",  "capt.",
    "gov.", "sen.", "rep.",  "ing.", "ir.",  "mgr.", "mag.", "dipl.",
};

constexpr std::string_view kNl[] = {
    "o.a.", "bijv.",  "bv.",    "d.w.z.", "m.a.w.", "i.p.v.", "dhr.",  "mevr.",  "mr.",
    "jl.",  "blz.",   "resp.",  "t.o.v.", "m.b.t.", "incl.",  "excl.", "o.m.",   "zgn.",
    "a.s.", "n.a.v.", "i.v.m.", "ong.",   "min.",   "gem.",   "z.g.",  "t.a.v.", "p.p.",
    "aug.", "sept.",  "okt.",   "nov.",   "dec.",   "jan.",   "feb.",  "apr."};
constexpr std::string_view kDe[] = {"z.b.",  "d.h.", "u.a.",   "bzw.", "v.a.", "sog.", "inkl.",
                                    "evtl.", "hr.",  "fr.",    "vgl.", "ggf.", "z.t.", "u.u.",
                                    "s.o.",  "o.g.", "bspw.",  "abs.", "str.", "jh.",  "mio.",
                                    "mrd.",  "tsd.", "u.s.w.", "dt.",  "zzgl."};
constexpr std::string_view kEn[] = {"e.g.",  "i.e.", "approx.", "jan.", "feb.", "aug.",  "sept.",
                                    "oct.",  "nov.", "dec.",    "mt.",  "ft.",  "gens.", "maj.",
                                    "brig.", "adm.", "rev.",    "u.s.", "u.k."};
constexpr std::string_view kFr[] = {"m.",    "mm.",   "mme.", "mlle.", "p.ex.",
                                    "av.",   "env.",  "ste.", "cf.",   "boul.",
                                    "janv.", "févr.", "oct.", "nov.",  "déc."};
constexpr std::string_view kEs[] = {"sr.",   "sra.",   "srta.", "d.",   "dña.", "ud.",    "uds.",
                                    "p.ej.", "aprox.", "avda.", "núm.", "pág.", "ee.uu.", "gral."};
constexpr std::string_view kIt[] = {"sig.", "sig.ra", "dott.", "avv.", "ing.",
                                    "on.",  "pag.",   "ecc.",  "es."};
constexpr std::string_view kPt[] = {"sr.", "sra.", "dra.", "av.", "pág.", "ex.", "aprox."};
constexpr std::string_view kNb[] = {"bl.a.", "f.eks.", "dvs.",   "kl.",  "jf.",  "pga.",
                                    "ift.",  "mht.",   "t.o.m.", "p.t.", "vha.", "hhv.",
                                    "evt.",  "ca.",    "bl.",    "adv.", "stip."};
constexpr std::string_view kNn[] = {"bl.a.", "t.d.", "m.a.",  "dvs.",   "kl.",
                                    "jf.",   "pga.", "m.fl.", "t.o.m.", "evt."};
constexpr std::string_view kDa[] = {"bl.a.", "f.eks.", "dvs.", "kl.",  "jf.", "pga.", "ift.",
                                    "mht.",  "t.o.m.", "hhv.", "evt.", "ca.", "bl."};
constexpr std::string_view kSv[] = {"bl.a.", "t.ex.", "s.k.",   "m.m.", "d.v.s.", "p.g.a.", "f.d.",
                                    "kl.",   "jfr.",  "t.o.m.", "ca.",  "resp.",  "fr.o.m."};
constexpr std::string_view kPl[] = {"np.",   "tj.", "m.in.", "tzw.", "ok.", "godz.", "ul.",
                                    "prof.", "dr.", "mgr.",  "inż.", "im.", "pt."};
constexpr std::string_view kRu[] = {"т.е.",  "т.к.",  "т.н.", "им.", "ул.",
                                    "проф.", "акад.", "ген.", "см."};
constexpr std::string_view kUk[] = {"т.зв.", "ім.", "вул.", "проф.", "акад.",
                                    "ген.",  "ін.", "див.", "ст."};
constexpr std::string_view kTr[] = {"dr.", "prof.", "doç.", "av.", "yrd.",
                                    "vb.", "vs.",   "bkz.", "örn."};

constexpr LangAbbreviations kByLang[] = {
    {"nl", kNl, std::size(kNl)}, {"de", kDe, std::size(kDe)}, {"en", kEn, std::size(kEn)},
    {"fr", kFr, std::size(kFr)}, {"es", kEs, std::size(kEs)}, {"it", kIt, std::size(kIt)},
    {"pt", kPt, std::size(kPt)}, {"nb", kNb, std::size(kNb)}, {"nn", kNn, std::size(kNn)},
    {"da", kDa, std::size(kDa)}, {"sv", kSv, std::size(kSv)}, {"pl", kPl, std::size(kPl)},
    {"ru", kRu, std::size(kRu)}, {"uk", kUk, std::size(kUk)}, {"tr", kTr, std::size(kTr)},
};

}  // namespace

bool IsAbbreviation(std::string_view lang, std::string_view lower) {
  for (const LangAbbreviations& entry : kByLang) {
    if (entry.lang != lang) continue;
    if (std::find(entry.words, entry.words + entry.size, lower) != entry.words + entry.size) {
      return true;
    }
    break;
  }
  return std::find(std::begin(kCommon), std::end(kCommon), lower) != std::end(kCommon);
}

bool WritesOrdinalDot(std::string_view lang) {
  static constexpr std::string_view kLangs[] = {"de", "da", "nb", "nn", "no", "fi",
                                                "is", "cs", "sk", "pl", "hu", "tr",
                                                "hr", "sl", "sr", "et", "lv", "bs"};
  return std::find(std::begin(kLangs), std::end(kLangs), lang) != std::end(kLangs);
}

}  // namespace newsloom::text_analysis
