#pragma once
// One DICOM object built in memory by an export (a structured report, an encapsulated PDF, a
// de-identified image), so it can be de-identified, written atomically or sent to a PACS
// without DCMTK types leaking into callers' headers.

#include <memory>
#include <string>

class DcmFileFormat;
class DcmDataset;

namespace ctlite::core {

class DicomObject {
 public:
  explicit DicomObject(std::unique_ptr<DcmFileFormat> file);
  DicomObject(DicomObject&&) noexcept;
  DicomObject& operator=(DicomObject&&) noexcept;
  ~DicomObject();

  // InputError naming `path` when it is not a readable DICOM file.
  static DicomObject load(const std::string& path);

  DcmFileFormat& file() { return *file_; }
  DcmDataset& dataset();
  const DcmDataset& dataset() const;
  std::string sop_class_uid() const;
  std::string sop_instance_uid() const;

  // Explicit VR little endian with a fresh file meta header, written through a temporary file
  // renamed into place (AtomicOutput). OutputError naming `path` on failure.
  void write(const std::string& path) const;

 private:
  std::unique_ptr<DcmFileFormat> file_;
};

}  // namespace ctlite::core
