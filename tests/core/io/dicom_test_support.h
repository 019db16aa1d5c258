#pragma once
// Shared helpers of the DICOM reader/writer tests: reference data paths, the InputError a read
// must throw, and small synthetic CT volumes (scratch folders: io_test_support.h).

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <functional>
#include <optional>
#include <string>

#include "core/common/errors.h"
#include "core/volume/volume.h"
#include "tests/core/io/io_test_support.h"

namespace ctlite::core::dicom_test {

inline std::string dicom_data(const std::string& relative) {
  return std::string(CTLITE_SHARED_DIR) + "/testdata/dicom/" + relative;
}

// The InputError that `action` must throw (a test failure, and an empty error, if none).
inline InputError expect_input_error(const std::function<void()>& action) {
  if (std::optional<InputError> error = testing::caught_input_error(action)) return *error;
  ADD_FAILURE() << "no InputError thrown";
  return InputError("", "");
}

// Integer HU values that differ per voxel and slice, so any reordering or offset shows.
inline float pattern_hu(std::int64_t x, std::int64_t y, std::int64_t z) {
  return static_cast<float>(((x * 37 + y * 11 + z * 101) % 3000) - 1024);
}

inline Volume make_ct_volume(const std::array<std::int64_t, 3>& dims,
                             const std::array<double, 3>& spacing = {0.75, 0.8, 2.5},
                             const std::array<double, 3>& origin = {-120.5, -98.25, 40.0},
                             const std::array<double, 9>& direction = {1, 0, 0, 0, 1, 0, 0, 0, 1}) {
  Volume volume;
  volume.allocate(dims);
  volume.spacing = spacing;
  volume.origin = origin;
  volume.direction = direction;
  volume.unit = IntensityUnit::Hounsfield;
  for (std::int64_t z = 0; z < dims[2]; ++z)
    for (std::int64_t y = 0; y < dims[1]; ++y)
      for (std::int64_t x = 0; x < dims[0]; ++x) volume.at(x, y, z) = pattern_hu(x, y, z);
  volume.metadata.patient_name = "Phantom^Test";
  volume.metadata.patient_id = "CTLITE-0001";
  volume.metadata.patient_sex = "O";
  volume.metadata.study_instance_uid = "1.2.826.0.1.3680043.8.498.1";
  volume.metadata.study_description = "Synthetic chest";
  volume.metadata.series_description = "Phantom series";
  volume.metadata.modality = "CT";
  return volume;
}

// A rotation about the x axis by `degrees`, in Volume's row-major direction convention.
inline std::array<double, 9> tilted_direction(double degrees) {
  const double a = degrees * 3.14159265358979323846 / 180.0;
  return {1, 0, 0, 0, std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a)};
}

}  // namespace ctlite::core::dicom_test
