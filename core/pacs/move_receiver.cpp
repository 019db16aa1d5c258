#include "core/pacs/move_receiver.h"

#include <set>
#include <stdexcept>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scp.h>

namespace ctlite::core {

class MoveReceiver::Scp : public DcmSCP {
 public:
  explicit Scp(RetrievedInstanceFolder& folder) : folder_(folder) {}
  std::atomic<bool> stopping{false};

 protected:
  OFCondition handleIncomingCommand(T_DIMSE_Message* message, const DcmPresentationContextInfo& context) override {
    if (message->CommandField != DIMSE_C_STORE_RQ) return DcmSCP::handleIncomingCommand(message, context);
    T_DIMSE_C_StoreRQ& request = message->msg.CStoreRQ;
    DcmDataset* dataset = nullptr;
    const OFCondition received = receiveSTORERequest(request, context.presentationContextID, dataset);
    const Uint16 status = received.good() ? folder_.keep(dataset) : STATUS_STORE_Error_CannotUnderstand;
    if (received.bad()) delete dataset;
    return sendSTOREResponse(context.presentationContextID, request, status);
  }
  // Non-blocking accept: every poll interval without a new association asks whether to stop.
  OFBool stopAfterConnectionTimeout() override { return stopping.load(); }
  OFBool stopAfterCurrentAssociation() override { return stopping.load(); }

 private:
  RetrievedInstanceFolder& folder_;
};

MoveReceiver::MoveReceiver(const std::string& ae_title, int port, RetrievedInstanceFolder& folder,
                           int timeout_seconds)
    : scp_(std::make_unique<Scp>(folder)) {
  DcmSCPConfig& config = scp_->getConfig();
  config.setAETitle(ae_title.c_str());
  config.setPort(static_cast<Uint16>(port));
  config.setConnectionBlockingMode(DUL_NOBLOCK);
  config.setConnectionTimeout(1);  // the stop poll interval, seconds
  config.setACSETimeout(static_cast<Uint32>(timeout_seconds));
  config.setDIMSETimeout(static_cast<Uint32>(timeout_seconds));
  config.setHostLookupEnabled(OFFalse);
  OFList<OFString> syntaxes;
  syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
  syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
  // An acceptor's list holds at most 128 contexts (DCMTK drops the rest silently: with the full
  // list, SR Storage sorted past the limit and Orthanc could not send our SR), so the short list
  // C-GET proposes, plus our own export classes.
  std::set<std::string> classes(dcmShortSCUStorageSOPClassUIDs,
                                dcmShortSCUStorageSOPClassUIDs + numberOfDcmShortSCUStorageSOPClassUIDs);
  classes.insert({UID_Comprehensive3DSRStorage, UID_EncapsulatedPDFStorage});
  for (const auto& sop_class : classes) config.addPresentationContext(sop_class.c_str(), syntaxes);
  // Bound before the C-MOVE is sent, so the PACS never connects to a port nobody listens on.
  const OFCondition listening = scp_->openListenPort();
  if (listening.bad())
    throw std::runtime_error("cannot listen on port " + std::to_string(port) + " for C-MOVE (" + listening.text() + ")");
  thread_ = std::thread([scp = scp_.get()] { scp->acceptAssociations(); });
}

MoveReceiver::~MoveReceiver() { stop(); }

void MoveReceiver::stop() {
  scp_->stopping = true;
  if (thread_.joinable()) thread_.join();
}

}  // namespace ctlite::core
