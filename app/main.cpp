// The roamdesk GUI entry point. Thin on purpose: everything lives in the libraries.
#include "ui/application.h"

int main(int argc, char *argv[])
{
    return roamdesk::ui::runApplication(argc, argv);
}
