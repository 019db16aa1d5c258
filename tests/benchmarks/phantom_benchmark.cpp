// Phantom generation speed. Targets: a full-size phantom (512 x 512 x 300) in about a second on
// 2 cores, a small one (128 x 128 x 64) in milliseconds. Slices are drawn independently, so the
// 2-thread figure should be close to half the 1-thread one on an idle machine.

#include <benchmark/benchmark.h>

#include "core/phantoms/phantom_generator.h"

namespace {

using ctlite::core::Finding;
using ctlite::core::Phantom;
using ctlite::core::PhantomSize;
using ctlite::core::PhantomSpec;

enum FindingLoad { kNoFindings = 0, kSampledFindings = 1, kAllFindings = 2 };

PhantomSpec full_spec(int load, int threads) {
  PhantomSpec spec = ctlite::core::sample_phantom_spec(1, 0, PhantomSize::Full);
  spec.acquisition.dims = {512, 512, 300};
  spec.acquisition.spacing = {0.75, 0.75, 1.0};
  for (auto& f : spec.findings) {
    if (load == kNoFindings) f.present = false;
    if (load == kAllFindings) {
      f.present = true;
      f.severity = 0.6;
    }
  }
  spec.threads = threads;
  return spec;
}

void BM_FullPhantom(benchmark::State& state) {
  const PhantomSpec spec =
      full_spec(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  for (auto _ : state) {
    Phantom phantom = ctlite::core::generate_phantom(spec);
    benchmark::DoNotOptimize(phantom.volume.voxels.data());
  }
  state.SetItemsProcessed(state.iterations() * 512 * 512 * 300);
  state.SetLabel(state.range(0) == kNoFindings    ? "no findings"
                 : state.range(0) == kAllFindings ? "all 18 findings"
                                                  : "sampled findings");
}
BENCHMARK(BM_FullPhantom)
    ->ArgNames({"findings", "threads"})
    ->Args({kSampledFindings, 1})
    ->Args({kSampledFindings, 2})
    ->Args({kNoFindings, 2})
    ->Args({kAllFindings, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_SmallPhantom(benchmark::State& state) {
  std::uint64_t index = 0;
  for (auto _ : state) {
    PhantomSpec spec = ctlite::core::sample_phantom_spec(1, index++ % 16, PhantomSize::Small);
    spec.threads = static_cast<int>(state.range(0));
    Phantom phantom = ctlite::core::generate_phantom(spec);
    benchmark::DoNotOptimize(phantom.volume.voxels.data());
  }
}
BENCHMARK(BM_SmallPhantom)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
