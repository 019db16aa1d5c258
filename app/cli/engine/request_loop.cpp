#include "app/cli/engine/request_loop.h"

#include <torch/torch.h>

#include <cmath>
#include <thread>

namespace ctlite::cli {
using nlohmann::json;

namespace {

// A score request's optional string parameter; EngineError("input") for another type.
std::string string_parameter(const json& params, const char* key) {
  const auto it = params.find(key);
  if (it == params.end() || it->is_null()) return "";
  if (!it->is_string()) throw EngineError("input", std::string("params.") + key + " is not a string");
  return it->get<std::string>();
}

bool is_valid_id(const json& id) { return id.is_number_integer() || id.is_string() || id.is_null(); }

}  // namespace

RequestLoop::RequestLoop(std::istream& in, std::ostream& out, ScoreEngine& engine, EngineInfo info)
    : in_(in), out_(out), engine_(engine), info_(std::move(info)) {}

void RequestLoop::send(const json& message) {
  // Invalid UTF-8 in an error message (a file name) must not end the engine: replace it.
  const std::string line = message.dump(-1, ' ', false, json::error_handler_t::replace);
  std::lock_guard<std::mutex> lock(output_mutex_);
  out_ << line << '\n';
  out_.flush();
}

void RequestLoop::send_error(const json& id, const std::string& message, const std::string& kind) {
  send({{"id", id}, {"error", {{"message", message}, {"kind", kind}}}});
}

int RequestLoop::run() {
  std::thread worker([this] { work(); });
  std::string line;
  long line_number = 0;
  while (!shutdown_requested_ && std::getline(in_, line)) handle_line(line, ++line_number);
  {
    std::lock_guard<std::mutex> lock(queue_mutex_);
    input_closed_ = true;
  }
  queue_changed_.notify_all();
  worker.join();
  return 0;
}

void RequestLoop::handle_line(const std::string& line, long line_number) {
  if (line.find_first_not_of(" \t\r") == std::string::npos) return;
  json request;
  try {
    request = json::parse(line);
  } catch (const json::exception& e) {
    send_error(nullptr, "line " + std::to_string(line_number) + ": not valid JSON (" + e.what() + ")", "input");
    return;
  }
  if (!request.is_object()) {
    send_error(nullptr, "line " + std::to_string(line_number) + ": a request must be a JSON object", "input");
    return;
  }
  const json id = request.value("id", json(nullptr));
  if (!is_valid_id(id)) {
    send_error(nullptr, "line " + std::to_string(line_number) + ": id must be an integer or a string", "input");
    return;
  }
  const auto method = request.find("method");
  if (method == request.end() || !method->is_string()) {
    send_error(id, "request has no method", "input");
    return;
  }
  const json params = request.value("params", json::object());
  if (!params.is_object()) {
    send_error(id, "params must be a JSON object", "input");
    return;
  }
  const std::string name = method->get<std::string>();
  if (name == "hello") {
    const bool cuda = torch::cuda::is_available();
    json devices = json::array({"cpu"});
    if (cuda) devices.push_back("cuda");
    send({{"id", id},
          {"result", {{"version", info_.version}, {"devices", devices}, {"cuda_available", cuda}, {"threads", info_.threads}}}});
  } else if (name == "score") {
    enqueue_score(id, params);
  } else if (name == "cancel") {
    cancel(id, params);
  } else if (name == "shutdown") {
    send({{"id", id}, {"result", {{"shutdown", true}}}});
    shutdown_requested_ = true;
  } else {
    send_error(id, "unknown method '" + name + "' (hello, score, cancel, shutdown)", "input");
  }
}

void RequestLoop::enqueue_score(const json& id, const json& params) {
  Job job;
  job.id = id;
  try {
    job.request.path = string_parameter(params, "path");
    job.request.series_uid = string_parameter(params, "series_uid");
    job.request.metadata_csv = string_parameter(params, "metadata_csv");
    job.request.model = string_parameter(params, "model");
    job.request.pca_out = string_parameter(params, "pca_out");
    const std::string device = string_parameter(params, "device");
    if (!device.empty()) job.request.device = device;
    if (job.request.path.empty()) throw EngineError("input", "params.path is missing");
  } catch (const EngineError& e) {
    send_error(id, e.what(), e.kind());
    return;
  }
  // Progress lines for this request: a new line when the stage changes or the fraction moved by
  // 5 % (core reports per slice; the client needs a bar, not thousands of lines).
  auto last = std::make_shared<std::pair<std::string, double>>("", -1.0);
  job.progress = Progress([this, id, last](const ProgressEvent& event) {
    if (event.stage == last->first && event.fraction < 1.0 && event.fraction - last->second < 0.05) return;
    *last = {event.stage, event.fraction};
    send({{"id", id},
          {"event", "progress"},
          {"stage", event.stage},
          {"fraction", std::round(event.fraction * 1000.0) / 1000.0},
          {"message", event.message}});
  });
  {
    std::lock_guard<std::mutex> lock(queue_mutex_);
    queue_.push_back(std::move(job));
  }
  queue_changed_.notify_all();
}

void RequestLoop::cancel(const json& id, const json& params) {
  const json target = params.value("target", json(nullptr));
  bool cancelled = false;
  std::optional<Job> removed;
  {
    std::lock_guard<std::mutex> lock(queue_mutex_);
    if (running_ && running_->id == target) {
      running_->progress.cancel();
      cancelled = true;
    }
    for (auto it = queue_.begin(); !cancelled && it != queue_.end(); ++it)
      if (it->id == target) {
        removed = std::move(*it);
        queue_.erase(it);
        cancelled = true;
        break;
      }
  }
  // A queued request is answered here; the running one answers when its work stops.
  if (removed) send_error(removed->id, "request cancelled", "cancelled");
  send({{"id", id}, {"result", {{"target", target}, {"cancelled", cancelled}}}});
}

void RequestLoop::work() {
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(queue_mutex_);
      queue_changed_.wait(lock, [this] { return !queue_.empty() || input_closed_; });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      running_ = job;
    }
    json reply;
    try {
      reply = {{"id", job.id}, {"result", engine_.score(job.request, job.progress)}};
    } catch (const std::exception& e) {
      reply = {{"id", job.id}, {"error", engine_error_json(e)}};
    }
    {
      std::lock_guard<std::mutex> lock(queue_mutex_);
      running_.reset();
    }
    send(reply);
  }
}

}  // namespace ctlite::cli
