#include "app/cli/engine/request_loop.h"

#include <cmath>
#include <thread>

namespace ctlite::cli {
using nlohmann::json;

RequestLoop::RequestLoop(std::istream& in, std::ostream& out, ScoreFunction score, EngineInfo info)
    : in_(in), out_(out), score_(std::move(score)), info_(std::move(info)) {}

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
  RequestLineReader reader(in_);
  std::string line;
  while (!shutdown_requested_) {
    const RequestLineReader::Status status = reader.next(line);
    if (status == RequestLineReader::Status::End) break;
    if (status == RequestLineReader::Status::TooLong)
      send_error(nullptr,
                 "line " + std::to_string(reader.line_number()) + ": longer than " +
                     std::to_string(kMaxRequestLineBytes) + " bytes, not read",
                 "input");
    else
      handle_line(line, reader.line_number());
  }
  {
    std::lock_guard<std::mutex> lock(queue_mutex_);
    input_closed_ = true;
  }
  queue_changed_.notify_all();
  worker.join();
  return 0;
}

void RequestLoop::handle_line(const std::string& line, long line_number) {
  std::optional<EngineRequest> request;
  try {
    request = parse_engine_request(line, line_number);
  } catch (const RejectedRequest& rejected) {
    send_error(rejected.id(), rejected.what(), rejected.kind());
    return;
  }
  if (!request) return;  // blank line
  const json& id = request->id;
  switch (request->method) {
    case EngineMethod::Hello:
      send({{"id", id},
            {"result",
             {{"version", info_.version},
              {"devices", info_.devices},
              {"cuda_available", info_.cuda_available},
              {"threads", info_.threads}}}});
      break;
    case EngineMethod::Score:
      enqueue_score(id, request->score);
      break;
    case EngineMethod::Cancel:
      cancel(id, request->target);
      break;
    case EngineMethod::Shutdown:
      send({{"id", id}, {"result", {{"shutdown", true}}}});
      shutdown_requested_ = true;
      break;
  }
}

void RequestLoop::enqueue_score(const json& id, const ScoreRequest& request) {
  Job job;
  job.id = id;
  job.request = request;
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

void RequestLoop::cancel(const json& id, const json& target) {
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
      reply = {{"id", job.id}, {"result", score_(job.request, job.progress)}};
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
