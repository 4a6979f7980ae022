// Fuzzes EntityTagger::Tag on whatever the Analyzer makes of arbitrary bytes (the tagger walks
// UTF-8 bytes itself for Han names, so it must cope with every analysed text). The first byte
// picks a language hint.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/entity_tagger.h"
#include "text/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsloom::Analyzer* analyzer = newsloom::Analyzer::Create()->release();
  static constexpr std::string_view kLangs[] = {"en", "nl", "de", "ru", "ar", "zh",
                                                "tr", "",   "pl", "it", "es"};
  if (size == 0) return 0;
  const std::string_view lang = kLangs[data[0] % std::size(kLangs)];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto doc = analyzer->Analyze(text, lang);
  if (!doc.ok()) return 0;
  const auto entities = newsloom::EntityTagger::Default().Tag(*doc, nullptr);
  for (const newsloom::NamedEntity& e : entities) {
    for (const newsloom::TextSpan& m : e.mentions) {
      if (m.begin > m.end || m.end > doc->text.size()) __builtin_trap();
    }
  }
  return 0;
}
