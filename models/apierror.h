#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace roamdesk {

/// The one error type: a CAMARA ErrorInfo {status, code, message} plus where it came from.
/// The client produces it, the simulator and receiver serialize it, the UI shows userMessage().
struct ApiError
{
    /// Failures that never reached an HTTP status.
    enum class Transport {
        None, // an HTTP answer with a status
        ConnectionRefused,
        HostNotFound,
        Tls,
        Timeout,
        Truncated, // body shorter than announced / connection closed mid-body
        InvalidBody, // 2xx whose body is not the JSON the spec promises
        Cancelled,
        Other,
    };

    int httpStatus = 0;
    QString code; // CAMARA code, e.g. "IDENTIFIER_NOT_FOUND"
    QString message; // the server's message (or ours for transport failures)
    QString correlator;
    Transport transport = Transport::None;

    bool isTransport() const { return transport != Transport::None; }

    /// {status, code, message} as the spec's ErrorInfo.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;

    /// From an HTTP answer: a CAMARA body is taken as is; an empty, non-JSON or partial body
    /// still yields a code from the status (e.g. 503 -> UNAVAILABLE) and a message that says so.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QString &correlator = {});
    static ApiError make(int httpStatus, const QString &code, const QString &message = {});
    static ApiError transportFailure(Transport transport, const QString &detail, const QString &correlator = {});

    /// The spec's default code for a status (400 INVALID_ARGUMENT, 404 NOT_FOUND, 503 UNAVAILABLE, …).
    static QString defaultCode(int httpStatus);
    /// The spec's example message for a code ("Rate limit reached." for TOO_MANY_REQUESTS, …).
    static QString defaultMessage(const QString &code);

    /// A translated sentence a person can act on, naming status and code, e.g.
    /// "The network answered 503 UNAVAILABLE: the service is temporarily unavailable. (Network issue)".
    QString userMessage() const;
};

} // namespace roamdesk
