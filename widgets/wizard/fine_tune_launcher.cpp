#include "widgets/wizard/fine_tune_launcher.h"

#include <QMessageBox>

#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_wizard.h"
#include "widgets/wizard/teacher_facts.h"
#include "widgets/wizard/training_job.h"
#include "widgets/wizard/training_jobs_dialog.h"
#include "widgets/workstation/ctlite_run_controller.h"

namespace ctlite::widgets {
namespace {

void use_model(QWidget* parent, CtliteRunController* run, const QString& bundle) {
  run->setModelPath(bundle);
  QMessageBox::information(parent, QObject::tr("Model selected"),
                           QObject::tr("Run CT-Lite now scores with the fine-tuned bundle %1.").arg(bundle));
}

}  // namespace

FineTuneWizard* open_fine_tune_wizard(QWidget* parent, CtliteRunController* run, const QString& jobs_folder) {
  auto* wizard = new FineTuneWizard(run->engine()->program(), bundled_demo_model(run->modelsFolder()),
                                    run->gpuAvailable(), jobs_folder.isEmpty() ? default_jobs_folder() : jobs_folder,
                                    parent);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  wizard->model()->setBaselineModel(run->modelPath());
  QObject::connect(wizard, &FineTuneWizard::useModelRequested, wizard,
                   [wizard, run](const QString& bundle) { use_model(wizard, run, bundle); });
  wizard->show();
  return wizard;
}

TrainingJobsDialog* open_training_jobs(QWidget* parent, CtliteRunController* run, const QString& jobs_folder) {
  auto* dialog = new TrainingJobsDialog(jobs_folder.isEmpty() ? default_jobs_folder() : jobs_folder, parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  QObject::connect(dialog, &TrainingJobsDialog::useModelRequested, dialog,
                   [dialog, run](const QString& bundle) { use_model(dialog, run, bundle); });
  dialog->show();
  return dialog;
}

}  // namespace ctlite::widgets
