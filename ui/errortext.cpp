#include "ui/errortext.h"

#include <QCoreApplication>

namespace roamdesk::ui {

QString errorSentence(const ApiError &error, int attempts)
{
    QString text = error.userMessage();
    if (attempts == 2)
        text += QLatin1Char(' ') + QCoreApplication::translate("ErrorText", "Retried once.");
    else if (attempts > 2)
        text += QLatin1Char(' ') + QCoreApplication::translate("ErrorText", "Retried %1 times.").arg(attempts - 1);
    return text;
}

} // namespace roamdesk::ui
