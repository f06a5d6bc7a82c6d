#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// A person as the import finds them by customer number.
struct ImportedPerson
{
    qint64 id = 0;
    bool anonymised = false;
    QStringList values; // as stored, per personimport::personColumns
};

// The statements of one person import (registers/PersonImport), on the import's
// connection inside its transaction: prepared once (prepare), run per line. The persons' own
// statements are PersonRepository's (importSql, stagedUpdateSql, triggerSql), the re-indexing
// of their requests CaseRepository's (reindexPersonsSql); here are what only the import does
// with them: its page cache, the staging table of the persons whose searched values change,
// and setting the search trigger aside while they are written (see PersonImportRepository.cpp).
// A failure is the store's QSqlError, for Store::errorFromSql.
class PersonImportRepository final
{
public:
    // Enlarges the connection's page cache for the import (a store folder's).
    explicit PersonImportRepository(const QSqlDatabase &db);
    // Gives the page cache back.
    ~PersonImportRepository();
    PersonImportRepository(const PersonImportRepository &) = delete;
    PersonImportRepository &operator=(const PersonImportRepository &) = delete;

    // The persons' statements, then the staging table and its statements; on a store folder
    // also every customer number the persons have (a number none has needs no find).
    bool prepare(QSqlError *error);
    // The person with this customer number: false with *error when the read failed, *found
    // empty when there is none.
    bool find(const QString &klantnummer, std::optional<ImportedPerson> *found, QSqlError *error);
    // A new person: values per personColumns (name and relation as given, the others NULL when
    // empty), then the customer number, when, by whom and the source of the data; its id.
    std::optional<qint64> insert(const QStringList &values, const QString &klantnummer,
                                 const QString &now, const QString &actor, const QString &source,
                                 QSqlError *error);
    // A person whose searched values (name, postcode) stay as they are: the other values.
    bool update(qint64 id, const QStringList &values, QSqlError *error);
    // A person whose name or postcode changes: staged, written by applyStaged.
    bool stage(qint64 id, const QStringList &values, QSqlError *error);
    // Writes the staged persons and re-indexes their requests; false with *error when the
    // store refuses (the import then rolls back, the trigger's drop with it).
    bool applyStaged(QSqlError *error);
    // After the commit or rollback: the statements are let go and the staging table goes.
    void dropStaging();

    // Whether code other than the import wrote on the connection since the last mark
    // (the wizard's steps leave the connection to others in between): a store folder's count of
    // changed rows (total_changes()) against the one markOwnWrites() kept. Always true on a
    // server, where nothing is read ahead, and when the count cannot be read.
    bool othersWroteSinceMark();
    void markOwnWrites();
    // Forgets the customer numbers read ahead: find() asks the store for every number again.
    void forgetNumbers();

private:
    bool prepareStaging(QSqlError *error);

    QSqlDatabase m_db;
    bool m_server = false;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_rowId;
    QSqlQuery m_stage;
    QSqlQuery m_applyStaged;
    QSqlQuery m_searchStaged;
    QSqlQuery m_clearStaged;
    int m_staged = 0;
    // case_search_person_update as sqlite_master has it; on a server "deferred" (it is there)
    QString m_searchTriggerSql;
    QSet<QString> m_numbers; // every customer number in persons (store folder; see prepare)
    bool m_numbersKnown = false;
    qint64 m_ownChanges = -1; // total_changes() at markOwnWrites; -1: not known
    int m_previousCache = 0;
    bool m_cacheSet = false;
};

} // namespace pd
