#pragma once
// Everything the fine-tuning wizard asks, as one plain value: the pages bind to it, the
// validation and the `ctlite train` argument lists are computed from it (fine_tune_plan.h).
// Defaults are the engine's and the paper's: rank 4, lr 1e-4 with μP (eq. 19), FAST on single
// volumes accumulated 4 at a time, SigLIP batches of 4 for SFP.

#include <QString>

namespace ctlite::widgets {

enum class TeacherKind {
  BundledDemo,       // models/ctlite-demo (or the installed copy)
  CtClipCheckpoint,  // a CT-ViT / CT-CLIP weights file (.pt, .safetensors) + its CT-ViT config
  PreviousBundle,    // a CT-Lite bundle folder or an earlier `ctlite train` output
};

enum class TrainingStages { Fast, Sfp, FastThenSfp };

// The three layouts of core/dataset/training_dataset.h; the engine detects which one a path
// holds, the wizard asks so it can pick the right file dialog and say when the path holds another.
enum class DataSource {
  CtRateFolder,  // a CT-RATE-style folder
  ReportsCsv,    // volumes in any format + a reports CSV
  PairedSeries,  // the same CSV with each case's already-compressed JPEG stack
};

struct FineTuneSettings {
  DataSource data_source = DataSource::CtRateFolder;
  QString data_folder;  // the folder, or the reports CSV (--data)
  // Set from the data validation: without usable validation volumes SFP skips its threshold
  // calibration (--calibration-split none) and nothing is evaluated.
  bool has_validation_split = true;

  TeacherKind teacher_kind = TeacherKind::BundledDemo;
  QString teacher_path;          // bundle folder, training output or weights file
  QString ctvit_config;          // --config for a weights file (empty: CT-CLIP's)
  QString student_path;          // SFP alone: an earlier `ctlite train fast` output
  TrainingStages stages = TrainingStages::FastThenSfp;

  int rank = 4;                  // SFP --rank
  double learning_rate = 1e-4;   // --lr (lr_base of eq. 19)
  bool mup = true;
  int fast_steps = 1000;         // optimizer updates per stage
  int sfp_steps = 1000;
  int fast_batch_size = 1;
  int fast_accumulation = 4;
  int sfp_batch_size = 4;        // SigLIP needs >= 2 (in-batch negatives)
  int sfp_accumulation = 1;
  int slices = 240;              // network input slices (a multiple of the temporal patch)
  QString device = QStringLiteral("cpu");
  int processes = 1;             // --nproc (data parallel)
  int checkpoint_every = 50;
  double prompt_fraction = 0.0;  // CT-CLIP's VocabFine share of zero-shot prompts
  int seed = 0;

  bool runsFast() const { return stages != TrainingStages::Sfp; }
  bool runsSfp() const { return stages != TrainingStages::Fast; }
};

}  // namespace ctlite::widgets
