#include "widgets/export/findings_export_model.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "widgets/engine/engine_client.h"

namespace ctlite::widgets {

namespace {

QString last_line(const QByteArray& text) {
  const QList<QByteArray> lines = text.trimmed().split('\n');
  return lines.isEmpty() ? QString() : QString::fromUtf8(lines.back()).trimmed();
}

}  // namespace

FindingsExportModel::FindingsExportModel(QObject* parent)
    : QObject(parent), program_(default_engine_program()) {}

FindingsExportModel::~FindingsExportModel() {
  if (process_) {
    process_->disconnect(this);
    process_->kill();
    process_->waitForFinished(2000);
  }
}

QString FindingsExportModel::blockingReason() const {
  if (!hasInput()) return tr("Run CT-Lite first: there are no findings to export.");
  if (isBusy()) return tr("An export is already running.");
  if (!options_.pdf && !options_.sr && !options_.pdf_dicom)
    return tr("Choose at least one output: PDF, DICOM SR or encapsulated PDF.");
  if (options_.folder.isEmpty() || !QFileInfo(options_.folder).isDir())
    return tr("Choose an existing folder for the export.");
  const QString base = options_.base_name.trimmed();
  if (base.isEmpty() || base.contains(QLatin1Char('/')) || base.startsWith(QLatin1Char('.')))
    return tr("The file name must not be empty, start with a dot or contain '/'.");
  if (options_.anonymize && options_.pseudonym.trimmed().isEmpty())
    return tr("A de-identified export needs a pseudonym for the patient.");
  if (!options_.pacs_node.isEmpty()) {
    if (!nodes_.find(options_.pacs_node.toStdString()))
      return tr("No saved PACS node is named %1.").arg(options_.pacs_node);
    if (!options_.sr && !options_.pdf_dicom)
      return tr("Sending to a PACS needs a DICOM output (SR or encapsulated PDF).");
  }
  return {};
}

QStringList FindingsExportModel::plannedFiles() const {
  const QDir folder(options_.folder);
  const QString base = options_.base_name.trimmed();
  QStringList files;
  if (options_.pdf) files << folder.filePath(base + QStringLiteral(".pdf"));
  if (options_.sr) files << folder.filePath(base + QStringLiteral("-sr.dcm"));
  if (options_.pdf_dicom) files << folder.filePath(base + QStringLiteral("-pdf.dcm"));
  return files;
}

QStringList FindingsExportModel::exportArguments(const QString& findings_path) const {
  QStringList arguments{QStringLiteral("export"), input_.source_path, QStringLiteral("--findings"), findings_path};
  const QDir folder(options_.folder);
  const QString base = options_.base_name.trimmed();
  if (options_.pdf) arguments << QStringLiteral("--pdf") << folder.filePath(base + QStringLiteral(".pdf"));
  if (options_.sr) arguments << QStringLiteral("--sr") << folder.filePath(base + QStringLiteral("-sr.dcm"));
  if (options_.pdf_dicom)
    arguments << QStringLiteral("--pdf-dicom") << folder.filePath(base + QStringLiteral("-pdf.dcm"));
  // The overlay only matters to the PDF's key images (also inside the encapsulated PDF).
  if ((options_.pdf || options_.pdf_dicom) && !input_.overlay_path.isEmpty())
    arguments << QStringLiteral("--overlay") << input_.overlay_path;
  if (!input_.series_uid.isEmpty()) arguments << QStringLiteral("--series") << input_.series_uid;
  if (options_.anonymize)
    arguments << QStringLiteral("--anonymize") << QStringLiteral("--pseudonym") << options_.pseudonym.trimmed();
  return arguments;
}

QStringList FindingsExportModel::storeArguments(const core::SavedPacsNode& node, const QStringList& files) {
  return QStringList{QStringLiteral("pacs"), QStringLiteral("store"), QStringLiteral("--node"),
                     QString::fromStdString(node.peer.text()), QStringLiteral("--calling-ae"),
                     QString::fromStdString(node.calling_ae_title)} +
         files;
}

bool FindingsExportModel::start() {
  const QString reason = blockingReason();
  if (!reason.isEmpty()) {
    emit failed(reason);
    return false;
  }
  // The findings file is ours, private and temporary: never beside the input or the outputs.
  scratch_ = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ctlite-export-XXXXXX")));
  const QString findings_path = scratch_->filePath(QStringLiteral("findings.json"));
  QFile findings(findings_path);
  if (!scratch_->isValid() || !findings.open(QIODevice::WriteOnly) ||
      findings.write(QJsonDocument(input_.findings).toJson()) < 0 || !findings.flush()) {
    emit failed(tr("Could not write the findings to a temporary file: %1").arg(findings.errorString()));
    return false;
  }
  findings.close();
  last_dicom_files_.clear();
  return launch(exportArguments(findings_path), QStringLiteral("export"));
}

bool FindingsExportModel::sendToPacs(const QString& node_name, const QStringList& files) {
  const core::SavedPacsNode* node = nodes_.find(node_name.toStdString());
  if (!node) {
    emit failed(tr("No saved PACS node is named %1.").arg(node_name));
    return false;
  }
  if (files.isEmpty()) {
    emit failed(tr("Nothing to send: export a DICOM SR or encapsulated PDF first."));
    return false;
  }
  if (isBusy()) {
    emit failed(tr("An export is already running."));
    return false;
  }
  sending_to_ = node_name;
  sending_count_ = static_cast<int>(files.size());
  return launch(storeArguments(*node, files), QStringLiteral("store"));
}

bool FindingsExportModel::launch(const QStringList& arguments, const QString& what) {
  process_ = new QProcess(this);
  running_ = what;
  connect(process_, &QProcess::finished, this, &FindingsExportModel::onFinished);
  connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart) return;  // the others also end in finished()
    const QString message = tr("Could not start %1: %2").arg(program_, process_->errorString());
    process_->deleteLater();
    process_ = nullptr;
    emit busyChanged(false);
    emit failed(message);
  });
  emit busyChanged(true);
  process_->start(program_, arguments);
  return true;
}

void FindingsExportModel::onFinished(int exit_code, QProcess::ExitStatus status) {
  QProcess* process = process_;
  process_ = nullptr;
  process->deleteLater();
  const QString error = last_line(process->readAllStandardError());
  emit busyChanged(false);
  if (status != QProcess::NormalExit || exit_code != 0) {
    emit failed(error.isEmpty() ? tr("ctlite %1 failed (exit code %2)").arg(running_).arg(exit_code) : error);
    return;
  }
  if (running_ == QLatin1String("store")) {
    emit sent(sending_to_, sending_count_);
    return;
  }
  const QStringList files = plannedFiles();
  for (const QString& file : files)
    if (file.endsWith(QStringLiteral(".dcm"))) last_dicom_files_ << file;
  emit exported(files);
  if (!options_.pacs_node.isEmpty()) sendToPacs(options_.pacs_node, last_dicom_files_);
}

}  // namespace ctlite::widgets
