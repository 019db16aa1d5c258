#pragma once
// The storage SCP a C-MOVE needs: the PACS opens its own association back to our AE title at a
// host and port it was configured with, and sends the instances there. Listens on one port from
// construction, accepts on a background thread, and writes what arrives into a
// RetrievedInstanceFolder; stop() ends the thread within the poll interval.

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "core/pacs/retrieved_instance_folder.h"

namespace ctlite::core {

class MoveReceiver {
 public:
  // Binds `port` now (a std::runtime_error naming the port when it cannot), as `ae_title`;
  // accepts the storage SOP classes C-GET accepts (DCMTK's short list and our SR and
  // encapsulated PDF), uncompressed.
  MoveReceiver(const std::string& ae_title, int port, RetrievedInstanceFolder& folder, int timeout_seconds);
  ~MoveReceiver();
  MoveReceiver(const MoveReceiver&) = delete;
  MoveReceiver& operator=(const MoveReceiver&) = delete;

  // Finishes the association in progress, then joins the thread.
  void stop();

 private:
  class Scp;
  std::unique_ptr<Scp> scp_;
  std::thread thread_;
};

}  // namespace ctlite::core
