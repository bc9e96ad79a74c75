#pragma once

#include "models/alert.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace roamdesk::ui {

/// Narrows AlertsModel by state, severity and words (each word must start a word of the rule, kind, device,
/// message, severity or state; case ignored).
class AlertsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsFilter)

public:
    /// Which states pass.
    enum class States { Active, Open, Acknowledged, Resolved, Ignored, All };

    explicit AlertsFilter(QObject *parent = nullptr);

    void setStates(States states);
    States states() const { return m_states; }
    /// Alerts at least this severe pass (nullopt: all).
    void setMinimumSeverity(std::optional<AlertSeverity> severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    States m_states = States::Active;
    std::optional<AlertSeverity> m_minimum;
    QStringList m_words;
};

} // namespace roamdesk::ui
