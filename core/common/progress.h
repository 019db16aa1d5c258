#pragma once
// The single progress/cancel mechanism shared by the CLI, the engine protocol and the GUI.
// Header-only and dependency-free on purpose: ai/ (LibTorch only) includes it too.

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace ctlite {

struct ProgressEvent {
  std::string stage;       // e.g. "load", "preprocess", "encode", "score"
  double fraction = 0.0;   // 0..1 within the stage
  std::string message;     // optional human text
};

class OperationCancelled : public std::runtime_error {
 public:
  OperationCancelled() : std::runtime_error("operation cancelled") {}
};

// Passed by value into long operations. Copies share the same cancel flag.
class Progress {
 public:
  using Callback = std::function<void(const ProgressEvent&)>;

  Progress() : cancelled_(std::make_shared<std::atomic<bool>>(false)) {}
  explicit Progress(Callback callback)
      : callback_(std::move(callback)), cancelled_(std::make_shared<std::atomic<bool>>(false)) {}

  // Reports and throws OperationCancelled when cancellation was requested.
  void report(const std::string& stage, double fraction, const std::string& message = {}) const {
    if (callback_) callback_(ProgressEvent{stage, fraction, message});
    throw_if_cancelled();
  }
  void throw_if_cancelled() const {
    if (cancelled_->load(std::memory_order_relaxed)) throw OperationCancelled();
  }
  void cancel() const { cancelled_->store(true, std::memory_order_relaxed); }
  bool is_cancelled() const { return cancelled_->load(std::memory_order_relaxed); }

 private:
  Callback callback_;
  std::shared_ptr<std::atomic<bool>> cancelled_;
};

}  // namespace ctlite
