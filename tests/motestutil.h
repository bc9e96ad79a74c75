#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QtEndian>

/// Writes a gettext .mo catalogue (no hash table) in either byte order, as msgfmt would.
inline QByteArray makeMoCatalog(const QList<QPair<QString, QString>> &messages, bool bigEndian = false)
{
    const auto word = [bigEndian](QByteArray &out, quint32 value) {
        char bytes[4];
        if (bigEndian)
            qToBigEndian(value, bytes);
        else
            qToLittleEndian(value, bytes);
        out.append(bytes, 4);
    };
    const quint32 count = quint32(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + 8 * count;
    QByteArray strings;
    QByteArray originalTable;
    QByteArray translationTable;
    const quint32 stringsStart = translations + 8 * count;
    const auto add = [&](QByteArray &table, const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        word(table, quint32(utf8.size()));
        word(table, stringsStart + quint32(strings.size()));
        strings += utf8;
        strings += '\0';
    };
    for (const auto &message : messages)
        add(originalTable, message.first);
    for (const auto &message : messages)
        add(translationTable, message.second);
    QByteArray out;
    word(out, 0x950412de);
    word(out, 0); // revision
    word(out, count);
    word(out, originals);
    word(out, translations);
    word(out, 0); // hash table size
    word(out, 0); // hash table offset
    return out + originalTable + translationTable + strings;
}
