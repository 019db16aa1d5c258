#include "core/exports/dicom_object.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"

namespace ctlite::core {

DicomObject::DicomObject(std::unique_ptr<DcmFileFormat> file) : file_(std::move(file)) {}
DicomObject::DicomObject(DicomObject&&) noexcept = default;
DicomObject& DicomObject::operator=(DicomObject&&) noexcept = default;
DicomObject::~DicomObject() = default;

DicomObject DicomObject::load(const std::string& path) {
  auto file = std::make_unique<DcmFileFormat>();
  const OFCondition status = file->loadFile(path.c_str());
  if (status.bad()) throw InputError(path, std::string("not a readable DICOM file (") + status.text() + ")");
  // Keep the pixel data in memory: the object may be written elsewhere after the source moves.
  file->loadAllDataIntoMemory();
  return DicomObject(std::move(file));
}

DcmDataset& DicomObject::dataset() { return *file_->getDataset(); }
const DcmDataset& DicomObject::dataset() const { return *file_->getDataset(); }

namespace {
std::string string_of(const DcmDataset& dataset, const DcmTagKey& tag) {
  OFString value;
  const_cast<DcmDataset&>(dataset).findAndGetOFString(tag, value);
  return value.c_str();
}
}  // namespace

std::string DicomObject::sop_class_uid() const { return string_of(dataset(), DCM_SOPClassUID); }
std::string DicomObject::sop_instance_uid() const {
  return string_of(dataset(), DCM_SOPInstanceUID);
}

void DicomObject::write(const std::string& path) const {
  AtomicOutput output = AtomicOutput::file(path);
  // The meta header is rebuilt from the data set (new SOP UIDs after de-identification).
  const OFCondition status =
      file_->saveFile(output.temp_path().c_str(), EXS_LittleEndianExplicit, EET_ExplicitLength,
                      EGL_recalcGL, EPD_withoutPadding, 0, 0, EWM_createNewMeta);
  if (status.bad()) throw OutputError(path, std::string("cannot write DICOM file (") + status.text() + ")");
  output.commit();
}

}  // namespace ctlite::core
