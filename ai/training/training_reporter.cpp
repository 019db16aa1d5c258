#include "ai/training/training_reporter.h"

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ai/io/atomic_file_writer.h"
#include "ai/runtime/memory_usage.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace fs = std::filesystem;
namespace {

std::FILE* open_append(const fs::path& path) {
  std::FILE* file = std::fopen(path.string().c_str(), "a");
  if (!file) throw core::OutputError(path.string(), "cannot open for writing");
  return file;
}

std::string format_duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const long total = std::lround(seconds);
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(text, sizeof text, "%02ld:%02ld", total / 60, total % 60);
  return text;
}

// Keeps the lines whose leading step number is <= last_kept (and the CSV header).
void keep_rows_up_to(const fs::path& path, std::int64_t last_kept, bool csv) {
  if (!fs::exists(path)) return;
  std::ifstream in(path);
  std::string line, kept;
  bool first = true;
  while (std::getline(in, line)) {
    bool keep = false;
    if (csv && first) {
      keep = true;
    } else if (csv) {
      keep = std::stoll(line.substr(0, line.find(','))) <= last_kept;
    } else {
      try {
        keep = nlohmann::json::parse(line).value("step", std::int64_t{0}) <= last_kept;
      } catch (const nlohmann::json::exception&) {
        keep = false;  // a line cut short by a kill
      }
    }
    first = false;
    if (keep) kept += line + "\n";
  }
  in.close();
  AtomicFileWriter writer(path.string());
  writer.write(kept.data(), kept.size());
  writer.commit();
}

}  // namespace

TrainingReporter::TrainingReporter(ReporterOptions options) : options_(std::move(options)) {
  bar_ = options_.progress_bar.value_or(!options_.json_to_stdout && ::isatty(STDERR_FILENO));
  if (options_.silent) bar_ = false;
}

TrainingReporter::~TrainingReporter() {
  for (std::FILE* file : {events_, csv_, jsonl_})
    if (file) std::fclose(file);
}

void TrainingReporter::truncate_metrics(std::int64_t last_kept_step) {
  const fs::path dir(options_.output_dir);
  if (last_kept_step == 0) {
    fs::remove(dir / "metrics.csv");
    fs::remove(dir / "metrics.jsonl");
  } else {
    try {
      keep_rows_up_to(dir / "metrics.csv", last_kept_step, true);
      keep_rows_up_to(dir / "metrics.jsonl", last_kept_step, false);
    } catch (const std::invalid_argument&) {
      throw core::InputError((dir / "metrics.csv").string(), "not a metrics table of this run");
    }
    std::ifstream in(dir / "metrics.csv");
    std::string header;
    if (std::getline(in, header)) {
      // step,epoch,samples,loss,<terms...>,lr,step_seconds,samples_per_second
      std::vector<std::string> columns;
      std::stringstream split(header);
      for (std::string column; std::getline(split, column, ',');) columns.push_back(column);
      if (columns.size() >= 7)
        csv_terms_.assign(columns.begin() + 4, columns.end() - 3);
    }
  }
  csv_ = open_append(dir / "metrics.csv");
  jsonl_ = open_append(dir / "metrics.jsonl");
}

void TrainingReporter::start(const nlohmann::json& info, std::int64_t resumed_step) {
  if (options_.silent) return;
  std::error_code error;
  fs::create_directories(options_.output_dir, error);
  if (error) throw core::OutputError(options_.output_dir, "cannot create: " + error.message());
  events_ = open_append(fs::path(options_.output_dir) / "events.jsonl");
  truncate_metrics(resumed_step);
  nlohmann::json event = info;
  event["event"] = "start";
  event["resumed_from_step"] = resumed_step;
  emit(event);
  if (!options_.json_to_stdout)
    std::fprintf(stderr, "%s training %s from step %lld\n",
                 resumed_step ? "resuming" : "starting", info.value("stage", "").c_str(),
                 static_cast<long long>(resumed_step));
}

void TrainingReporter::emit(const nlohmann::json& event) {
  const std::string line = event.dump() + "\n";
  if (events_) {
    std::fputs(line.c_str(), events_);
    std::fflush(events_);
  }
  if (options_.json_to_stdout) {
    std::fputs(line.c_str(), stdout);
    std::fflush(stdout);
  }
}

void TrainingReporter::write_metrics_row(const StepRecord& r, double samples_per_second) {
  if (csv_terms_.empty() && std::ftell(csv_) == 0) {
    for (const auto& [name, value] : r.terms) csv_terms_.push_back(name);
    std::string header = "step,epoch,samples,loss";
    for (const auto& name : csv_terms_) header += "," + name;
    std::fprintf(csv_, "%s,lr,step_seconds,samples_per_second\n", header.c_str());
  }
  std::fprintf(csv_, "%lld,%lld,%lld,%.9g", static_cast<long long>(r.step),
               static_cast<long long>(r.epoch), static_cast<long long>(r.samples), r.loss);
  for (const auto& name : csv_terms_) {
    auto found = r.terms.find(name);
    std::fprintf(csv_, ",%.9g", found == r.terms.end() ? NAN : found->second);
  }
  std::fprintf(csv_, ",%.9g,%.6g,%.6g\n", r.learning_rate, r.step_seconds, samples_per_second);
  std::fflush(csv_);
}

void TrainingReporter::step(const StepRecord& r) {
  if (options_.silent) return;
  smoothed_step_seconds_ = smoothed_step_seconds_ == 0
                               ? r.step_seconds
                               : 0.9 * smoothed_step_seconds_ + 0.1 * r.step_seconds;
  const double eta = smoothed_step_seconds_ * static_cast<double>(r.total_steps - r.step);
  const double samples_per_second =
      r.step_seconds > 0 && r.step > 0
          ? static_cast<double>(r.samples) / static_cast<double>(r.step) / r.step_seconds
          : 0.0;
  nlohmann::json event = {{"event", "step"},
                          {"step", r.step},
                          {"total_steps", r.total_steps},
                          {"fraction", static_cast<double>(r.step) / r.total_steps},
                          {"epoch", r.epoch},
                          {"samples", r.samples},
                          {"loss", r.loss},
                          {"terms", r.terms},
                          {"lr", r.learning_rate},
                          {"step_seconds", r.step_seconds},
                          {"samples_per_second", samples_per_second},
                          {"eta_seconds", eta}};
  if (!options_.memory_device.empty())
    event["memory"] = memory_usage_json(measure_memory_usage(options_.memory_device));
  emit(event);
  event.erase("event");
  event.erase("memory");  // metrics.jsonl holds the learning curves
  std::fprintf(jsonl_, "%s\n", event.dump().c_str());
  std::fflush(jsonl_);
  write_metrics_row(r, samples_per_second);

  char line[256];
  std::snprintf(line, sizeof line, "step %lld/%lld  loss %.4g  lr %.2e  eta %s",
                static_cast<long long>(r.step), static_cast<long long>(r.total_steps), r.loss,
                r.learning_rate, format_duration(eta).c_str());
  if (bar_) {
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(kWidth * r.step / std::max<std::int64_t>(1, r.total_steps));
    std::fprintf(stderr, "\r[%s%s] %s\033[K", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, '.').c_str(), line);
    if (r.step == r.total_steps) std::fputc('\n', stderr);
    std::fflush(stderr);
  } else if (!options_.json_to_stdout) {
    const auto now = std::chrono::steady_clock::now();
    if (r.step == r.total_steps || r.step == 1 || now - last_plain_line_ > std::chrono::seconds(5)) {
      std::fprintf(stderr, "%s\n", line);
      last_plain_line_ = now;
    }
  }
}

void TrainingReporter::checkpoint(std::int64_t step, const std::string& path) {
  if (options_.silent) return;
  emit({{"event", "checkpoint"}, {"step", step}, {"path", path}});
}

void TrainingReporter::message(const std::string& text) {
  if (options_.silent) return;
  emit({{"event", "message"}, {"message", text}});
  if (!options_.json_to_stdout) std::fprintf(stderr, "%s%s\n", bar_ ? "\n" : "", text.c_str());
}

void TrainingReporter::finish(const nlohmann::json& summary) {
  if (options_.silent) return;
  nlohmann::json event = summary;
  event["event"] = "done";
  emit(event);
}

}  // namespace ctlite::ai
