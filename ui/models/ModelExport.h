#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QTableView;

// Turning table rows into text for the clipboard (TSV, what the user sees) and into CSV files
// (RFC 4180, plain values from KeyedTableModel::ExportRole). Pure functions over a model, so
// every table view copies and exports the same way.
namespace crmlens::ui::modelexport {

enum class Values {
    Display, // the formatted text of each cell
    Export,  // KeyedTableModel::ExportRole, else the display text
};

// A header line, then the given rows of `model` (rows of that model, in the order given), with
// the given columns in the order given.
QList<QStringList> tableRows(const QAbstractItemModel& model, const QList<int>& rows, const QList<int>& columns,
                             Values values);

// The rows the user selected in `view` (whole rows, top to bottom as shown), or every shown row
// when `allWhenNoSelection` and nothing is selected; the columns not hidden, left to right as shown.
QList<int> selectedRows(const QTableView& view, bool allWhenNoSelection);
QList<int> visibleColumns(const QTableView& view);

// Tab-separated lines ending in "\n". Tabs and line breaks inside a field become spaces, so
// every line is one row when pasted into a spreadsheet.
QString toTsv(const QList<QStringList>& table);
// RFC 4180: fields holding a comma, a double quote, CR or LF are quoted with inner quotes
// doubled; records end in CRLF.
QString toCsv(const QList<QStringList>& table);
QString csvField(const QString& field);

// Lower-case words joined by '-' with anything but letters and digits dropped: a file name part
// free of separators and shell-special characters ("Operator: diego@acme.co" → "operator-diego-acme-co"),
// at most 60 characters.
QString fileNamePart(const QString& text);

} // namespace crmlens::ui::modelexport
