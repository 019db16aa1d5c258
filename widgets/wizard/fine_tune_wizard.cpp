#include "widgets/wizard/fine_tune_wizard.h"

#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_pages.h"
#include "widgets/wizard/training_job_view.h"

namespace ctlite::widgets {

FineTuneWizard::FineTuneWizard(const QString& engine, const QString& demo_model, bool cuda_available,
                               const QString& jobs_folder, QWidget* parent)
    : QWizard(parent), model_(std::make_unique<FineTuneModel>(engine, demo_model, cuda_available)) {
  setObjectName(QStringLiteral("fine-tune-wizard"));
  setWindowTitle(tr("Fine-tune CT-Lite"));
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoBackButtonOnLastPage);
  setOption(QWizard::NoCancelButtonOnLastPage);
  setMinimumSize(900, 680);
  data_ = new DataPage(model_.get(), this);
  teacher_ = new TeacherPage(model_.get(), this);
  hyperparameters_ = new HyperparameterPage(model_.get(), this);
  run_ = new RunPage(model_.get(), jobs_folder, this);
  setPage(kDataPage, data_);
  setPage(kTeacherPage, teacher_);
  setPage(kHyperparameterPage, hyperparameters_);
  setPage(kRunPage, run_);
  setButtonText(QWizard::FinishButton, tr("Close (training continues)"));
  connect(run_->jobView(), &TrainingJobView::useModelRequested, this, &FineTuneWizard::useModelRequested);
}

FineTuneWizard::~FineTuneWizard() = default;

TrainingJobView* FineTuneWizard::jobView() const { return run_->jobView(); }

}  // namespace ctlite::widgets
