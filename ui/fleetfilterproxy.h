#pragma once

#include "models/filterexpression.h"

#include <QSortFilterProxyModel>
#include <QString>

namespace roamdesk {
class FleetTableModel;
} // namespace roamdesk

namespace roamdesk::ui {

/// Which rows of the fleet table the board shows: a state (roaming, at home, not known), a country (ISO code:
/// a device in any of its MCC's territories), and a filter expression over fleet entries (a bare word is
/// looked for anywhere in the device's label, as before). Sorts by the raw values.
class FleetFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterProxy)

public:
    enum class State { Any, Roaming, Home, Unknown };

    explicit FleetFilterProxy(FleetTableModel *fleet, QObject *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    void setCountry(const QString &isoCode); // empty: any
    QString country() const { return m_country; }
    /// Parses `text` as a filter expression over fleet entries (FilterTarget::Fleet) and applies it. What does
    /// not parse sets `error` (when given), returns false, and leaves the filter as it was.
    bool setText(const QString &text, FilterParseError *error = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const FleetTableModel *m_fleet;
    State m_state = State::Any;
    QString m_country;
    QString m_text;
    FilterExpression m_expression{};
};

} // namespace roamdesk::ui
