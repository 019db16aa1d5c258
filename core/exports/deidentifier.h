#pragma once
// De-identification of exports per a documented subset of the DICOM PS3.15 Annex E "Basic
// Application Confidentiality Profile" (docs/EXPORTS.md lists every attribute and its action).
// One Deidentifier serves one export: every object it touches (the source images, the SR, the
// encapsulated PDF) gets the same replacement UIDs, so references between them still resolve.

#include <map>
#include <string>

#include "core/exports/dicom_object.h"
#include "core/volume/volume.h"

class DcmItem;

namespace ctlite::core {

struct DeidentificationOptions {
  std::string patient_name = "ANONYMOUS";  // replaces Patient's Name (PS3.15 action D)
  std::string patient_id = "ANONYMOUS";    // replaces Patient ID (action D)
};

class Deidentifier {
 public:
  explicit Deidentifier(DeidentificationOptions options = {});

  // The identity an export writes (and prints in the PDF) once de-identified: names replaced,
  // dates, accession number, referring physician, descriptions and institution emptied, UIDs
  // replaced through this Deidentifier's map.
  VolumeMetadata metadata(const VolumeMetadata& source);

  // De-identifies a whole DICOM object in place, nested sequences included: removes (X) or
  // empties (Z) identifying attributes, replaces names, type 1 dates (D) and instance UIDs (U),
  // drops private tags, and records Patient Identity Removed and the method used.
  void apply(DicomObject& object);

  // The replacement for an instance UID (the same input always gives the same output here).
  std::string replace_uid(const std::string& uid);

 private:
  void apply_to_item(DcmItem& item);

  DeidentificationOptions options_;
  std::map<std::string, std::string> uid_map_;
};

}  // namespace ctlite::core
