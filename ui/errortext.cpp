#include "errortext.h"

#include <QCoreApplication>

namespace roamdesk::ui {

QString errorSentence(const ApiError &error, int attempts)
{
    QString text = error.userMessage();
    if (attempts > 1)
        text +=
            QLatin1Char(' ') + QCoreApplication::translate("ErrorText", "Retried %n time(s).", nullptr, attempts - 1);
    return text;
}

} // namespace roamdesk::ui
