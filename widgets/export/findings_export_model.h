#pragma once
// "Export findings…" without LibTorch: the viewer writes the engine's score result to a file and
// runs `ctlite export` (the same path as on the command line: PDF, DICOM SR, encapsulated PDF,
// optionally de-identified), then optionally `ctlite pacs store` of the DICOM objects to a saved
// node. No widgets: the dialog binds to it, tests drive it directly.

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

#include "core/pacs/pacs_node_list.h"

namespace ctlite::widgets {

struct FindingsExportInput {
  QString source_path;  // the CT that was scored (what the engine read)
  QString series_uid;
  QJsonObject findings;  // the engine's score result
  QString overlay_path;  // the engine's PCA map; empty when there is none
};

struct FindingsExportOptions {
  QString folder;
  QString base_name = QStringLiteral("ctlite-findings");
  bool pdf = true;
  bool sr = true;
  bool pdf_dicom = true;
  bool anonymize = false;
  QString pseudonym = QStringLiteral("ANONYMOUS");
  QString pacs_node;  // saved node receiving the DICOM objects after the export; empty: none
};

class FindingsExportModel : public QObject {
  Q_OBJECT

 public:
  explicit FindingsExportModel(QObject* parent = nullptr);
  ~FindingsExportModel() override;

  // The `ctlite` program (default: default_engine_program()).
  void setProgram(const QString& program) { program_ = program; }
  QString program() const { return program_; }

  void setInput(const FindingsExportInput& input) { input_ = input; }
  void clearInput() { input_ = {}; }
  bool hasInput() const { return !input_.findings.isEmpty() && !input_.source_path.isEmpty(); }

  const FindingsExportOptions& options() const { return options_; }
  void setOptions(const FindingsExportOptions& options) { options_ = options; }
  void setPacsNodes(const core::PacsNodeList& nodes) { nodes_ = nodes; }
  const core::PacsNodeList& pacsNodes() const { return nodes_; }

  // Why the export cannot start (empty when it can).
  QString blockingReason() const;
  // The files the export will write, in the order PDF, SR, encapsulated PDF.
  QStringList plannedFiles() const;
  // `ctlite` arguments of the export, reading the findings from `findings_path`.
  QStringList exportArguments(const QString& findings_path) const;
  static QStringList storeArguments(const core::SavedPacsNode& node, const QStringList& files);

  bool isBusy() const { return process_ != nullptr; }
  // Starts the export (then the PACS send when options().pacs_node is set); false and
  // failed() when it cannot start.
  bool start();
  // Sends `files` (DICOM objects) to the saved node `node_name`.
  bool sendToPacs(const QString& node_name, const QStringList& files);
  // The DICOM objects of the last successful export (what "Send to PACS" sends).
  const QStringList& lastDicomFiles() const { return last_dicom_files_; }

 signals:
  void exported(const QStringList& files);
  void sent(const QString& node_name, int file_count);
  void failed(const QString& message);
  void busyChanged(bool busy);

 private:
  bool launch(const QStringList& arguments, const QString& what);
  void onFinished(int exit_code, QProcess::ExitStatus status);

  QString program_;
  FindingsExportInput input_;
  FindingsExportOptions options_;
  core::PacsNodeList nodes_;
  QProcess* process_ = nullptr;
  QString running_;  // "export" or "store"
  QString sending_to_;
  int sending_count_ = 0;
  std::unique_ptr<QTemporaryDir> scratch_;
  QStringList last_dicom_files_;
};

}  // namespace ctlite::widgets
