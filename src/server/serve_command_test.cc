// The `newsloom serve` and `newsloom export` commands end to end: the binary is started on a
// test database, prints its one URL line, answers on loopback and stops cleanly on SIGTERM.
#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/server_test_util.h"

extern char** environ;

namespace newsloom {
namespace {

using ::testing::HasSubstr;

// A child process with its standard output on a pipe.
class Child {
 public:
  explicit Child(const std::vector<std::string>& args) {
    int fds[2];
    if (pipe(fds) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    out_ = fds[0];
  }
  ~Child() {
    if (pid_ > 0 && !exited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) close(out_);
  }
  bool started() const { return pid_ > 0; }

  // The first line of standard output ("" at EOF).
  std::string ReadLine() {
    std::string line;
    char c;
    while (read(out_, &c, 1) == 1 && c != '\n') line.push_back(c);
    return line;
  }

  // Sends `sig` and waits up to `seconds`; the exit code, or -1 on timeout or a signal death.
  int Stop(int sig, int seconds) {
    kill(pid_, sig);
    for (int i = 0; i < seconds * 20; ++i) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        exited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return -1;
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  bool exited_ = false;
};

TEST(ServeCommandTest, PrintsItsUrlServesAndStopsOnSigterm) {
  const std::string dir = FreshTestDir("serve_command");
  const std::string db = BuildTestDatabase(dir);
  std::filesystem::create_directories(dir + "/web");
  std::ofstream(dir + "/web/index.html") << "<!doctype html><title>test UI</title>";
  Child serve({NEWSLOOM_BINARY, "serve", "--db", db, "--port", "0", "--web", dir + "/web"});
  ASSERT_TRUE(serve.started());
  const std::string line = serve.ReadLine();
  std::smatch m;
  ASSERT_TRUE(
      std::regex_match(line, m, std::regex(R"(newsloom: serving http://127\.0\.0\.1:(\d+)/)")))
      << line;
  httplib::Client client("127.0.0.1", std::stoi(m[1]));
  auto health = client.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_THAT(health->body, HasSubstr("\"articles\":6"));
  auto ui = client.Get("/");
  ASSERT_TRUE(ui);
  EXPECT_THAT(ui->body, HasSubstr("test UI"));
  // No token configured: writes are refused.
  auto post = client.Post("/api/articles", "{\"text\":\"x\"}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 403);
  EXPECT_EQ(serve.Stop(SIGTERM, 30), 0);
}

TEST(ServeCommandTest, MissingDatabaseFails) {
  Child serve(
      {NEWSLOOM_BINARY, "serve", "--db", ::testing::TempDir() + "/no/such.db", "--port", "0"});
  ASSERT_TRUE(serve.started());
  EXPECT_EQ(serve.ReadLine(), "");  // no URL line
  EXPECT_EQ(serve.Stop(0, 30), 1);
}

TEST(ExportCommandTest, WritesCsvAndGeoJsonFiles) {
  const std::string dir = FreshTestDir("export_command");
  const std::string db = BuildTestDatabase(dir);
  Child csv({NEWSLOOM_BINARY, "export", "--db", db, "--format", "csv", "--country", "KZ", "--out",
             dir + "/kz.csv"});
  ASSERT_TRUE(csv.started());
  EXPECT_EQ(csv.Stop(0, 60), 0);
  std::ifstream in(dir + "/kz.csv");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_THAT(text.str(), ::testing::StartsWith("event_id_cnty,"));
  EXPECT_THAT(text.str(), HasSubstr("KAZ132BF4AD1F1E8B6A,2022-01-05,2022,1,Riots,"));
  Child bad({NEWSLOOM_BINARY, "export", "--db", db, "--format", "xml"});
  EXPECT_EQ(bad.Stop(0, 60), 2);
}

}  // namespace
}  // namespace newsloom
