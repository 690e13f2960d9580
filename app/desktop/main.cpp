#include "desktop_app.h"

int main(int argc, char** argv) { return pw::desktop::runDesktop(argc, argv); }
