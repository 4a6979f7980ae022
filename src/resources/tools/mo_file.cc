#include "resources/tools/mo_file.h"

#include <cstdint>

#include "fmt/format.h"

namespace newsloom {
namespace {

constexpr uint32_t kMoMagic = 0x950412de;
constexpr uint32_t kMoMagicSwapped = 0xde120495;

class MoReader {
 public:
  MoReader(std::string_view bytes, bool swapped) : bytes_(bytes), swapped_(swapped) {}

  bool U32(uint64_t offset, uint32_t* out) const {
    if (offset + 4 > bytes_.size()) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes_.data() + offset);
    *out = swapped_ ? (uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3])
                    : (uint32_t{p[3]} << 24 | uint32_t{p[2]} << 16 | uint32_t{p[1]} << 8 | p[0]);
    return true;
  }

  // The string of table entry `i` of the table at `table`, up to its first NUL.
  bool Entry(uint32_t table, uint32_t i, std::string_view* out) const {
    uint32_t length, offset;
    uint64_t at = uint64_t{table} + uint64_t{i} * 8;
    if (!U32(at, &length) || !U32(at + 4, &offset)) return false;
    if (uint64_t{offset} + length > bytes_.size()) return false;
    std::string_view s = bytes_.substr(offset, length);
    *out = s.substr(0, s.find('\0'));
    return true;
  }

 private:
  std::string_view bytes_;
  bool swapped_;
};

}  // namespace

StatusOr<std::vector<std::pair<std::string, std::string>>> ParseMoFile(std::string_view bytes,
                                                                       std::string_view name) {
  auto corrupt = [&](std::string_view what) {
    return absl::DataLossError(fmt::format("{}: not a gettext .mo file: {}", name, what));
  };
  uint32_t magic = 0;
  MoReader probe(bytes, false);
  if (!probe.U32(0, &magic) || (magic != kMoMagic && magic != kMoMagicSwapped)) {
    return corrupt("bad magic");
  }
  MoReader reader(bytes, magic == kMoMagicSwapped);
  uint32_t count, originals, translations;
  if (!reader.U32(8, &count) || !reader.U32(12, &originals) || !reader.U32(16, &translations)) {
    return corrupt("truncated header");
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view id, str;
    if (!reader.Entry(originals, i, &id) || !reader.Entry(translations, i, &str)) {
      return corrupt(fmt::format("entry {} out of bounds", i));
    }
    if (id.empty() || str.empty()) continue;
    out.emplace_back(std::string(id), std::string(str));
  }
  return out;
}

}  // namespace newsloom
