// StorePool: read-only Store connections to one database for the server's request threads. A
// Store is not thread-safe, so each request borrows one (Lease) for its duration; idle
// connections are kept for reuse (at most `max_idle`). With SQLite's WAL journal readers see
// the last committed state while the writer writes.
//
// Thread safety: Acquire is thread-safe; a Lease is used by one thread at a time.
#ifndef NEWSLOOM_SERVER_STORE_POOL_H_
#define NEWSLOOM_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace newsloom {

class StorePool {
 public:
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store* operator->() const { return store_.get(); }
    Store* get() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  StorePool(std::string db_path, size_t max_idle)
      : path_(std::move(db_path)), max_idle_(max_idle) {}

  // An idle connection, or a new read-only one (errors of OpenSqliteStore).
  StatusOr<Lease> Acquire();

 private:
  void Release(std::unique_ptr<Store> store);

  const std::string path_;
  const size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_STORE_POOL_H_
