#pragma once
// The one volume type of CT-Lite: every reader produces it, every view, preprocessing step and
// export consumes it.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::core {

// Identification carried from the source file to the views and exports (PDF, DICOM SR).
// Never written to logs: it holds patient identifiers.
struct VolumeMetadata {
  std::string patient_name;
  std::string patient_id;
  std::string patient_birth_date;
  std::string patient_sex;
  std::string study_instance_uid;
  std::string study_id;
  std::string study_date;
  std::string study_time;
  std::string study_description;
  std::string accession_number;
  std::string referring_physician;
  std::string series_instance_uid;
  std::string series_number;
  std::string series_description;
  std::string frame_of_reference_uid;
  std::string modality;
  std::string manufacturer;
  std::string institution_name;
  std::string convolution_kernel;
  std::string sop_class_uid;                    // of the source images
  std::vector<std::string> sop_instance_uids;   // one per source image, in slice order
};

// What the voxel values mean.
enum class IntensityUnit {
  Hounsfield,    // calibrated CT numbers (rescale slope/intercept already applied)
  WindowedGray,  // 8-bit display levels 0..255 of a known window (JPEG slice stacks)
  Unknown,       // e.g. an MR series or a NIfTI without calibration
};

struct DisplayWindow {
  double center = -600.0;  // the paper's lung window
  double width = 1500.0;
};

struct Volume {
  // Voxel grid: x = image columns (NIfTI i), y = image rows (NIfTI j), z = slices (NIfTI k).
  std::array<std::int64_t, 3> dims{0, 0, 0};
  std::array<double, 3> spacing{1.0, 1.0, 1.0};  // mm along x, y, z
  std::array<double, 3> origin{0.0, 0.0, 0.0};   // LPS mm of the centre of voxel (0, 0, 0)
  // Row-major 3x3; column c is the LPS unit direction of voxel axis c.
  std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};

  IntensityUnit unit = IntensityUnit::Hounsfield;
  DisplayWindow stored_window;  // for WindowedGray: the window that the gray levels encode

  std::vector<float> voxels;  // x fastest, then y, then z

  VolumeMetadata metadata;
  std::string source_format;  // "dicom", "nifti", "jpeg-stack", "npz", "ct-rate"
  std::string source_path;

  std::size_t voxel_count() const {
    return static_cast<std::size_t>(dims[0]) * static_cast<std::size_t>(dims[1]) *
           static_cast<std::size_t>(dims[2]);
  }
  std::size_t index(std::int64_t x, std::int64_t y, std::int64_t z) const {
    return static_cast<std::size_t>((z * dims[1] + y) * dims[0] + x);
  }
  float at(std::int64_t x, std::int64_t y, std::int64_t z) const { return voxels[index(x, y, z)]; }
  float& at(std::int64_t x, std::int64_t y, std::int64_t z) { return voxels[index(x, y, z)]; }

  // LPS position (mm) of a continuous voxel index.
  std::array<double, 3> index_to_physical(const std::array<double, 3>& ijk) const;

  // Allocates dims-sized storage filled with `fill`; refuses grids beyond the configured limit.
  void allocate(const std::array<std::int64_t, 3>& new_dims, float fill = 0.0f);
};

// Upper bound on voxels a reader will allocate (before allocating): 2^31 voxels (8 GiB float).
// Hostile headers claiming more are rejected with a clear error instead of an allocation failure.
constexpr std::size_t kMaxVoxelCount = std::size_t{1} << 31;

}  // namespace ctlite::core
