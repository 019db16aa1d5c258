// Preprocessing speed: a 512 x 512 x 300 chest series through CT-CLIP's full pipeline.
// Target: well under 1 s on 2 cores (LibTorch's single-threaded trilinear alone takes ~1.4 s).

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

#include "core/preprocessing/ctclip_preprocessor.h"

namespace {

using ctlite::core::CtClipOptions;
using ctlite::core::CtClipVariant;
using ctlite::core::NetworkInput;
using ctlite::core::Volume;

// A typical CT-RATE geometry: 360 mm field of view (0.703125 mm) and 1.25 mm slices, so x and y
// resample to exactly 480 and z to 250 (cropped to 240): the whole output is computed.
const Volume& chest_series() {
  static const Volume volume = [] {
    Volume v;
    v.source_path = "synthetic-chest";
    v.allocate({512, 512, 300});
    v.spacing = {0.703125, 0.703125, 1.25};
    std::minstd_rand random(7);
    std::normal_distribution<float> noise(0.0f, 20.0f);
    for (std::int64_t z = 0; z < 300; ++z)
      for (std::int64_t y = 0; y < 512; ++y)
        for (std::int64_t x = 0; x < 512; ++x) {
          const double bx = (x - 256.0) / 230.0, by = (y - 256.0) / 170.0;
          const double lx = (std::fabs(x - 256.0) - 110.0) / 80.0, ly = (y - 240.0) / 120.0;
          float hu = -1000.0f;
          if (bx * bx + by * by < 1.0) hu = lx * lx + ly * ly < 1.0 ? -850.0f : 40.0f;
          v.at(x, y, z) = hu + noise(random);
        }
    return v;
  }();
  return volume;
}

void BM_CtClipPreprocess(benchmark::State& state) {
  const Volume& volume = chest_series();
  const CtClipOptions options{static_cast<CtClipVariant>(state.range(0)),
                              static_cast<int>(state.range(1))};
  NetworkInput output;  // reused, as the engine does between series
  ctlite::core::preprocess_ctclip_into(volume, options, {}, output);
  for (auto _ : state) {
    ctlite::core::preprocess_ctclip_into(volume, options, {}, output);
    benchmark::DoNotOptimize(output.values.data());
  }
  state.SetLabel(state.range(0) == 0 ? "inference" : "training");
}
BENCHMARK(BM_CtClipPreprocess)
    ->ArgNames({"variant", "threads"})
    ->Args({0, 1})
    ->Args({0, 2})
    ->Args({1, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_CtClipPreprocessFreshOutput(benchmark::State& state) {
  const Volume& volume = chest_series();
  for (auto _ : state) {
    NetworkInput output = ctlite::core::preprocess_ctclip(volume, {CtClipVariant::Inference, 2});
    benchmark::DoNotOptimize(output.values.data());
  }
}
BENCHMARK(BM_CtClipPreprocessFreshOutput)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
