#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace roamdesk {
class FleetTableModel;
} // namespace roamdesk

namespace roamdesk::ui {

/// Which rows of the fleet table the board shows: a state (roaming, at home, not known), a country (ISO code:
/// a device in any of its MCC's territories), and text found in the device's label. Sorts by the raw values.
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
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const FleetTableModel *m_fleet;
    State m_state = State::Any;
    QString m_country;
    QString m_text;
};

} // namespace roamdesk::ui
