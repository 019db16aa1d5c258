#include "core/io/dicom_series_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <system_error>

#include "core/common/errors.h"
#include "core/common/huge_page_buffer.h"
#include "core/common/parallel_slices.h"
#include "core/io/dicom_folder_scanner.h"
#include "core/io/dicom_pixel_decoder.h"
#include "core/io/dicom_slice_geometry.h"

namespace ctlite::core {
namespace {

struct SeriesGroup {
  DicomSeriesInfo info;
  std::vector<std::size_t> images;  // indices into DicomFolderScan::images
};

std::vector<SeriesGroup> group_by_series(const std::vector<DicomImageHeader>& images) {
  std::map<std::string, SeriesGroup> groups;
  for (std::size_t i = 0; i < images.size(); ++i) {
    const DicomImageHeader& image = images[i];
    SeriesGroup& group = groups[image.identity.series_instance_uid];
    DicomSeriesInfo& info = group.info;
    if (group.images.empty()) {
      info.series_instance_uid = image.identity.series_instance_uid;
      info.study_instance_uid = image.identity.study_instance_uid;
      info.modality = image.identity.modality;
      info.series_description = image.identity.series_description;
      info.series_number = image.identity.series_number;
      info.rows = image.layout.rows;
      info.columns = image.layout.columns;
    }
    info.image_count += static_cast<std::size_t>(image.frame_count);
    info.files.push_back(image.path);
    group.images.push_back(i);
  }
  std::vector<SeriesGroup> sorted;
  sorted.reserve(groups.size());
  for (auto& entry : groups) sorted.push_back(std::move(entry.second));
  auto number = [](const DicomSeriesInfo& info) {
    try {
      return std::stoll(info.series_number);
    } catch (const std::exception&) {
      return static_cast<long long>(-1);
    }
  };
  std::stable_sort(sorted.begin(), sorted.end(), [&](const SeriesGroup& a, const SeriesGroup& b) {
    return number(a.info) < number(b.info);
  });
  return sorted;
}

std::string series_list(const std::vector<SeriesGroup>& groups) {
  std::string list;
  for (const SeriesGroup& group : groups) {
    if (!list.empty()) list += "; ";
    list += group.info.series_instance_uid + " \"" + group.info.series_description + "\" (" +
            group.info.modality + ", " + std::to_string(group.info.image_count) + " images)";
  }
  return list;
}

std::string problem_summary(const std::vector<DicomFileProblem>& problems) {
  if (problems.empty()) return {};
  return "; " + std::to_string(problems.size()) + " DICOM file(s) could not be read, e.g. " +
         problems.front().path + ": " + problems.front().reason;
}

const SeriesGroup& select_series(const std::vector<SeriesGroup>& groups,
                                 const DicomFolderScan& scan, const std::string& path,
                                 const std::string& series_uid) {
  if (groups.empty()) {
    // A single named file that failed is reported as itself, not as an empty folder.
    if (scan.problems.size() == 1 && scan.non_images.empty() && scan.problems.front().path == path)
      throw InputError(path, scan.problems.front().reason);
    if (scan.non_images.size() == 1 && scan.problems.empty() && scan.non_images.front() == path)
      throw InputError(path, "DICOM object holds no image");
    throw InputError(path, "no DICOM image series found" + problem_summary(scan.problems));
  }
  if (series_uid.empty()) {
    if (groups.size() == 1) return groups.front();
    throw InputError(
        path, "holds " + std::to_string(groups.size()) +
                  " DICOM series; choose one by Series Instance UID: " + series_list(groups));
  }
  for (const SeriesGroup& group : groups)
    if (group.info.series_instance_uid == series_uid) return group;
  throw InputError(
      path, "no series with Series Instance UID " + series_uid + "; found: " + series_list(groups));
}

// A zeroed buffer for a whole volume, backed by huge pages (see core/common/huge_page_buffer.h:
// first-touching ~300 MB in 4 KiB pages cost more than decoding the series on a loaded VM).
std::vector<float> allocate_voxels(std::size_t count) {
  std::vector<float> voxels;
  resize_with_huge_pages(voxels, count);
  return voxels;
}

// Compressed files more than this many times smaller than the pixels they claim get one frame
// decoded before the stack is allocated (decode_first_frame_if_suspicious). Lossless CT
// compresses about 3:1, lossy rarely beyond 20:1.
constexpr std::uintmax_t kSuspiciousCompressionRatio = 64;

// JPEG 2000 and JPEG-LS can code a uniform image in a few bytes, so no size floor refuses a
// small file claiming 16384 x 16384 pixels (the header scan has floors for the other codings):
// allocating and clearing the 1 GiB stack first took 18 s before the decoder failed (found by
// the replay fuzzer). A suspiciously small file has its first frame decoded into memory that is
// not cleared, so a hostile one fails having touched only what it decoded.
void decode_first_frame_if_suspicious(const DicomImageHeader& file,
                                      const std::vector<bool>& used_frames,
                                      std::uintmax_t claimed_stored_bytes) {
  if (!file.encapsulated) return;
  std::error_code error;
  const std::uintmax_t file_bytes = std::filesystem::file_size(file.path, error);
  if (error || file_bytes >= claimed_stored_bytes / kSuspiciousCompressionRatio) return;
  const auto first = std::find(used_frames.begin(), used_frames.end(), true);
  if (first == used_frames.end()) return;
  const std::unique_ptr<float[]> frame(new float[file.layout.pixels_per_frame()]);
  std::vector<float*> outputs(used_frames.size(), nullptr);
  outputs[static_cast<std::size_t>(first - used_frames.begin())] = frame.get();
  decode_dicom_frames(file, outputs);
}

// Decodes the arranged slices into a stack of `slices.size()` consecutive frames.
std::vector<float> decode_stack(const std::vector<DicomImageHeader>& files,
                                const DicomStackGeometry& geometry,
                                const ctlite::Progress& progress) {
  const std::size_t frame_size = files.front().layout.pixels_per_frame();
  std::vector<std::vector<bool>> used_frames(files.size());
  for (std::size_t f = 0; f < files.size(); ++f)
    used_frames[f].assign(static_cast<std::size_t>(files[f].frame_count), false);
  for (const DicomSliceRef& ref : geometry.slices)
    used_frames[ref.file][static_cast<std::size_t>(ref.frame)] = true;
  std::vector<std::size_t> used_files;
  for (std::size_t f = 0; f < files.size(); ++f)
    if (std::find(used_frames[f].begin(), used_frames[f].end(), true) != used_frames[f].end())
      used_files.push_back(f);
  if (!used_files.empty()) {
    const DicomImageHeader& first = files[used_files.front()];
    decode_first_frame_if_suspicious(first, used_frames[used_files.front()],
                                     std::uintmax_t{first.layout.bytes_per_frame()} *
                                         static_cast<std::uintmax_t>(first.frame_count));
  }

  std::vector<float> stack = allocate_voxels(frame_size * geometry.slices.size());
  std::vector<std::vector<float*>> outputs(files.size());
  for (std::size_t f = 0; f < files.size(); ++f)
    outputs[f].assign(static_cast<std::size_t>(files[f].frame_count), nullptr);
  for (std::size_t z = 0; z < geometry.slices.size(); ++z) {
    const DicomSliceRef& ref = geometry.slices[z];
    outputs[ref.file][static_cast<std::size_t>(ref.frame)] = stack.data() + z * frame_size;
  }
  for_each_slice_in_parallel(static_cast<std::int64_t>(used_files.size()), resolve_thread_count(0),
                             progress, "load", [&](std::int64_t i, int) {
                               const std::size_t file = used_files[static_cast<std::size_t>(i)];
                               decode_dicom_frames(files[file], outputs[file]);
                             });
  return stack;
}

// Linear interpolation along the normal from the true slice offsets onto a uniform grid.
std::vector<float> resample_to_uniform(const std::vector<float>& stack,
                                       const std::vector<double>& offsets, double step,
                                       std::size_t frame_size, const std::string& path) {
  const double extent = offsets.back() - offsets.front();
  const std::size_t count = static_cast<std::size_t>(std::llround(extent / step)) + 1;
  if (count > kMaxVoxelCount / frame_size)
    throw InputError(path,
                     "resampling the unevenly spaced slices would exceed the 2^31-voxel limit");
  std::vector<float> uniform = allocate_voxels(count * frame_size);
  std::size_t lower = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const double position =
        std::min(offsets.front() + static_cast<double>(k) * step, offsets.back());
    while (lower + 2 < offsets.size() && offsets[lower + 1] < position) ++lower;
    const double span = offsets[lower + 1] - offsets[lower];
    const float weight =
        static_cast<float>(std::clamp((position - offsets[lower]) / span, 0.0, 1.0));
    const float* below = stack.data() + lower * frame_size;
    const float* above = below + frame_size;
    float* out = uniform.data() + k * frame_size;
    for (std::size_t i = 0; i < frame_size; ++i) out[i] = below[i] + weight * (above[i] - below[i]);
  }
  return uniform;
}

DicomReadResult read_series(const std::vector<DicomImageHeader>& files, const std::string& path,
                            const DicomReadOptions& options, const ctlite::Progress& progress) {
  DicomStackGeometry geometry = arrange_dicom_slices(files, path, options.resample_uneven_spacing);
  DicomReadResult result;
  Volume& volume = result.volume;
  volume.source_format = "dicom";
  volume.source_path = path;
  volume.spacing = geometry.spacing;
  volume.origin = geometry.origin;
  volume.direction = geometry.direction;

  const DicomImageHeader& first = files[geometry.slices.front().file];
  volume.metadata = first.identity;
  bool calibrated = true;
  for (const DicomSliceRef& ref : geometry.slices) {
    volume.metadata.sop_instance_uids.push_back(files[ref.file].sop_instance_uid);
    calibrated =
        calibrated && files[ref.file].frames[static_cast<std::size_t>(ref.frame)].has_rescale;
  }
  volume.unit = calibrated && first.identity.modality == "CT" ? IntensityUnit::Hounsfield
                                                              : IntensityUnit::Unknown;

  const std::size_t frame_size = first.layout.pixels_per_frame();
  std::vector<float> stack = decode_stack(files, geometry, progress);
  if (!geometry.evenly_spaced)
    stack = resample_to_uniform(stack, geometry.offsets, geometry.spacing[2], frame_size, path);
  volume.dims = {first.layout.columns, first.layout.rows,
                 static_cast<std::int64_t>(stack.size() / frame_size)};
  volume.voxels = std::move(stack);
  result.warnings = std::move(geometry.warnings);
  return result;
}

}  // namespace

std::vector<DicomSeriesInfo> scan_dicom_series(const std::string& file_or_folder,
                                               std::vector<DicomFileProblem>& problems,
                                               const ctlite::Progress& progress) {
  DicomFolderScan scan = scan_dicom_folder(file_or_folder, progress);
  problems = std::move(scan.problems);
  std::vector<DicomSeriesInfo> series;
  for (SeriesGroup& group : group_by_series(scan.images)) series.push_back(std::move(group.info));
  return series;
}

std::vector<DicomSeriesInfo> scan_dicom_series(const std::string& file_or_folder,
                                               const ctlite::Progress& progress) {
  std::vector<DicomFileProblem> problems;
  return scan_dicom_series(file_or_folder, problems, progress);
}

DicomReadResult read_dicom_series_with_warnings(const std::string& file_or_folder,
                                                const std::string& series_uid,
                                                const DicomReadOptions& options,
                                                const ctlite::Progress& progress) {
  DicomFolderScan scan = scan_dicom_folder(file_or_folder, progress);
  const std::vector<SeriesGroup> groups = group_by_series(scan.images);
  const SeriesGroup& chosen = select_series(groups, scan, file_or_folder, series_uid);
  std::vector<DicomImageHeader> files;
  files.reserve(chosen.images.size());
  for (std::size_t index : chosen.images) files.push_back(std::move(scan.images[index]));
  DicomReadResult result = read_series(files, file_or_folder, options, progress);
  // An unreadable file may have been a slice of this series (a missing end slice shows no gap).
  for (const DicomFileProblem& problem : scan.problems)
    result.warnings.push_back("skipped unreadable file " + problem.path + ": " + problem.reason);
  return result;
}

Volume read_dicom_series(const std::string& file_or_folder, const std::string& series_uid,
                         const ctlite::Progress& progress) {
  return read_dicom_series_with_warnings(file_or_folder, series_uid, DicomReadOptions{}, progress)
      .volume;
}

}  // namespace ctlite::core
