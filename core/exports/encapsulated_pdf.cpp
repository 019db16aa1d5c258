#include "core/exports/encapsulated_pdf.h"

#include <cstring>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include "core/common/errors.h"
#include "core/exports/dicom_uids.h"
#include "core/exports/source_identity.h"

namespace ctlite::core {

namespace {

void put(DcmDataset& dataset, const DcmTagKey& tag, const std::string& value) {
  const OFCondition status = dataset.putAndInsertString(tag, value.c_str());
  if (status.bad())
    throw std::logic_error(std::string("encapsulated PDF: cannot set ") +
                           DcmTag(tag).getTagName() + ": " + status.text());
}

}  // namespace

DicomObject make_encapsulated_pdf(const std::vector<std::uint8_t>& pdf,
                                  const std::string& pdf_source, const VolumeMetadata& identity,
                                  const EncapsulatedPdfOptions& options) {
  if (pdf.size() < 5 || std::memcmp(pdf.data(), "%PDF-", 5) != 0)
    throw InputError(pdf_source, "not a PDF file (no %PDF- signature)");
  if (pdf.size() > kMaxEncapsulatedPdfBytes)
    throw InputError(pdf_source, "PDF larger than " +
                                     std::to_string(kMaxEncapsulatedPdfBytes >> 20) + " MB");

  auto file = std::make_unique<DcmFileFormat>();
  DcmDataset& dataset = *file->getDataset();
  put_source_patient_and_study(identity, dataset);
  const DicomTimestamp now = dicom_now();

  put(dataset, DCM_SOPClassUID, UID_EncapsulatedPDFStorage);
  put(dataset, DCM_SOPInstanceUID, new_dicom_uid());
  // Encapsulated Document Series: modality DOC.
  put(dataset, DCM_Modality, "DOC");
  put(dataset, DCM_SeriesInstanceUID, new_dicom_uid());
  put(dataset, DCM_SeriesNumber, options.series_number);
  put(dataset, DCM_SeriesDescription, options.series_description);
  // General Equipment + SC Equipment: a workstation-synthesised document ("WSD").
  put(dataset, DCM_Manufacturer, "CT-Lite Workstation");
  put(dataset, DCM_ManufacturerModelName, "ctlite");
  if (!options.software_version.empty())
    put(dataset, DCM_SoftwareVersions, options.software_version);
  put(dataset, DCM_ConversionType, "WSD");
  // Encapsulated Document module.
  put(dataset, DCM_InstanceNumber, "1");
  put(dataset, DCM_ContentDate, now.date);
  put(dataset, DCM_ContentTime, now.time);
  put(dataset, DCM_AcquisitionDateTime, now.date + now.time);
  // The report prints patient identification on every page.
  put(dataset, DCM_BurnedInAnnotation, "YES");
  put(dataset, DCM_DocumentTitle, options.document_title);
  dataset.insertEmptyElement(DCM_ConceptNameCodeSequence);
  put(dataset, DCM_MIMETypeOfEncapsulatedDocument, "application/pdf");
  // OB values are padded to even length; PS3.3 C.24.2.1 keeps the true length beside them.
  put(dataset, DCM_EncapsulatedDocumentLength, std::to_string(pdf.size()));
  const OFCondition status = dataset.putAndInsertUint8Array(
      DCM_EncapsulatedDocument, pdf.data(), static_cast<unsigned long>(pdf.size()));
  if (status.bad())
    throw std::logic_error(std::string("encapsulated PDF: cannot store the document: ") +
                           status.text());
  return DicomObject(std::move(file));
}

}  // namespace ctlite::core
