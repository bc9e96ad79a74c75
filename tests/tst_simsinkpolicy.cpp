// SinkRule parsing and SinkPolicy's verdicts on sink URLs: loopback by default, widened by rules, link-local
// and cloud metadata never, user:password@ never, no name resolution.
#include "app/simulator/sinkpolicy.h"

#include <QTest>

using roamdesk::sim::SinkPolicy;
using roamdesk::sim::SinkRule;

class TestSimSinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << "localhost" << true << "localhost" << -1;
        QTest::newRow("name and port, upper case") << "LOCALHOST:8080" << true << "localhost" << 8080;
        QTest::newRow("public name") << "receiver.example.net:443" << true << "receiver.example.net" << 443;
        QTest::newRow("IPv4 shorthand spelled out") << "127.1" << true << "127.0.0.1" << -1;
        QTest::newRow("bare IPv6") << "::1" << true << "::1" << -1;
        QTest::newRow("IPv6 with port") << "[::1]:9000" << true << "::1" << 9000;
        QTest::newRow("IPv4 subnet") << "10.0.0.0/8" << true << "10.0.0.0/8" << -1;
        QTest::newRow("IPv4 subnet with port") << "10.0.0.0/8:9000" << true << "10.0.0.0/8" << 9000;
        QTest::newRow("IPv6 subnet with port") << "[fd00::/8]:9000" << true << "fd00::/8" << 9000;
        QTest::newRow("empty") << "" << false << "" << 0;
        QTest::newRow("port 0") << "localhost:0" << false << "" << 0;
        QTest::newRow("port too big") << "localhost:65536" << false << "" << 0;
        QTest::newRow("port not a number") << "localhost:http" << false << "" << 0;
        QTest::newRow("unclosed bracket") << "[::1" << false << "" << 0;
        QTest::newRow("junk after bracket") << "[::1]9000" << false << "" << 0;
        QTest::newRow("prefix too long") << "10.0.0.0/33" << false << "" << 0;
        QTest::newRow("space in name") << "two words" << false << "" << 0;
        QTest::newRow("path instead of prefix") << "example.net/hook" << false << "" << 0;
    }

    void parseRule()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        const std::optional<SinkRule> rule = SinkRule::parse(text);
        QCOMPARE(rule.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(rule->host, host);
        QCOMPARE(rule->port, port);
        QCOMPARE(SinkRule::parse(rule->toString()), rule);
    }

    void defaultRules_data()
    {
        QTest::addColumn<QString>("sink");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8787/notifications" << true;
        QTest::newRow("elsewhere in 127/8") << "https://127.200.0.9/n" << true;
        QTest::newRow("::1") << "http://[::1]:8787/n" << true;
        QTest::newRow("localhost") << "http://localhost:8787/n" << true;
        QTest::newRow("IPv4-mapped loopback") << "http://[::ffff:127.0.0.1]:8787/n" << true;
        QTest::newRow("decimal spelling of 127.0.0.1") << "http://2130706433:8787/n" << true;
        QTest::newRow("private address") << "http://192.168.1.10:8787/n" << false;
        QTest::newRow("public address") << "https://203.0.113.7/n" << false;
        QTest::newRow("0.0.0.0") << "http://0.0.0.0:8787/n" << false;
        QTest::newRow("name, never resolved") << "https://hooks.example.net/n" << false;
        QTest::newRow("localhost with a trailing dot") << "http://localhost.:8787/n" << false;
        QTest::newRow("name under localhost") << "http://evil.localhost:8787/n" << false;
        QTest::newRow("metadata") << "http://169.254.169.254/latest/meta-data/" << false;
        QTest::newRow("user:password@ on loopback") << "http://user:secret@127.0.0.1:8787/n" << false;
        QTest::newRow("user only on loopback") << "http://token@127.0.0.1:8787/n" << false;
    }

    void defaultRules()
    {
        QFETCH(QString, sink);
        QFETCH(bool, allowed);
        const QString refusal = SinkPolicy().refusal(QUrl(sink, QUrl::StrictMode));
        QVERIFY2(refusal.isEmpty() == allowed, qPrintable(refusal));
        if (!allowed)
            QVERIFY(refusal.startsWith(QLatin1String("sink ")));
    }

    void rulesWiden_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("sink");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("name, default https port") << "hooks.example.net:443"
                                                  << "https://hooks.example.net/n" << true;
        QTest::newRow("name, default http port") << "hooks.example.net:80"
                                                 << "http://hooks.example.net/n" << true;
        QTest::newRow("name, other port") << "hooks.example.net:443"
                                          << "https://hooks.example.net:8443/n" << false;
        QTest::newRow("name, any port") << "hooks.example.net"
                                        << "https://hooks.example.net:8443/n" << true;
        QTest::newRow("name is not a suffix") << "example.net"
                                              << "https://hooks.example.net/n" << false;
        QTest::newRow("name matches no address") << "hooks.example.net"
                                                 << "https://203.0.113.7/n" << false;
        QTest::newRow("address") << "192.168.1.10"
                                 << "http://192.168.1.10:8787/n" << true;
        QTest::newRow("address, IPv4-mapped spelling") << "192.168.1.10"
                                                       << "http://[::ffff:192.168.1.10]:1/n" << true;
        QTest::newRow("subnet") << "192.168.0.0/16:8787"
                                << "http://192.168.44.3:8787/n" << true;
        QTest::newRow("outside the subnet") << "192.168.0.0/16"
                                            << "http://192.169.0.1/n" << false;
        QTest::newRow("IPv6 address") << "2001:db8::5"
                                      << "http://[2001:db8::5]:8787/n" << true;
    }

    void rulesWiden()
    {
        QFETCH(QString, rule);
        QFETCH(QString, sink);
        QFETCH(bool, allowed);
        SinkPolicy policy;
        policy.allow(*SinkRule::parse(rule));
        const QString refusal = policy.refusal(QUrl(sink, QUrl::StrictMode));
        QVERIFY2(refusal.isEmpty() == allowed, qPrintable(refusal));
    }

    void portRestrictedLoopback()
    {
        SinkPolicy policy;
        policy.setRules({SinkRule{QStringLiteral("127.0.0.1"), 8787}});
        QVERIFY(policy.refusal(QUrl(QStringLiteral("http://127.0.0.1:8787/n"))).isEmpty());
        QVERIFY(!policy.refusal(QUrl(QStringLiteral("http://127.0.0.1:22/n"))).isEmpty());
        QVERIFY(!policy.refusal(QUrl(QStringLiteral("http://localhost:8787/n"))).isEmpty()); // names only as listed
        policy.setRules({});
        QVERIFY(!policy.refusal(QUrl(QStringLiteral("http://127.0.0.1:8787/n"))).isEmpty());
    }

    void neverASink_data()
    {
        QTest::addColumn<QString>("sink");
        QTest::newRow("AWS/GCP/Azure/OpenStack metadata") << "http://169.254.169.254/latest/meta-data/";
        QTest::newRow("elsewhere in 169.254/16") << "http://169.254.10.20:8080/n";
        QTest::newRow("AWS IPv6 metadata") << "http://[fd00:ec2::254]/latest/meta-data/";
        QTest::newRow("IPv6 link-local") << "http://[fe80::1]:8080/n";
        QTest::newRow("IPv6 link-local, upper fe80::/10") << "http://[febf::1]/n";
        QTest::newRow("IPv4-mapped metadata") << "http://[::ffff:169.254.169.254]/";
        QTest::newRow("NAT64 metadata") << "http://[64:ff9b::a9fe:a9fe]/";
        QTest::newRow("Alibaba Cloud metadata") << "http://100.100.100.200/latest/meta-data/";
        QTest::newRow("Oracle Cloud Classic metadata") << "http://192.0.0.192/";
    }

    void neverASink()
    {
        QFETCH(QString, sink);
        const QUrl url(sink, QUrl::StrictMode);
        SinkPolicy policy;
        policy.setRules({SinkRule{QStringLiteral("0.0.0.0/0")}, SinkRule{QStringLiteral("::/0")}, SinkRule{url.host()},
            SinkRule{url.host(), url.port(80)}});
        const QString refusal = policy.refusal(url);
        QVERIFY2(refusal.contains(QLatin1String("metadata")), qPrintable(refusal));
        // The permissive rules do open an ordinary address.
        QVERIFY(policy.refusal(QUrl(QStringLiteral("http://203.0.113.7/n"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimSinkPolicy)
#include "tst_simsinkpolicy.moc"
