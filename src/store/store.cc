#include "store/store.h"

namespace newsloom {

StatusOr<Batch> Batch::Begin(Store* store) {
  NL_RETURN_IF_ERROR(store->BeginBatch());
  return Batch(store);
}

Batch::~Batch() {
  if (store_ != nullptr) store_->Rollback().IgnoreError();
}

Status Batch::Commit() {
  if (store_ == nullptr) return absl::FailedPreconditionError("batch already committed");
  Store* store = store_;
  store_ = nullptr;
  return store->Commit();
}

}  // namespace newsloom
