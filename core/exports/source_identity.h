#pragma once
// The patient and study that a derived object (DICOM SR, encapsulated PDF) shares with the CT it
// reports on, so a PACS files it beside the images.

#include "core/volume/volume.h"

class DcmItem;

namespace ctlite::core {

// The source's identification, with a new Study Instance UID when the source has none (a NIfTI
// or JPEG stack): all objects of one export must receive the same result to share one study.
VolumeMetadata export_source_metadata(const Volume& volume);

// Patient (name, ID, birth date, sex) and General Study (UID, date, time, ID, accession number,
// referring physician, description) attributes from `source`; type 2 attributes are written
// empty when the source lacks them. Also Specific Character Set ISO_IR 192 (UTF-8 names).
void put_source_patient_and_study(const VolumeMetadata& source, DcmItem& dataset);

// Today's date (YYYYMMDD) and time (HHMMSS) in local time, for content and creation stamps.
struct DicomTimestamp {
  std::string date;
  std::string time;
};
DicomTimestamp dicom_now();

}  // namespace ctlite::core
