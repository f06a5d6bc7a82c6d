#include "registers/ImportWizard.h"

#include "HelpWindow.h"
#include "MessageLabel.h"
#include "Named.h"
#include "WindowSize.h"
#include "registers/CsvReader.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace pd::ui {

namespace {

constexpr int previewRows = 20;
constexpr int rowsPerStep = 250;

} // namespace

struct ImportWizard::Private
{
    explicit Private(const Session &s)
        : session(s)
    { }

    const Session session;
    QString path;
    QHash<QString, ImportField> mapping; // only the columns whose field the user changed
    bool strict = false;
    std::shared_ptr<std::atomic_bool> cancelCheck = std::make_shared<std::atomic_bool>(false);
    ImportCheck check;
    bool checked = false;
    ImportResult result;
    bool finished = false;
    std::unique_ptr<PersonImport> importer;
};

// Step 1: which file.
class ImportFilePage final : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose the export file"));
        setSubTitle(ImportWizard::tr(
            "A CSV file from the housing system with a header row: customer number, "
            "name, relation, end date, and optionally address, postcode, phone and "
            "e-mail."));
        m_path = named<QLineEdit>(QStringLiteral("importPath"), this);
        m_path->setPlaceholderText(ImportWizard::tr("Path to a .csv file"));
        auto *browse = named<QPushButton>(QStringLiteral("importBrowse"),
                                          ImportWizard::tr("B&rowse…"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto *label = new QLabel(ImportWizard::tr("&File:"), this);
        label->setBuddy(m_path);
        m_message = new MessageLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(label);
        layout->addLayout(row);
        layout->addWidget(m_message);
        layout->addStretch();
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            m_wizard->d->path = m_path->text().trimmed();
            m_message->setMessage({});
            emit completeChanged();
        });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Choose the export file"),
                QFileInfo(m_path->text()).absolutePath(),
                ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
            if (!chosen.isEmpty())
                m_path->setText(chosen);
        });
    }

    void setPath(const QString &path) { m_path->setText(path); }

    bool isComplete() const override { return QFileInfo(m_path->text().trimmed()).isFile(); }

    bool validatePage() override
    {
        CsvReader reader(m_path->text().trimmed());
        if (!reader.open()) {
            m_message->setMessage(reader.errorString());
            return false;
        }
        return true;
    }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    MessageLabel *m_message;
};

// Step 2: what the file holds, and which field each column is.
class ImportPreviewPage final : public QWizardPage
{
public:
    explicit ImportPreviewPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check the columns"));
        setSubTitle(
            ImportWizard::tr("The first rows of the file. Choose above each column what it holds; "
                             "customer number and name are required."));
        m_format = named<QLabel>(QStringLiteral("importFormat"), this);
        m_table = named<QTableWidget>(QStringLiteral("importPreview"), this);
        m_table->setAccessibleName(ImportWizard::tr("The first rows of the file"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->horizontalHeader()->setDefaultSectionSize(150);
        m_message = new MessageLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_format);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_message);
    }

    void initializePage() override
    {
        m_table->clear();
        m_combos.clear();
        CsvReader reader(m_wizard->d->path);
        if (!reader.open()) {
            m_format->clear();
            m_message->setMessage(reader.errorString());
            return;
        }
        m_format->setText(ImportWizard::tr("Encoding: %1 · separator: %2")
                              .arg(CsvReader::encodingName(reader.encoding(), reader.hasBom(),
                                                           reader.mixedEncoding()),
                                   CsvReader::delimiterName(reader.delimiter())));
        m_header = reader.header();
        QList<CsvRecord> rows;
        CsvRecord record;
        while (rows.size() < previewRows && reader.next(&record))
            rows << record;
        m_table->setColumnCount(int(m_header.size()));
        m_table->setRowCount(int(rows.size()) + 1);
        QStringList lineLabels { ImportWizard::tr("Field") };
        for (int c = 0; c < m_header.size(); ++c) {
            const QString name = m_header.at(c);
            m_table->setHorizontalHeaderItem(
                c, new QTableWidgetItem(name.isEmpty() ? ImportWizard::tr("(no name)") : name));
            auto *combo = named<QComboBox>(QStringLiteral("field%1").arg(c), m_table);
            for (ImportField field : PersonImport::fields())
                combo->addItem(PersonImport::label(field), int(field));
            const ImportField current = PersonImport::fieldForColumn(name, m_wizard->d->mapping);
            combo->setCurrentIndex(combo->findData(int(current)));
            combo->setAccessibleName(ImportWizard::tr("Field for column %1").arg(name));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, name, combo] {
                m_wizard->d->mapping.insert(name, ImportField(combo->currentData().toInt()));
                m_wizard->d->checked = false;
                emit completeChanged();
            });
            m_table->setCellWidget(0, c, combo);
            m_combos << combo;
        }
        for (int r = 0; r < rows.size(); ++r) {
            lineLabels << QLocale().toString(rows.at(r).line);
            for (int c = 0; c < rows.at(r).fields.size() && c < m_header.size(); ++c) {
                QString text = rows.at(r).fields.at(c);
                auto *item = new QTableWidgetItem(text.replace(u'\n', u' '));
                item->setToolTip(rows.at(r).fields.at(c));
                m_table->setItem(r + 1, c, item);
            }
        }
        m_table->setVerticalHeaderLabels(lineLabels);
        m_table->resizeRowToContents(0);
        emit completeChanged();
    }

    bool isComplete() const override
    {
        QHash<int, int> counts;
        for (const QComboBox *combo : m_combos)
            ++counts[combo->currentData().toInt()];
        QString problem;
        for (ImportField field : { ImportField::Klantnummer, ImportField::Naam }) {
            if (counts.value(int(field)) != 1) {
                problem = ImportWizard::tr("Choose exactly one column for “%1”.")
                              .arg(PersonImport::label(field));
                break;
            }
        }
        for (auto it = counts.cbegin(); problem.isEmpty() && it != counts.cend(); ++it) {
            if (it.key() != int(ImportField::Ignore) && it.value() > 1)
                problem = ImportWizard::tr("Several columns are set to “%1”.")
                              .arg(PersonImport::label(ImportField(it.key())));
        }
        m_message->setMessage(problem);
        return !m_combos.isEmpty() && problem.isEmpty();
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_format;
    QTableWidget *m_table;
    MessageLabel *m_message;
    QStringList m_header;
    QList<QComboBox *> m_combos;
};

// Step 3: every line checked (on a worker thread), the rejected ones listed, before anything is
// written. This is the commit page: after it, the import runs.
class ImportCheckPage final : public QWizardPage
{
public:
    explicit ImportCheckPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check every line"));
        setSubTitle(ImportWizard::tr(
            "Nothing has been imported yet. Lines with a problem are listed with the "
            "reason; they are skipped unless you choose to import nothing at all."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        m_busy = named<QProgressBar>(QStringLiteral("checkProgress"), this);
        m_summary = named<QLabel>(QStringLiteral("checkSummary"), this);
        m_summary->setWordWrap(true);
        m_rejected = named<QTableWidget>(QStringLiteral("rejectedLines"), 0, 2, this);
        m_rejected->setAccessibleName(ImportWizard::tr("Lines with a problem"));
        m_rejected->setHorizontalHeaderLabels(
            { ImportWizard::tr("Line"), ImportWizard::tr("Reason") });
        m_rejected->horizontalHeader()->setStretchLastSection(true);
        m_rejected->verticalHeader()->hide();
        m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_rejected->setWordWrap(true);
        m_strict
            = named<QCheckBox>(QStringLiteral("strict"),
                               ImportWizard::tr("Import &nothing when a line is rejected"), this);
        m_message = new MessageLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_busy);
        layout->addWidget(m_summary);
        layout->addWidget(m_rejected, 1);
        layout->addWidget(m_strict);
        layout->addWidget(m_message);
        connect(m_strict, &QCheckBox::toggled, this, [this](bool on) {
            m_wizard->d->strict = on;
            emit completeChanged();
        });
        connect(&m_watcher, &QFutureWatcher<ImportCheck>::finished, this, [this] { showCheck(); });
    }

    ~ImportCheckPage() override
    {
        m_wizard->d->cancelCheck->store(true);
        m_watcher.waitForFinished();
    }

    void initializePage() override
    {
        m_wizard->d->checked = false;
        m_busy->setRange(0, 0);
        m_busy->show();
        m_summary->setText(ImportWizard::tr("Checking the file…"));
        m_rejected->setRowCount(0);
        m_message->setMessage({});
        m_wizard->d->cancelCheck->store(true);
        m_watcher.waitForFinished();
        m_wizard->d->cancelCheck = std::make_shared<std::atomic_bool>(false);
        const QString path = m_wizard->d->path;
        const ImportOptions options = m_wizard->options();
        const auto cancel = m_wizard->d->cancelCheck;
        m_watcher.setFuture(QtConcurrent::run(
            [path, options, cancel] { return PersonImport::check(path, options, cancel.get()); }));
        emit completeChanged();
    }

    void cleanupPage() override { m_wizard->d->cancelCheck->store(true); }

    bool isComplete() const override
    {
        const auto &d = m_wizard->d;
        if (!d->checked || !d->check.ok() || d->check.valid == 0)
            return false;
        return !(d->strict && !d->check.rejected.isEmpty());
    }

private:
    void showCheck()
    {
        if (m_wizard->d->cancelCheck->load())
            return;
        const ImportCheck check = m_watcher.result();
        const bool pageHadFocus = isAncestorOf(m_wizard->focusWidget());
        m_wizard->d->check = check;
        m_wizard->d->checked = true;
        m_busy->hide();
        if (!check.ok()) {
            m_summary->clear();
            m_message->setMessage(check.error);
            emit completeChanged();
            return;
        }
        const QLocale locale;
        m_summary->setText(
            ImportWizard::tr("%1 of %Ln line(s) can be imported; %2 rejected.", nullptr,
                             static_cast<int>(check.records))
                .arg(locale.toString(check.valid), locale.toString(qint64(check.rejected.size()))));
        m_rejected->setRowCount(int(check.rejected.size()));
        for (int i = 0; i < check.rejected.size(); ++i) {
            auto *line = new QTableWidgetItem(locale.toString(check.rejected.at(i).line));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rejected->setItem(i, 0, line);
            m_rejected->setItem(i, 1, new QTableWidgetItem(check.rejected.at(i).reason));
        }
        m_rejected->resizeColumnToContents(0);
        m_rejected->setVisible(!check.rejected.isEmpty());
        m_strict->setEnabled(!check.rejected.isEmpty());
        if (check.valid == 0)
            m_message->setMessage(ImportWizard::tr("No line can be imported."));
        emit completeChanged();
        // Hiding the empty list moved the keyboard to "< Back": it stays on this page.
        if (pageHadFocus && !isAncestorOf(m_wizard->focusWidget())) {
            if (m_strict->isEnabled())
                m_strict->setFocus(Qt::OtherFocusReason);
            else
                m_wizard->setFocus(Qt::OtherFocusReason); // Enter still imports
        }
    }

    ImportWizard *m_wizard;
    QProgressBar *m_busy;
    QLabel *m_summary;
    QTableWidget *m_rejected;
    QCheckBox *m_strict;
    MessageLabel *m_message;
    QFutureWatcher<ImportCheck> m_watcher;
};

// Step 4: the write, in one transaction, then what it did.
class ImportResultPage final : public QWizardPage
{
public:
    explicit ImportResultPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Import"));
        m_summary = named<QLabel>(QStringLiteral("importSummary"), this);
        m_summary->setWordWrap(true);
        m_message = new MessageLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_message);
        layout->addStretch();
        setFinalPage(true);
    }

    void initializePage() override
    {
        auto &d = m_wizard->d;
        d->finished = false;
        d->importer = std::make_unique<PersonImport>(d->session);
        QString error;
        if (!d->importer->begin(d->path, m_wizard->options(), d->check, &error)) {
            d->importer.reset();
            d->result = {};
            d->result.error = error;
            done();
            return;
        }
        m_summary->setText(ImportWizard::tr("Importing…"));
        m_progress = new QProgressDialog(ImportWizard::tr("Importing persons…"),
                                         ImportWizard::tr("Cancel"), 0,
                                         int(d->importer->rowsTotal()), m_wizard);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_wizard->d->importer->cancel();
            m_wizard->d->importer.reset();
            m_wizard->d->result = {};
            m_wizard->d->result.error
                = ImportWizard::tr("The import was cancelled; nothing was imported.");
            done();
        });
        QTimer::singleShot(0, this, [this] { writeStep(); });
    }

    bool isComplete() const override { return m_wizard->d->finished; }

private:
    // One slice of rows, then back to the event loop; scheduled again only after the progress
    // dialog has been updated, so a step never runs inside another.
    void writeStep()
    {
        auto &d = m_wizard->d;
        if (!d->importer)
            return;
        const bool more = d->importer->step(rowsPerStep);
        if (m_progress)
            m_progress->setValue(int(d->importer ? d->importer->rowsDone() : 0));
        if (!d->importer)
            return; // cancelled while the dialog was updated
        if (more) {
            QTimer::singleShot(0, this, [this] { writeStep(); });
            return;
        }
        d->result = d->importer->finish();
        d->importer.reset();
        done();
        if (d->result.ok())
            emit m_wizard->personsImported(d->result.imported, d->result.updated);
    }

    // "Retention terms: 3 created, 3 moved, 1 removed." (the derived items).
    static QString termsText(const DerivedTerms &terms)
    {
        if (!terms.any())
            return ImportWizard::tr("No retention term changed.");
        QStringList parts;
        if (terms.created != 0)
            parts << ImportWizard::tr("%n retention term(s) created", nullptr, terms.created);
        if (terms.moved != 0)
            parts << ImportWizard::tr("%n retention term(s) moved", nullptr, terms.moved);
        if (terms.removed != 0)
            parts << ImportWizard::tr("%n retention term(s) removed", nullptr, terms.removed);
        return parts.join(QStringLiteral(", ")) + u'.';
    }

    void done()
    {
        auto &d = m_wizard->d;
        if (m_progress) {
            m_progress->disconnect(this);
            m_progress->close();
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        d->finished = true;
        const QLocale locale;
        if (d->result.ok()) {
            // Counts without a noun each ("Geïmporteerd: 1"), so that one person or line reads
            // right in every language.
            m_summary->setText(
                ImportWizard::tr("Persons imported: %1, updated: %2, unchanged: %3; lines "
                                 "rejected: %4.")
                    .arg(locale.toString(d->result.imported), locale.toString(d->result.updated),
                         locale.toString(d->result.unchanged),
                         locale.toString(qint64(d->result.rejected.size())))
                + u' ' + termsText(d->result.terms));
            m_message->setMessage({});
        } else {
            m_summary->setText(ImportWizard::tr("Nothing was imported."));
            m_message->setMessage(d->result.error);
        }
        emit completeChanged();
    }

    ImportWizard *m_wizard;
    QLabel *m_summary;
    MessageLabel *m_message;
    QProgressDialog *m_progress = nullptr;
};

ImportWizard::ImportWizard(const Session &session, QWidget *parent)
    : QWizard(parent)
    , d(std::make_unique<Private>(session))
{
    setObjectName(QStringLiteral("importWizard"));
    setHelpTopic(this, HelpTopic::ImportPersons);
    setWindowTitle(tr("Import persons"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(CheckPageId, new ImportCheckPage(this));
    setPage(ResultPageId, new ImportResultPage(this));
    resizeWithinScreen(this, QSize(900, 600));
}

ImportWizard::~ImportWizard()
{
    // Pages reach into d while they are destroyed (the check page waits for its worker).
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *p = page(id);
        removePage(id);
        delete p;
    }
}

void ImportWizard::setFile(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePageId))->setPath(path);
}

QString ImportWizard::file() const
{
    return d->path;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.mapping = d->mapping;
    options.strict = d->strict;
    return options;
}

ImportResult ImportWizard::result() const
{
    return d->result;
}

bool ImportWizard::isFinished() const
{
    return d->finished;
}

} // namespace pd::ui
