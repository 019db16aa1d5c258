#include "widgets/wizard/fine_tune_launcher.h"

#include <QFileInfo>
#include <QMessageBox>
#include <optional>

#include "core/common/errors.h"
#include "core/evaluation/evaluation_report.h"
#include "widgets/models/model_library_model.h"
#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_wizard.h"
#include "widgets/wizard/teacher_facts.h"
#include "widgets/wizard/training_job.h"
#include "widgets/wizard/training_jobs_dialog.h"
#include "widgets/workstation/ctlite_run_controller.h"

namespace ctlite::widgets {
namespace {

void use_model(QWidget* parent, ModelLibraryModel* library, const QString& job_folder) {
  const UseModelOutcome outcome = use_job_model(library, job_folder);
  if (!outcome.error.isEmpty()) {
    QMessageBox::warning(parent, QObject::tr("Use this model"), outcome.error);
    return;
  }
  QMessageBox::information(parent, QObject::tr("Model registered"),
                           QObject::tr("The fine-tuned model is in the model library and Run CT-Lite now uses it."));
}

}  // namespace

UseModelOutcome use_job_model(ModelLibraryModel* library, const QString& job_folder) {
  QString error;
  const auto job = read_job(job_folder, &error);
  if (!job) return {{}, error};
  const QString bundle = job_bundle_folder(*job);
  if (bundle.isEmpty()) return {{}, QObject::tr("%1: the job has no finished bundle").arg(job_folder)};
  try {
    std::optional<core::EvaluationReport> report;
    if (QFileInfo(job->evaluationPath()).isFile()) report = core::read_evaluation_report(job->evaluationPath().toStdString());
    const ModelEntry entry = library->registerBundle(bundle, job_lineage(*job), report ? &*report : nullptr);
    library->setActiveModel(entry.id);
    return {entry.id, {}};
  } catch (const core::InputError& e) {
    return {{}, QString::fromStdString(e.what())};
  } catch (const core::OutputError& e) {
    return {{}, QString::fromStdString(e.what())};
  }
}

FineTuneWizard* open_fine_tune_wizard(QWidget* parent, CtliteRunController* run, ModelLibraryModel* library,
                                      const QString& jobs_folder) {
  auto* wizard = new FineTuneWizard(run->engine()->program(), bundled_demo_model(run->modelsFolder()),
                                    run->gpuAvailable(), jobs_folder.isEmpty() ? default_jobs_folder() : jobs_folder,
                                    parent);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  wizard->model()->setBaselineModel(run->modelPath());
  QObject::connect(wizard, &FineTuneWizard::useModelRequested, wizard,
                   [wizard, library](const QString& job) { use_model(wizard, library, job); });
  wizard->show();
  return wizard;
}

TrainingJobsDialog* open_training_jobs(QWidget* parent, ModelLibraryModel* library, const QString& jobs_folder) {
  auto* dialog = new TrainingJobsDialog(jobs_folder.isEmpty() ? default_jobs_folder() : jobs_folder, parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  QObject::connect(dialog, &TrainingJobsDialog::useModelRequested, dialog,
                   [dialog, library](const QString& job) { use_model(dialog, library, job); });
  dialog->show();
  return dialog;
}

}  // namespace ctlite::widgets
