// `ctlite bench`: the speed figures of the AI engine on this machine, in one run: raw sgemm
// throughput, a CT-ViT forward at CT-CLIP size as GFLOP/s and as a fraction of that sgemm, its
// latency and peak memory, and the dense CT-CLIP projection head.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

#include "ai/heads/head_cost_table.h"
#include "ai/heads/projection_head.h"
#include "ai/models/ctvit/ctvit.h"
#include "ai/models/ctvit/ctvit_flops.h"
#include "ai/runtime/compute_process.h"
#include "ai/runtime/thread_pool_wait_policy.h"
#include "ai/runtime/threading.h"
#include "app/cli/command_registry.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite bench [--quick] [--repeat N]\n"
    "  --quick   small sizes (seconds; for CI smoke tests) instead of CT-CLIP size\n"
    "  --repeat  CT-ViT forwards to time, the best is reported (default 2 full size, 3 quick)\n"
    "Runs with OMP_WAIT_POLICY=passive and OPENBLAS_THREAD_TIMEOUT=4 (re-executing itself once)\n"
    "unless they or CTLITE_NO_RELAUNCH are set; CTLITE_NUM_THREADS overrides the thread count.";

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct ProcessUsage {
  double cpu_seconds;  // user + system, all threads
  long page_faults;    // minor + major
  double peak_rss_mib;
};

ProcessUsage process_usage() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
  };
  return {seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_minflt + usage.ru_majflt,
          static_cast<double>(usage.ru_maxrss) / 1024.0};  // Linux reports KiB
}

// The fastest of `repeats` runs after one untimed warm-up, with its CPU time and page faults.
struct Measurement {
  double seconds = 1e30, cpu_seconds = 0;
  long page_faults = 0;
};

Measurement measure(int repeats, const std::function<void()>& work, bool warm_up = true) {
  if (warm_up) work();
  Measurement best;
  for (int i = 0; i < repeats; ++i) {
    const ProcessUsage before = process_usage();
    const auto start = std::chrono::steady_clock::now();
    work();
    const double seconds = seconds_since(start);
    const ProcessUsage after = process_usage();
    if (seconds < best.seconds)
      best = {seconds, after.cpu_seconds - before.cpu_seconds,
              after.page_faults - before.page_faults};
  }
  return best;
}

// "8.12 s" or "12.3 ms".
std::string duration(double seconds) {
  char text[32];
  if (seconds >= 1.0)
    std::snprintf(text, sizeof text, "%.2f s", seconds);
  else
    std::snprintf(text, sizeof text, "%.3g ms", seconds * 1e3);
  return text;
}

struct BenchSizes {
  std::int64_t sgemm_n;
  ai::CtVitConfig config;
  std::int64_t slices;
  std::int64_t head_inputs, head_outputs;
};

BenchSizes sizes(bool quick) {
  if (!quick) return {2048, ai::CtVitConfig{}, 240, 294912, 512};
  ai::CtVitConfig tiny;
  tiny.dim = 64;
  tiny.codebook_size = 128;
  tiny.image_size = 80;
  tiny.spatial_depth = tiny.temporal_depth = 1;
  tiny.dim_head = 16;
  tiny.heads = 4;
  return {512, tiny, 30, 1024, 32};
}

// GFLOP per wall second and per CPU second (the second is meaningful on a shared machine).
struct Throughput {
  double wall, cpu;
};

Throughput bench_sgemm(std::int64_t n) {
  const torch::Tensor a = torch::randn({n, n}), b = torch::randn({n, n});
  torch::Tensor c = torch::empty({n, n});
  const Measurement m = measure(3, [&] { torch::mm_out(c, a, b); });
  const double gflop = 2.0 * static_cast<double>(n * n * n) / 1e9;
  const Throughput result{gflop / m.seconds, gflop / m.cpu_seconds};
  std::printf("sgemm (torch::mm %lld^3, best of 3):  %.1f GFLOP/s (%.1f GFLOP per CPU-s)\n",
              static_cast<long long>(n), result.wall, result.cpu);
  return result;
}

void bench_ctvit(const BenchSizes& size, int repeats, const Throughput& sgemm) {
  const ai::CtVitConfig& config = size.config;
  ai::CtVit model(config);  // random weights: the work does not depend on their values
  model->eval();
  const torch::Tensor video =
      torch::rand({1, config.channels, size.slices, config.image_size, config.image_size}) * 2 - 1;
  const ai::TokenGrid grid = model->token_grid(video.sizes());
  const ai::CtVitFlops flops = ai::count_ctvit_flops(config, grid);

  ai::CtVitPhaseTimes phases, best_phases;
  ai::CtVitForwardOptions options;
  options.phase_times = &phases;
  torch::InferenceMode inference;
  double best = 1e30;
  const Measurement m = measure(
      repeats,
      [&] {
        const auto start = std::chrono::steady_clock::now();
        model->forward(video, options);
        if (seconds_since(start) < best) best = seconds_since(start), best_phases = phases;
      },
      /*warm_up=*/false);
  const double best_cpu = m.cpu_seconds;
  const long best_faults = m.page_faults;
  best = m.seconds;
  const double gflops = flops.total() / best / 1e9;
  const auto g = [](double value) { return value / 1e9; };
  std::printf(
      "CT-ViT forward %s (dim %lld, %lld+%lld layers, %lldx%lld heads, codebook %lld):\n"
      "  work:       %.4g GFLOP (patch embedding %.3g, position bias %.3g, linears %.4g, "
      "attention %.3g, PEG %.3g, VQ %.3g)\n"
      "  latency:    %s (best of %d; %.2f CPU-s, %ld page faults)\n"
      "  throughput: %.1f GFLOP/s = %.0f%% of sgemm (per CPU-s: %.1f = %.0f%% of sgemm's)\n",
      c10::str(video.sizes()).c_str(), static_cast<long long>(config.dim),
      static_cast<long long>(config.spatial_depth), static_cast<long long>(config.temporal_depth),
      static_cast<long long>(config.heads), static_cast<long long>(config.dim_head),
      static_cast<long long>(config.codebook_size), g(flops.total()), g(flops.patch_embedding),
      g(flops.position_bias), g(flops.projections), g(flops.attention), g(flops.peg),
      g(flops.quantizer), duration(best).c_str(), repeats, best_cpu, best_faults, gflops,
      100.0 * gflops / sgemm.wall, g(flops.total()) / best_cpu,
      100.0 * g(flops.total()) / best_cpu / sgemm.cpu);
  std::printf(
      "  phases:     patch embedding %s, position bias %s, spatial %s, temporal %s, VQ + "
      "pooling %s\n"
      "  peak RSS:   %.0f MiB (process, after the forwards)\n",
      duration(best_phases.patch_embedding).c_str(), duration(best_phases.position_bias).c_str(),
      duration(best_phases.spatial_stage).c_str(), duration(best_phases.temporal_stage).c_str(),
      duration(best_phases.quantizer).c_str(), process_usage().peak_rss_mib);
}

void bench_dense_head(std::int64_t inputs, std::int64_t outputs) {
  const torch::Tensor weight = torch::randn({outputs, inputs}) / 100;
  const torch::Tensor feature = torch::randn({1, inputs});
  torch::InferenceMode inference;
  const double seconds = measure(5, [&] { torch::linear(feature, weight); }).seconds;
  std::printf(
      "projection head %lld -> %lld, batch 1:\n  dense:      %s, %.4g M params (%.4g MiB)\n",
      static_cast<long long>(inputs), static_cast<long long>(outputs), duration(seconds).c_str(),
      static_cast<double>(weight.numel()) / 1e6,
      static_cast<double>(weight.numel()) * 4 / (1 << 20));
  // The paper's point: SFP replaces the 151 M-parameter dense head; time and size per rank.
  for (const ai::HeadCostRow& row : ai::head_cost_table({1, 4, 16}, inputs, outputs)) {
    if (row.config.type == ai::HeadType::Dense) continue;
    const auto head = ai::make_projection_head(row.config);
    head->eval();
    const double head_seconds = measure(5, [&] { head->forward(feature); }).seconds;
    std::printf("  %-4s r=%-3lld %s, %.4g M params (%.3g%% of dense), %.4g MFLOP/row, %.3gx dense time\n",
                ai::head_type_name(row.config.type).c_str(), static_cast<long long>(row.config.rank),
                duration(head_seconds).c_str(), static_cast<double>(row.cost.parameters) / 1e6,
                100.0 * row.parameters_vs_dense, static_cast<double>(row.cost.flops_per_row) / 1e6,
                head_seconds / seconds);
  }
}

int run_bench(const Arguments& args) {
  ai::configure_compute_process();
  const bool quick = args.has("--quick");
  const long long repeat = args.integer_or("--repeat", quick ? 3 : 2);
  if (repeat < 1 || repeat > 100) throw UsageError("--repeat must be 1..100");
  const BenchSizes size = sizes(quick);
  std::printf(
      "ctlite bench (%s): %d threads (ATen and OpenBLAS), OMP_WAIT_POLICY=%s, "
      "OPENBLAS_THREAD_TIMEOUT=%s\n",
              quick ? "quick sizes" : "CT-CLIP size", ai::configured_cpu_threads(),
              ai::openmp_wait_policy(), ai::openblas_thread_timeout());
  const Throughput sgemm = bench_sgemm(size.sgemm_n);
  bench_ctvit(size, static_cast<int>(repeat), sgemm);
  bench_dense_head(size.head_inputs, size.head_outputs);
  return 0;
}

const CommandRegistration registration{Command{
    "bench",
    "speed of the AI engine here: sgemm, CT-ViT forward (GFLOP/s, latency, RSS), heads",
    kUsage,
    OptionSpec{{"--repeat"}, {"--quick"}},
    run_bench,
}};

}  // namespace
}  // namespace ctlite::cli
