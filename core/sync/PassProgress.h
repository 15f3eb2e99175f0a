#pragma once

#include <QSet>
#include <QString>

#include <optional>

// Which pages of a paged pass (contacts, campaigns) are stored. Pages are requested several at a
// time and may land out of order, so the checkpoint is the set of stored pages, not a cursor:
// a restarted sync requests exactly the pages that are missing.
namespace crmlens::sync {

class PassProgress
{
public:
    PassProgress() = default;
    explicit PassProgress(int pageSize) : m_pageSize(pageSize) {}

    int pageSize() const { return m_pageSize; }
    void markStored(int page) { m_stored.insert(page); }
    bool isStored(int page) const { return m_stored.contains(page); }
    int storedCount() const { return int(m_stored.size()); }

    // The list's size as the CRM last said it; -1 unknown.
    qint64 total() const { return m_total; }
    void setTotal(qint64 total) { m_total = total; }
    // A page shorter than the page size was stored: the list ends there (used when no total is sent).
    int shortPage() const { return m_shortPage; }
    void setShortPage(int page) { m_shortPage = m_shortPage == 0 ? page : qMin(m_shortPage, page); }

    // Pages the list has, as far as is known: from the total, else up to the first short page,
    // else one beyond the highest stored page. At least 1.
    int pagesKnown() const;
    // Every page up to pagesKnown() is stored and the end of the list is known.
    bool isComplete() const;

    // "size=100;total=523;pages=1-4,7" - the checkpoint text.
    QString encode() const;
    static std::optional<PassProgress> decode(const QString& text);

private:
    int m_pageSize = 100;
    qint64 m_total = -1;
    int m_shortPage = 0;
    QSet<int> m_stored;
};

} // namespace crmlens::sync
