#include "core/data_files.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(DataFilesTest, EnvironmentDirectoryComesFirst) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "newsloom_data_files_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "probe.bin") << "x";
  ::setenv("NEWSLOOM_DATA_DIR", dir.c_str(), 1);
  StatusOr<std::string> path = FindDataFile("probe.bin");
  ASSERT_TRUE(path.ok()) << path.status();
  EXPECT_EQ(*path, (dir / "probe.bin").string());
  ::unsetenv("NEWSLOOM_DATA_DIR");
  std::filesystem::remove_all(dir);
}

TEST(DataFilesTest, MissingFileNamesWhereItLooked) {
  ::setenv("NEWSLOOM_DATA_DIR", "/nonexistent-newsloom-dir", 1);
  StatusOr<std::string> path = FindDataFile("no-such-file.nlg");
  ::unsetenv("NEWSLOOM_DATA_DIR");
  ASSERT_FALSE(path.ok());
  EXPECT_EQ(path.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(MessageOf(path.status()).find("/nonexistent-newsloom-dir"), std::string::npos);
  EXPECT_NE(MessageOf(path.status()).find("no-such-file.nlg"), std::string::npos);
}

}  // namespace
}  // namespace newsloom
