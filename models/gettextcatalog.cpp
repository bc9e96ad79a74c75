#include "models/gettextcatalog.h"

#include <QFile>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcGettext, "roamdesk.models.gettext")

namespace roamdesk {

namespace {

constexpr quint32 Magic = 0x950412de;
constexpr quint32 SwappedMagic = 0xde120495;
constexpr qint64 HeaderSize = 28; // magic, revision, count, originals' table, translations' table, hash size, hash

/// Reads the file's 32-bit words in the byte order its magic number gave; every read is bounds-checked.
class MoReader
{
public:
    MoReader(const QByteArray &data, bool bigEndian)
        : m_data(data)
        , m_bigEndian(bigEndian)
    {
    }

    std::optional<quint32> word(qint64 offset) const
    {
        if (offset < 0 || offset + 4 > m_data.size())
            return std::nullopt;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + offset);
        return m_bigEndian ? (quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]))
                           : (quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | quint32(p[0]));
    }

    /// The string of table entry `index` (length, offset), up to its first NUL (a plural's first form).
    std::optional<QString> string(qint64 table, qint64 index) const
    {
        const std::optional<quint32> length = word(table + index * 8);
        const std::optional<quint32> offset = word(table + index * 8 + 4);
        if (!length || !offset || qint64(*offset) + qint64(*length) > m_data.size())
            return std::nullopt;
        const char *begin = m_data.constData() + *offset;
        const qsizetype size = qstrnlen(begin, *length);
        return QString::fromUtf8(begin, size);
    }

private:
    const QByteArray &m_data;
    bool m_bigEndian;
};

} // namespace

GettextCatalog GettextCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCDebug(lcGettext) << "no catalogue" << path << file.errorString();
        return {};
    }
    return fromData(file.readAll(), path);
}

GettextCatalog GettextCatalog::fromData(const QByteArray &data, const QString &origin)
{
    GettextCatalog catalog;
    const auto damaged = [&origin](const char *why) {
        qCWarning(lcGettext) << "damaged gettext catalogue, ignored:" << origin << why;
        return GettextCatalog();
    };
    if (data.size() < HeaderSize)
        return damaged("shorter than its header");
    const std::optional<quint32> little = MoReader(data, false).word(0);
    if (*little != Magic && *little != SwappedMagic)
        return damaged("not a .mo file");
    const MoReader reader(data, *little == SwappedMagic);
    const quint32 revision = *reader.word(4);
    if ((revision >> 16) > 1)
        return damaged("unknown major revision");
    const qint64 count = *reader.word(8);
    const qint64 originals = *reader.word(12);
    const qint64 translations = *reader.word(16);
    if (originals + count * 8 > data.size() || translations + count * 8 > data.size())
        return damaged("string tables outside the file");
    catalog.m_messages.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const std::optional<QString> original = reader.string(originals, i);
        const std::optional<QString> translation = reader.string(translations, i);
        if (!original || !translation)
            return damaged("a string outside the file");
        if (!original->isEmpty() && !translation->isEmpty())
            catalog.m_messages.insert(*original, *translation);
    }
    return catalog;
}

} // namespace roamdesk
