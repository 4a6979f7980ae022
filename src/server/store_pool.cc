#include "server/store_pool.h"

namespace newsloom {

StorePool::Lease::~Lease() {
  if (store_ != nullptr && pool_ != nullptr) pool_->Release(std::move(store_));
}

StatusOr<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Store> s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(s));
    }
  }
  StoreOptions o;
  o.create_if_missing = false;
  o.read_only = true;
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenSqliteStore(path_, o));
  return Lease(this, std::move(store));
}

void StorePool::Release(std::unique_ptr<Store> store) {
  if (store->in_batch()) return;  // never hand on a connection in an odd state
  std::lock_guard<std::mutex> lock(mu_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(store));
}

}  // namespace newsloom
