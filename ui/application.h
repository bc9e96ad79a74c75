#pragma once

// The GUI's entry, kept free of widget headers so that app/main.cpp stays widget-free.

namespace roamdesk::ui {

/// Creates the QApplication, installs translations, shows the main window and runs the event loop.
int runApplication(int argc, char *argv[]);

} // namespace roamdesk::ui
