#include "core/io/nifti_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "core/common/errors.h"
#include "core/io/nifti_reader.h"
#include "io_test_support.h"
#include "nifti_test_support.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

// An oblique, mirrored grid (det < 0 exercises qfac = -1) with CT-like integer values.
Volume oblique_volume() {
  Volume volume;
  volume.allocate({7, 6, 5});
  volume.spacing = {0.7, 0.8, 2.5};
  volume.origin = {-120.5, 33.25, 410.0};
  const double angle = 0.3, s = std::sin(angle), c = std::cos(angle);
  volume.direction = {c, -s, 0, s, c, 0, 0, 0, -1};
  for (std::size_t i = 0; i < volume.voxels.size(); ++i)
    volume.voxels[i] = static_cast<float>(static_cast<int>(i * 37 % 2400) - 1024);
  volume.source_format = "test";
  return volume;
}

void expect_same_geometry(const Volume& a, const Volume& b) {
  EXPECT_EQ(a.dims, b.dims);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(a.spacing[i], b.spacing[i], 1e-5);
    EXPECT_NEAR(a.origin[i], b.origin[i], 1e-4);
  }
  for (std::size_t i = 0; i < 9; ++i) EXPECT_NEAR(a.direction[i], b.direction[i], 1e-5);
}

TEST(NiftiWriter, Int16RoundTripIsExactForIntegersAndNibabelAgrees) {
  ScratchDir scratch;
  const Volume volume = oblique_volume();
  const std::string gz = scratch.file("ct.nii.gz");
  const std::string plain = scratch.file("ct.nii");
  write_nifti(volume, gz);
  write_nifti(volume, plain, {NiftiStorage::Float32});

  const NiftiImage back = read_nifti(gz);
  EXPECT_EQ(back.header.datatype, kNiftiInt16);
  EXPECT_DOUBLE_EQ(back.header.scl_slope, 1.0);
  expect_same_geometry(back.volume, volume);
  EXPECT_EQ(back.volume.voxels, volume.voxels);

  const auto plain_bytes = testing::read_file_bytes(plain);
  ASSERT_GT(plain_bytes.size(), 352u);
  EXPECT_EQ(plain_bytes[0], 0x5C);  // sizeof_hdr 348, little-endian, not gzip
  EXPECT_EQ(plain_bytes.size(), 352u + volume.voxel_count() * 4);

  const auto references = testing::nibabel_references({gz, plain});
  for (const auto& reference : references) {
    testing::expect_matches_reference(back.volume, reference);
    const auto affine = testing::ras_affine(volume);
    for (std::size_t row = 0; row < 3; ++row)
      for (std::size_t column = 0; column < 4; ++column)
        EXPECT_NEAR(reference.affine[row][column], affine[row][column], 1e-4);
  }
}

TEST(NiftiWriter, FractionalValuesUseSlopeAndInterceptOrFloat32) {
  ScratchDir scratch;
  Volume volume = oblique_volume();
  for (std::size_t i = 0; i < volume.voxels.size(); ++i)
    volume.voxels[i] = static_cast<float>(std::sin(0.01 * static_cast<double>(i)) * 1500.25);
  write_nifti(volume, scratch.file("scaled.nii.gz"));
  const NiftiImage scaled = read_nifti(scratch.file("scaled.nii.gz"));
  EXPECT_NE(scaled.header.scl_slope, 1.0);
  float worst = 0;
  for (std::size_t i = 0; i < volume.voxels.size(); ++i)
    worst = std::max(worst, std::abs(scaled.volume.voxels[i] - volume.voxels[i]));
  EXPECT_LE(worst, 0.5 * scaled.header.scl_slope + 1e-3);

  write_nifti(volume, scratch.file("exact.nii"), {NiftiStorage::Float32});
  const NiftiImage exact = read_nifti(scratch.file("exact.nii"));
  EXPECT_EQ(exact.header.datatype, kNiftiFloat32);
  EXPECT_EQ(exact.volume.voxels, volume.voxels);
}

TEST(NiftiWriter, RgbOverlayHasRgb24VoxelsOnTheVolumesGridAsNibabelReadsIt) {
  ScratchDir scratch;
  const Volume geometry = oblique_volume();
  std::vector<std::uint8_t> rgb(3 * geometry.voxel_count());
  for (std::size_t i = 0; i < rgb.size(); ++i) rgb[i] = static_cast<std::uint8_t>(i * 7 % 251);
  const std::string path = scratch.file("pca.nii.gz");
  write_rgb_nifti(geometry, rgb, path, "CT-Lite PCA feature map");

  const nlohmann::json result = testing::run_python_json(R"(
import json, numpy as np, nibabel as nib
img = nib.load(r')" + path + R"(')
data = np.asanyarray(img.dataobj)
flat = np.stack([data['R'], data['G'], data['B']], axis=-1).reshape(-1, 3, order='F')
print(json.dumps({"datatype": int(img.header['datatype']), "shape": list(img.shape),
                  "descrip": img.header['descrip'].item().decode(), "rgb": flat.ravel().tolist(),
                  "affine": img.affine.tolist()}))
)");
  EXPECT_EQ(result.at("datatype"), kNiftiRgb24);
  EXPECT_EQ(result.at("shape").get<std::vector<long>>(), (std::vector<long>{7, 6, 5}));
  EXPECT_EQ(result.at("descrip"), "CT-Lite PCA feature map");
  EXPECT_EQ(result.at("rgb").get<std::vector<int>>(), std::vector<int>(rgb.begin(), rgb.end()));
  const auto affine = testing::ras_affine(geometry);
  for (std::size_t row = 0; row < 3; ++row)
    for (std::size_t column = 0; column < 4; ++column)
      EXPECT_NEAR(result.at("affine").at(row).at(column).get<double>(), affine[row][column], 1e-4);

  EXPECT_THROW(write_rgb_nifti(geometry, std::vector<std::uint8_t>(5), scratch.file("short.nii"), "x"),
               OutputError);
}

TEST(NiftiWriter, ReplacesAnExistingFileAtomicallyAndLeavesNoTemporaries) {
  ScratchDir scratch;
  const std::string path = scratch.file("out.nii.gz");
  testing::write_file_bytes(path, {'o', 'l', 'd'});
  write_nifti(oblique_volume(), path);
  EXPECT_EQ(read_nifti(path).volume.dims, oblique_volume().dims);

  Volume broken = oblique_volume();
  broken.voxels[3] = std::nanf("");
  EXPECT_THROW(write_nifti(broken, scratch.file("nan.nii.gz")), OutputError);
  std::size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(scratch.path())) {
    (void)entry;
    ++entries;
  }
  EXPECT_EQ(entries, 1u) << "only out.nii.gz may remain";
}

TEST(NiftiWriter, UnwritableDestinationNamesThePath) {
  const std::string path = "/nonexistent-folder-ctlite/out.nii";
  try {
    write_nifti(oblique_volume(), path);
    FAIL() << "wrote into a missing folder";
  } catch (const OutputError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  EXPECT_THROW(write_nifti(Volume{}, "/tmp/empty.nii"), OutputError);
}

}  // namespace
}  // namespace ctlite::core
