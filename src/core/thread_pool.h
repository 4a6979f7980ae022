// A fixed pool of worker threads for the per-article stages (DESIGN.md: pure functions of one
// document plus immutable shared resources). Results never depend on the thread count:
// ParallelFor hands out indices, callers write into slot i.
#ifndef NEWSLOOM_CORE_THREAD_POOL_H_
#define NEWSLOOM_CORE_THREAD_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace newsloom {

class ThreadPool {
 public:
  // `threads` == 0 means one per hardware thread. With 1 thread, work runs on the caller.
  explicit ThreadPool(size_t threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  size_t size() const { return workers_.empty() ? 1 : workers_.size(); }

  // Calls fn(i) for every i in [0, n) and returns when all calls have finished. fn must be
  // safe to call concurrently for different i. Not reentrant from inside fn.
  void ParallelFor(size_t n, const std::function<void(size_t)>& fn);

 private:
  void WorkerLoop();

  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::deque<std::function<void()>> queue_;
  size_t active_ = 0;
  bool stop_ = false;
};

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_THREAD_POOL_H_
