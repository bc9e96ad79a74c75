#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace roamdesk {

/// The messages of a compiled gettext catalogue (.mo): original -> translation, both UTF-8. Reads either
/// byte order; a damaged file (bad magic, tables or strings outside the file) gives an empty catalogue and
/// a logged warning. Plural entries keep their first forms; the header entry (empty original) is left out.
class GettextCatalog
{
public:
    GettextCatalog() = default;

    static GettextCatalog fromFile(const QString &path);
    /// `origin` names the data in the warning of a damaged catalogue.
    static GettextCatalog fromData(const QByteArray &data, const QString &origin = QString());

    bool isEmpty() const { return m_messages.isEmpty(); }
    qsizetype size() const { return m_messages.size(); }
    /// The translation of `original`; empty when the catalogue has none.
    QString translate(const QString &original) const { return m_messages.value(original); }

private:
    QHash<QString, QString> m_messages;
};

} // namespace roamdesk
