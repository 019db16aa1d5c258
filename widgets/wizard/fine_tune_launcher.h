#pragma once
// Opens the fine-tuning wizard and the training jobs dialog for the main window, with what the
// window's run controller knows: the engine program, the models folder (the bundled demo model
// is the default teacher), whether the engine reported CUDA; "Use this model" makes the bundle
// the run controller's model. Keeps workstation_window.cpp to two actions.

#include <QString>

class QWidget;

namespace ctlite::widgets {

class CtliteRunController;
class FineTuneWizard;
class TrainingJobsDialog;

// Non-modal, deleted on close. `jobs_folder` empty: default_jobs_folder().
FineTuneWizard* open_fine_tune_wizard(QWidget* parent, CtliteRunController* run, const QString& jobs_folder = {});
TrainingJobsDialog* open_training_jobs(QWidget* parent, CtliteRunController* run, const QString& jobs_folder = {});

}  // namespace ctlite::widgets
