// Progress bar for long runs: "[#####     ] 1,234/5,000  812 art/s  2.1 MB/s  ETA 0:05" on
// standard error when it is a terminal, nothing when piped (scripts and CI stay quiet).
// Thread-safe: Add may be called from any thread; redraws are throttled to 10 per second.
#ifndef NEWSLOOM_CORE_PROGRESS_H_
#define NEWSLOOM_CORE_PROGRESS_H_

#include <cstdint>
#include <mutex>
#include <string>

namespace newsloom {

class Env;

class ProgressBar {
 public:
  // total == 0 means unknown (no bar, no ETA; a running count). `unit` names the items.
  ProgressBar(std::string label, uint64_t total, std::string unit, Env* env);
  ~ProgressBar();

  // Forces the bar on or off; by default it is on only when stderr is a terminal.
  void set_enabled(bool enabled) { enabled_ = enabled; }
  bool enabled() const { return enabled_; }
  void set_total(uint64_t total);

  void Add(uint64_t items, uint64_t bytes = 0);
  // Draws the final state and a newline; later Adds are ignored.
  void Finish();

  // The line that would be drawn now (for tests).
  std::string Render();

 private:
  std::string RenderLocked(int64_t now);
  std::mutex mu_;
  std::string label_;
  std::string unit_;
  Env* env_;
  uint64_t total_;
  uint64_t done_ = 0;
  uint64_t bytes_ = 0;
  int64_t start_micros_;
  int64_t last_draw_micros_ = 0;
  bool enabled_;
  bool finished_ = false;
};

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_PROGRESS_H_
