<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ctlite::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="22"/>
        <source>About CT-Lite Workstation</source>
        <translation>Über CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="28"/>
        <source>Research prototype. The bundled models were trained on synthetic phantoms. Not a medical device; not for clinical use.</source>
        <translation>Forschungsprototyp. Die mitgelieferten Modelle wurden an synthetischen Phantomen trainiert. Kein Medizinprodukt; nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="37"/>
        <source>Engine: ctlite %1, devices: %2, %3 threads</source>
        <translation>Engine: ctlite %1, Geräte: %2, %3 Threads</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="40"/>
        <source>Engine: not started yet (it starts with the first run).</source>
        <translation>Engine: noch nicht gestartet (sie startet mit der ersten Auswertung).</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="44"/>
        <source>Model: %1 %2&lt;br&gt;Weights SHA-256: %3&lt;br&gt;%4</source>
        <translation>Modell: %1 %2&lt;br&gt;SHA-256 der Gewichte: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="48"/>
        <source>Licences of the components</source>
        <translation>Lizenzen der Komponenten</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="32"/>
        <source>No finding selected</source>
        <translation>Kein Befund ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="53"/>
        <source>%1 · threshold %2</source>
        <translation>%1 · Schwelle %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="59"/>
        <source>called absent</source>
        <translation>als abwesend gewertet</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="59"/>
        <source>called present</source>
        <translation>als vorhanden gewertet</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="60"/>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="60"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::CtliteRunController</name>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="39"/>
        <source>Engine %1 ready: devices %2, %3 threads</source>
        <translation>Engine %1 bereit: Geräte %2, %3 Threads</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="80"/>
        <source>Open a chest CT series first.</source>
        <translation>Bitte zuerst eine Thorax-CT-Serie öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="81"/>
        <source>The current volume has no source file for the engine to read.</source>
        <translation>Das aktuelle Volumen hat keine Quelldatei, die die Engine lesen könnte.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="83"/>
        <source>No CT-Lite model found in %1. Choose a models folder in the AI menu.</source>
        <translation>Kein CT-Lite-Modell in %1 gefunden. Wählen Sie im KI-Menü einen Modellordner.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="85"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>Ein CT-Lite-Lauf ist bereits aktiv.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="99"/>
        <source>Could not create a temporary folder for the engine&apos;s results: %1</source>
        <translation>Temporärer Ordner für die Ergebnisse der Engine konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="123"/>
        <source>PCA overlay not shown: %1</source>
        <translation>PCA-Überlagerung nicht angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="124"/>
        <source>Scores are ready, but the PCA overlay could not be read: %1</source>
        <translation>Die Scores liegen vor, aber die PCA-Überlagerung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::DataPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="80"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="81"/>
        <source>Choose where the training cases come from. The data is checked before anything is trained.</source>
        <translation>Wählen Sie, woher die Trainingsfälle kommen. Die Daten werden geprüft, bevor etwas trainiert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="83"/>
        <source>CT-RATE-style folder</source>
        <translation>Ordner im CT-RATE-Format</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="84"/>
        <source>Volumes + reports CSV</source>
        <translation>Volumen + Befund-CSV</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="85"/>
        <source>Paired uncompressed/compressed series</source>
        <translation>Gepaarte unkomprimierte/komprimierte Serien</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="94"/>
        <source>Training data folder</source>
        <translation>Ordner der Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="95"/>
        <source>Reports CSV</source>
        <translation>Befund-CSV</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="123"/>
        <source>Real CT-RATE or `ctlite synth`: volumes in train/ and valid/, reports, labels and metadata CSVs.</source>
        <translation>Echtes CT-RATE oder `ctlite synth`: Volumen in train/ und valid/, Befund-, Label- und Metadaten-CSVs.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="127"/>
        <source>A CSV (or a folder holding reports.csv) with the columns volume (NIfTI, DICOM folder, JPEG stack or npz, relative to the CSV) and report, optionally split, patient and the 18 finding columns; without them the labels are derived from the reports. See docs/FINE_TUNING.md.</source>
        <translation>Eine CSV (oder ein Ordner mit reports.csv) mit den Spalten volume (NIfTI, DICOM-Ordner, JPEG-Stapel oder npz, relativ zur CSV) und report, optional split, patient und den 18 Befundspalten; ohne diese werden die Labels aus den Befundtexten abgeleitet. Siehe docs/FINE_TUNING.md.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="133"/>
        <source>The same CSV with a compressed column naming each case&apos;s JPEG-stack folder: the teacher reads the uncompressed volume, the student the compressed stack.</source>
        <translation>Dieselbe CSV mit einer Spalte compressed, die den JPEG-Stapel-Ordner jedes Falls nennt: der Lehrer liest das unkomprimierte Volumen, der Schüler den komprimierten Stapel.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="140"/>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wird geprüft…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::DicomTagBrowser</name>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="19"/>
        <source>Filter by tag, keyword or value</source>
        <translation>Nach Tag, Schlüsselwort oder Wert filtern</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="32"/>
        <source>Tags appear here when a DICOM series is open.</source>
        <translation>Hier erscheinen Tags, sobald eine DICOM-Serie geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="42"/>
        <source>First file of the series: %1</source>
        <translation>Erste Datei der Serie: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EngineClient</name>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="30"/>
        <source>The engine did not answer the cancel request; stopping it.</source>
        <translation>Die Engine hat auf die Abbruchanforderung nicht geantwortet; sie wird beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="75"/>
        <source>Starting engine: %1 %2</source>
        <translation>Engine wird gestartet: %1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="91"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>Ein CT-Lite-Lauf ist bereits aktiv.</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="128"/>
        <source>Ignored a line from the engine (%1)</source>
        <translation>Eine Zeile der Engine wurde ignoriert (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="132"/>
        <source>The CT-Lite engine sent an over-long line; it does not speak the viewer&apos;s protocol.</source>
        <translation>Die CT-Lite-Engine hat eine überlange Zeile gesendet; sie spricht nicht das Protokoll des Viewers.</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="153"/>
        <source>Engine error: %1</source>
        <translation>Engine-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="161"/>
        <source>The CT-Lite engine refused to start: %1</source>
        <translation>Die CT-Lite-Engine hat den Start verweigert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="166"/>
        <source>The CT-Lite engine answered hello with an unexpected reply: %1</source>
        <translation>Die CT-Lite-Engine hat auf hello unerwartet geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="180"/>
        <source>The engine&apos;s result could not be read: %1</source>
        <translation>Das Ergebnis der Engine konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="205"/>
        <source> Last engine messages: %1</source>
        <translation> Letzte Meldungen der Engine: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="212"/>
        <source>The CT-Lite run was cancelled.</source>
        <translation>Der CT-Lite-Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="214"/>
        <source>it crashed</source>
        <translation>sie ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="214"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="215"/>
        <source>The CT-Lite engine stopped unexpectedly (%1).</source>
        <translation>Die CT-Lite-Engine wurde unerwartet beendet (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="226"/>
        <source>Could not start the CT-Lite engine &quot;%1&quot;: %2</source>
        <translation>Die CT-Lite-Engine „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>EngineMemory</name>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="14"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="16"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="43"/>
        <source>CPU memory %1</source>
        <translation>CPU-Speicher %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="48"/>
        <source>GPU memory: n/a (CPU run)</source>
        <translation>GPU-Speicher: n. v. (CPU-Lauf)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="51"/>
        <source>GPU memory: not reported by this engine build</source>
        <translation>GPU-Speicher: von diesem Engine-Build nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="53"/>
        <source>GPU memory %1 allocated / %2 reserved</source>
        <translation>GPU-Speicher %1 belegt / %2 reserviert</translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../app/viewer/evaluation_screen.cpp" line="43"/>
        <source>CT-Lite evaluation · %1</source>
        <translation>CT-Lite-Evaluation · %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EvaluationTableModel</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="91"/>
        <source>Macro average</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="116"/>
        <source>Undefined: these cases hold only one class for this finding.</source>
        <translation>Undefiniert: diese Fälle enthalten für diesen Befund nur eine Klasse.</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="126"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="127"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="128"/>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="129"/>
        <source>F1 (weighted)</source>
        <translation>F1 (gewichtet)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="130"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="131"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="132"/>
        <source>Δ AUROC</source>
        <translation>Δ AUROC</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="133"/>
        <source>Δ F1</source>
        <translation>Δ F1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="134"/>
        <source>Δ Accuracy</source>
        <translation>Δ Genauigkeit</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EvaluationView</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="112"/>
        <source>Select rows to compare their ROC curves; the current row drives the confusion matrix and the t-SNE colouring.</source>
        <translation>Zeilen auswählen, um ihre ROC-Kurven zu vergleichen; die aktuelle Zeile bestimmt die Konfusionsmatrix und die t-SNE-Färbung.</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="129"/>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="130"/>
        <source>AUROC per finding</source>
        <translation>AUROC je Befund</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="131"/>
        <source>Confusion matrix at the decision threshold</source>
        <translation>Konfusionsmatrix an der Entscheidungsschwelle</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="132"/>
        <source>t-SNE of image and prompt latents</source>
        <translation>t-SNE der Bild- und Prompt-Latenten</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="211"/>
        <source>current (%1)</source>
        <translation>aktuell (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="211"/>
        <source>new (%1)</source>
        <translation>neu (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="217"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="218"/>
        <source>No evaluation report loaded.</source>
        <translation>Kein Evaluationsbericht geladen.</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="222"/>
        <source>Evaluation · %1</source>
        <translation>Evaluation · %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="223"/>
        <source>%1 cases · split &lt;b&gt;%2&lt;/b&gt; · thresholds from %3 · macro AUROC &lt;b&gt;%4&lt;/b&gt; · weighted F1 &lt;b&gt;%5&lt;/b&gt; · accuracy &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>%1 Fälle · Split &lt;b&gt;%2&lt;/b&gt; · Schwellen aus %3 · Makro-AUROC &lt;b&gt;%4&lt;/b&gt; · gewichteter F1 &lt;b&gt;%5&lt;/b&gt; · Genauigkeit &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="232"/>
        <source>&lt;br&gt;Compared with %1: macro AUROC &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; (%4)</source>
        <translation>&lt;br&gt;Verglichen mit %1: Makro-AUROC &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="247"/>
        <source>False positive rate (1 − specificity)</source>
        <translation>Falsch-positiv-Rate (1 − Spezifität)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="248"/>
        <source>True positive rate (sensitivity)</source>
        <translation>Richtig-positiv-Rate (Sensitivität)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="258"/>
        <source>%1 · new %2</source>
        <translation>%1 · neu %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="258"/>
        <source>%1 · AUROC %2</source>
        <translation>%1 · AUROC %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="265"/>
        <source>%1 · current %2</source>
        <translation>%1 · aktuell %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="374"/>
        <source>This report has no t-SNE map (evaluate with --out to compute one).</source>
        <translation>Dieser Bericht hat keine t-SNE-Karte (mit --out evaluieren, um eine zu berechnen).</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="379"/>
        <source>Cases (dots) and prompts (triangles) in one map, coloured by %1 · perplexity %2</source>
        <translation>Fälle (Punkte) und Prompts (Dreiecke) in einer Karte, gefärbt nach %1 · Perplexität %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="383"/>
        <source> · trustworthiness %1 (k = %2)</source>
        <translation> · Vertrauenswürdigkeit %1 (k = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="395"/>
        <source>other findings&apos; prompts</source>
        <translation>Prompts anderer Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="397"/>
        <source>cases without %1</source>
        <translation>Fälle ohne %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="399"/>
        <source>cases with %1</source>
        <translation>Fälle mit %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="411"/>
        <source>“%1 is present.”</source>
        <translation>„%1 ist vorhanden.“</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="413"/>
        <source>“%1 is not present.”</source>
        <translation>„%1 ist nicht vorhanden.“</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="10"/>
        <source>Medical material</source>
        <translation>Medizinisches Material</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="11"/>
        <source>Arterial wall calcification</source>
        <translation>Arterienwandverkalkung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="12"/>
        <source>Cardiomegaly</source>
        <translation>Kardiomegalie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="13"/>
        <source>Pericardial effusion</source>
        <translation>Perikarderguss</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="14"/>
        <source>Coronary artery wall calcification</source>
        <translation>Koronararterienverkalkung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="15"/>
        <source>Hiatal hernia</source>
        <translation>Hiatushernie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="16"/>
        <source>Lymphadenopathy</source>
        <translation>Lymphadenopathie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="17"/>
        <source>Emphysema</source>
        <translation>Emphysem</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="18"/>
        <source>Atelectasis</source>
        <translation>Atelektase</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="19"/>
        <source>Lung nodule</source>
        <translation>Lungenrundherd</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="20"/>
        <source>Lung opacity</source>
        <translation>Lungenverschattung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="21"/>
        <source>Pulmonary fibrotic sequela</source>
        <translation>Pulmonale fibrotische Residuen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="22"/>
        <source>Pleural effusion</source>
        <translation>Pleuraerguss</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="23"/>
        <source>Mosaic attenuation pattern</source>
        <translation>Mosaikperfusion</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="24"/>
        <source>Peribronchial thickening</source>
        <translation>Peribronchiale Verdickung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="25"/>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="26"/>
        <source>Bronchiectasis</source>
        <translation>Bronchiektasen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="27"/>
        <source>Interlobular septal thickening</source>
        <translation>Interlobuläre Septumverdickung</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportActions</name>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="30"/>
        <source>&amp;Export findings…</source>
        <translation>Befunde &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="31"/>
        <source>&amp;Send export to PACS…</source>
        <translation>Export an &amp;PACS senden…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="32"/>
        <source>PACS &amp;nodes…</source>
        <translation>PACS-&amp;Knoten…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="38"/>
        <source>Write the findings as PDF, DICOM SR and encapsulated PDF (ctlite export)</source>
        <translation>Befunde als PDF, DICOM SR und gekapseltes PDF schreiben (ctlite export)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="46"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="50"/>
        <source>Sent %1 DICOM object(s) to %2</source>
        <translation>%1 DICOM-Objekt(e) an %2 gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="54"/>
        <source>Export findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="93"/>
        <source>Send to PACS</source>
        <translation>An PACS senden</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="94"/>
        <source>Send %1 to:</source>
        <translation>%1 senden an:</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportDialog</name>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="24"/>
        <source>PDF report (key images with and without the PCA overlay)</source>
        <translation>PDF-Bericht (Schlüsselbilder mit und ohne PCA-Überlagerung)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="25"/>
        <source>DICOM SR (TID 1500 measurement report)</source>
        <translation>DICOM SR (TID-1500-Messbericht)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="26"/>
        <source>DICOM encapsulated PDF</source>
        <translation>DICOM-gekapseltes PDF</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="27"/>
        <source>De-identify (PS3.15 basic profile)</source>
        <translation>De-identifizieren (PS3.15-Basisprofil)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="33"/>
        <source>Export findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="38"/>
        <source>Nodes…</source>
        <translation>Knoten…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="43"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="48"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="49"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="52"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="53"/>
        <source>Send to PACS</source>
        <translation>An PACS senden</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="59"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="68"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="115"/>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="135"/>
        <source>Writes: %1</source>
        <translation>Schreibt: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportModel</name>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="33"/>
        <source>Run CT-Lite first: there are no findings to export.</source>
        <translation>Führen Sie zuerst CT-Lite aus: es gibt keine Befunde zu exportieren.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="34"/>
        <location filename="../widgets/export/findings_export_model.cpp" line="118"/>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="36"/>
        <source>Choose at least one output: PDF, DICOM SR or encapsulated PDF.</source>
        <translation>Wählen Sie mindestens eine Ausgabe: PDF, DICOM SR oder gekapseltes PDF.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="38"/>
        <source>Choose an existing folder for the export.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für den Export.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="41"/>
        <source>The file name must not be empty, start with a dot or contain &apos;/&apos;.</source>
        <translation>Der Dateiname darf nicht leer sein, nicht mit einem Punkt beginnen und kein &apos;/&apos; enthalten.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="43"/>
        <source>A de-identified export needs a pseudonym for the patient.</source>
        <translation>Ein de-identifizierter Export braucht ein Pseudonym für den Patienten.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="46"/>
        <location filename="../widgets/export/findings_export_model.cpp" line="110"/>
        <source>No saved PACS node is named %1.</source>
        <translation>Kein gespeicherter PACS-Knoten heißt %1.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="48"/>
        <source>Sending to a PACS needs a DICOM output (SR or encapsulated PDF).</source>
        <translation>Das Senden an ein PACS braucht eine DICOM-Ausgabe (SR oder gekapseltes PDF).</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="99"/>
        <source>Could not write the findings to a temporary file: %1</source>
        <translation>Die Befunde konnten nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="114"/>
        <source>Nothing to send: export a DICOM SR or encapsulated PDF first.</source>
        <translation>Nichts zu senden: exportieren Sie zuerst ein DICOM SR oder gekapseltes PDF.</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="132"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="150"/>
        <source>ctlite %1 failed (exit code %2)</source>
        <translation>ctlite %1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="24"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="25"/>
        <source>Preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="26"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="27"/>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="82"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="99"/>
        <source>No model selected</source>
        <translation>Kein Modell gewählt</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="99"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="105"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="100"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="111"/>
        <source>Research prototype trained on synthetic phantoms. Not for clinical use.</source>
        <translation>Forschungsprototyp, auf synthetischen Phantomen trainiert. Nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="106"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <source>Weights SHA-256: %1</source>
        <translation>SHA-256 der Gewichte: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="120"/>
        <source>Starting the CT-Lite engine…</source>
        <translation>CT-Lite-Engine wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="140"/>
        <source>Run CT-Lite (Ctrl+R) to score the 18 chest CT findings.</source>
        <translation>CT-Lite ausführen (Strg+R), um die 18 Thorax-CT-Befunde zu bewerten.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="147"/>
        <source>%1 of %2 findings above threshold</source>
        <translation>%1 von %2 Befunden über der Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="151"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="163"/>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="164"/>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="172"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="186"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="186"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FineTuneWizard</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_wizard.cpp" line="13"/>
        <source>Fine-tune CT-Lite</source>
        <translation>CT-Lite feinabstimmen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_wizard.cpp" line="26"/>
        <source>Close (training continues)</source>
        <translation>Schließen (Training läuft weiter)</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::HyperparameterPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="231"/>
        <source>μP scaling per block (eq. 19)</source>
        <translation>μP-Skalierung je Block (Gl. 19)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="243"/>
        <source>Hyper-parameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="244"/>
        <source>The paper&apos;s defaults; each line says what the value does.</source>
        <translation>Die Standardwerte des Papers; jede Zeile sagt, was der Wert bewirkt.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="246"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="254"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="255"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="266"/>
        <source>SFP rank r</source>
        <translation>SFP-Rang r</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="266"/>
        <source>rank of each token position&apos;s block: more rank, more weights, closer to the dense head</source>
        <translation>Rang des Blocks jeder Token-Position: mehr Rang, mehr Gewichte, näher am dichten Kopf</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="268"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="268"/>
        <source>lr_base of AdamW with cosine decay (paper: 1e-4)</source>
        <translation>lr_base von AdamW mit Kosinus-Abfall (Paper: 1e-4)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="271"/>
        <source>FAST steps</source>
        <translation>FAST-Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="271"/>
        <source>optimizer updates of the student encoder</source>
        <translation>Optimierer-Updates des Schüler-Encoders</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="272"/>
        <source>FAST accumulation</source>
        <translation>FAST-Akkumulation</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="272"/>
        <source>volumes per update (one at a time: the paper&apos;s batch of 4)</source>
        <translation>Volumen je Update (einzeln: die Batchgröße 4 des Papers)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="273"/>
        <source>SFP steps</source>
        <translation>SFP-Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="273"/>
        <source>optimizer updates of the projection head</source>
        <translation>Optimierer-Updates des Projektionskopfs</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="274"/>
        <source>SFP batch size</source>
        <translation>SFP-Batchgröße</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="274"/>
        <source>report/volume pairs per SigLIP batch (in-batch negatives, at least 2)</source>
        <translation>Befund/Volumen-Paare je SigLIP-Batch (Negative im Batch, mindestens 2)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="275"/>
        <source>Slices</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="275"/>
        <source>network input depth; a multiple of the teacher&apos;s temporal patch</source>
        <translation>Eingabetiefe des Netzes; ein Vielfaches des zeitlichen Patches des Lehrers</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="276"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="276"/>
        <source>CUDA only when the engine reports a GPU</source>
        <translation>CUDA nur, wenn die Engine eine GPU meldet</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="277"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="277"/>
        <source>data-parallel engine processes sharing the cores</source>
        <translation>datenparallele Engine-Prozesse, die sich die Kerne teilen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="278"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="278"/>
        <source>steps between checkpoints (pause and resume start there)</source>
        <translation>Schritte zwischen Checkpoints (Pause und Fortsetzen beginnen dort)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="279"/>
        <source>Prompt fraction</source>
        <translation>Prompt-Anteil</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="279"/>
        <source>share of SFP texts replaced by a finding&apos;s zero-shot prompt</source>
        <translation>Anteil der SFP-Texte, die durch den Zero-Shot-Prompt eines Befunds ersetzt werden</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::MeasurementPanel</name>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Slice</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="30"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="31"/>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="57"/>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="58"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="63"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="64"/>
        <source>mean %1 ± %2 HU, min %3, max %4, %5 cm², %6 voxels</source>
        <translation>Mittel %1 ± %2 HU, Min %3, Max %4, %5 cm², %6 Voxel</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::OverlayPanel</name>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="33"/>
        <source>Show PCA feature overlay</source>
        <translation>PCA-Merkmalsüberlagerung zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="38"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="52"/>
        <source>Red: 1st principal component</source>
        <translation>Rot: 1. Hauptkomponente</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="54"/>
        <source>Green: 2nd principal component</source>
        <translation>Grün: 2. Hauptkomponente</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="56"/>
        <source>Blue: 3rd principal component</source>
        <translation>Blau: 3. Hauptkomponente</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="58"/>
        <source>Regions with similar colours have similar encoder features. The overlay shows what the model attends to; it is not a segmentation.</source>
        <translation>Bereiche ähnlicher Farbe haben ähnliche Encoder-Merkmale. Die Überlagerung zeigt, worauf das Modell achtet; sie ist keine Segmentierung.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="88"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="89"/>
        <source>No overlay yet: run CT-Lite to compute one.</source>
        <translation>Noch keine Überlagerung: CT-Lite ausführen, um eine zu berechnen.</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::PacsNodesDialog</name>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="26"/>
        <source>PACS nodes</source>
        <translation>PACS-Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="30"/>
        <source>e.g. Radiology PACS</source>
        <translation>z. B. Radiologie-PACS</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="31"/>
        <source>e.g. ORTHANC</source>
        <translation>z. B. ORTHANC</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="32"/>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="38"/>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="39"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="40"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="41"/>
        <source>Our AE title</source>
        <translation>Eigener AE-Titel</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="42"/>
        <source>Save node</source>
        <translation>Knoten speichern</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="43"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="74"/>
        <source>%1: not enough memory to load this series</source>
        <translation>%1: nicht genug Speicher, um diese Serie zu laden</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="23"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="26"/>
        <source>Model registered</source>
        <translation>Modell registriert</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="27"/>
        <source>The fine-tuned model is in the model library and Run CT-Lite now uses it.</source>
        <translation>Das feinabgestimmte Modell ist in der Modellbibliothek, und CT-Lite ausführen verwendet es jetzt.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="37"/>
        <source>%1: the job has no finished bundle</source>
        <translation>%1: der Auftrag hat kein fertiges Bundle</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="22"/>
        <source>CT-RATE-style folder</source>
        <translation>Ordner im CT-RATE-Format</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="23"/>
        <source>Volumes + reports CSV</source>
        <translation>Volumen + Befund-CSV</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="24"/>
        <source>Paired uncompressed/compressed series</source>
        <translation>Gepaarte unkomprimierte/komprimierte Serien</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="49"/>
        <source>This reports CSV has no &apos;compressed&apos; column, so it is not a paired layout: choose &quot;Volumes + reports CSV&quot; or add each case&apos;s JPEG-stack folder.</source>
        <translation>Diese Befund-CSV hat keine Spalte &apos;compressed&apos; und ist daher kein gepaartes Layout: wählen Sie „Volumen + Befund-CSV“ oder ergänzen Sie den JPEG-Stapel-Ordner jedes Falls.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="52"/>
        <source>This reports CSV pairs each case with a compressed JPEG stack: choose &quot;Paired uncompressed/compressed series&quot;.</source>
        <translation>Diese Befund-CSV paart jeden Fall mit einem komprimierten JPEG-Stapel: wählen Sie „Gepaarte unkomprimierte/komprimierte Serien“.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="55"/>
        <source>This is a CT-RATE-style folder: choose &quot;CT-RATE-style folder&quot;.</source>
        <translation>Dies ist ein Ordner im CT-RATE-Format: wählen Sie „Ordner im CT-RATE-Format“.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="56"/>
        <source>This path holds a reports CSV: choose &quot;Volumes + reports CSV&quot;.</source>
        <translation>Dieser Pfad enthält eine Befund-CSV: wählen Sie „Volumen + Befund-CSV“.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="69"/>
        <source>&lt;p&gt;Layout: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Layout: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="71"/>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="108"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="74"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 usable of %3 listed volumes, %4 patients</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 nutzbare von %3 gelisteten Volumen, %4 Patienten</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="79"/>
        <source>, %1 missing files</source>
        <translation>, %1 fehlende Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="80"/>
        <source>, %1 files without report</source>
        <translation>, %1 Dateien ohne Befund</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="85"/>
        <source>&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;Finding&lt;/th&gt;</source>
        <translation>&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;Befund&lt;/th&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="108"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="127"/>
        <source>the bundled demo model (models/ctlite-demo) is not installed: choose another teacher</source>
        <translation>das mitgelieferte Demo-Modell (models/ctlite-demo) ist nicht installiert: wählen Sie einen anderen Lehrer</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="140"/>
        <source>SFP head at rank %1: %2 weights vs %3 dense = %4× (FLOPs per volume: the same ratio)</source>
        <translation>SFP-Kopf mit Rang %1: %2 Gewichte gegenüber %3 dicht = %4× (FLOPs je Volumen: dasselbe Verhältnis)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="147"/>
        <source>μP off: every block uses %1</source>
        <translation>μP aus: jeder Block verwendet %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="151"/>
        <source>μP (eq. 19, lr·%1/fan-in): SFP cores %2 and %3; encoder blocks of width %1 keep %4</source>
        <translation>μP (Gl. 19, lr·%1/fan-in): SFP-Kerne %2 und %3; Encoder-Blöcke der Breite %1 behalten %4</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="36"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="25"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="26"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="37"/>
        <source>%1: no macro metrics</source>
        <translation>%1: keine Makro-Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="38"/>
        <source>Validation (%1 split): macro AUROC %2 · weighted F1 %3 · accuracy %4</source>
        <translation>Validierung (Split %1): Makro-AUROC %2 · gewichteter F1 %3 · Genauigkeit %4</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::RunPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="347"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="348"/>
        <source>The engine trains in its own process: closing this window does not stop it. AI ▸ Training jobs… shows it again.</source>
        <translation>Die Engine trainiert in einem eigenen Prozess: das Schließen dieses Fensters hält sie nicht an. KI ▸ Trainingsaufträge… zeigt sie wieder.</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::SeriesBrowser</name>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="82"/>
        <source>Open a file or folder (Ctrl+O, Ctrl+Shift+O) or drop it here.</source>
        <translation>Datei oder Ordner öffnen (Strg+O, Strg+Umschalt+O) oder hier ablegen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="87"/>
        <source>Patient / study / series</source>
        <translation>Patient / Studie / Serie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="87"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="114"/>
        <source>Unnamed patient</source>
        <translation>Unbenannter Patient</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="115"/>
        <source>no ID</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="123"/>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="127"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="128"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::SliceView</name>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="224"/>
        <source>No image loaded</source>
        <translation>Kein Bild geladen</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="279"/>
        <source>Im: %1/%2</source>
        <translation>Bild: %1/%2</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="280"/>
        <source>Loc: %1 mm</source>
        <translation>Pos: %1 mm</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="286"/>
        <source>Custom window</source>
        <translation>Eigenes Fenster</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="287"/>
        <source>W: %1 L: %2</source>
        <translation>W: %1 L: %2</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="288"/>
        <source>Zoom: %1×</source>
        <translation>Zoom: %1×</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="296"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="366"/>
        <source>Mean %1 ± %2 HU</source>
        <translation>Mittel %1 ± %2 HU</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="367"/>
        <source>Min %1  Max %2</source>
        <translation>Min %1  Max %2</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="368"/>
        <source>Area %1 cm²</source>
        <translation>Fläche %1 cm²</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="418"/>
        <source>Voxel (%1, %2, %3)</source>
        <translation>Voxel (%1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="419"/>
        <source>LPS (%1, %2, %3) mm</source>
        <translation>LPS (%1, %2, %3) mm</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>Value %1</source>
        <translation>Wert %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TeacherPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="173"/>
        <source>Teacher and stages</source>
        <translation>Lehrer und Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="174"/>
        <source>FAST distils the teacher&apos;s CT-ViT into a student that reads the lung-window JPEG stacks; SFP then trains the factorised projection head against the teacher&apos;s text tower.</source>
        <translation>FAST destilliert den CT-ViT des Lehrers in einen Schüler, der die JPEG-Stapel im Lungenfenster liest; SFP trainiert danach den faktorisierten Projektionskopf gegen den Textturm des Lehrers.</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="177"/>
        <source>Bundled demo model</source>
        <translation>Mitgeliefertes Demo-Modell</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="178"/>
        <source>CT-CLIP checkpoint (.pt / .safetensors)</source>
        <translation>CT-CLIP-Checkpoint (.pt / .safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="179"/>
        <source>A previous CT-Lite bundle or training output</source>
        <translation>Ein früheres CT-Lite-Bundle oder eine Trainingsausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="184"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="186"/>
        <source>CT-CLIP checkpoint</source>
        <translation>CT-CLIP-Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="186"/>
        <source>Weights (*.pt *.pth *.safetensors)</source>
        <translation>Gewichte (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="188"/>
        <source>   CT-ViT config (empty: CT-CLIP&apos;s)</source>
        <translation>   CT-ViT-Konfiguration (leer: die von CT-CLIP)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="189"/>
        <source>CT-ViT configuration</source>
        <translation>CT-ViT-Konfiguration</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="189"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="192"/>
        <source>Bundle or training output</source>
        <translation>Bundle oder Trainingsausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="194"/>
        <source>FAST then SFP (recommended)</source>
        <translation>FAST, dann SFP (empfohlen)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="195"/>
        <source>FAST only (student encoder)</source>
        <translation>Nur FAST (Schüler-Encoder)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="196"/>
        <source>SFP only (needs a FAST student)</source>
        <translation>Nur SFP (braucht einen FAST-Schüler)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="198"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="199"/>
        <source>   FAST student (SFP only)</source>
        <translation>   FAST-Schüler (nur SFP)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="200"/>
        <source>Output of an earlier FAST stage</source>
        <translation>Ausgabe einer früheren FAST-Stufe</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingCurvesView</name>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="39"/>
        <source>Optimizer step</source>
        <translation>Optimierer-Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="40"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="41"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="66"/>
        <source>%1 loss</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="84"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobController</name>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="42"/>
        <source>pausing: the engine writes a checkpoint</source>
        <translation>pausiert: die Engine schreibt einen Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="66"/>
        <source>cancelled: the engine writes a checkpoint and stops</source>
        <translation>abgebrochen: die Engine schreibt einen Checkpoint und hält an</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="66"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobView</name>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="54"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="55"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="56"/>
        <source>Cancel training</source>
        <translation>Training abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="57"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="64"/>
        <source>The engine writes a checkpoint and stops; Resume continues from it</source>
        <translation>Die Engine schreibt einen Checkpoint und hält an; Fortsetzen macht dort weiter</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="65"/>
        <source>Stops the engine after a checkpoint and marks the job cancelled</source>
        <translation>Hält die Engine nach einem Checkpoint an und markiert den Auftrag als abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="66"/>
        <source>Make the fine-tuned bundle the model of Run CT-Lite</source>
        <translation>Das feinabgestimmte Bundle zum Modell von CT-Lite ausführen machen</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="70"/>
        <source>Curves of</source>
        <translation>Kurven von</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="81"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="82"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="129"/>
        <source>No training job</source>
        <translation>Kein Trainingsauftrag</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="147"/>
        <source> · step %1 of %2</source>
        <translation> · Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="149"/>
        <source> · ETA %1</source>
        <translation> · Restzeit %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="158"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 of %4)%5 · &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 von %4)%5 · &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="166"/>
        <source>Current model, same data: %1</source>
        <translation>Aktuelles Modell, gleiche Daten: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobsDialog</name>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="21"/>
        <source>Training jobs</source>
        <translation>Trainingsaufträge</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="28"/>
        <source>Jobs in %1</source>
        <translation>Aufträge in %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="30"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="54"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="61"/>
        <source>No training job yet (AI ▸ Fine-tune…)</source>
        <translation>Noch kein Trainingsauftrag (KI ▸ Feinabstimmen…)</translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="25"/>
        <source>CT-Lite Workstation: chest CT viewer with the CT-Lite findings engine. Not for clinical use.</source>
        <translation>CT-Lite Workstation: Thorax-CT-Viewer mit der CT-Lite-Befund-Engine. Nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="30"/>
        <source>DICOM folder or file, NIfTI, JPEG stack or .npz to open</source>
        <translation>DICOM-Ordner oder -Datei, NIfTI, JPEG-Stapel oder .npz zum Öffnen</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::VolumeLoader</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="87"/>
        <location filename="../widgets/io/volume_loader.cpp" line="99"/>
        <source>%1: this build of the viewer has no image readers</source>
        <translation>%1: dieser Build des Viewers hat keine Bildleser</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::VolumeRenderView</name>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="124"/>
        <source>No image loaded</source>
        <translation>Kein Bild geladen</translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>CPU ray casting</source>
        <translation>CPU-Raycasting</translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>GPU ray casting</source>
        <translation>GPU-Raycasting</translation>
    </message>
</context>
<context>
    <name>WindowPreset</name>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="9"/>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="10"/>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="12"/>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="13"/>
        <source>Soft tissue</source>
        <translation>Weichteil</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::WorkstationWindow</name>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="94"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="656"/>
        <source>CT-Lite Workstation</source>
        <translation>CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="135"/>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="136"/>
        <source>Open f&amp;older…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="136"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="137"/>
        <source>Save &amp;screenshot…</source>
        <translation>&amp;Bildschirmfoto speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="137"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="145"/>
        <source>2 × 2 grid</source>
        <translation>2 × 2 Raster</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="146"/>
        <source>Axial focus</source>
        <translation>Axial im Fokus</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="147"/>
        <source>Three planes</source>
        <translation>Drei Ebenen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="155"/>
        <source>&amp;Maximise view</source>
        <translation>Ansicht &amp;maximieren</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="156"/>
        <source>Maximise the active view (F or double-click)</source>
        <translation>Aktive Ansicht maximieren (F oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="158"/>
        <source>&amp;Reset views</source>
        <translation>Ansichten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="160"/>
        <source>&amp;Cine</source>
        <translation>&amp;Cine</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="162"/>
        <source>Play through the slices of the active view (Space)</source>
        <translation>Die Schichten der aktiven Ansicht abspielen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="171"/>
        <source>%1: W %2 / L %3 (%4)</source>
        <translation>%1: W %2 / L %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="181"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigieren</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="182"/>
        <source>Left drag: window/level · click: crosshair · middle: pan · right: zoom · wheel: slices</source>
        <translation>Linksziehen: Fenster/Level · Klick: Fadenkreuz · Mitte: verschieben · rechts: zoomen · Rad: Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="183"/>
        <source>Measure &amp;distance</source>
        <translation>&amp;Strecke messen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="184"/>
        <source>Measure &amp;ellipse ROI</source>
        <translation>&amp;Ellipsen-ROI messen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>&amp;Run CT-Lite</source>
        <translation>CT-Lite &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="195"/>
        <source>Score the 18 chest CT findings with the selected model (Ctrl+R)</source>
        <translation>Die 18 Thorax-CT-Befunde mit dem gewählten Modell bewerten (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="197"/>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="199"/>
        <source>Show PCA &amp;overlay</source>
        <translation>PCA-&amp;Überlagerung zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="202"/>
        <source>&amp;Fine-tune…</source>
        <translation>&amp;Feinabstimmen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="203"/>
        <source>Fine-tune CT-Lite on your own data (FAST and SFP training in the engine)</source>
        <translation>CT-Lite an eigenen Daten feinabstimmen (FAST- und SFP-Training in der Engine)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="205"/>
        <source>&amp;Training jobs…</source>
        <translation>&amp;Trainingsaufträge…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="207"/>
        <source>Models &amp;folder…</source>
        <translation>Modell&amp;ordner…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="209"/>
        <source>&amp;About CT-Lite Workstation</source>
        <translation>&amp;Über CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="222"/>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="224"/>
        <source>CT-Lite findings</source>
        <translation>CT-Lite-Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="225"/>
        <source>PCA overlay</source>
        <translation>PCA-Überlagerung</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="228"/>
        <source>DICOM tags</source>
        <translation>DICOM-Tags</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="229"/>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="234"/>
        <source>Engine log</source>
        <translation>Engine-Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="240"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="246"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="249"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="255"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="256"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="261"/>
        <source>Window &amp;presets</source>
        <translation>&amp;Fenstervorgaben</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="266"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="280"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="280"/>
        <source>The new language is used from the next start of the viewer.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start des Viewers.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="284"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="286"/>
        <source>Delete all measurements</source>
        <translation>Alle Messungen löschen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="289"/>
        <source>&amp;AI</source>
        <translation>&amp;KI</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="307"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="313"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="325"/>
        <source>CT-Lite</source>
        <translation>CT-Lite</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="332"/>
        <source> Model </source>
        <translation> Modell </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="338"/>
        <source> Device </source>
        <translation> Gerät </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="341"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="342"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="358"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="396"/>
        <source>Reading (%1)…</source>
        <translation>Wird gelesen (%1)…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="405"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="541"/>
        <source>Could not open</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="408"/>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="416"/>
        <source>%1: evidence at voxel (%2, %3, %4)</source>
        <translation>%1: Evidenz am Voxel (%2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="432"/>
        <source>Finished at %1.</source>
        <translation>Fertig um %1.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="439"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="440"/>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="497"/>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="498"/>
        <source>Medical images (*.dcm *.nii *.nii.gz *.npz *.json);;All files (*)</source>
        <translation>Medizinische Bilder (*.dcm *.nii *.nii.gz *.npz *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="504"/>
        <source>Open DICOM or JPEG-stack folder</source>
        <translation>DICOM- oder JPEG-Stapel-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="511"/>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="532"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="563"/>
        <source>Still loading the previous study; cancel it first.</source>
        <translation>Die vorige Studie lädt noch; bitte zuerst abbrechen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="539"/>
        <source>%1: no readable image series found</source>
        <translation>%1: keine lesbare Bildserie gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="553"/>
        <source>%1 series found: double-click one in Studies to open it.</source>
        <translation>%1 Serien gefunden: zum Öffnen eine in „Studien“ doppelklicken.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="562"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="580"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="587"/>
        <source>The loaded image is not DICOM: it has no tags.</source>
        <translation>Das geladene Bild ist kein DICOM: es hat keine Tags.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="590"/>
        <source>Reading tags…</source>
        <translation>Tags werden gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="596"/>
        <source>No DICOM file of this series was found.</source>
        <translation>Keine DICOM-Datei dieser Serie gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="597"/>
        <source>%1: the tags could not be read.</source>
        <translation>%1: die Tags konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="655"/>
        <source>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · no study open</source>
        <translation>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · keine Studie geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="663"/>
        <source>Unnamed patient</source>
        <translation>Unbenannter Patient</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="664"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="672"/>
        <source>%1 — CT-Lite Workstation</source>
        <translation>%1 — CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="712"/>
        <source>%1 (%2, trained here)</source>
        <translation>%1 (%2, hier trainiert)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="714"/>
        <source>(no model found)</source>
        <translation>(kein Modell gefunden)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>Models folder: %1</source>
        <translation>Modellordner: %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>Choose the CT-Lite models folder</source>
        <translation>CT-Lite-Modellordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="731"/>
        <source>No models</source>
        <translation>Keine Modelle</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="731"/>
        <source>%1: no model folders (with a manifest.json) found</source>
        <translation>%1: keine Modellordner (mit manifest.json) gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="738"/>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="740"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="742"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="742"/>
        <source>%1: could not write the image</source>
        <translation>%1: das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
</TS>
