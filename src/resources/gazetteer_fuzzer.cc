// Gazetteer::FromBytes on arbitrary bytes must never crash: it either rejects the input with
// DataLoss or every lookup and record access stays within the buffer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "resources/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using newsloom::EntityKind;
  auto g = newsloom::Gazetteer::FromBytes(std::string(reinterpret_cast<const char*>(data), size));
  if (!g.ok()) return 0;
  const newsloom::Gazetteer& gz = **g;
  size_t total = 0;
  for (uint32_t k = 0; k < gz.key_count() && k < 1000; ++k) {
    for (const newsloom::NameHit& h : gz.Lookup(gz.key(k))) {
      if (h.kind == EntityKind::kPlace) {
        total += gz.str(gz.place(h.index).name).size() + gz.str(gz.place(h.index).admin1).size();
      } else if (h.kind == EntityKind::kCountry) {
        total += gz.str(gz.country(h.index).name).size();
      } else {
        total += gz.str(gz.subdivision(h.index).type).size();
      }
    }
  }
  for (uint32_t i = 0; i < gz.place_count() && i < 1000; ++i) {
    total += gz.FindPlace(gz.place(i).geonameid).has_value();
    if (auto sub = gz.SubdivisionOfPlace(i)) total += gz.str(gz.subdivision(*sub).code).size();
  }
  total += gz.CountryName("KG").size() + gz.LookupName("Bishkek").size();
  return total == SIZE_MAX ? 1 : 0;
}
