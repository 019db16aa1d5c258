#include "core/io/dicom_file_loader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include "core/common/errors.h"
#include "core/io/dicom_codecs.h"

namespace ctlite::core {

void load_dicom_file(DcmFileFormat& file, const std::string& path, DicomLoadExtent extent) {
  ensure_dicom_codecs_registered();
  const OFCondition status =
      extent == DicomLoadExtent::HeaderOnly
          ? file.loadFileUntilTag(path.c_str(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength,
                                  ERM_autoDetect, DCM_PixelData)
          : file.loadFile(path.c_str());
  if (status.good()) return;
  // DCMTK reports a value longer than the rest of the file (the usual truncation) as a stream
  // suspension; say so in words a user can act on.
  if (status == EC_StreamNotifyClient)
    throw InputError(path, "not a readable DICOM file: truncated or corrupt data element");
  throw InputError(path, std::string("not a readable DICOM file: ") + status.text());
}

}  // namespace ctlite::core
