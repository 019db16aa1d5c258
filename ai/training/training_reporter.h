#pragma once
// Training progress for machines and people:
// * JSON lines (one object per event: start, step, checkpoint, message, done) to stdout with
//   --json and always to <out>/events.jsonl;
// * a one-line progress bar on stderr when it is a terminal, else a plain line every few seconds;
// * every step as a row of <out>/metrics.csv and an object of <out>/metrics.jsonl. On resume the
//   rows after the checkpoint's step are dropped, so the files describe one consistent run.
//
// Step event: {"event":"step","step":12,"total_steps":100,"fraction":0.12,"epoch":1,
//              "samples":96,"loss":0.41,"terms":{"attention":0.1,...},"lr":9.8e-05,
//              "step_seconds":1.9,"samples_per_second":4.2,"eta_seconds":167.2,
//              "memory":{"resident_bytes":…,"device":"cpu"}}   (memory_usage.h; CUDA adds
//              cuda_allocated_bytes and cuda_reserved_bytes; rank 0's process only)

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ctlite::ai {

struct StepRecord {
  std::int64_t step = 0;  // completed optimizer steps (1-based)
  std::int64_t total_steps = 0;
  std::int64_t epoch = 0;
  std::int64_t samples = 0;  // global samples consumed so far
  double loss = 0.0;
  std::map<std::string, double> terms;
  double learning_rate = 0.0;
  double step_seconds = 0.0;
};

struct ReporterOptions {
  std::string output_dir;
  bool json_to_stdout = false;
  std::optional<bool> progress_bar;  // default: stderr is a terminal and not json_to_stdout
  bool silent = false;               // data-parallel ranks > 0 report nothing
  std::string memory_device;         // --device: step events carry "memory"; "" = none
};

class TrainingReporter {
 public:
  explicit TrainingReporter(ReporterOptions options);
  ~TrainingReporter();

  // resumed_step: the checkpoint the run continues from (0 for a fresh run).
  void start(const nlohmann::json& info, std::int64_t resumed_step);
  void step(const StepRecord& record);
  void checkpoint(std::int64_t step, const std::string& path);
  void message(const std::string& text);
  void finish(const nlohmann::json& summary);

 private:
  void emit(const nlohmann::json& event);
  void write_metrics_row(const StepRecord& record, double samples_per_second);
  void truncate_metrics(std::int64_t last_kept_step);

  ReporterOptions options_;
  bool bar_ = false;
  std::FILE* events_ = nullptr;
  std::FILE* csv_ = nullptr;
  std::FILE* jsonl_ = nullptr;
  std::vector<std::string> csv_terms_;
  double smoothed_step_seconds_ = 0.0;
  std::chrono::steady_clock::time_point last_plain_line_{};
};

}  // namespace ctlite::ai
