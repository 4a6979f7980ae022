// Shared input handling of the extract fuzz targets: the first byte picks one of the supported
// languages, the rest is analysed as text, and broken invariants abort with a message (so
// libFuzzer keeps the input). Header-only: each fuzz target is its own executable.
#ifndef NEWSLOOM_EXTRACT_FUZZ_DOCUMENT_H_
#define NEWSLOOM_EXTRACT_FUZZ_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "text/analyzed_document.h"
#include "text/analyzer.h"

namespace newsloom::fuzzing {

// Aborts, naming `what`, when an invariant does not hold.
inline void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

// The analysed document of a fuzz input; nullopt when the analyzer refuses it.
inline std::optional<AnalyzedDocument> FuzzDocument(const uint8_t* data, size_t size) {
  static const Analyzer* analyzer = [] {
    auto created = Analyzer::Create();
    if (!created.ok()) std::abort();
    return created.value().release();
  }();
  static constexpr std::string_view kLangs[] = {"en", "nl", "de", "nb", "da", "sv", "fr", "es",
                                                "it", "pl", "ru", "uk", "tr", "ar", "zh", "und"};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string_view lang = "und";
  if (!text.empty()) {
    lang = kLangs[static_cast<uint8_t>(text[0]) % std::size(kLangs)];
    text.remove_prefix(1);
  }
  auto doc = analyzer->Analyze(text, lang);
  if (!doc.ok()) return std::nullopt;
  doc->lang = std::string(lang);
  return std::move(*doc);
}

}  // namespace newsloom::fuzzing

#endif  // NEWSLOOM_EXTRACT_FUZZ_DOCUMENT_H_
