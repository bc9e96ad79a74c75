// The ceiling for the receiver benchmark: a bare QHttpServer route on loopback that only answers 204,
// no parsing, no auth, no storage. Prints its URL, runs until killed.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    QHttpServer server;
    server.route(QStringLiteral("/notifications"), QHttpServerRequest::Method::Post,
        [] { return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent); });
    auto *tcp = new QTcpServer(&server);
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        QTextStream(stderr) << "cannot listen: " << tcp->errorString() << '\n';
        return 1;
    }
    server.bind(tcp);
    QTextStream(stdout) << "http://127.0.0.1:" << tcp->serverPort() << "/notifications" << Qt::endl;
    return app.exec();
}
