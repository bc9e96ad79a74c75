#pragma once

#include "models/apierror.h"

#include <QString>

namespace roamdesk::ui {

/// The sentence shown where an action failed: ApiError::userMessage() plus how often it was retried,
/// e.g. "The network answered 503 UNAVAILABLE: … Retried 3 times."
QString errorSentence(const ApiError &error, int attempts);

} // namespace roamdesk::ui
