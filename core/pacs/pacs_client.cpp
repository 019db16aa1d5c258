#include "core/pacs/pacs_client.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <set>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scu.h>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/pacs/move_receiver.h"
#include "core/pacs/retrieved_instance_folder.h"

namespace ctlite::core {

namespace {

OFList<OFString> uncompressed_syntaxes() {
  OFList<OFString> syntaxes;
  syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
  syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
  return syntaxes;
}

std::string hex_status(Uint16 status) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "%04X", status);
  return std::string("0x") + hex;
}

template <typename Responses>
void delete_responses(Responses& responses) {
  for (auto* response : responses) delete response;
  responses.clear();
}

std::string text_of(DcmItem& item, const DcmTagKey& tag) {
  OFString value;
  item.findAndGetOFString(tag, value);
  return value.c_str();
}

// One association with the peer, released (or aborted) when it goes out of scope.
class Association {
 public:
  Association(DcmSCU& scu, const DicomNode& peer, const PacsOptions& options)
      : scu_(scu), peer_(peer) {
    scu.setAETitle(options.calling_ae_title.c_str());
    scu.setPeerHostName(peer.host.c_str());
    scu.setPeerPort(static_cast<Uint16>(peer.port));
    scu.setPeerAETitle(peer.ae_title.c_str());
    scu.setConnectionTimeout(options.timeout_seconds);
    scu.setACSETimeout(static_cast<Uint32>(options.timeout_seconds));
    scu.setDIMSETimeout(static_cast<Uint32>(options.timeout_seconds));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  }
  ~Association() {
    if (scu_.isConnected()) scu_.releaseAssociation();
  }
  Association(const Association&) = delete;
  Association& operator=(const Association&) = delete;

  void open() {
    check(scu_.initNetwork(), "cannot initialise the network");
    check(scu_.negotiateAssociation(), "association refused or peer unreachable");
  }

  T_ASC_PresentationContextID context(const char* sop_class, const std::string& what) const {
    const T_ASC_PresentationContextID id = scu_.findPresentationContextID(sop_class, "");
    if (id == 0) fail("the peer does not accept " + what);
    return id;
  }

  void check(const OFCondition& status, const std::string& what) const {
    if (status.bad()) fail(what + " (" + status.text() + ")");
  }
  [[noreturn]] void fail(const std::string& problem) const {
    throw PacsError(peer_.text() + ": " + problem);
  }

 private:
  DcmSCU& scu_;
  DicomNode peer_;
};

DcmTagKey tag_of_keyword(const std::string& keyword) {
  DcmTag tag;
  if (DcmTag::findTagFromName(keyword.c_str(), tag).bad())
    throw std::invalid_argument("unknown DICOM keyword '" + keyword + "' in a query");
  return tag;
}

std::vector<QueryMatch> run_find(DcmSCU& scu, const DicomNode& peer, const PacsOptions& options,
                                 const char* level, const std::vector<std::string>& returned,
                                 const std::map<std::string, std::string>& filters) {
  scu.addPresentationContext(UID_FINDStudyRootQueryRetrieveInformationModel,
                             uncompressed_syntaxes());
  Association association(scu, peer, options);
  association.open();
  DcmDataset query;
  query.putAndInsertString(DCM_QueryRetrieveLevel, level);
  for (const auto& keyword : returned) query.insertEmptyElement(tag_of_keyword(keyword));
  for (const auto& [keyword, value] : filters)
    query.putAndInsertString(tag_of_keyword(keyword), value.c_str());

  OFList<QRResponse*> responses;
  const OFCondition status = scu.sendFINDRequest(
      association.context(UID_FINDStudyRootQueryRetrieveInformationModel, "Study Root C-FIND"),
      &query, &responses);
  std::vector<QueryMatch> matches;
  Uint16 final_status = 0;
  for (auto* response : responses) {
    final_status = response->m_status;
    if (!response->m_dataset) continue;
    QueryMatch match;
    for (const auto& keyword : returned)
      match[keyword] = text_of(*response->m_dataset, tag_of_keyword(keyword));
    matches.push_back(std::move(match));
  }
  delete_responses(responses);
  association.check(status, "C-FIND failed");
  if (final_status != STATUS_Success)
    association.fail("C-FIND ended with status " + hex_status(final_status));
  return matches;
}

// A retrieve session that writes each C-STORE sub-operation of a C-GET into a folder.
class RetrievingScu : public DcmSCU {
 public:
  RetrievingScu(std::string folder, std::size_t max_instances) : folder_(std::move(folder), max_instances) {}
  const RetrievedInstanceFolder& folder() const { return folder_; }

 protected:
  OFCondition handleSTORERequest(const T_ASC_PresentationContextID, DcmDataset* incoming,
                                 OFBool& continue_session, Uint16& store_status) override {
    store_status = folder_.keep(incoming);
    continue_session = folder_.full() && store_status != STATUS_Success ? OFFalse : OFTrue;
    return incoming ? EC_Normal : EC_IllegalParameter;
  }

 private:
  RetrievedInstanceFolder folder_;
};

DcmDataset retrieve_query(const std::string& study_instance_uid, const std::string& series_instance_uid) {
  DcmDataset query;
  query.putAndInsertString(DCM_QueryRetrieveLevel, series_instance_uid.empty() ? "STUDY" : "SERIES");
  query.putAndInsertString(DCM_StudyInstanceUID, study_instance_uid.c_str());
  if (!series_instance_uid.empty())
    query.putAndInsertString(DCM_SeriesInstanceUID, series_instance_uid.c_str());
  return query;
}

// Checks a finished retrieve (the final response, the instances kept) and commits the folder.
std::vector<std::string> finish_retrieve(const Association& association, const char* what, const OFCondition& status,
                                         OFList<RetrieveResponse*>& responses, const RetrievedInstanceFolder& folder,
                                         AtomicOutput& output, const std::string& study_instance_uid) {
  Uint16 final_status = 0xFFFF;
  Uint16 failed = 0;
  for (auto* response : responses) {
    final_status = response->m_status;
    failed = response->m_numberOfFailedSubops;
  }
  delete_responses(responses);
  const std::string name = what;
  association.check(status, name + " failed");
  if (!folder.error().empty()) association.fail(name + ": cannot keep " + folder.error());
  if (final_status != STATUS_Success || failed != 0)
    association.fail(name + " ended with status " + hex_status(final_status) + ", " + std::to_string(failed) +
                     " failed sub-operations");
  if (folder.written().empty()) association.fail(name + ": no instance matches " + study_instance_uid);
  output.commit();
  std::vector<std::string> files;
  for (const auto& file : folder.written()) files.push_back(output.destination() + "/" + file);
  return files;
}

}  // namespace

PacsClient::PacsClient(DicomNode peer, PacsOptions options)
    : peer_(std::move(peer)), options_(std::move(options)) {}

void PacsClient::echo() const {
  DcmSCU scu;
  scu.addPresentationContext(UID_VerificationSOPClass, uncompressed_syntaxes());
  Association association(scu, peer_, options_);
  association.open();
  association.check(scu.sendECHORequest(association.context(UID_VerificationSOPClass, "C-ECHO")),
                    "C-ECHO failed");
}

std::size_t PacsClient::store(const std::vector<std::string>& files) const {
  struct Outgoing {
    std::string path;
    std::string sop_class;
  };
  std::vector<Outgoing> outgoing;
  std::map<std::string, std::string> syntax_of_class;
  for (const auto& path : files) {
    DcmFileFormat file;
    // Headers only: the pixel data is streamed from the file when it is sent.
    const OFCondition loaded = file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 4096);
    if (loaded.bad()) throw InputError(path, std::string("not a DICOM file (") + loaded.text() + ")");
    const std::string sop_class = text_of(*file.getDataset(), DCM_SOPClassUID);
    if (sop_class.empty()) throw InputError(path, "no SOP Class UID");
    outgoing.push_back({path, sop_class});
    syntax_of_class.emplace(sop_class, DcmXfer(file.getDataset()->getOriginalXfer()).getXferID());
  }
  // Presentation context IDs are odd numbers 1..255.
  if (syntax_of_class.size() > 128)
    throw PacsError(peer_.text() + ": more than 128 SOP classes in one send");

  DcmSCU scu;
  scu.setDatasetConversionMode(OFTrue);
  for (const auto& [sop_class, syntax] : syntax_of_class) {
    OFList<OFString> syntaxes = uncompressed_syntaxes();
    if (std::find(syntaxes.begin(), syntaxes.end(), OFString(syntax.c_str())) == syntaxes.end())
      syntaxes.push_front(syntax.c_str());  // compressed images travel as they are stored
    scu.addPresentationContext(sop_class.c_str(), syntaxes);
  }
  Association association(scu, peer_, options_);
  association.open();
  std::size_t stored = 0;
  for (const auto& item : outgoing) {
    Uint16 status = 0;
    association.check(
        scu.sendSTORERequest(association.context(item.sop_class.c_str(),
                                                 "SOP class " + item.sop_class + " of " + item.path),
                             item.path.c_str(), nullptr, status),
        "C-STORE of " + item.path + " failed");
    // 0xB000, 0xB006, 0xB007: stored with a warning (coercion, elements discarded).
    if (status != STATUS_Success && (status & 0xF000) != 0xB000)
      association.fail("refused " + item.path + " (C-STORE status " + hex_status(status) + ")");
    ++stored;
  }
  return stored;
}

std::vector<QueryMatch> PacsClient::find_studies(
    const std::map<std::string, std::string>& filters) const {
  DcmSCU scu;
  return run_find(scu, peer_, options_, "STUDY",
                  {"StudyInstanceUID", "PatientName", "PatientID", "StudyDate", "StudyTime",
                   "AccessionNumber", "StudyDescription", "ModalitiesInStudy",
                   "NumberOfStudyRelatedInstances"},
                  filters);
}

std::vector<QueryMatch> PacsClient::find_series(const std::string& study_instance_uid) const {
  DcmSCU scu;
  return run_find(scu, peer_, options_, "SERIES",
                  {"SeriesInstanceUID", "Modality", "SeriesNumber", "SeriesDescription",
                   "NumberOfSeriesRelatedInstances"},
                  {{"StudyInstanceUID", study_instance_uid}});
}

std::vector<std::string> PacsClient::get(const std::string& study_instance_uid,
                                         const std::string& series_instance_uid,
                                         const std::string& destination) const {
  AtomicOutput output = AtomicOutput::new_folder(destination);
  RetrievingScu scu(output.temp_path(), options_.max_retrieved_instances);
  scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel,
                             uncompressed_syntaxes());
  // C-GET sends the objects back on this association: we accept them as storage SCP.
  // DCMTK's short list (it must leave room in the 128 contexts) lacks our own export classes.
  std::set<std::string> classes(dcmShortSCUStorageSOPClassUIDs,
                                dcmShortSCUStorageSOPClassUIDs + numberOfDcmShortSCUStorageSOPClassUIDs);
  classes.insert({UID_Comprehensive3DSRStorage, UID_EncapsulatedPDFStorage});
  for (const auto& sop_class : classes)
    scu.addPresentationContext(sop_class.c_str(), uncompressed_syntaxes(), ASC_SC_ROLE_SCP);
  Association association(scu, peer_, options_);
  association.open();
  DcmDataset query = retrieve_query(study_instance_uid, series_instance_uid);
  OFList<RetrieveResponse*> responses;
  const OFCondition status = scu.sendCGETRequest(
      association.context(UID_GETStudyRootQueryRetrieveInformationModel, "Study Root C-GET"),
      &query, &responses);
  return finish_retrieve(association, "C-GET", status, responses, scu.folder(), output, study_instance_uid);
}

std::vector<std::string> PacsClient::move(const std::string& study_instance_uid,
                                          const std::string& series_instance_uid,
                                          const std::string& destination) const {
  if (options_.move_port < 1 || options_.move_port > 65535)
    throw std::invalid_argument("C-MOVE needs the port we listen on (1..65535)");
  AtomicOutput output = AtomicOutput::new_folder(destination);
  RetrievedInstanceFolder folder(output.temp_path(), options_.max_retrieved_instances);
  DcmSCU scu;
  scu.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel, uncompressed_syntaxes());
  Association association(scu, peer_, options_);
  std::unique_ptr<MoveReceiver> receiver;
  try {
    receiver = std::make_unique<MoveReceiver>(options_.calling_ae_title, options_.move_port, folder,
                                              options_.timeout_seconds);
  } catch (const std::runtime_error& e) {
    association.fail(e.what());
  }
  association.open();
  DcmDataset query = retrieve_query(study_instance_uid, series_instance_uid);
  OFList<RetrieveResponse*> responses;
  // The PACS sends every sub-operation before its final response, so the receiver has seen
  // them all once sendMOVERequest returns.
  const OFCondition status = scu.sendMOVERequest(
      association.context(UID_MOVEStudyRootQueryRetrieveInformationModel, "Study Root C-MOVE"),
      options_.calling_ae_title.c_str(), &query, &responses);
  receiver->stop();
  return finish_retrieve(association, "C-MOVE", status, responses, folder, output, study_instance_uid);
}

}  // namespace ctlite::core
