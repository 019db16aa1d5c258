#include "core/preprocessing/separable_resampler.h"

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

#include "core/common/huge_page_buffer.h"
#include "core/common/parallel_slices.h"

namespace ctlite::core {
namespace {

// Output samples along y computed together. A strip's intermediates (about 34 input rows and
// 32 output rows of float64, ~270 KB for a 512-wide slice) stay in the per-core L2 cache.
constexpr std::int64_t kStrip = 32;
// Row padding (in doubles) so that rows read together do not alias to the same L1 set: a
// 512-double row is exactly 4 KiB.
constexpr std::int64_t kRowPadding = 8;

struct Scratch {
  std::vector<double> z_blend;  // strip's input rows x needed input columns, after the z pass
  std::vector<double> y_blend;  // needed input columns x strip's output y (y fastest)
};

inline double clip(double value, const ValueClip& c) {
  return value < c.low ? c.low : (value > c.high ? c.high : value);
}

// Sample is float (values used as they are) or std::uint8_t (gray levels mapped through a table).
template <typename Sample>
class SliceResampler {
 public:
  SliceResampler(const Sample* source, const GrayLevelValues* levels,
                 const CtClipGeometry& geometry, const ResampleValueRules& rules,
                 NetworkInput& output)
      : source_(source),
        levels_(levels),
        geometry_(geometry),
        rules_(rules),
        output_(output),
        x_(linear_axis_taps(geometry.axes[0])),
        y_(linear_axis_taps(geometry.axes[1])),
        z_(linear_axis_taps(geometry.axes[2])),
        columns_(x_.highest_input - x_.lowest_input + 1),
        row_stride_(columns_ + kRowPadding) {}

  Scratch make_scratch() const {
    // A strip of kStrip outputs reads at most the rows between its first and last taps.
    std::int64_t rows = 1;
    for (std::int64_t start = 0; start < geometry_.axes[1].kept; start += kStrip) {
      const std::int64_t last = std::min(start + kStrip, geometry_.axes[1].kept) - 1;
      rows = std::max(rows, y_.second[static_cast<std::size_t>(last)] -
                                y_.first[static_cast<std::size_t>(start)] + 1);
    }
    Scratch scratch;
    scratch.z_blend.resize(static_cast<std::size_t>(rows * row_stride_));
    scratch.y_blend.resize(static_cast<std::size_t>(columns_ * kStrip));
    return scratch;
  }

  void run(std::int64_t output_z, Scratch& scratch) const {
    const AxisPlan& z = geometry_.axes[2];
    float* slice = output_.values.data() + output_.index(output_z, 0, 0);
    const std::size_t slice_size = static_cast<std::size_t>(output_.shape[1] * output_.shape[2]);
    const std::int64_t kept_z = output_z - z.pad_before;
    if (kept_z < 0 || kept_z >= z.kept) {
      std::fill(slice, slice + slice_size, rules_.pad_value);
      return;
    }
    fill_padding(slice);
    for (std::int64_t start = 0; start < geometry_.axes[1].kept; start += kStrip) {
      const std::int64_t end = std::min(start + kStrip, geometry_.axes[1].kept);
      const std::int64_t first_row = y_.first[static_cast<std::size_t>(start)];
      const std::int64_t last_row = y_.second[static_cast<std::size_t>(end - 1)];
      if (rules_.clip_before.enabled)
        blend_z<true>(kept_z, first_row, last_row, scratch.z_blend);
      else
        blend_z<false>(kept_z, first_row, last_row, scratch.z_blend);
      blend_y(start, end, first_row, scratch.z_blend, scratch.y_blend);
      if (rules_.clip_after.enabled)
        blend_x_and_store<true>(start, end, scratch.y_blend, slice);
      else
        blend_x_and_store<false>(start, end, scratch.y_blend, slice);
    }
  }

 private:
  double value_of(Sample sample) const {
    if constexpr (std::is_same_v<Sample, std::uint8_t>)
      return (*levels_)[sample];
    else
      return static_cast<double>(sample);
  }

  void fill_padding(float* slice) const {
    const AxisPlan& x = geometry_.axes[0];
    const AxisPlan& y = geometry_.axes[1];
    const std::int64_t row_length = output_.shape[2];
    const float pad = rules_.pad_value;
    std::fill(slice, slice + x.pad_before * row_length, pad);
    std::fill(slice + (x.pad_before + x.kept) * row_length, slice + x.output_size * row_length,
              pad);
    for (std::int64_t k = 0; k < x.kept; ++k) {
      float* row = slice + (x.pad_before + k) * row_length;
      std::fill(row, row + y.pad_before, pad);
      std::fill(row + y.pad_before + y.kept, row + row_length, pad);
    }
  }

  // Input rows first_row..last_row of the two source slices that output slice kept_z blends.
  template <bool kClip>
  void blend_z(std::int64_t kept_z, std::int64_t first_row, std::int64_t last_row,
               std::vector<double>& z_blend) const {
    const std::int64_t nx = geometry_.axes[0].input_size;
    const std::int64_t ny = geometry_.axes[1].input_size;
    const auto k = static_cast<std::size_t>(kept_z);
    const Sample* first = source_ + z_.first[k] * nx * ny;
    const Sample* second = source_ + z_.second[k] * nx * ny;
    const double w0 = z_.first_weight[k];
    const double w1 = z_.second_weight[k];
    const ValueClip& c = rules_.clip_before;
    for (std::int64_t r = first_row; r <= last_row; ++r) {
      const std::int64_t offset = r * nx + x_.lowest_input;
      const Sample* a = first + offset;
      const Sample* b = second + offset;
      double* out = z_blend.data() + (r - first_row) * row_stride_;
      for (std::int64_t i = 0; i < columns_; ++i) {
        double va = value_of(a[i]);
        double vb = value_of(b[i]);
        if constexpr (kClip) {
          va = clip(va, c);
          vb = clip(vb, c);
        }
        out[i] = w0 * va + w1 * vb;
      }
    }
  }

  // Writes y_blend transposed (column-major within the strip) so the x pass reads contiguously.
  void blend_y(std::int64_t start, std::int64_t end, std::int64_t first_row,
               const std::vector<double>& z_blend, std::vector<double>& y_blend) const {
    for (std::int64_t k = start; k < end; ++k) {
      const auto t = static_cast<std::size_t>(k);
      const double* a = z_blend.data() + (y_.first[t] - first_row) * row_stride_;
      const double* b = z_blend.data() + (y_.second[t] - first_row) * row_stride_;
      const double w0 = y_.first_weight[t];
      const double w1 = y_.second_weight[t];
      double* out = y_blend.data() + (k - start);
      for (std::int64_t i = 0; i < columns_; ++i) out[i * kStrip] = w0 * a[i] + w1 * b[i];
    }
  }

  template <bool kClip>
  void blend_x_and_store(std::int64_t start, std::int64_t end, const std::vector<double>& y_blend,
                         float* slice) const {
    const AxisPlan& x = geometry_.axes[0];
    const AxisPlan& y = geometry_.axes[1];
    const std::int64_t row_length = output_.shape[2];
    const std::int64_t width = end - start;
    const ValueClip& c = rules_.clip_after;
    const double divisor = rules_.divisor;
    for (std::int64_t k = 0; k < x.kept; ++k) {
      const auto t = static_cast<std::size_t>(k);
      const double* a = y_blend.data() + (x_.first[t] - x_.lowest_input) * kStrip;
      const double* b = y_blend.data() + (x_.second[t] - x_.lowest_input) * kStrip;
      const double w0 = x_.first_weight[t];
      const double w1 = x_.second_weight[t];
      float* row = slice + (x.pad_before + k) * row_length + y.pad_before + start;
      for (std::int64_t j = 0; j < width; ++j) {
        double value = w0 * a[j] + w1 * b[j];
        if constexpr (kClip) value = clip(value, c);
        row[j] = static_cast<float>(value / divisor);
      }
    }
  }

  const Sample* source_;
  const GrayLevelValues* levels_;
  const CtClipGeometry& geometry_;
  const ResampleValueRules& rules_;
  NetworkInput& output_;
  AxisTaps x_, y_, z_;
  std::int64_t columns_;     // input columns (x) any kept output reads
  std::int64_t row_stride_;  // z_blend row stride
};

template <typename Sample>
void resample_any(const Sample* source, const GrayLevelValues* levels,
                  const CtClipGeometry& geometry, const ResampleValueRules& rules, int threads,
                  const Progress& progress, NetworkInput& output) {
  progress.throw_if_cancelled();
  output.shape = {geometry.axes[2].output_size, geometry.axes[0].output_size,
                  geometry.axes[1].output_size};
  resize_with_huge_pages(output.values, output.element_count());
  const SliceResampler<Sample> resampler(source, levels, geometry, rules, output);
  const int worker_count =
      std::min<int>(resolve_thread_count(threads), static_cast<int>(output.shape[0]));
  std::vector<Scratch> scratch(static_cast<std::size_t>(worker_count));
  for (auto& s : scratch) s = resampler.make_scratch();
  for_each_slice_in_parallel(output.shape[0], worker_count, progress, "preprocess",
                             [&](std::int64_t z, int worker) {
                               resampler.run(z, scratch[static_cast<std::size_t>(worker)]);
                             });
}

}  // namespace

void resample_crop_pad(const float* source, const CtClipGeometry& geometry,
                       const ResampleValueRules& rules, int threads, const Progress& progress,
                       NetworkInput& output) {
  resample_any(source, nullptr, geometry, rules, threads, progress, output);
}

void resample_crop_pad(const std::uint8_t* source, const GrayLevelValues& levels,
                       const CtClipGeometry& geometry, const ResampleValueRules& rules, int threads,
                       const Progress& progress, NetworkInput& output) {
  resample_any(source, &levels, geometry, rules, threads, progress, output);
}

}  // namespace ctlite::core
