// Preprocessing speed: a 512 x 512 x 300 chest series through CT-CLIP's full pipeline.
// Target: well under 1 s on 2 cores (LibTorch's single-threaded trilinear alone takes ~1.4 s).

#include <benchmark/benchmark.h>

#include "core/preprocessing/compressed_path.h"
#include "core/preprocessing/ctclip_preprocessor.h"
#include "tests/core/preprocessing/synthetic_chest.h"

namespace {

using ctlite::core::CtClipOptions;
using ctlite::core::CtClipVariant;
using ctlite::core::NetworkInput;
using ctlite::core::Volume;

// A typical CT-RATE geometry: 360 mm field of view (0.703125 mm) and 1.25 mm slices, so x and y
// resample to exactly 480 and z to 250 (cropped to 240): the whole output is computed.
const Volume& chest_series() {
  static const Volume volume =
      ctlite::test::make_synthetic_chest({512, 512, 300}, {0.703125, 0.703125, 1.25});
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

// The student's path: lung window, JPEG q90 encode + decode of 300 slices, then the geometry.
void BM_CompressedPath(benchmark::State& state) {
  const Volume& volume = chest_series();
  const ctlite::core::CompressedPathOptions options{ctlite::core::kCompressedJpegQuality,
                                                    static_cast<int>(state.range(0))};
  NetworkInput output;
  ctlite::core::preprocess_compressed_into(volume, options, {}, output);
  for (auto _ : state) {
    ctlite::core::preprocess_compressed_into(volume, options, {}, output);
    benchmark::DoNotOptimize(output.values.data());
  }
}
BENCHMARK(BM_CompressedPath)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// `ctlite compress`: the lung-window JPEG stack alone.
void BM_LungWindowJpegStack(benchmark::State& state) {
  const Volume& volume = chest_series();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto stack = ctlite::core::encode_lung_window_jpeg_stack(volume, 90, 2);
    bytes = 0;
    for (const auto& slice : stack) bytes += slice.size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["ratio_vs_int16"] = static_cast<double>(volume.voxel_count() * 2) / bytes;
}
BENCHMARK(BM_LungWindowJpegStack)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
