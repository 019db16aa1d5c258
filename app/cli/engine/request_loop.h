#pragma once
// The `ctlite serve` loop: JSON lines in, JSON lines out (docs/ENGINE_PROTOCOL.md). The reading
// thread answers hello/cancel/shutdown at once and queues score requests; one worker thread runs
// them in order, so a cancel reaches a running score through its ctlite::Progress. Every line
// written is one complete JSON object (a mutex keeps the two threads' lines whole).
// LibTorch-free: the scoring is a function the caller hands in (ScoreEngine::score in
// `ctlite serve`, a stand-in in tests/fuzz/engine_protocol_fuzzer.cpp).

#include <condition_variable>
#include <deque>
#include <functional>
#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/cli/engine/engine_request.h"
#include "core/common/progress.h"

namespace ctlite::cli {

// What `hello` answers.
struct EngineInfo {
  std::string version;
  int threads = 1;
  std::vector<std::string> devices{"cpu"};
  bool cuda_available = false;
};

// Runs one score request to its result JSON; throws (EngineError, InputError, ...) on failure and
// OperationCancelled when `progress` was cancelled.
using ScoreFunction = std::function<nlohmann::json(const ScoreRequest&, const Progress&)>;

class RequestLoop {
 public:
  RequestLoop(std::istream& in, std::ostream& out, ScoreFunction score, EngineInfo info);
  // Stops reading at the end of stdin or after `shutdown`, answers every request accepted before
  // (a client that wants out fast cancels first), then returns the exit code (0).
  int run();

 private:
  struct Job {
    nlohmann::json id;
    ScoreRequest request;
    Progress progress;
  };

  void handle_line(const std::string& line, long line_number);
  void enqueue_score(const nlohmann::json& id, const ScoreRequest& request);
  void cancel(const nlohmann::json& id, const nlohmann::json& target);
  void work();
  void send(const nlohmann::json& message);
  void send_error(const nlohmann::json& id, const std::string& message, const std::string& kind);

  std::istream& in_;
  std::ostream& out_;
  ScoreFunction score_;
  EngineInfo info_;
  bool shutdown_requested_ = false;

  std::mutex output_mutex_;
  std::mutex queue_mutex_;
  std::condition_variable queue_changed_;
  std::deque<Job> queue_;
  std::optional<Job> running_;  // guarded by queue_mutex_
  bool input_closed_ = false;   // guarded by queue_mutex_
};

}  // namespace ctlite::cli
