// Read speed of a 512x512x300 CT series (written once by our writer into the temp folder),
// against plain file reads of the same bytes as the ceiling. Stack notes: DCMTK
// loadFile + 16-bit access + sort + rescale ran at 1.6-1.9 GB/s on the 2-core reference machine.

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "core/io/dicom_series_reader.h"
#include "core/io/dicom_series_writer.h"

namespace {

namespace fs = std::filesystem;
using ctlite::core::Volume;

constexpr std::int64_t kSide = 512;
constexpr std::int64_t kSlices = 300;

const fs::path& series_folder() {
  static const fs::path folder = [] {
    fs::path path = fs::temp_directory_path() / "ctlite-dicom-read-benchmark-512x512x300";
    if (fs::exists(path / "CT000300.dcm")) return path;
    fs::remove_all(path);
    Volume volume;
    volume.allocate({kSide, kSide, kSlices});
    volume.spacing = {0.7, 0.7, 1.0};
    for (std::size_t i = 0; i < volume.voxels.size(); ++i)
      volume.voxels[i] = static_cast<float>(static_cast<int>(i * 7919 % 4000) - 1024);
    ctlite::core::write_dicom_series(volume, path.string(), {});
    return path;
  }();
  return folder;
}

std::int64_t pixel_bytes() { return kSide * kSide * kSlices * 2; }

void BM_ReadDicomSeries(benchmark::State& state) {
  const std::string folder = series_folder().string();
  for (auto _ : state) {
    Volume volume = ctlite::core::read_dicom_series(folder);
    benchmark::DoNotOptimize(volume.voxels.data());
  }
  state.SetBytesProcessed(state.iterations() * pixel_bytes());
}
BENCHMARK(BM_ReadDicomSeries)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ScanDicomSeriesHeaders(benchmark::State& state) {
  const std::string folder = series_folder().string();
  for (auto _ : state) benchmark::DoNotOptimize(ctlite::core::scan_dicom_series(folder));
  state.SetItemsProcessed(state.iterations() * kSlices);
}
BENCHMARK(BM_ScanDicomSeriesHeaders)->Unit(benchmark::kMillisecond)->UseRealTime();

// The ceiling: every file's bytes read into one reused buffer, nothing decoded.
void BM_RawFileRead(benchmark::State& state) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(series_folder())) files.push_back(entry.path());
  std::vector<char> buffer;
  for (auto _ : state) {
    for (const fs::path& file : files) {
      std::ifstream stream(file, std::ios::binary);
      buffer.resize(fs::file_size(file));
      stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      benchmark::DoNotOptimize(buffer.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * pixel_bytes());
}
BENCHMARK(BM_RawFileRead)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
