// DecodeStoryItem on arbitrary bytes (a corrupt database): never crashes, and whatever decodes
// re-encodes to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "cluster/story_item.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsloom::cluster::StoryItem item;
  if (newsloom::cluster::DecodeStoryItem(bytes, "fuzz", &item).ok()) {
    newsloom::cluster::StoryItem again;
    if (!newsloom::cluster::DecodeStoryItem(newsloom::cluster::EncodeStoryItem(item), "fuzz",
                                            &again)
             .ok() ||
        !(again == item)) {
      std::abort();
    }
  }
  return 0;
}
