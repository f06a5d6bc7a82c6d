#include "documents/PersonExport.h"

#include "documents/PersonPortability.h"
#include "documents/PersonReportDocument.h"
#include "documents/PrintedDocument.h"
#include "registers/RegisterSupport.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Csv.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace pd {

QStringList PersonExportTargets::files(const PersonReport &report) const
{
    QStringList result;
    if (!pdfPath.isEmpty())
        result << pdfPath;
    if (!jsonPath.isEmpty())
        result << jsonPath;
    if (!csvDirectory.isEmpty()) {
        const QDir dir(csvDirectory);
        for (const QString &name : PersonPortability::csvFileNames(report))
            result << dir.filePath(name);
    }
    return result;
}

QStringList PersonExportTargets::existingFiles(const PersonReport &report) const
{
    QStringList result;
    for (const QString &file : files(report)) {
        if (QFileInfo::exists(file))
            result << file;
    }
    return result;
}

PersonExport::PersonExport(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

PersonExportResult PersonExport::write(const PersonReport &report,
                                       const QList<ReviewFinding> &findings,
                                       const QSet<QString> &redactIds,
                                       const PersonExportTargets &targets,
                                       const std::function<void(int, int)> &progress)
{
    PersonExportResult result;
    const auto fail = [&result](const char *code, const QString &message) {
        result.errorCode = QLatin1StringView(code);
        result.error = message;
        result.written.clear();
        result.pdfPages = 0;
        return result;
    };
    if (ServiceError denied;
        !permitted(m_store, m_clock, Permission::ProduceDocuments, QStringLiteral("person.export"),
                   QString::number(report.person.id), &denied))
        return fail("denied", denied.message);
    if (targets.isEmpty())
        return fail("no-output",
                    tr("Choose at least one output: a PDF, a JSON file or a folder "
                       "for the CSV files."));
    const QStringList paths = targets.files(report);
    QSet<QString> unique;
    for (const QString &path : paths)
        unique << QFileInfo(path).absoluteFilePath();
    if (unique.size() != paths.size())
        return fail("no-output", tr("Give each output a file of its own."));
    if (!targets.overwrite) {
        const QStringList existing = targets.existingFiles(report);
        if (!existing.isEmpty())
            return fail("exists",
                        tr("%n file(s) exist already and were not overwritten: %1.", nullptr,
                           static_cast<int>(existing.size()))
                            .arg(existing.join(QStringLiteral(", "))));
    }
    if (!targets.pdfPath.isEmpty()
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail("no-fonts", tr("A PDF needs fonts, which this program did not load."));
    if (!targets.csvDirectory.isEmpty() && !QDir().mkpath(targets.csvDirectory))
        return fail("write", tr("The folder %1 could not be created.").arg(targets.csvDirectory));

    const PersonReport redacted = PersonReview::redact(report, findings, redactIds);
    int chosen = 0;
    QStringList redactedFields;
    for (const ReviewFinding &f : findings) {
        if (!redactIds.contains(f.id))
            continue;
        ++chosen;
        if (!redactedFields.contains(f.field))
            redactedFields << f.field;
    }
    const int total = static_cast<int>(!targets.pdfPath.isEmpty())
        + static_cast<int>(!targets.jsonPath.isEmpty())
        + static_cast<int>(!targets.csvDirectory.isEmpty()) + 1;
    int done = 0;
    const auto step = [&] {
        if (progress)
            progress(++done, total);
    };

    // Everything is written, uncommitted, before anything is recorded.
    std::vector<std::unique_ptr<QSaveFile>> files;
    const auto open = [&files](const QString &path, QString *error) -> QSaveFile * {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            *error = tr("Could not write %1: %2").arg(path, file->errorString());
            return nullptr;
        }
        files.push_back(std::move(file));
        return files.back().get();
    };
    const auto writeBytes = [&open](const QString &path, const QByteArray &bytes, QString *error) {
        QSaveFile *file = open(path, error);
        if (!file)
            return false;
        if (file->write(bytes) != bytes.size()) {
            *error = tr("Could not write %1: %2").arg(path, file->errorString());
            return false;
        }
        return true;
    };
    QStringList formats;
    QString error;
    if (!targets.pdfPath.isEmpty()) {
        QSaveFile *file = open(targets.pdfPath, &error);
        if (!file)
            return fail("write", error);
        const QString title = PersonReportDocument::title();
        {
            QPdfWriter writer(file);
            PrintedDocument::setUpA4(&writer, title);
            QTextDocument document;
            PersonReportDocument::fillDocument(&document, redacted);
            result.pdfPages = PrintedDocument::paint(&document, &writer, title,
                                                     PrintedDocument::marking(m_store));
        }
        if (result.pdfPages == 0 || file->error() != QFileDevice::NoError)
            return fail("write",
                        tr("Could not write %1: %2").arg(targets.pdfPath, file->errorString()));
        formats << QStringLiteral("pdf");
        step();
    }
    if (!targets.jsonPath.isEmpty()) {
        if (!writeBytes(targets.jsonPath, PersonPortability::jsonFile(redacted, m_clock.now()),
                        &error))
            return fail("write", error);
        formats << QStringLiteral("json");
        step();
    }
    if (!targets.csvDirectory.isEmpty()) {
        const QDir dir(targets.csvDirectory);
        for (const auto &[name, bytes] : PersonPortability::csvFiles(redacted, m_clock.now())) {
            if (!writeBytes(dir.filePath(name), bytes, &error))
                return fail("write", error);
        }
        formats << QStringLiteral("csv");
        step();
    }

    // Recorded with the person, then the files committed; a failure undoes both.
    Transaction transaction(m_store.database());
    if (!transaction.isOpen())
        return fail("audit", ServiceError::fromTransaction(transaction).message);
    QJsonObject payload {
        { QStringLiteral("formats"), QJsonArray::fromStringList(formats) },
        { QStringLiteral("findings"), static_cast<int>(findings.size()) },
        { QStringLiteral("redacted_findings"), chosen },
        { QStringLiteral("kept_findings"), static_cast<int>(findings.size()) - chosen },
        { QStringLiteral("redactions"), redacted.redactions },
        { QStringLiteral("redacted_fields"), QJsonArray::fromStringList(redactedFields) },
        { QStringLiteral("withheld_disclosures"), report.withheldDisclosures },
    };
    QStringList leftOut;
    QStringList leftOutLabels;
    if (!targets.jsonPath.isEmpty() || !targets.csvDirectory.isEmpty()) {
        for (const PortabilityPart &part : PersonPortability::scope(report)) {
            if (!part.included) {
                leftOut << part.code;
                leftOutLabels << part.label;
            }
        }
        payload.insert(QStringLiteral("portability_left_out"), QJsonArray::fromStringList(leftOut));
    }
    QString auditError;
    if (!registers::auditLog(m_store, m_clock)
             .append(m_store.userName(), QStringLiteral("person"),
                     QString::number(report.person.id), QLatin1StringView(auditAction), payload,
                     &auditError))
        return fail("audit", auditError);
    QStringList committed;
    for (const auto &file : files) {
        if (!file->commit()) {
            const QString message
                = tr("Could not write %1: %2").arg(file->fileName(), file->errorString());
            for (const QString &path : std::as_const(committed))
                QFile::remove(path);
            return fail("write", message);
        }
        committed << file->fileName();
    }
    if (!transaction.commit()) {
        for (const QString &path : std::as_const(committed))
            QFile::remove(path);
        return fail("audit", ServiceError::fromTransaction(transaction).message);
    }
    step();
    result.written = paths;
    result.leftOut = leftOutLabels;
    result.redactions = redacted.redactions;
    result.findings = static_cast<int>(findings.size());
    result.redactedFindings = chosen;
    return result;
}

} // namespace pd
