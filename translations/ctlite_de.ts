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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="37"/>
        <source>Engine: ctlite %1, devices: %2, %3 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="40"/>
        <source>Engine: not started yet (it starts with the first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="44"/>
        <source>Model: %1 %2&lt;br&gt;Weights SHA-256: %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="48"/>
        <source>Licences of the components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::CtliteRunController</name>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="49"/>
        <source>Engine %1 ready: devices %2, %3 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="103"/>
        <source>Open a chest CT series first.</source>
        <translation>Bitte zuerst eine Thorax-CT-Serie öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="104"/>
        <source>The current volume has no source file for the engine to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="106"/>
        <source>No CT-Lite model found in %1. Choose a models folder in the AI menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="108"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>Ein CT-Lite-Lauf ist bereits aktiv.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="122"/>
        <source>Could not create a temporary folder for the engine&apos;s results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="146"/>
        <source>PCA overlay not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="147"/>
        <source>Scores are ready, but the PCA overlay could not be read: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="42"/>
        <source>First file of the series: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EngineClient</name>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="30"/>
        <source>The engine did not answer the cancel request; stopping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="75"/>
        <source>Starting engine: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="91"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>Ein CT-Lite-Lauf ist bereits aktiv.</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="128"/>
        <source>Ignored a line from the engine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="132"/>
        <source>The CT-Lite engine sent an over-long line; it does not speak the viewer&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="153"/>
        <source>Engine error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="161"/>
        <source>The CT-Lite engine refused to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="166"/>
        <source>The CT-Lite engine answered hello with an unexpected reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="180"/>
        <source>The engine&apos;s result could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="205"/>
        <source> Last engine messages: %1</source>
        <translation type="unfinished"></translation>
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
    <name>ctlite::widgets::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="25"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="26"/>
        <source>Preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="27"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="28"/>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="92"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <source>No model selected</source>
        <translation>Kein Modell gewählt</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="115"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="110"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="121"/>
        <source>Research prototype trained on synthetic phantoms. Not for clinical use.</source>
        <translation>Forschungsprototyp, auf synthetischen Phantomen trainiert. Nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="116"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="119"/>
        <source>Weights SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="130"/>
        <source>Starting the CT-Lite engine…</source>
        <translation>CT-Lite-Engine wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="136"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="150"/>
        <source>Run CT-Lite (Ctrl+R) to score the 18 chest CT findings.</source>
        <translation>CT-Lite ausführen (Strg+R), um die 18 Thorax-CT-Befunde zu bewerten.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="157"/>
        <source>%1 of %2 findings above threshold</source>
        <translation>%1 von %2 Befunden über der Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="161"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="173"/>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="174"/>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="182"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="196"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="196"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="63"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="64"/>
        <source>mean %1 ± %2 HU, min %3, max %4, %5 cm², %6 voxels</source>
        <translation type="unfinished"></translation>
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
    <name>QObject</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="74"/>
        <source>%1: not enough memory to load this series</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="366"/>
        <source>Mean %1 ± %2 HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="367"/>
        <source>Min %1  Max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="368"/>
        <source>Area %1 cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="418"/>
        <source>Voxel (%1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="419"/>
        <source>LPS (%1, %2, %3) mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>%1 HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>Value %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="25"/>
        <source>CT-Lite Workstation: chest CT viewer with the CT-Lite findings engine. Not for clinical use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="30"/>
        <source>DICOM folder or file, NIfTI, JPEG stack or .npz to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::VolumeLoader</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="87"/>
        <location filename="../widgets/io/volume_loader.cpp" line="99"/>
        <source>%1: this build of the viewer has no image readers</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>GPU ray casting</source>
        <translation type="unfinished"></translation>
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
        <location filename="../widgets/workstation/workstation_window.cpp" line="91"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="643"/>
        <source>CT-Lite Workstation</source>
        <translation>CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="132"/>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="133"/>
        <source>Open f&amp;older…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="133"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="134"/>
        <source>Save &amp;screenshot…</source>
        <translation>&amp;Bildschirmfoto speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="134"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="142"/>
        <source>2 × 2 grid</source>
        <translation>2 × 2 Raster</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="143"/>
        <source>Axial focus</source>
        <translation>Axial im Fokus</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="144"/>
        <source>Three planes</source>
        <translation>Drei Ebenen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="152"/>
        <source>&amp;Maximise view</source>
        <translation>Ansicht &amp;maximieren</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="153"/>
        <source>Maximise the active view (F or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="155"/>
        <source>&amp;Reset views</source>
        <translation>Ansichten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="157"/>
        <source>&amp;Cine</source>
        <translation>&amp;Cine</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="159"/>
        <source>Play through the slices of the active view (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="168"/>
        <source>%1: W %2 / L %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="178"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigieren</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="179"/>
        <source>Left drag: window/level · click: crosshair · middle: pan · right: zoom · wheel: slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="180"/>
        <source>Measure &amp;distance</source>
        <translation>&amp;Strecke messen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="181"/>
        <source>Measure &amp;ellipse ROI</source>
        <translation>&amp;Ellipsen-ROI messen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="191"/>
        <source>&amp;Run CT-Lite</source>
        <translation>CT-Lite &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="191"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="192"/>
        <source>Score the 18 chest CT findings with the selected model (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="196"/>
        <source>Show PCA &amp;overlay</source>
        <translation>PCA-&amp;Überlagerung zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="199"/>
        <source>Models &amp;folder…</source>
        <translation>Modell&amp;ordner…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="201"/>
        <source>&amp;About CT-Lite Workstation</source>
        <translation>&amp;Über CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="214"/>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="216"/>
        <source>CT-Lite findings</source>
        <translation>CT-Lite-Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="217"/>
        <source>PCA overlay</source>
        <translation>PCA-Überlagerung</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="220"/>
        <source>DICOM tags</source>
        <translation>DICOM-Tags</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="221"/>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="226"/>
        <source>Engine log</source>
        <translation>Engine-Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="232"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="238"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="241"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="247"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="248"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="253"/>
        <source>Window &amp;presets</source>
        <translation>&amp;Fenstervorgaben</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="258"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="272"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="272"/>
        <source>The new language is used from the next start of the viewer.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start des Viewers.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="276"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="278"/>
        <source>Delete all measurements</source>
        <translation>Alle Messungen löschen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="281"/>
        <source>&amp;AI</source>
        <translation>&amp;KI</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="293"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="299"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="311"/>
        <source>CT-Lite</source>
        <translation>CT-Lite</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="317"/>
        <source> Model </source>
        <translation> Modell </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="323"/>
        <source> Device </source>
        <translation> Gerät </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="326"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="327"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="343"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="381"/>
        <source>Reading (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="390"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="528"/>
        <source>Could not open</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="393"/>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="401"/>
        <source>%1: evidence at voxel (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="417"/>
        <source>Finished at %1.</source>
        <translation>Fertig um %1.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="424"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="425"/>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="484"/>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="485"/>
        <source>Medical images (*.dcm *.nii *.nii.gz *.npz *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="491"/>
        <source>Open DICOM or JPEG-stack folder</source>
        <translation>DICOM- oder JPEG-Stapel-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="498"/>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="519"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="550"/>
        <source>Still loading the previous study; cancel it first.</source>
        <translation>Die vorige Studie lädt noch; bitte zuerst abbrechen.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="526"/>
        <source>%1: no readable image series found</source>
        <translation>%1: keine lesbare Bildserie gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="540"/>
        <source>%1 series found: double-click one in Studies to open it.</source>
        <translation>%1 Serien gefunden: zum Öffnen eine in „Studien“ doppelklicken.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="549"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="567"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="574"/>
        <source>The loaded image is not DICOM: it has no tags.</source>
        <translation>Das geladene Bild ist kein DICOM: es hat keine Tags.</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="577"/>
        <source>Reading tags…</source>
        <translation>Tags werden gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="583"/>
        <source>No DICOM file of this series was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="584"/>
        <source>%1: the tags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="642"/>
        <source>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · no study open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="650"/>
        <source>Unnamed patient</source>
        <translation>Unbenannter Patient</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="651"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="659"/>
        <source>%1 — CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="699"/>
        <source>(no model found)</source>
        <translation>(kein Modell gefunden)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="701"/>
        <source>Models folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="712"/>
        <source>Choose the CT-Lite models folder</source>
        <translation>CT-Lite-Modellordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>No models</source>
        <translation>Keine Modelle</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>%1: no model folders (with a manifest.json) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="723"/>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="725"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>%1: could not write the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
