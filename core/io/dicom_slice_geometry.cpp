#include "core/io/dicom_slice_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

using Vec3 = std::array<double, 3>;

// Tolerances. Scanners write positions as DS text, often with 2-3 decimals, so two positions
// of a perfectly regular stack can disagree by ~0.01 mm; direction cosines carry ~6 digits.
constexpr double kOrientationTolerance = 1e-3;  // per cosine (about 0.06 degrees)
constexpr double kUnitTolerance = 1e-2;         // |cosine vector| and row.column
constexpr double kPixelSpacingRelativeTolerance = 1e-3;
constexpr double kSamePositionMm = 0.01;         // closer slices are the same position
constexpr double kStepToleranceMm = 0.02;        // absolute floor of the spacing checks
constexpr double kStepRelativeTolerance = 0.02;  // a step may differ this much from the median
constexpr double kGridRelativeTolerance = 0.1;   // a slice may sit this far off the uniform grid
constexpr double kShearTolerance = 2e-3;         // sideways drift per mm along the normal (~0.1°)
constexpr double kDegreesPerRadian = 57.29577951308232;

double dot(const Vec3& a, const Vec3& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
double length(const Vec3& a) { return std::sqrt(dot(a, a)); }
Vec3 scaled(const Vec3& a, double factor) { return {a[0] * factor, a[1] * factor, a[2] * factor}; }
Vec3 minus(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }

std::string millimetres(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g mm", value);
  return text;
}

std::string cosines_text(const std::array<double, 6>& o) {
  char text[96];
  std::snprintf(text, sizeof text, "[%.3g %.3g %.3g | %.3g %.3g %.3g]", o[0], o[1], o[2], o[3],
                o[4], o[5]);
  return text;
}

class SliceNamer {
 public:
  explicit SliceNamer(const std::vector<DicomImageHeader>& files) : files_(files) {}
  std::string operator()(const DicomSliceRef& ref) const {
    const DicomImageHeader& file = files_[ref.file];
    std::string name = std::filesystem::path(file.path).filename().string();
    if (file.frame_count > 1) name += " (frame " + std::to_string(ref.frame + 1) + ")";
    return name;
  }

 private:
  const std::vector<DicomImageHeader>& files_;
};

const DicomFramePlacement& placement(const std::vector<DicomImageHeader>& files,
                                     const DicomSliceRef& ref) {
  return files[ref.file].frames[static_cast<std::size_t>(ref.frame)];
}

std::vector<DicomSliceRef> all_frames(const std::vector<DicomImageHeader>& files,
                                      const std::string& series_path) {
  std::size_t total = 0;
  for (const DicomImageHeader& file : files) total += static_cast<std::size_t>(file.frame_count);
  const std::size_t pixels = files.front().layout.pixels_per_frame();
  if (total > kMaxVoxelCount / pixels)
    throw InputError(series_path, std::to_string(total) + " images of " +
                                      std::to_string(files.front().layout.columns) + "x" +
                                      std::to_string(files.front().layout.rows) +
                                      " exceed the 2^31-voxel limit");
  std::vector<DicomSliceRef> refs;
  refs.reserve(total);
  for (std::size_t f = 0; f < files.size(); ++f)
    for (std::int64_t k = 0; k < files[f].frame_count; ++k) refs.push_back({f, k});
  return refs;
}

void require_same_size(const std::vector<DicomImageHeader>& files, const std::string& series_path) {
  const DicomPixelLayout& first = files.front().layout;
  for (const DicomImageHeader& file : files)
    if (file.layout.rows != first.rows || file.layout.columns != first.columns)
      throw InputError(series_path, "images differ in size: " + files.front().path + " is " +
                                        std::to_string(first.columns) + "x" +
                                        std::to_string(first.rows) + ", " + file.path + " is " +
                                        std::to_string(file.layout.columns) + "x" +
                                        std::to_string(file.layout.rows) + "; not one volume");
}

struct Axes {
  Vec3 row, column, normal;
};

Axes common_axes(const std::vector<DicomImageHeader>& files, const std::vector<DicomSliceRef>& refs,
                 const std::string& series_path, const SliceNamer& name,
                 std::vector<std::string>& warnings) {
  const auto& reference = placement(files, refs.front()).orientation;
  if (!reference) {
    if (refs.size() > 1)
      throw InputError(series_path, name(refs.front()) +
                                        " has no Image Orientation (Patient): slices cannot be "
                                        "assembled into a volume");
    warnings.push_back(name(refs.front()) +
                       ": no Image Orientation (Patient); axial orientation assumed");
    return {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  }
  for (const DicomSliceRef& ref : refs) {
    const auto& orientation = placement(files, ref).orientation;
    if (!orientation)
      throw InputError(series_path, name(ref) + " has no Image Orientation (Patient)");
    for (int i = 0; i < 6; ++i)
      if (std::abs((*orientation)[i] - (*reference)[i]) > kOrientationTolerance)
        throw InputError(series_path, "images have different orientations (" + name(refs.front()) +
                                          " " + cosines_text(*reference) + ", " + name(ref) + " " +
                                          cosines_text(*orientation) +
                                          "): not one volume (scouts or reformats?)");
  }
  const auto& o = *reference;
  Vec3 row{o[0], o[1], o[2]};
  Vec3 column{o[3], o[4], o[5]};
  if (std::abs(length(row) - 1.0) > kUnitTolerance ||
      std::abs(length(column) - 1.0) > kUnitTolerance ||
      std::abs(dot(row, column)) > kUnitTolerance)
    throw InputError(series_path, name(refs.front()) + ": Image Orientation (Patient) " +
                                      cosines_text(o) + " is not two orthogonal unit vectors");
  // Re-orthonormalise so the direction matrix is exactly a rotation despite DS rounding.
  row = scaled(row, 1.0 / length(row));
  column = minus(column, scaled(row, dot(row, column)));
  column = scaled(column, 1.0 / length(column));
  return {row, column, cross(row, column)};
}

std::array<double, 2> common_pixel_spacing(const std::vector<DicomImageHeader>& files,
                                           const std::vector<DicomSliceRef>& refs,
                                           const std::string& series_path, const SliceNamer& name,
                                           std::vector<std::string>& warnings) {
  const auto& reference = placement(files, refs.front()).pixel_spacing;
  for (const DicomSliceRef& ref : refs) {
    const auto& spacing = placement(files, ref).pixel_spacing;
    if (spacing.has_value() != reference.has_value())
      throw InputError(series_path,
                       "Pixel Spacing is present in some images but not in " + name(ref));
    if (!spacing) continue;
    for (int i = 0; i < 2; ++i) {
      if ((*spacing)[i] <= 0.0)
        throw InputError(series_path, name(ref) + ": Pixel Spacing is not positive");
      if (std::abs((*spacing)[i] - (*reference)[i]) >
          kPixelSpacingRelativeTolerance * (*reference)[i])
        throw InputError(series_path, "images have different Pixel Spacing (" + name(refs.front()) +
                                          ", " + name(ref) + "): not one volume");
    }
  }
  if (reference) return *reference;
  warnings.push_back("no Pixel Spacing: 1 mm assumed");
  return {1.0, 1.0};
}

// Drops exact copies of one image (the same SOP instance and frame stored twice) and refuses
// distinct images at one position: echoes, phases or repeated acquisitions mixed in one series.
void remove_duplicate_positions(const std::vector<DicomImageHeader>& files,
                                std::vector<DicomSliceRef>& slices, std::vector<double>& offsets,
                                const std::string& series_path, const SliceNamer& name,
                                std::vector<std::string>& warnings) {
  std::vector<DicomSliceRef> kept_slices{slices.front()};
  std::vector<double> kept_offsets{offsets.front()};
  std::size_t copies = 0;
  for (std::size_t i = 1; i < slices.size(); ++i) {
    if (offsets[i] - kept_offsets.back() >= kSamePositionMm) {
      kept_slices.push_back(slices[i]);
      kept_offsets.push_back(offsets[i]);
      continue;
    }
    const DicomSliceRef& kept = kept_slices.back();
    const std::string& kept_uid = files[kept.file].sop_instance_uid;
    if (kept_uid.empty() || kept_uid != files[slices[i].file].sop_instance_uid ||
        kept.frame != slices[i].frame)
      throw InputError(series_path, name(kept) + " and " + name(slices[i]) +
                                        " lie at the same position: the series holds several "
                                        "images per position (echoes, phases or repeated "
                                        "acquisitions), not one volume");
    ++copies;
  }
  if (copies > 0)
    warnings.push_back(std::to_string(copies) +
                       " duplicate copies of images (same SOP Instance UID) were ignored");
  slices = std::move(kept_slices);
  offsets = std::move(kept_offsets);
}

// A stack whose positions drift sideways was acquired with a tilted gantry: a volume with an
// orthogonal grid would misplace every slice, so it is refused rather than silently sheared.
void require_unsheared(const std::vector<DicomImageHeader>& files,
                       const std::vector<DicomSliceRef>& slices, const Vec3& normal,
                       const std::string& series_path) {
  const Vec3 first = *placement(files, slices.front()).position;
  for (const DicomSliceRef& ref : slices) {
    const Vec3 displacement = minus(*placement(files, ref).position, first);
    const double along = dot(displacement, normal);
    const double sideways = length(minus(displacement, scaled(normal, along)));
    if (sideways > std::max(kStepToleranceMm, kShearTolerance * std::abs(along))) {
      const double degrees = std::atan2(sideways, std::abs(along)) * kDegreesPerRadian;
      char angle[32];
      std::snprintf(angle, sizeof angle, "%.2f", degrees);
      throw InputError(series_path, "slice positions drift " + millimetres(sideways) +
                                        " sideways over " + millimetres(std::abs(along)) +
                                        " (gantry tilt of about " + angle +
                                        " degrees): sheared stacks are not supported");
    }
  }
}

double median_of(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

// Returns the z spacing; flags uneven stacks (or refuses them).
double slice_step(DicomStackGeometry& geometry, const std::string& series_path,
                  const SliceNamer& name, bool allow_uneven_spacing) {
  const std::vector<double>& offsets = geometry.offsets;
  const std::size_t count = offsets.size();
  std::vector<double> steps(count - 1);
  for (std::size_t i = 0; i + 1 < count; ++i) steps[i] = offsets[i + 1] - offsets[i];
  const double median = median_of(steps);
  const double mean = (offsets.back() - offsets.front()) / static_cast<double>(count - 1);
  const double step_tolerance = std::max(kStepToleranceMm, kStepRelativeTolerance * median);
  const double grid_tolerance = std::max(kStepToleranceMm, kGridRelativeTolerance * mean);

  std::size_t irregular = 0;
  std::size_t worst = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (std::abs(steps[i] - median) > step_tolerance) ++irregular;
    if (std::abs(steps[i] - median) > std::abs(steps[worst] - median)) worst = i;
  }
  bool off_grid = false;
  for (std::size_t i = 0; i < count; ++i)
    if (std::abs(offsets[i] - (offsets.front() + static_cast<double>(i) * mean)) > grid_tolerance)
      off_grid = true;
  if (irregular == 0 && !off_grid) return mean;

  const std::string description =
      std::to_string(std::max<std::size_t>(irregular, 1)) + " of " + std::to_string(steps.size()) +
      " slice steps differ from the usual " + millimetres(median) + ", e.g. " +
      millimetres(steps[worst]) + " between " + name(geometry.slices[worst]) + " and " +
      name(geometry.slices[worst + 1]);
  if (!allow_uneven_spacing)
    throw InputError(series_path, "slices are unevenly spaced: " + description +
                                      " (missing or overlapping slices?)");
  geometry.evenly_spaced = false;
  geometry.warnings.push_back("slices are unevenly spaced (" + description +
                              "): resampled to a uniform " + millimetres(median) + " step");
  return median;
}

}  // namespace

DicomStackGeometry arrange_dicom_slices(const std::vector<DicomImageHeader>& files,
                                        const std::string& series_path, bool allow_uneven_spacing) {
  if (files.empty()) throw InputError(series_path, "no DICOM images");
  const SliceNamer name(files);
  DicomStackGeometry geometry;
  require_same_size(files, series_path);
  std::vector<DicomSliceRef> refs = all_frames(files, series_path);
  const Axes axes = common_axes(files, refs, series_path, name, geometry.warnings);
  const auto pixel_spacing =
      common_pixel_spacing(files, refs, series_path, name, geometry.warnings);
  geometry.spacing = {pixel_spacing[1], pixel_spacing[0], 1.0};
  for (int r = 0; r < 3; ++r) {
    geometry.direction[r * 3 + 0] = axes.row[r];
    geometry.direction[r * 3 + 1] = axes.column[r];
    geometry.direction[r * 3 + 2] = axes.normal[r];
  }

  if (refs.size() == 1) {
    const DicomImageHeader& file = files.front();
    const auto& position = file.frames.front().position;
    if (position) {
      geometry.origin = *position;
    } else {
      geometry.warnings.push_back(name(refs.front()) +
                                  ": no Image Position (Patient); origin set to 0");
    }
    // A single slice has no step; its nominal thickness is the best z extent to report.
    for (const auto& candidate : {file.spacing_between_slices, file.slice_thickness})
      if (candidate && *candidate > 0.0) {
        geometry.spacing[2] = *candidate;
        break;
      }
    geometry.slices = refs;
    geometry.offsets = {position ? dot(*position, axes.normal) : 0.0};
    return geometry;
  }

  for (const DicomSliceRef& ref : refs)
    if (!placement(files, ref).position)
      throw InputError(series_path,
                       name(ref) + " has no Image Position (Patient): slices cannot be ordered");
  std::vector<std::pair<double, DicomSliceRef>> ordered;
  ordered.reserve(refs.size());
  for (const DicomSliceRef& ref : refs)
    ordered.emplace_back(dot(*placement(files, ref).position, axes.normal), ref);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [offset, ref] : ordered) {
    geometry.offsets.push_back(offset);
    geometry.slices.push_back(ref);
  }
  remove_duplicate_positions(files, geometry.slices, geometry.offsets, series_path, name,
                             geometry.warnings);
  geometry.origin = *placement(files, geometry.slices.front()).position;
  if (geometry.slices.size() == 1) return geometry;

  require_unsheared(files, geometry.slices, axes.normal, series_path);
  geometry.spacing[2] = slice_step(geometry, series_path, name, allow_uneven_spacing);
  return geometry;
}

}  // namespace ctlite::core
