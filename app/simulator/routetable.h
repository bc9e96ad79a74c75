#pragma once

#include "app/simulator/caller.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

class QHttpServerResponder;

namespace roamdesk::sim {

/// One API request after routing and authentication: what an endpoint needs to answer it.
struct ApiRequest
{
    const QHttpServerRequest &http;
    QHttpServerResponder &responder;
    const Caller &caller;
    QByteArray correlator; // echoed on every answer ("" when the request had none)
    QString pathPrefix; // "/device-status" or "": the apiRoot layout the client used
    QString id; // the {id} segment of the path, when its route has one

    void sendJson(int status, const QByteArray &body) const;
    void sendEmpty(int status) const;
    void sendError(int status, const QString &code, const QString &message) const;
};

/// The simulator's routes: {methods, path pattern, handler}. A pattern is literal segments and at most one "{id}",
/// which matches one non-empty segment. A path no pattern matches is a 404; a path some pattern matches with another
/// method is a 405 whose Allow header lists the methods that would do.
class RouteTable
{
public:
    using Handler = std::function<void(const ApiRequest &)>;
    struct Route
    {
        QHttpServerRequest::Methods methods;
        QString pattern;
        Handler handler;
    };
    struct Match
    {
        const Route *route = nullptr; // null: no route for this method (see allowed)
        QHttpServerRequest::Methods allowed; // empty: no route for this path
        QString id;
    };

    void add(QHttpServerRequest::Methods methods, const QString &pattern, Handler handler);
    Match match(QStringView path, QHttpServerRequest::Method method) const;

    /// "GET, POST": the Allow header of a 405.
    static QByteArray allowHeader(QHttpServerRequest::Methods methods);

private:
    static bool matches(QStringView pattern, QStringView path, QString *id);

    QList<Route> m_routes;
};

} // namespace roamdesk::sim
