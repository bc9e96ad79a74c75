#pragma once

// Small HTTP helpers shared by the simulator's endpoints: x-correlator echo and a writer that works on Qt 6.4
// (initializer-list headers) and 6.8+ (QHttpHeaders). Error bodies are ApiError's: the models own the wire format.

#include "models/apierror.h"

#include <QByteArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace roamdesk::sim::http {

inline constexpr char JsonMime[] = "application/json";
inline constexpr char CloudEventsMime[] = "application/cloudevents+json";

/// The x-correlator header of a request ("" when absent). `valid` is false when it breaks the
/// CAMARA pattern ^[a-zA-Z0-9-_:;./<>{}]{0,256}$ (the wider v0.8 one; v0.7 ids are a subset).
QByteArray correlator(const QHttpServerRequest &request, bool *valid);
bool isValidCorrelator(const QByteArray &value);

/// Writes a JSON answer with Content-Type application/json and the correlator when non-empty.
/// `extraName`/`extraValue` add one more header (e.g. Allow on 405) when non-empty.
void sendJson(QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &correlator,
    const QByteArray &extraName = {}, const QByteArray &extraValue = {});
/// A body-less answer (204).
void sendEmpty(QHttpServerResponder &responder, int status, const QByteArray &correlator);
/// A CAMARA ErrorInfo answer with the error's status; `extraName`/`extraValue` as for sendJson.
void sendError(QHttpServerResponder &responder, const ApiError &error, const QByteArray &correlator,
    const QByteArray &extraName = {}, const QByteArray &extraValue = {});
void sendError(QHttpServerResponder &responder, int status, const QString &code, const QString &message,
    const QByteArray &correlator);

} // namespace roamdesk::sim::http
