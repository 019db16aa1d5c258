#pragma once
// Opens the fine-tuning wizard and the training jobs dialog for the main window, with what the
// window knows: the engine program, the models folder (the bundled demo model is the default
// teacher), whether the engine reported CUDA, the current model (the evaluation's baseline).
// "Use this model" registers the job's bundle in the model library with its lineage and
// evaluation, and makes it the active model. Keeps workstation_window.cpp to two actions.

#include <QString>

class QWidget;

namespace ctlite::widgets {

class CtliteRunController;
class FineTuneWizard;
class ModelLibraryModel;
class TrainingJobsDialog;

// Non-modal, deleted on close. `jobs_folder` empty: default_jobs_folder().
FineTuneWizard* open_fine_tune_wizard(QWidget* parent, CtliteRunController* run, ModelLibraryModel* library,
                                      const QString& jobs_folder = {});
TrainingJobsDialog* open_training_jobs(QWidget* parent, ModelLibraryModel* library, const QString& jobs_folder = {});

// Registers the bundle of the job in `job_folder` (with its evaluation when there is one) and
// makes it the active model; the new entry's id, or an error message naming the file.
struct UseModelOutcome {
  QString id;
  QString error;
};
UseModelOutcome use_job_model(ModelLibraryModel* library, const QString& job_folder);

}  // namespace ctlite::widgets
