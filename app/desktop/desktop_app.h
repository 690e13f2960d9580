#pragma once
// Start-up of the desktop application: command line (project, --lang, --screenshot), translations, main window.

namespace pw::desktop {

int runDesktop(int argc, char** argv);

}  // namespace pw::desktop
