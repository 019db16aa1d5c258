#include "widgets/wizard/training_jobs_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/wizard/training_job.h"
#include "widgets/wizard/training_job_controller.h"
#include "widgets/wizard/training_job_view.h"

namespace ctlite::widgets {

TrainingJobsDialog::TrainingJobsDialog(QString jobs_folder, QWidget* parent)
    : QDialog(parent), jobs_folder_(std::move(jobs_folder)), list_(new QListWidget(this)), view_(new TrainingJobView(this)) {
  setObjectName(QStringLiteral("training-jobs"));
  setWindowTitle(tr("Training jobs"));
  resize(1100, 640);
  list_->setObjectName(QStringLiteral("job-list"));
  auto* splitter = new QSplitter(this);
  auto* left = new QWidget(splitter);
  auto* left_layout = new QVBoxLayout(left);
  left_layout->setContentsMargins(0, 0, 0, 0);
  left_layout->addWidget(new QLabel(tr("Jobs in %1").arg(jobs_folder_), left));
  left_layout->addWidget(list_, 1);
  auto* refresh = new QPushButton(tr("Refresh"), left);
  left_layout->addWidget(refresh);
  splitter->addWidget(left);
  splitter->addWidget(view_);
  splitter->setStretchFactor(1, 3);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter, 1);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(refresh, &QPushButton::clicked, this, &TrainingJobsDialog::reload);
  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) openJob(list_->item(row)->data(Qt::UserRole).toString());
  });
  connect(view_, &TrainingJobView::useModelRequested, this, &TrainingJobsDialog::useModelRequested);
  reload();
}

void TrainingJobsDialog::reload() {
  const QSignalBlocker block(list_);
  list_->clear();
  for (const QString& folder : list_job_folders(jobs_folder_)) {
    QString error;
    const auto job = read_job(folder, &error);
    auto* item = new QListWidgetItem(job ? tr("%1 · %2 · %3").arg(QFileInfo(folder).fileName(), job->currentStep()->name,
                                                                  job_state_name(job->state))
                                         : error,
                                     list_);
    item->setData(Qt::UserRole, folder);
    if (!job) item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
  }
  if (list_->count() == 0) new QListWidgetItem(tr("No training job yet (AI ▸ Fine-tune…)"), list_);
}

bool TrainingJobsDialog::openJob(const QString& folder) {
  QString error;
  auto job = read_job(folder, &error);
  if (!job) {
    view_->setController(nullptr);
    return false;
  }
  view_->setController(nullptr);
  delete controller_;
  controller_ = new TrainingJobController(std::move(*job), this);
  view_->setController(controller_);
  controller_->start();
  return true;
}

}  // namespace ctlite::widgets
