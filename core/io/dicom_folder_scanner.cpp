#include "core/io/dicom_folder_scanner.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "core/common/errors.h"
#include "core/io/dicom_file_loader.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Part 10 files carry "DICM" after a 128-byte preamble; bare data sets (old exports, no_meta
// files) start with a group 0x0002 or 0x0008 tag in either byte order. Anything else is only
// tried when its name says DICOM, so a folder's README or thumbnails are skipped silently.
bool looks_like_dicom(const fs::path& path) {
  const std::string extension = lowercase(path.extension().string());
  if (extension == ".dcm" || extension == ".dicom" || extension == ".ima") return true;
  std::ifstream stream(path, std::ios::binary);
  std::array<unsigned char, 132> head{};
  stream.read(reinterpret_cast<char*>(head.data()), head.size());
  const std::streamsize read = stream.gcount();
  if (read >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M')
    return true;
  if (read < 8) return false;
  const unsigned little_endian_group = head[0] | (head[1] << 8);
  const unsigned big_endian_group = (head[0] << 8) | head[1];
  for (unsigned group : {little_endian_group, big_endian_group})
    if (group == 0x0002 || group == 0x0008) return true;
  return false;
}

std::vector<fs::path> candidate_files(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code error;
  fs::recursive_directory_iterator walker(root, fs::directory_options::skip_permission_denied,
                                          error);
  if (error) throw InputError(root.string(), "cannot list folder: " + error.message());
  for (auto it = walker; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) throw InputError(root.string(), "cannot list folder: " + error.message());
    std::error_code status_error;
    if (it->is_regular_file(status_error) && looks_like_dicom(it->path()))
      files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

DicomFolderScan scan_dicom_folder(const std::string& file_or_folder,
                                  const ctlite::Progress& progress) {
  std::error_code error;
  const fs::file_status status = fs::status(file_or_folder, error);
  if (error || !fs::exists(status)) throw InputError(file_or_folder, "no such file or folder");
  const std::vector<fs::path> files = fs::is_directory(status)
                                          ? candidate_files(file_or_folder)
                                          : std::vector<fs::path>{fs::path(file_or_folder)};
  DicomFolderScan scan;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string path = files[i].string();
    try {
      DcmFileFormat file;
      load_dicom_file(file, path, DicomLoadExtent::HeaderOnly);
      if (auto header = parse_dicom_image_header(file, path))
        scan.images.push_back(std::move(*header));
      else
        scan.non_images.push_back(path);
    } catch (const InputError& problem) {
      scan.problems.push_back({path, problem.problem()});
    }
    progress.report("scan", static_cast<double>(i + 1) / static_cast<double>(files.size()));
  }
  return scan;
}

}  // namespace ctlite::core
