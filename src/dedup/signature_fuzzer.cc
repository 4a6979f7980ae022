// Fuzzes Signature::Parse (bytes read back from a store): never crashes, and whatever it
// accepts serialises back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dedup/signature.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto sig = newsloom::Signature::Parse(bytes);
  if (sig.ok()) {
    if (sig->Serialize() != bytes) std::abort();
    (void)sig->EstimateJaccard(*sig);
  }
  return 0;
}
