#include "widgets/export/findings_export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ctlite::widgets {

FindingsExportDialog::FindingsExportDialog(FindingsExportModel* model, QWidget* parent)
    : QDialog(parent),
      model_(model),
      folder_(new QLineEdit(this)),
      base_name_(new QLineEdit(this)),
      pdf_(new QCheckBox(tr("PDF report (key images with and without the PCA overlay)"), this)),
      sr_(new QCheckBox(tr("DICOM SR (TID 1500 measurement report)"), this)),
      pdf_dicom_(new QCheckBox(tr("DICOM encapsulated PDF"), this)),
      anonymize_(new QCheckBox(tr("De-identify (PS3.15 basic profile)"), this)),
      pseudonym_(new QLineEdit(this)),
      pacs_node_(new QComboBox(this)),
      planned_(new QLabel(this)),
      problem_(new QLabel(this)),
      export_(nullptr) {
  setWindowTitle(tr("Export findings"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* folder_row = new QHBoxLayout;
  folder_row->addWidget(folder_, 1);
  folder_row->addWidget(browse);
  auto* nodes = new QPushButton(tr("Nodes…"), this);
  auto* node_row = new QHBoxLayout;
  node_row->addWidget(pacs_node_, 1);
  node_row->addWidget(nodes);

  auto* outputs = new QGroupBox(tr("Outputs"), this);
  auto* outputs_layout = new QVBoxLayout(outputs);
  for (QCheckBox* box : {pdf_, sr_, pdf_dicom_}) outputs_layout->addWidget(box);

  auto* form = new QFormLayout;
  form->addRow(tr("Folder"), folder_row);
  form->addRow(tr("File name"), base_name_);
  form->addRow(outputs);
  form->addRow(anonymize_);
  form->addRow(tr("Pseudonym"), pseudonym_);
  form->addRow(tr("Send to PACS"), node_row);
  planned_->setWordWrap(true);
  planned_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #e06c60;"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(planned_);
  layout->addWidget(problem_);
  layout->addWidget(buttons);

  connect(browse, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), folder_->text());
    if (!folder.isEmpty()) folder_->setText(folder);
  });
  connect(nodes, &QPushButton::clicked, this, &FindingsExportDialog::manageNodesRequested);
  for (QLineEdit* edit : {folder_, base_name_, pseudonym_}) connect(edit, &QLineEdit::textChanged, this, &FindingsExportDialog::validate);
  for (QCheckBox* box : {pdf_, sr_, pdf_dicom_, anonymize_}) connect(box, &QCheckBox::toggled, this, &FindingsExportDialog::validate);
  connect(pacs_node_, &QComboBox::currentIndexChanged, this, &FindingsExportDialog::validate);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    model_->setOptions(options());
    if (model_->blockingReason().isEmpty()) accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  refreshNodes();
  setOptions(model_->options());
}

FindingsExportOptions FindingsExportDialog::options() const {
  FindingsExportOptions options;
  options.folder = folder_->text().trimmed();
  options.base_name = base_name_->text().trimmed();
  options.pdf = pdf_->isChecked();
  options.sr = sr_->isChecked();
  options.pdf_dicom = pdf_dicom_->isChecked();
  options.anonymize = anonymize_->isChecked();
  options.pseudonym = pseudonym_->text().trimmed();
  options.pacs_node = pacs_node_->currentData().toString();
  return options;
}

void FindingsExportDialog::setOptions(const FindingsExportOptions& options) {
  folder_->setText(options.folder);
  base_name_->setText(options.base_name);
  pdf_->setChecked(options.pdf);
  sr_->setChecked(options.sr);
  pdf_dicom_->setChecked(options.pdf_dicom);
  anonymize_->setChecked(options.anonymize);
  pseudonym_->setText(options.pseudonym);
  const int node = pacs_node_->findData(options.pacs_node);
  pacs_node_->setCurrentIndex(node < 0 ? 0 : node);
  validate();
}

QString FindingsExportDialog::problem() const { return problem_->text(); }

void FindingsExportDialog::refreshNodes() {
  const QString current = pacs_node_->currentData().toString();
  pacs_node_->clear();
  pacs_node_->addItem(tr("Do not send"), QString());
  for (const auto& node : model_->pacsNodes().nodes())
    pacs_node_->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(node.name),
                                                      QString::fromStdString(node.peer.text())),
                        QString::fromStdString(node.name));
  const int index = pacs_node_->findData(current);
  pacs_node_->setCurrentIndex(index < 0 ? 0 : index);
}

void FindingsExportDialog::validate() {
  pseudonym_->setEnabled(anonymize_->isChecked());
  // The model owns the rules; it is told the choice only for checking until Export is pressed.
  const FindingsExportOptions kept = model_->options();
  model_->setOptions(options());
  const QString reason = model_->blockingReason();
  const QStringList files = model_->plannedFiles();
  model_->setOptions(kept);
  problem_->setText(reason);
  QStringList names;
  for (const QString& file : files) names << QDir::toNativeSeparators(file);
  planned_->setText(reason.isEmpty() ? tr("Writes: %1").arg(names.join(QStringLiteral(", "))) : QString());
  if (export_) export_->setEnabled(reason.isEmpty());
}

}  // namespace ctlite::widgets
