#pragma once
// DICOM networking with one PACS node through DCMTK's DcmSCU: verification (C-ECHO), sending
// objects (C-STORE), study and series queries (C-FIND, Study Root) and retrieval: C-GET (no
// inbound port, no configuration at the PACS) or C-MOVE (what most PACS support; the PACS must
// know our AE title with our host and the port we listen on).
// Each call opens one association and releases it.

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/pacs/dicom_node.h"

namespace ctlite::core {

// A network or protocol failure; the message names the node and the problem.
class PacsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PacsOptions {
  std::string calling_ae_title = "CTLITE";
  int timeout_seconds = 30;  // connect, association and each message
  // C-GET: a study larger than this many instances is refused rather than filling the disk.
  std::size_t max_retrieved_instances = 10000;
  // C-MOVE: the port our storage SCP listens on while the PACS sends (0: choose none, move()
  // refuses). The move destination is calling_ae_title.
  int move_port = 0;
};

// One C-FIND answer: DICOM keyword -> value (e.g. "StudyInstanceUID" -> "1.2...").
using QueryMatch = std::map<std::string, std::string>;

class PacsClient {
 public:
  explicit PacsClient(DicomNode peer, PacsOptions options = {});

  // PacsError unless the peer answers a C-ECHO with success.
  void echo() const;

  // Sends every file (DICOM Part 10); returns how many the peer stored. PacsError naming the
  // first file the peer refused; InputError for a file that is not DICOM.
  std::size_t store(const std::vector<std::string>& files) const;

  // Study-level C-FIND. `filters` restricts by keyword (PatientID, PatientName, StudyDate,
  // AccessionNumber, StudyInstanceUID; wildcards as the PACS allows).
  std::vector<QueryMatch> find_studies(const std::map<std::string, std::string>& filters) const;
  // Series-level C-FIND inside one study.
  std::vector<QueryMatch> find_series(const std::string& study_instance_uid) const;

  // C-GET of a study (or one of its series when `series_instance_uid` is set) into the new
  // folder `destination` (atomically: complete or absent). Returns the files written.
  std::vector<std::string> get(const std::string& study_instance_uid,
                               const std::string& series_instance_uid,
                               const std::string& destination) const;
  // The same through C-MOVE to ourselves (options.calling_ae_title on options.move_port).
  std::vector<std::string> move(const std::string& study_instance_uid,
                                const std::string& series_instance_uid,
                                const std::string& destination) const;

 private:
  DicomNode peer_;
  PacsOptions options_;
};

}  // namespace ctlite::core
