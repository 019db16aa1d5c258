#include "core/phantoms/phantom_generator.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

#ifdef __linux__
#endif

#include "core/phantoms/chest_anatomy.h"
#include "core/phantoms/phantom_random.h"
#include "core/phantoms/scene_builders.h"
#include "core/phantoms/slice_filters.h"
#include "core/phantoms/tissue_label.h"

namespace ctlite::core {

namespace {

using phantom::ChestAnatomy;
using phantom::PhantomGrid;

constexpr std::int64_t kMaxInPlane = 2048;
constexpr std::int64_t kMaxSlices = 2000;
// CT numbers stored as 12-bit data with intercept -1024 cover [-1024, 3071].
constexpr float kLowestHu = -1024, kHighestHu = 3071;

void validate(const PhantomSpec& spec) {
  const AcquisitionSpec& a = spec.acquisition;
  for (int axis = 0; axis < 3; ++axis) {
    const std::int64_t limit = axis < 2 ? kMaxInPlane : kMaxSlices;
    if (a.dims[axis] < 8 || a.dims[axis] > limit)
      throw std::invalid_argument("phantom grid dimension " + std::to_string(a.dims[axis]) +
                                  " is outside 8.." + std::to_string(limit));
    if (!(a.spacing[axis] >= 0.1 && a.spacing[axis] <= 10.0))
      throw std::invalid_argument("phantom voxel spacing must be within 0.1..10 mm");
  }
  if (a.noise_hu < 0 || a.kernel_sigma_mm < 0)
    throw std::invalid_argument("phantom noise and kernel width must not be negative");
  if (spec.patient.sex != 'M' && spec.patient.sex != 'F')
    throw std::invalid_argument("phantom patient sex must be 'M' or 'F'");
}

// The scan covers the whole lungs with a margin above the apices that grows with the coverage;
// the patient lies slightly off the isocentre.
PhantomGrid make_grid(const PhantomSpec& spec) {
  const AcquisitionSpec& a = spec.acquisition;
  phantom::Rng rng(spec.seed, "patient placement");
  PhantomGrid grid;
  grid.nx = static_cast<int>(a.dims[0]);
  grid.ny = static_cast<int>(a.dims[1]);
  grid.nz = static_cast<int>(a.dims[2]);
  grid.sx = a.spacing[0];
  grid.sy = a.spacing[1];
  grid.sz = a.spacing[2];
  grid.x0 = -0.5 * (grid.nx - 1) * grid.sx + rng.uniform(-6, 6);
  grid.y0 = -0.5 * (grid.ny - 1) * grid.sy + rng.uniform(-4, 14);
  const double coverage = (grid.nz - 1) * grid.sz;
  const double apex = ChestAnatomy::lung_height(spec.patient);
  const double top = apex + std::clamp(0.3 * (coverage - apex), 8.0, 45.0);
  grid.z0 = top - coverage;
  return grid;
}

struct EvidenceAccumulator {
  std::int64_t count = 0;
  std::int64_t sum[3] = {0, 0, 0};
  std::int64_t lo[3] = {std::numeric_limits<std::int64_t>::max(),
                        std::numeric_limits<std::int64_t>::max(),
                        std::numeric_limits<std::int64_t>::max()};
  std::int64_t hi[3] = {-1, -1, -1};

  void add(std::int64_t i, std::int64_t j, std::int64_t k) {
    ++count;
    const std::int64_t v[3] = {i, j, k};
    for (int a = 0; a < 3; ++a) {
      sum[a] += v[a];
      lo[a] = std::min(lo[a], v[a]);
      hi[a] = std::max(hi[a], v[a]);
    }
  }
  void merge(const EvidenceAccumulator& o) {
    count += o.count;
    for (int a = 0; a < 3; ++a) {
      sum[a] += o.sum[a];
      lo[a] = std::min(lo[a], o.lo[a]);
      hi[a] = std::max(hi[a], o.hi[a]);
    }
  }
};

using SliceEvidence = PerFinding<EvidenceAccumulator>;

// Everything one slice needs, shared read-only by the worker threads.
struct SliceJob {
  const PhantomSpec& spec;
  const ChestAnatomy& anatomy;
  const PhantomGrid& grid;
  const phantom::ShapeList& shapes;
  const std::vector<std::vector<std::uint32_t>>& shapes_of_slice;
  const std::vector<std::pair<int, int>>& fov_spans;
  const std::vector<float>& kernel;
  double noise_sigma;  // before the blur
  Volume& volume;
  std::vector<std::uint8_t>* label_map;

  void run(int k, std::vector<std::uint8_t>& label_scratch, std::vector<float>& blur_scratch,
           SliceEvidence& evidence) const {
    const std::size_t plane = static_cast<std::size_t>(grid.nx) * grid.ny;
    float* hu = volume.voxels.data() + plane * static_cast<std::size_t>(k);
    std::uint8_t* labels =
        label_map ? label_map->data() + plane * static_cast<std::size_t>(k) : label_scratch.data();
    phantom::SliceCanvas canvas{
        &grid,      &fov_spans,
        k,          grid.z(k),
        hu,         labels,
        spec.clean, phantom::hash_combine(spec.seed, phantom::stream_id("shape texture"))};
    anatomy.render_base_slice(canvas, !spec.clean);
    for (std::uint32_t s : shapes_of_slice[static_cast<std::size_t>(k)]) shapes[s]->paint(canvas);

    for (int j = 0; j < grid.ny; ++j) {
      const std::uint8_t* row = labels + static_cast<std::size_t>(j) * grid.nx;
      for (int i = 0; i < grid.nx; ++i)
        if (row[i] >= kFindingLabelBase) evidence[index_of(*finding_of_label(row[i]))].add(i, j, k);
    }

    if (!spec.clean) {
      phantom::add_quantum_noise(hu, grid.nx, fov_spans, noise_sigma,
                                 phantom::hash_combine(spec.seed, spec.acquisition.noise_seed),
                                 plane * static_cast<std::uint64_t>(k));
      phantom::blur_slice(hu, grid.nx, grid.ny, kernel, blur_scratch);
    }
    // Integer CT numbers as a scanner stores them; padding outside the reconstruction circle.
    for (int j = 0; j < grid.ny; ++j) {
      float* row = hu + static_cast<std::size_t>(j) * grid.nx;
      const auto [first, last] = fov_spans[static_cast<std::size_t>(j)];
      std::fill(row, row + first, kLowestHu);
      // Adding and subtracting 1.5 * 2^23 rounds a float to the nearest integer without a libm
      // call, so the loop vectorises (valid for |x| < 2^22, which the clamp guarantees).
      constexpr float kRounder = 12582912.0f;
      for (int i = first; i < last; ++i) {
        const float clamped = std::clamp(row[i], kLowestHu, kHighestHu);
        row[i] = (clamped + kRounder) - kRounder;
      }
      std::fill(row + last, row + grid.nx, kLowestHu);
    }
  }
};

std::vector<std::vector<std::uint32_t>> bucket_by_slice(const phantom::ShapeList& shapes,
                                                        const PhantomGrid& g) {
  std::vector<std::vector<std::uint32_t>> buckets(static_cast<std::size_t>(g.nz));
  for (std::size_t n = 0; n < shapes.size(); ++n) {
    const phantom::Box& b = shapes[n]->bounds();
    int k0, k1;
    PhantomGrid::range(b.lo.z - g.sx, b.hi.z + g.sx, g.z0, g.sz, g.nz, k0, k1);
    for (int k = k0; k <= k1; ++k)
      buckets[static_cast<std::size_t>(k)].push_back(static_cast<std::uint32_t>(n));
  }
  return buckets;
}

void fill_volume_header(const PhantomSpec& spec, const PhantomGrid& grid, Volume& v) {
  v.spacing = {grid.sx, grid.sy, grid.sz};
  v.origin = {grid.x0, grid.y0, grid.z0};
  v.direction = {1, 0, 0, 0, 1, 0, 0, 0, 1};
  v.unit = IntensityUnit::Hounsfield;
  v.source_format = "phantom";
  v.metadata.modality = "CT";
  v.metadata.patient_sex = std::string(1, spec.patient.sex);
  v.metadata.manufacturer = spec.acquisition.manufacturer;
  v.metadata.convolution_kernel = spec.acquisition.kernel;
  v.metadata.series_description = "Synthetic chest CT phantom";
}

}  // namespace

Phantom generate_phantom(const PhantomSpec& spec) {
  validate(spec);
  Phantom phantom;
  phantom.spec = spec;
  const PhantomGrid grid = make_grid(spec);
  const ChestAnatomy anatomy(spec.patient, spec.seed);
  const phantom::ShapeList shapes = phantom::build_scene(anatomy, spec, grid);
  const auto shapes_of_slice = bucket_by_slice(shapes, grid);
  const auto fov_spans = grid.field_of_view_spans();

  Volume& volume = phantom.volume;
  volume.allocate({grid.nx, grid.ny, grid.nz});  // huge-page backed: see Volume::allocate
  fill_volume_header(spec, grid, volume);
  if (spec.keep_label_map) phantom.label_map.assign(volume.voxel_count(), 0);

  const std::vector<float> kernel =
      spec.clean ? std::vector<float>{1.0f}
                 : phantom::gaussian_kernel(spec.acquisition.kernel_sigma_mm / grid.sx);
  const SliceJob job{spec,
                     anatomy,
                     grid,
                     shapes,
                     shapes_of_slice,
                     fov_spans,
                     kernel,
                     spec.acquisition.noise_hu / phantom::noise_gain(kernel),
                     volume,
                     spec.keep_label_map ? &phantom.label_map : nullptr};

  // Slices are independent: workers pull the next slice from a shared counter. Every voxel's
  // value depends only on its position and the spec, so scheduling never changes the bytes.
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const int workers =
      std::clamp(spec.threads > 0 ? spec.threads : static_cast<int>(hardware), 1, grid.nz);
  std::vector<SliceEvidence> evidence(static_cast<std::size_t>(workers));
  std::atomic<int> next_slice{0};
  const auto work = [&](int worker) {
    std::vector<std::uint8_t> labels(static_cast<std::size_t>(grid.nx) * grid.ny);
    std::vector<float> scratch;
    for (int k = next_slice++; k < grid.nz; k = next_slice++)
      job.run(k, labels, scratch, evidence[static_cast<std::size_t>(worker)]);
  };
  std::vector<std::thread> threads;
  for (int w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
  for (std::thread& t : threads) t.join();

  for (std::size_t f = 0; f < kFindingCount; ++f) {
    EvidenceAccumulator total;
    for (const SliceEvidence& e : evidence) total.merge(e[f]);
    FindingEvidence& out = phantom.evidence[f];
    out.voxel_count = total.count;
    if (total.count > 0) {
      for (int a = 0; a < 3; ++a) {
        out.centroid_voxel[static_cast<std::size_t>(a)] =
            static_cast<double>(total.sum[a]) / total.count;
        out.box_min[static_cast<std::size_t>(a)] = total.lo[a];
        out.box_max[static_cast<std::size_t>(a)] = total.hi[a];
      }
      out.centroid_lps = volume.index_to_physical(out.centroid_voxel);
    }
    phantom.labels[f] = spec.findings[f].present;
  }
  phantom.report = write_report(spec);
  return phantom;
}

}  // namespace ctlite::core
