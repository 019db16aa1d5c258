#include "core/io/dicom_codecs.h"

#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/oflog/oflog.h>
#include <gdcmTrace.h>

#include <mutex>

namespace ctlite::core {

void ensure_dicom_codecs_registered() {
  static std::once_flag once;
  std::call_once(once, [] {
    // DCMTK's codec list is global and guarded by its own lock once registered, so concurrent
    // decoding from several reader threads is safe; registering twice would add duplicates.
    DJDecoderRegistration::registerCodecs();
    DJEncoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    DJLSEncoderRegistration::registerCodecs();
    DcmRLEDecoderRegistration::registerCodecs();
    DcmRLEEncoderRegistration::registerCodecs();

    // Both libraries print parser complaints to stderr (e.g. for each truncated file of a
    // scanned folder); the reader reports them once, per file, through its own errors.
    for (const char* logger : {"dcmtk.dcmdata", "dcmtk.dcmjpeg", "dcmtk.dcmjpls"})
      OFLog::getLogger(logger).setLogLevel(OFLogger::FATAL_LOG_LEVEL);
    gdcm::Trace::SetDebug(false);
    gdcm::Trace::SetWarning(false);
    gdcm::Trace::SetError(false);
  });
}

}  // namespace ctlite::core
