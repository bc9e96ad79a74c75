#include "app/simulator/routetable.h"

#include "app/simulator/httpsupport.h"

namespace roamdesk::sim {

namespace {
const QString IdSegment = QStringLiteral("{id}");
} // namespace

void ApiRequest::sendJson(int status, const QByteArray &body) const
{
    http::sendJson(responder, status, body, correlator);
}

void ApiRequest::sendEmpty(int status) const
{
    http::sendEmpty(responder, status, correlator);
}

void ApiRequest::sendError(int status, const QString &code, const QString &message) const
{
    http::sendError(responder, status, code, message, correlator);
}

void RouteTable::add(QHttpServerRequest::Methods methods, const QString &pattern, Handler handler)
{
    m_routes.append(Route{methods, pattern, std::move(handler)});
}

RouteTable::Match RouteTable::match(QStringView path, QHttpServerRequest::Method method) const
{
    Match result;
    for (const Route &route : m_routes) {
        QString id;
        if (!matches(route.pattern, path, &id))
            continue;
        result.allowed |= route.methods;
        if (!result.route && route.methods.testFlag(method)) {
            result.route = &route;
            result.id = id;
        }
    }
    return result;
}

bool RouteTable::matches(QStringView pattern, QStringView path, QString *id)
{
    const qsizetype at = pattern.indexOf(IdSegment);
    if (at < 0)
        return path == pattern;
    // Literal head, one non-empty segment, literal tail.
    const QStringView head = pattern.left(at);
    const QStringView tail = pattern.mid(at + IdSegment.size());
    if (path.size() <= head.size() + tail.size() || !path.startsWith(head) || !path.endsWith(tail))
        return false;
    const QStringView segment = path.mid(head.size(), path.size() - head.size() - tail.size());
    if (segment.contains(QLatin1Char('/')))
        return false;
    *id = segment.toString();
    return true;
}

QByteArray RouteTable::allowHeader(QHttpServerRequest::Methods methods)
{
    using Method = QHttpServerRequest::Method;
    QList<QByteArray> names;
    for (const auto &[method, name] : {std::pair{Method::Get, "GET"}, std::pair{Method::Post, "POST"},
             std::pair{Method::Put, "PUT"}, std::pair{Method::Delete, "DELETE"}}) {
        if (methods.testFlag(method))
            names.append(name);
    }
    return names.join(", ");
}

} // namespace roamdesk::sim
