#include "nifti_test_support.h"

#include <gtest/gtest.h>

#include <cmath>

#include "io_test_support.h"

namespace ctlite::core::testing {

std::vector<NibabelReference> nibabel_references(const std::vector<std::string>& paths,
                                                 const std::string& setup_python) {
  ScratchDir scratch;
  nlohmann::json jobs = nlohmann::json::array();
  for (std::size_t i = 0; i < paths.size(); ++i)
    jobs.push_back({paths[i], scratch.file("values" + std::to_string(i) + ".f32")});
  const nlohmann::json results =
      run_python_json("import json, numpy as np, nibabel as nib\n" + setup_python +
                      "\njobs = json.loads(r'''" + jobs.dump() + R"(''')
results = []
for path, values_path in jobs:
    img = nib.load(path)
    data = img.get_fdata(dtype=np.float64)
    data = data.reshape(data.shape[:3] + (-1,))[..., 0] if data.ndim > 3 else data
    data.astype(np.float32).ravel(order="F").tofile(values_path)
    results.append({"shape": list(img.shape), "affine": img.affine.tolist()})
print(json.dumps(results))
)");
  std::vector<NibabelReference> references;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const nlohmann::json& result = results.at(i);
    NibabelReference reference;
    reference.shape = result.at("shape").get<std::vector<long>>();
    for (std::size_t row = 0; row < 4; ++row)
      for (std::size_t column = 0; column < 4; ++column)
        reference.affine[row][column] = result.at("affine").at(row).at(column).get<double>();
    reference.first_volume = read_float32_file(jobs.at(i).at(1).get<std::string>());
    references.push_back(std::move(reference));
  }
  return references;
}

std::array<std::array<double, 4>, 4> ras_affine(const Volume& volume) {
  std::array<std::array<double, 4>, 4> affine{};
  for (std::size_t row = 0; row < 3; ++row) {
    const double flip = row < 2 ? -1.0 : 1.0;
    for (std::size_t column = 0; column < 3; ++column)
      affine[row][column] = flip * volume.direction[row * 3 + column] * volume.spacing[column];
    affine[row][3] = flip * volume.origin[row];
  }
  affine[3][3] = 1.0;
  return affine;
}

void expect_matches_reference(const Volume& volume, const NibabelReference& reference) {
  ASSERT_GE(reference.shape.size(), 3u);
  for (std::size_t axis = 0; axis < 3; ++axis) EXPECT_EQ(volume.dims[axis], reference.shape[axis]);
  const auto affine = ras_affine(volume);
  for (std::size_t row = 0; row < 4; ++row)
    for (std::size_t column = 0; column < 4; ++column)
      EXPECT_NEAR(affine[row][column], reference.affine[row][column], 1e-4)
          << "affine[" << row << "][" << column << "]";
  ASSERT_EQ(volume.voxels.size(), reference.first_volume.size());
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < reference.first_volume.size(); ++i)
    if (std::abs(volume.voxels[i] - reference.first_volume[i]) >
        1e-5f * (1.0f + std::abs(reference.first_volume[i])))
      ++mismatches;
  EXPECT_EQ(mismatches, 0u) << "voxels differing from nibabel";
}

}  // namespace ctlite::core::testing
