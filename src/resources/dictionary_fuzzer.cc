// Fuzzes loading a dictionary file: any bytes must give DataLoss or a dictionary whose
// lookups stay inside the file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "resources/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto dict = newsloom::Dictionary::FromBytes(
      std::string(reinterpret_cast<const char*>(data), size), "fuzz");
  if (!dict.ok()) return 0;
  const newsloom::Dictionary& d = **dict;
  for (const char* lang : {"nl", "de", "ru", ""}) {
    for (const char* key : {"a", "opstand", "", "zzzz"}) {
      if (auto e = d.Find(lang, key)) {
        for (uint32_t id : e->pivots) (void)d.pivot_text(id);
      }
    }
  }
  if (auto p = d.FindPivot("storm")) (void)d.pivot_weight(*p);
  return 0;
}
