#pragma once
// One preprocessing golden case (shared/reference/golden/preproc_preN.*) as a Volume in HU.
// The volume is built from raw_ijk plus the CSV-style slope/intercept/spacing in preproc.json:
// the CT-RATE path, where the NIfTI header carries no calibration and the CSV gives geometry.

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/volume/volume.h"
#include "tests/core/preprocessing/golden_tensor_file.h"

namespace ctlite::test {

inline std::string golden_dir() { return std::string(CTLITE_SHARED_DIR) + "/reference/golden/"; }

struct GoldenCase {
  nlohmann::json spec;  // preproc.json[name]
  GoldenTensorFile tensors;
  core::Volume volume;
};

inline nlohmann::json preproc_spec(const std::string& name) {
  std::ifstream in(golden_dir() + "preproc.json");
  return nlohmann::json::parse(in).at(name);
}

inline GoldenCase load_golden_case(const std::string& name) {
  GoldenCase golden{
      preproc_spec(name), GoldenTensorFile(golden_dir() + "preproc_" + name + ".safetensors"), {}};
  const GoldenTensor& raw = golden.tensors.tensor("raw_ijk");  // shape (i, j, k), k fastest
  const std::int64_t ni = raw.shape[0], nj = raw.shape[1], nk = raw.shape[2];
  const double slope = golden.spec.at("slope");
  const double intercept = golden.spec.at("intercept");
  const double xy = golden.spec.at("xy_spacing");
  const double z = golden.spec.at("z_spacing");
  core::Volume& v = golden.volume;
  v.source_path = golden_dir() + "preproc_" + name + ".safetensors";
  v.allocate({ni, nj, nk});
  v.spacing = {xy, xy, z};
  v.unit = core::IntensityUnit::Hounsfield;
  for (std::int64_t i = 0; i < ni; ++i)
    for (std::int64_t j = 0; j < nj; ++j)
      for (std::int64_t k = 0; k < nk; ++k)
        v.at(i, j, k) = static_cast<float>(
            slope * raw.values[static_cast<std::size_t>((i * nj + j) * nk + k)] + intercept);
  return golden;
}

}  // namespace ctlite::test
