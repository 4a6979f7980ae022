#include "resources/tools/mo_file.h"

#include <cstdint>
#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

void PutU32(std::string* out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*out)[at + i] = static_cast<char>(v >> (8 * i));
}

// A little-endian catalog with the header entry and two translations.
std::string MakeCatalog() {
  const std::pair<std::string, std::string> entries[] = {
      {"", "Content-Type: text/plain; charset=UTF-8\n"},
      {"1528675", "Bisjkek"},
      {"1526384", "Almaty"}};
  const uint32_t n = 3, originals = 28, translations = originals + 8 * n;
  std::string out(translations + 8 * n, '\0');
  PutU32(&out, 0, 0x950412de);
  PutU32(&out, 8, n);
  PutU32(&out, 12, originals);
  PutU32(&out, 16, translations);
  for (uint32_t i = 0; i < n; ++i) {
    PutU32(&out, originals + 8 * i, entries[i].first.size());
    PutU32(&out, originals + 8 * i + 4, out.size());
    out += entries[i].first + '\0';
  }
  for (uint32_t i = 0; i < n; ++i) {
    PutU32(&out, translations + 8 * i, entries[i].second.size());
    PutU32(&out, translations + 8 * i + 4, out.size());
    out += entries[i].second + '\0';
  }
  return out;
}

TEST(MoFileTest, ReadsEntriesAndSkipsHeader) {
  auto entries = ParseMoFile(MakeCatalog(), "nl.mo");
  ASSERT_TRUE(entries.ok()) << entries.status();
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].first, "1528675");
  EXPECT_EQ((*entries)[0].second, "Bisjkek");
  EXPECT_EQ((*entries)[1].second, "Almaty");
}

TEST(MoFileTest, CorruptCatalogsAreDataLoss) {
  EXPECT_EQ(ParseMoFile("hello", "x.mo").status().code(), absl::StatusCode::kDataLoss);
  std::string catalog = MakeCatalog();
  PutU32(&catalog, 12, 1u << 30);  // originals table out of bounds
  auto bad = ParseMoFile(catalog, "x.mo");
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(bad.status().message().find("x.mo"), absl::string_view::npos);
}

}  // namespace
}  // namespace newsloom
