#include "widgets/export/findings_export_actions.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

#include "widgets/export/findings_export_dialog.h"
#include "widgets/export/findings_export_model.h"
#include "widgets/export/pacs_node_settings.h"
#include "widgets/export/pacs_nodes_dialog.h"
#include "widgets/models/findings_model.h"
#include "widgets/workstation/ctlite_run_controller.h"

namespace ctlite::widgets {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");
}

FindingsExportActions::FindingsExportActions(CtliteRunController* run, FindingsModel* findings, QSettings* settings,
                                             QWidget* window)
    : QObject(window),
      run_(run),
      findings_(findings),
      settings_(settings),
      window_(window),
      model_(new FindingsExportModel(this)),
      export_(new QAction(tr("&Export findings…"), this)),
      send_(new QAction(tr("&Send export to PACS…"), this)),
      nodes_(new QAction(tr("PACS &nodes…"), this)) {
  model_->setPacsNodes(load_pacs_nodes(*settings_));
  FindingsExportOptions options;
  options.folder = settings_->value(kFolderKey, QDir::homePath()).toString();
  model_->setOptions(options);
  export_->setObjectName(QStringLiteral("export-findings"));
  export_->setToolTip(tr("Write the findings as PDF, DICOM SR and encapsulated PDF (ctlite export)"));
  connect(export_, &QAction::triggered, this, &FindingsExportActions::exportFindings);
  connect(send_, &QAction::triggered, this, &FindingsExportActions::sendLastExport);
  connect(nodes_, &QAction::triggered, this, &FindingsExportActions::manageNodes);
  connect(findings_, &FindingsModel::findingsChanged, this, &FindingsExportActions::updateInput);
  connect(model_, &FindingsExportModel::busyChanged, this, &FindingsExportActions::updateEnabled);
  connect(model_, &FindingsExportModel::exported, this, [this](const QStringList& files) {
    settings_->setValue(kFolderKey, model_->options().folder);
    emit statusMessage(tr("Exported %1").arg(files.join(QStringLiteral(", "))));
    updateEnabled();
  });
  connect(model_, &FindingsExportModel::sent, this, [this](const QString& node, int count) {
    emit statusMessage(tr("Sent %1 DICOM object(s) to %2").arg(count).arg(node));
  });
  connect(model_, &FindingsExportModel::failed, this, [this](const QString& message) {
    emit statusMessage(message);
    QMessageBox::warning(window_, tr("Export findings"), message);
  });
  updateInput();
}

QList<QAction*> FindingsExportActions::actions() const { return {export_, send_, nodes_}; }

void FindingsExportActions::updateInput() {
  const auto& result = findings_->result();
  if (result)
    model_->setInput({run_->sourcePath(), run_->sourceSeriesUid(), result->json, result->pca_path});
  else
    model_->clearInput();
  updateEnabled();
}

void FindingsExportActions::updateEnabled() {
  export_->setEnabled(model_->hasInput() && !model_->isBusy());
  send_->setEnabled(!model_->lastDicomFiles().isEmpty() && !model_->isBusy());
}

void FindingsExportActions::exportFindings() {
  model_->setProgram(run_->engine()->program());  // --engine may have replaced it after start-up
  FindingsExportDialog dialog(model_, window_);
  connect(&dialog, &FindingsExportDialog::manageNodesRequested, this, [this, &dialog] {
    manageNodes();
    dialog.refreshNodes();
  });
  if (dialog.exec() == QDialog::Accepted) model_->start();
}

void FindingsExportActions::sendLastExport() {
  QStringList names;
  for (const auto& node : model_->pacsNodes().nodes()) names << QString::fromStdString(node.name);
  if (names.isEmpty()) {
    manageNodes();
    return;
  }
  bool chosen = false;
  const QString name = QInputDialog::getItem(window_, tr("Send to PACS"),
                                             tr("Send %1 to:").arg(model_->lastDicomFiles().join(QStringLiteral(", "))),
                                             names, 0, false, &chosen);
  model_->setProgram(run_->engine()->program());
  if (chosen) model_->sendToPacs(name, model_->lastDicomFiles());
}

void FindingsExportActions::manageNodes() {
  PacsNodesDialog dialog(model_->pacsNodes(), window_);
  connect(&dialog, &PacsNodesDialog::nodesChanged, this, [this](const core::PacsNodeList& nodes) {
    model_->setPacsNodes(nodes);
    save_pacs_nodes(*settings_, nodes);
  });
  dialog.exec();
}

}  // namespace ctlite::widgets
