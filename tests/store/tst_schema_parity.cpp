// One schema, two backends (step 3): the SQLite migrations are the schema's source, and
// the server store must have what they make. A fresh store folder (Store::create) and a fresh
// server store (ServerSetup::init, as `server init` makes it, with access.sql, audit.sql and
// bsnguard.sql) are read from their catalogues and compared: tables, columns (name, order, type
// through the mapping table below, NOT NULL, default, collation, who hands out the key), primary
// keys and UNIQUE sets, foreign keys (with their actions and deferral), CHECKs, indexes (key
// columns and expressions, direction, collation, unique, partial predicate, method) and triggers
// (timing, events, columns, table, WHEN). The server's functions, policies, row-level security,
// roles and extensions have no SQLite counterpart at all; each must be declared. Every object that
// exists on one backend only, or differs on purpose, is named in `declared` below with its reason;
// anything else that differs fails the test by name, and so does a declaration that no longer
// matches a difference.
//
// Not compared, and why: what the objects DO (trigger and function bodies: tst_pgschema runs the
// same statements on both and compares rows and refusals; privileges: tst_psql_attacks); where an
// index puts NULLs (SQLite 3.15 cannot say, its NULLs sort first; the server's choice follows the
// queries that use the index, which the plan tests check); how an expression is parenthesised
// (the server adds its own parentheses, so canonical() drops them all).

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "store/Store.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// ---------------------------------------------------------------------------------------------
// The declared differences. side: where the object exists (Both: on both, different on purpose).
// name: as the comparison below spells the object: a table, "table.column", an index, a trigger,
// a function, "table.policy", a role with {database} for the store's database name, an extension;
// a key as "table: primary key (a, b)"; TriggersOf a function: every trigger that runs it.

enum class Side { Sqlite, Server, Both };
enum class Kind {
    Table,
    Column,
    Key, // a PRIMARY KEY or UNIQUE set
    Identity, // Both: an INTEGER PRIMARY KEY whose value is always given (no identity)
    Index,
    IndexShape, // Both: the same index, built differently
    Trigger,
    TriggersOf, // Server: the triggers that run this function, on whichever tables
    Function,
    Policy,
    RowSecurity,
    Role,
    Extension,
    Sequence, // Server: a sequence of its own (a column's owned one is its column's)
};

struct Declared
{
    Side side;
    Kind kind;
    QString name;
    QString reason;
};

// Where a reason is shared, it is said once here.
const QString ftsShadow = u"FTS4's own storage of case_search; the server keeps the rows in "
                          "case_search itself, indexed by case_search_document"_s;
const QString givenKey = u"an INTEGER PRIMARY KEY whose value is always given and means "
                         "something: no identity hands it out on the server"_s;
const QString officersPolicy = u"beheerder and functionaris work on every row: row-level "
                               "security on the server is for the KCC's window (access.sql)"_s;
const QString auditorPolicy = u"the auditor reads every row and writes none (access.sql)"_s;
const QString kccPolicy = u"the KCC sees and adds only its own recent intake (CaseScope in "
                          "the application, access.sql on the server)"_s;
const QString kccBreachPolicy = u"the KCC sees and reports only its own breach reports "
                                "(access.sql)"_s;
const QString backupPolicy = u"the owner login's backup reads every row and writes none "
                             "(access.sql, ServerSetup::backup)"_s;
const QString kccWindow = u"the KCC's window on the requests and breaches, enforced by the "
                          "server (CaseScope in the application on a store folder)"_s;
const QString auditSql = u"the server keeps the audit trail itself (audit.sql); on a store "
                         "folder AuditLog in the application does: "_s;
const QString accessSql = u"the server enforces who may do what (access.sql); on a store "
                          "folder the application does: "_s;
const QString bsnSql = u"the server refuses a BSN from any client (bsnguard.sql); on a store "
                       "folder BsnGuard in the application does: "_s;
const QString groupRole = u"a group role of the store, which its logins join by their users "
                          "row; a store folder's users are key slots"_s;

const QList<Declared> declared = {
    // Tables.
    { Side::Sqlite, Kind::Table, u"case_search_content"_s, ftsShadow + u" (the text)"_s },
    { Side::Sqlite, Kind::Table, u"case_search_docsize"_s, ftsShadow + u" (sizes)"_s },
    { Side::Sqlite, Kind::Table, u"case_search_segdir"_s, ftsShadow + u" (segments)"_s },
    { Side::Sqlite, Kind::Table, u"case_search_segments"_s, ftsShadow + u" (segments)"_s },
    { Side::Sqlite, Kind::Table, u"case_search_stat"_s, ftsShadow + u" (statistics)"_s },
    { Side::Server, Kind::Table, u"server_logins"_s,
      u"the login roles the store made (pd_login_create), the only ones users_groups may "
      "touch; a store folder has no logins"_s },
    { Side::Server, Kind::Table, u"audit_row_changes"_s,
      auditSql
          + u"the row trail: every change to an audited row, with its old and new values, "
            "written by the server; a store folder has one user and no server"_s },
    // Columns and keys.
    { Side::Server, Kind::Column, u"audit_events.tx"_s,
      auditSql + u"the writing transaction, by which a change made by hand is told apart"_s },
    { Side::Server, Kind::Column, u"cases.registered_at"_s,
      u"the server's moment of a request's registration (access.sql), which bounds the KCC's "
      "window whatever the desk's clock says; on a store folder the window is CaseScope's"_s },
    { Side::Server, Kind::Column, u"case_search.docid"_s,
      u"the request's id: FTS4's hidden docid (its rowid), which table_info does not list"_s },
    { Side::Server, Kind::Column, u"case_search.document"_s,
      u"the tsvector the server searches in place of FTS4's MATCH"_s },
    { Side::Server, Kind::Key, u"case_search: primary key (docid)"_s,
      u"FTS4's docid is its rowid, unique without a constraint"_s },
    { Side::Both, Kind::Identity, u"audit_events.seq"_s,
      givenKey + u" (the server's chain trigger computes it, AuditLog on a store folder)"_s },
    { Side::Both, Kind::Identity, u"audit_checkpoints.id"_s, givenKey + u" (always 1)"_s },
    { Side::Both, Kind::Identity, u"case_numbers.year"_s, givenKey + u" (the year)"_s },
    { Side::Both, Kind::Identity, u"case_ap_references.case_id"_s,
      givenKey + u" (the request's id)"_s },
    { Side::Both, Kind::Identity, u"person_files.person_id"_s, givenKey + u" (the person's id)"_s },
    { Side::Both, Kind::Identity, u"dpia_documents.dpia_id"_s, givenKey + u" (the DPIA's id)"_s },
    { Side::Both, Kind::Identity, u"processor_agreements.recipient_id"_s,
      givenKey + u" (the processor's id)"_s },
    // Indexes.
    { Side::Both, Kind::IndexShape, u"persons_name_nocase"_s,
      u"PostgreSQL has no NOCASE: the name with A-Z folded in byte order (COLLATE \"C\"), as "
      "sql::noCase writes it on the server"_s },
    { Side::Both, Kind::IndexShape, u"persons_sort_name_nocase"_s,
      u"PostgreSQL has no NOCASE: the sort key with A-Z folded in byte order (COLLATE \"C\"), "
      "as sql::noCase writes it on the server"_s },
    { Side::Server, Kind::Index, u"audit_events_tx"_s,
      auditSql + u"a transaction's events, on the server's column tx"_s },
    { Side::Server, Kind::Index, u"audit_row_changes_entity"_s,
      auditSql + u"an entity's row changes, read with its trail and erased with it"_s },
    { Side::Server, Kind::Index, u"audit_row_changes_row"_s,
      auditSql + u"a row's changes, whose values its destruction erases"_s },
    { Side::Server, Kind::Index, u"case_search_document"_s,
      u"the search document's GIN index; in SQLite the FTS4 table is its own index"_s },
    // Triggers.
    { Side::Sqlite, Kind::Trigger, u"audit_events_no_delete"_s,
      u"append-only in SQLite; on the server audit_events_append_only"_s },
    { Side::Sqlite, Kind::Trigger, u"audit_events_no_update"_s,
      u"append-only in SQLite; on the server audit_events_append_only"_s },
    { Side::Sqlite, Kind::Trigger, u"audit_events_no_replace"_s,
      u"INSERT OR REPLACE would overwrite an event in SQLite; PostgreSQL has no REPLACE"_s },
    { Side::Server, Kind::Trigger, u"audit_events_chain"_s,
      auditSql + u"the hash chain, computed by the server whoever inserts"_s },
    { Side::Server, Kind::Trigger, u"audit_events_chain_seal"_s,
      auditSql
          + u"at commit, the transaction's events sealed onto the chain unless another "
            "is sealing"_s },
    { Side::Server, Kind::Trigger, u"audit_events_append_only"_s,
      auditSql + u"no UPDATE but a payload's destruction, no DELETE"_s },
    { Side::Server, Kind::Trigger, u"audit_events_no_truncate"_s,
      auditSql + u"TRUNCATE, which SQLite lacks, would pass the row triggers"_s },
    { Side::Server, Kind::Trigger, u"audit_row_changes_append_only"_s,
      auditSql + u"the row trail: no UPDATE but the erasure of values, no DELETE"_s },
    { Side::Server, Kind::Trigger, u"audit_row_changes_no_truncate"_s,
      auditSql + u"the row trail: no TRUNCATE"_s },
    { Side::Server, Kind::Trigger, u"audit_events_destruction_proof"_s,
      auditSql
          + u"a destruction under retention is recorded with its destruction record, "
            "at commit"_s },
    { Side::Server, Kind::Trigger, u"audit_events_payloads_proof"_s,
      auditSql + u"details destroyed only with the destruction, at commit"_s },
    { Side::Server, Kind::Trigger, u"audit_events_made_once"_s,
      auditSql + u"an entity's making is recorded once, first, at commit"_s },
    { Side::Server, Kind::Trigger, u"audit_events_bsn_guard"_s,
      bsnSql + u"an event's details hold no BSN, at commit"_s },
    { Side::Server, Kind::Trigger, u"person_restrictions_lift_noticed"_s,
      auditSql + u"a restriction is lifted only after its notice was sent"_s },
    { Side::Server, Kind::Trigger, u"users_groups"_s,
      accessSql + u"a users row puts its login role in the group of its role"_s },
    { Side::Server, Kind::Trigger, u"cases_registered_at"_s,
      u"the server stamps cases.registered_at, once, and refuses it from any client "
      "(access.sql)"_s },
    { Side::Server, Kind::Trigger, u"case_search_truth"_s,
      accessSql
          + u"a row of the search index written by anyone is the row its triggers "
            "write; on a store folder only the application writes the FTS4 table"_s },
    { Side::Server, Kind::TriggersOf, u"pd_keys_frozen"_s,
      auditSql + u"<table>_keys_frozen, what ties a row to its entity never changes by hand"_s },
    { Side::Server, Kind::TriggersOf, u"pd_audit_direct_change"_s,
      auditSql + u"<table>_direct_change, a change by hand gets an event of its own"_s },
    { Side::Server, Kind::TriggersOf, u"pd_bsn_guard_row"_s,
      bsnSql + u"<table>_bsn_guard, at commit, on the columns the application guards"_s },
    // Functions.
    { Side::Server, Kind::Function, u"pd_fold"_s,
      u"folds a name for the search; on a store folder PersonQuery registers its own"_s },
    { Side::Server, Kind::Function, u"pd_sort_name"_s,
      u"a person's sort key (sortName() in SQL); a store folder's migration registers "
      "sortName() itself"_s },
    { Side::Server, Kind::Function, u"pd_sort_key"_s,
      u"a person's sort key (sortKey() in SQL); a store folder's migration registers sortKey() "
      "itself"_s },
    { Side::Server, Kind::Function, u"pd_sort_name_particle"_s,
      u"a tussenvoegsel, for pd_sort_name"_s },
    { Side::Server, Kind::Function, u"persons_sort_name_fn"_s,
      u"the server derives a person's sort key itself; the application writes it on SQLite"_s },
    { Side::Server, Kind::Trigger, u"persons_sort_name"_s,
      u"the server derives a person's sort key itself; the application writes it on SQLite"_s },
    { Side::Server, Kind::Function, u"case_search_document_of"_s,
      u"the search document of a case_search row; FTS4 tokenises by itself"_s },
    { Side::Server, Kind::Function, u"pd_group"_s, auditSql + u"a group role's name"_s },
    { Side::Server, Kind::Function, u"pd_acting_group"_s, auditSql + u"the caller's group"_s },
    { Side::Server, Kind::Function, u"pd_audit_field"_s, auditSql + u"a hashed field"_s },
    { Side::Server, Kind::Function, u"pd_audit_now"_s, auditSql + u"an event's moment"_s },
    { Side::Server, Kind::Function, u"pd_audit_chain"_s, auditSql + u"the chain's trigger"_s },
    { Side::Server, Kind::Function, u"pd_audit_pending_seq"_s,
      auditSql + u"the number a transaction's event waits under until it is sealed"_s },
    { Side::Server, Kind::Function, u"pd_audit_event_hash"_s, auditSql + u"an event's hash"_s },
    { Side::Server, Kind::Function, u"pd_audit_seal"_s,
      auditSql + u"seals the waiting events onto the chain, for a reader of the chain"_s },
    { Side::Server, Kind::Function, u"pd_audit_seal_locked"_s,
      auditSql + u"the sealing itself, under the chain's lock"_s },
    { Side::Server, Kind::Function, u"pd_audit_seal_at_commit"_s,
      auditSql + u"the audit_events_chain_seal trigger"_s },
    { Side::Server, Kind::Function, u"pd_audit_may_record"_s,
      auditSql + u"who may record which event"_s },
    { Side::Server, Kind::Function, u"pd_audit_append"_s,
      auditSql + u"the only way an application role appends events"_s },
    { Side::Server, Kind::Function, u"pd_audit_guard"_s, auditSql + u"append-only"_s },
    { Side::Server, Kind::Function, u"pd_audit_row_guard"_s,
      auditSql + u"the row trail's append-only guard"_s },
    { Side::Server, Kind::Function, u"pd_audit_kept_value"_s,
      auditSql + u"a value as the row trail keeps it (no secret, no BSN)"_s },
    { Side::Server, Kind::Function, u"pd_audit_kept_values"_s,
      auditSql + u"a row's values as the row trail keeps them"_s },
    { Side::Server, Kind::Function, u"pd_audit_destroying"_s,
      auditSql + u"whether the transaction destroys an entity under retention"_s },
    { Side::Server, Kind::Function, u"pd_audit_record_row"_s,
      auditSql + u"one changed row into the row trail"_s },
    { Side::Server, Kind::Function, u"pd_audit_destruction_due"_s,
      auditSql + u"whether retention has destroyed an entity"_s },
    { Side::Server, Kind::Function, u"pd_audit_destroy_payloads"_s,
      auditSql + u"a payload's destruction under retention"_s },
    { Side::Server, Kind::Function, u"pd_audit_destruction_proof"_s,
      auditSql + u"the audit_events_destruction_proof trigger"_s },
    { Side::Server, Kind::Function, u"pd_audit_checkpoint_mac"_s,
      auditSql + u"the checkpoint's MAC"_s },
    { Side::Server, Kind::Function, u"pd_audit_keep_checkpoint"_s,
      auditSql + u"moves the checkpoint"_s },
    { Side::Server, Kind::Function, u"pd_audit_drop_checkpoint"_s,
      auditSql + u"drops the checkpoint of a broken chain"_s },
    { Side::Server, Kind::Function, u"pd_audit_checkpoint_holds"_s,
      auditSql + u"whether the chain holds up to the checkpoint"_s },
    { Side::Server, Kind::Function, u"pd_audit_payloads_proof"_s,
      auditSql + u"the audit_events_payloads_proof trigger"_s },
    { Side::Server, Kind::Function, u"pd_audit_made_once"_s,
      auditSql + u"the audit_events_made_once trigger"_s },
    { Side::Server, Kind::Function, u"pd_restriction_lift_noticed"_s,
      auditSql + u"the person_restrictions_lift_noticed trigger"_s },
    { Side::Server, Kind::Function, u"pd_row_entity"_s,
      auditSql + u"the audit entity a row belongs to"_s },
    { Side::Server, Kind::Function, u"pd_audit_action_columns"_s,
      auditSql + u"which columns an event's action changes"_s },
    { Side::Server, Kind::Function, u"pd_audit_changed_columns"_s,
      auditSql + u"the columns a change changed"_s },
    { Side::Server, Kind::Function, u"pd_audit_described_columns"_s,
      auditSql + u"whether the application described the columns a change changed"_s },
    { Side::Server, Kind::Function, u"pd_audit_row_actions"_s,
      auditSql + u"which actions write the rows an entity has besides its own"_s },
    { Side::Server, Kind::Function, u"pd_audit_row_columns"_s,
      auditSql + u"which columns of those rows the actions write"_s },
    { Side::Server, Kind::Function, u"pd_audit_writer_columns"_s,
      auditSql + u"which columns of a row name who took an action's step"_s },
    { Side::Server, Kind::Function, u"pd_audit_in_writers_name"_s,
      auditSql + u"whether those columns name the writer"_s },
    { Side::Server, Kind::Function, u"pd_audit_described_by"_s,
      auditSql + u"whether one of those actions described a change"_s },
    { Side::Server, Kind::Function, u"pd_audit_note_described"_s,
      auditSql + u"whether a note says what its event says"_s },
    { Side::Server, Kind::Function, u"pd_audit_described_row"_s,
      auditSql + u"the same, for the columns that changed"_s },
    { Side::Server, Kind::Function, u"pd_audit_direct_change"_s,
      auditSql + u"the event of a change by hand"_s },
    { Side::Server, Kind::Function, u"pd_keys_frozen"_s, auditSql + u"frozen keys"_s },
    { Side::Server, Kind::Function, u"pd_audit_others"_s,
      auditSql
          + u"what other seats committed, for the desks' ChangeFeed; a store folder has one "
            "desk"_s },
    { Side::Server, Kind::Function, u"pd_audit_count_own"_s,
      auditSql + u"what this session committed, for pd_audit_others"_s },
    { Side::Server, Kind::Function, u"case_search_truth"_s,
      accessSql + u"the case_search_truth trigger"_s },
    { Side::Server, Kind::Function, u"pd_kcc_intake_case"_s,
      accessSql + u"the request a KCC login is registering, for its types"_s },
    { Side::Server, Kind::Function, u"pd_kcc_window_start"_s,
      accessSql + u"the start of the KCC's window"_s },
    { Side::Server, Kind::Function, u"pd_kcc_window"_s,
      accessSql + u"whether a request is in the KCC's window"_s },
    { Side::Server, Kind::Function, u"pd_case_registered"_s,
      accessSql + u"the cases_registered_at trigger"_s },
    { Side::Server, Kind::Function, u"pd_year_sequence"_s,
      u"numbers per year from a server sequence, for parallel seats; a store folder counts "
      "in case_numbers and breaches under one writer"_s },
    { Side::Server, Kind::Function, u"pd_next_case_number"_s,
      u"the next request number for parallel seats (pd_year_sequence)"_s },
    { Side::Server, Kind::Function, u"pd_next_breach_counter"_s,
      u"the next breach number for parallel seats (pd_year_sequence)"_s },
    { Side::Server, Kind::Function, u"pd_open_requests"_s,
      accessSql + u"a KCC login's count of a person's open requests"_s },
    { Side::Server, Kind::Function, u"pd_open_request_list"_s,
      accessSql + u"a KCC login's list of a person's open requests: number and handler"_s },
    { Side::Server, Kind::Function, u"pd_case_exists"_s,
      accessSql + u"whether a request the KCC may not read exists"_s },
    { Side::Server, Kind::Function, u"pd_valid_login"_s,
      accessSql + u"what a login's name may be"_s },
    { Side::Server, Kind::Function, u"pd_login_create"_s,
      accessSql + u"a new user's login role"_s },
    { Side::Server, Kind::Function, u"pd_login_privileged"_s,
      accessSql + u"a login with power beyond the store"_s },
    { Side::Server, Kind::Function, u"pd_login_refuse_privileged"_s,
      accessSql + u"refuses such a login"_s },
    { Side::Server, Kind::Function, u"pd_login_password"_s,
      accessSql + u"a login's new password"_s },
    { Side::Server, Kind::Function, u"pd_login_disable"_s,
      accessSql + u"a removed user's login"_s },
    { Side::Server, Kind::Function, u"pd_users_groups"_s,
      accessSql + u"the users_groups trigger"_s },
    { Side::Server, Kind::Function, u"pd_bsn_eight_digits"_s, bsnSql + u"a quick test"_s },
    { Side::Server, Kind::Function, u"pd_bsn_ascii_candidate"_s, bsnSql + u"a quick test"_s },
    { Side::Server, Kind::Function, u"pd_bsn_judge"_s, bsnSql + u"the 11-proef"_s },
    { Side::Server, Kind::Function, u"pd_bsn_judge_run"_s, bsnSql + u"a run or its parts"_s },
    { Side::Server, Kind::Function, u"pd_bsn_time_borders"_s, bsnSql + u"times of day"_s },
    { Side::Server, Kind::Function, u"pd_bsn_findings"_s, bsnSql + u"a text's findings"_s },
    { Side::Server, Kind::Function, u"pd_bsn_letter_text"_s, bsnSql + u"a letter's text"_s },
    { Side::Server, Kind::Function, u"pd_bsn_template_findings"_s, bsnSql + u"a template"_s },
    { Side::Server, Kind::Function, u"pd_bsn_json_findings"_s, bsnSql + u"a draft's fields"_s },
    { Side::Server, Kind::Function, u"pd_bsn_overridden"_s, bsnSql + u"a recorded override"_s },
    { Side::Server, Kind::Function, u"pd_bsn_guard_row"_s, bsnSql + u"the guard's trigger"_s },
    { Side::Server, Kind::Function, u"pd_bsn_guard_event"_s,
      bsnSql + u"the audit_events_bsn_guard trigger"_s },
    // Row-level security and its policies.
    { Side::Server, Kind::RowSecurity, u"cases"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"case_types"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"case_search"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"intake_drafts"_s,
      u"a KCC login sees only its own drafts (access.sql)"_s },
    { Side::Server, Kind::RowSecurity, u"persons"_s,
      u"a KCC login adds a person only in its own name (access.sql)"_s },
    { Side::Server, Kind::RowSecurity, u"breaches"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"breach_natures"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"breach_data"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"breach_criteria"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"breach_persons"_s, kccWindow },
    { Side::Server, Kind::RowSecurity, u"breach_follow_ups"_s, kccWindow },
    { Side::Server, Kind::Policy, u"cases.cases_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"cases.cases_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"cases.cases_kcc_read"_s, kccPolicy },
    { Side::Server, Kind::Policy, u"cases.cases_kcc_intake"_s, kccPolicy },
    { Side::Server, Kind::Policy, u"case_types.case_types_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"case_types.case_types_visible"_s,
      u"the types of the requests the reader sees"_s },
    { Side::Server, Kind::Policy, u"case_types.case_types_kcc_intake"_s, kccPolicy },
    { Side::Server, Kind::Policy, u"case_search.case_search_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"case_search.case_search_visible"_s,
      u"the search rows of the requests the reader sees"_s },
    { Side::Server, Kind::Policy, u"intake_drafts.intake_drafts_own"_s,
      u"a KCC login's own drafts"_s },
    { Side::Server, Kind::Policy, u"intake_drafts.intake_drafts_officers"_s,
      u"beheerder, functionaris and auditor see every draft"_s },
    { Side::Server, Kind::Policy, u"persons.persons_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"persons.persons_read"_s,
      u"the KCC and the auditor read every person (the intake searches them)"_s },
    { Side::Server, Kind::Policy, u"persons.persons_kcc_intake"_s, kccPolicy },
    { Side::Server, Kind::Policy, u"breaches.breaches_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"breaches.breaches_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"breaches.breaches_kcc_read"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breaches.breaches_kcc_report"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_natures.breach_natures_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"breach_natures.breach_natures_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"breach_natures.breach_natures_kcc_read"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_data.breach_data_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"breach_data.breach_data_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"breach_data.breach_data_kcc_read"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_criteria.breach_criteria_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"breach_criteria.breach_criteria_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"breach_criteria.breach_criteria_kcc_read"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_persons.breach_persons_officers"_s, officersPolicy },
    { Side::Server, Kind::Policy, u"breach_persons.breach_persons_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"breach_persons.breach_persons_kcc_read"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_follow_ups.breach_follow_ups_officers"_s,
      officersPolicy },
    { Side::Server, Kind::Policy, u"breach_follow_ups.breach_follow_ups_auditor"_s, auditorPolicy },
    { Side::Server, Kind::Policy, u"breach_follow_ups.breach_follow_ups_kcc_read"_s,
      kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_natures.breach_natures_kcc_report"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_data.breach_data_kcc_report"_s, kccBreachPolicy },
    { Side::Server, Kind::Policy, u"breach_criteria.breach_criteria_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"breach_data.breach_data_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"breach_follow_ups.breach_follow_ups_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"breach_natures.breach_natures_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"breach_persons.breach_persons_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"breaches.breaches_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"case_search.case_search_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"case_types.case_types_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"cases.cases_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"intake_drafts.intake_drafts_backup"_s, backupPolicy },
    { Side::Server, Kind::Policy, u"persons.persons_backup"_s, backupPolicy },
    // Roles and extensions.
    { Side::Server, Kind::Role, u"{database}_eigenaar"_s,
      u"owns every object of the store and logs in for nobody (ServerSetup)"_s },
    { Side::Server, Kind::Role, u"{database}_beheerder"_s, groupRole },
    { Side::Server, Kind::Role, u"{database}_functionaris"_s, groupRole },
    { Side::Server, Kind::Role, u"{database}_kcc"_s, groupRole },
    { Side::Server, Kind::Role, u"{database}_auditor"_s, groupRole },
    { Side::Server, Kind::Role, u"{database}_backup"_s,
      u"reads the whole store for the owner login's backup, writes nothing (access.sql)"_s },
    { Side::Server, Kind::Extension, u"unaccent"_s,
      u"pd_fold's diacritics; on a store folder PersonQuery::fold in the application"_s },
};

// SQLite's declared type -> the server's type. One to one: a column that is INTEGER in SQLite
// holds 64-bit values, so an "integer" column on the server is drift, not an equivalent.
const QMap<QString, QString> typeMapping = {
    { u"INTEGER"_s, u"bigint"_s },
    { u"TEXT"_s, u"text"_s },
    { u"BLOB"_s, u"bytea"_s },
    { u"REAL"_s, u"double precision"_s },
    // FTS4's columns (case_search) have no declared type; they hold text.
    { QString(), u"text"_s },
};

// ---------------------------------------------------------------------------------------------
// The catalogue of one backend, in one spelling for both.

struct Column
{
    QString name;
    QString type; // the server's spelling (SQLite's mapped by typeMapping)
    QString sqliteType; // as declared, for messages
    bool notNull = false;
    QString defaultValue; // canonical()
    bool handedOut = false; // SQLite: the rowid alias; server: an identity column
};

struct Table
{
    QList<Column> columns;
    QStringList keys; // "primary key (a, b)", "unique (c)"
    QStringList references; // "(a) -> t (b) on update no action on delete no action"
    QMap<QString, QString> checks; // canonical() -> as written
};

struct Index
{
    QString table;
    QStringList keys; // canonical() expression or column [desc] [collate c]
    bool unique = false;
    QString predicate; // canonical()
    QString method; // btree; the server's gin
};

struct Trigger
{
    QString table;
    QString shape; // "AFTER UPDATE OF a,b FOR EACH ROW"
    QString function; // server: the function it runs
};

struct Catalogue
{
    QMap<QString, Table> tables;
    QMap<QString, Index> indexes;
    QMap<QString, Trigger> triggers;
    QStringList functions, policies, rowSecurity, roles, extensions, sequences, others;
};

using Rows = QList<QStringList>;

// Every row of a query as text (NULL as an empty string); a query that fails is added to failures
// (initTestCase fails on any).
Rows readRows(const QSqlDatabase &db, const QString &sql, QStringList *failures)
{
    QSqlQuery query(db);
    Rows rows;
    if (!query.exec(sql)) {
        *failures << sql + u": "_s + query.lastError().text();
        return rows;
    }
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i).toString();
        rows << row;
    }
    return rows;
}

// SQL text without its comments (the catalogue keeps CREATE statements as written), string and
// quoted-name literals untouched.
QString withoutComments(const QString &sql)
{
    QString out;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`') {
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            out += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (sql.mid(i, 2) == u"--") {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end;
            out += u' ';
        } else if (sql.mid(i, 2) == u"/*") {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? sql.size() : end + 1;
            out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}

// The position after the parenthesis that closes the one at open, outside literals; -1 if none.
qsizetype closing(const QString &sql, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            i = sql.indexOf(c, i + 1);
            if (i < 0)
                return -1;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// The items of a parenthesised list split at its top-level commas.
QStringList topLevelItems(const QString &list)
{
    QStringList items;
    int depth = 0;
    QString item;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (c == u'\'' || c == u'"') {
            const qsizetype end = list.indexOf(c, i + 1);
            item += list.mid(i, end < 0 ? -1 : end - i + 1);
            i = end < 0 ? list.size() : end;
            continue;
        }
        depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
        if (c == u',' && depth == 0) {
            items << item.trimmed();
            item.clear();
        } else {
            item += c;
        }
    }
    if (!item.trimmed().isEmpty())
        items << item.trimmed();
    return items;
}

// An expression in one spelling for both backends: PostgreSQL's deparsed "x = ANY (ARRAY[...])"
// as the IN list it was written as, its casts of literals dropped, and outside string literals
// lower case without white space or parentheses (the server adds parentheses SQLite keeps out).
QString canonical(QString expression)
{
    static const QRegularExpression anyArray(u"=\\s*ANY\\s*\\(\\s*ARRAY\\[([^\\]]*)\\]\\s*\\)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression allArray(u"<>\\s*ALL\\s*\\(\\s*ARRAY\\[([^\\]]*)\\]\\s*\\)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression casts(
        u"::(text|bigint|integer|numeric|double precision|bytea|boolean)\\b"_s);
    expression.replace(anyArray, u" IN (\\1)"_s);
    expression.replace(allArray, u" NOT IN (\\1)"_s);
    expression.remove(casts);
    expression.replace(u"!="_s, u"<>"_s);
    QString out;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == u'\'') {
            const qsizetype end = expression.indexOf(u'\'', i + 1);
            const qsizetype stop = end < 0 ? expression.size() : end + 1;
            out += expression.mid(i, stop - i);
            i = stop - 1;
        } else if (!c.isSpace() && c != u'(' && c != u')' && c != u'"') {
            out += c.toLower();
        }
    }
    return out;
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// ---------------------------------------------------------------------------------------------
// SQLite: sqlite_master and the table, index and foreign-key pragmas.

// The CHECK expressions of a CREATE TABLE, as written.
QStringList checksIn(const QString &createTable)
{
    static const QRegularExpression check(u"\\bCHECK\\s*\\("_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString sql = withoutComments(createTable);
    QStringList checks;
    for (auto it = check.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype open = match.capturedEnd() - 1;
        const qsizetype end = closing(sql, open);
        if (end > 0)
            checks << sql.mid(open + 1, end - open - 2).simplified();
    }
    return checks;
}

// The references of a CREATE TABLE that are INITIALLY DEFERRED, as "table (columns)": the
// foreign-key pragma does not say.
QStringList deferredIn(const QString &createTable)
{
    static const QRegularExpression references(
        u"\\bREFERENCES\\s+\"?(\\w+)\"?\\s*(?:\\(([^)]*)\\))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression deferred(u"(?<!NOT )DEFERRABLE\\s+INITIALLY\\s+DEFERRED"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QString sql = withoutComments(createTable);
    QStringList result;
    for (auto it = references.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // The clause runs to the next comma or the parenthesis that closes the column list.
        qsizetype end = match.capturedEnd();
        for (int depth = 0; end < sql.size(); ++end) {
            const QChar c = sql.at(end);
            depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
            if (depth < 0 || (depth == 0 && c == u','))
                break;
        }
        if (!sql.mid(match.capturedEnd(), end - match.capturedEnd()).contains(deferred))
            continue;
        QStringList columns = match.captured(2).remove(u'"').split(u',');
        for (QString &column : columns)
            column = column.trimmed();
        result << match.captured(1) + u" ("_s + columns.join(u", "_s) + u')';
    }
    return result;
}

void readSqliteTable(const QSqlDatabase &db, const QString &name, const QString &createSql,
                     Table *table, QStringList *failures)
{
    const Rows columns = readRows(db, u"PRAGMA table_info(%1)"_s.arg(quoted(name)), failures);
    QStringList primaryKey(columns.size());
    int primaryKeyColumns = 0;
    for (const QStringList &row : columns) { // cid, name, type, notnull, dflt_value, pk
        if (row.at(5).toInt() > 0) {
            primaryKey[row.at(5).toInt() - 1] = row.at(1);
            ++primaryKeyColumns;
        }
    }
    primaryKey.resize(primaryKeyColumns);
    const bool withoutRowid = createSql.contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
    for (const QStringList &row : columns) {
        Column column;
        column.name = row.at(1);
        column.sqliteType = row.at(2).toUpper();
        column.type = typeMapping.value(column.sqliteType, u"(unmapped "_s + row.at(2) + u')');
        // A PRIMARY KEY column is NOT NULL on the server; SQLite admits NULL in a key that is not
        // an INTEGER PRIMARY KEY by a legacy quirk that Privacydesk never relies on.
        column.notNull = row.at(3) == u"1" || row.at(5) != u"0";
        column.defaultValue = canonical(row.at(4));
        column.handedOut = !withoutRowid && primaryKeyColumns == 1 && row.at(5) == u"1"
            && column.sqliteType == u"INTEGER";
        table->columns << column;
    }
    // Keys: the automatic indexes of PRIMARY KEY and UNIQUE, and the rowid alias that has none.
    bool primaryKeyIndexed = false;
    const Rows indexes = readRows(db, u"PRAGMA index_list(%1)"_s.arg(quoted(name)), failures);
    for (const QStringList &index : indexes) { // seq, name, unique, origin, partial
        if (index.at(3) == u"c")
            continue; // CREATE INDEX: compared as an index
        QStringList names;
        for (const QStringList &info :
             readRows(db, u"PRAGMA index_info(%1)"_s.arg(quoted(index.at(1))), failures))
            names << info.at(2);
        const bool primary = index.at(3) == u"pk";
        primaryKeyIndexed = primaryKeyIndexed || primary;
        table->keys << (primary ? u"primary key ("_s : u"unique ("_s) + names.join(u", "_s) + u')';
    }
    if (!primaryKeyIndexed && !primaryKey.isEmpty())
        table->keys << u"primary key ("_s + primaryKey.join(u", "_s) + u')';
    // Foreign keys: one row per column, grouped by id.
    QMap<int, QStringList> from, to;
    QMap<int, QString> target;
    const Rows references
        = readRows(db, u"PRAGMA foreign_key_list(%1)"_s.arg(quoted(name)), failures);
    for (const QStringList &row : references) { // id, seq, table, from, to, on_update, on_delete
        from[row.at(0).toInt()] << row.at(3);
        to[row.at(0).toInt()] << row.at(4);
        target[row.at(0).toInt()] = row.at(2) + u" ("_s + u"%1) on update "_s + row.at(5).toLower()
            + u" on delete "_s + row.at(6).toLower();
    }
    const QStringList deferred = deferredIn(createSql);
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        const QString toColumns = to.value(it.key()).join(u", "_s);
        const QString referenced = it.value().section(u' ', 0, 0) + u" ("_s + toColumns + u')';
        table->references << u'(' + from.value(it.key()).join(u", "_s) + u") -> "_s
                + it.value().arg(toColumns)
                + (deferred.contains(referenced) ? u" initially deferred"_s : QString());
    }
    for (const QString &check : checksIn(createSql))
        table->checks.insert(canonical(check), check);
}

// A trigger's condition as " WHEN <canonical>", read before the first match of end (SQLite's
// body, BEGIN; the server's EXECUTE FUNCTION); empty without one.
QString whenOf(const QString &createTrigger, const QString &end)
{
    static const QRegularExpression when(u"\\bWHEN\\b(.*)$"_s,
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    const qsizetype body
        = createTrigger.indexOf(QRegularExpression(end, QRegularExpression::CaseInsensitiveOption));
    const QRegularExpressionMatch match = when.match(createTrigger.left(body));
    return match.hasMatch() ? u" WHEN "_s + canonical(match.captured(1)) : QString();
}

// The key items and WHERE of a CREATE INDEX, as written.
void indexParts(const QString &createIndex, QStringList *items, QString *predicate)
{
    static const QRegularExpression on(u"\\bON\\s+[\\w\"]+\\s*\\("_s,
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression where(u"^\\s*WHERE\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString sql = withoutComments(createIndex);
    const QRegularExpressionMatch match = on.match(sql);
    const qsizetype open = match.capturedEnd() - 1;
    const qsizetype end = match.hasMatch() ? closing(sql, open) : -1;
    if (end < 0)
        return;
    *items = topLevelItems(sql.mid(open + 1, end - open - 2));
    const QString rest = sql.mid(end);
    const QRegularExpressionMatch condition = where.match(rest);
    if (condition.hasMatch())
        *predicate = canonical(rest.mid(condition.capturedEnd()));
}

Catalogue readSqlite(const QSqlDatabase &db, QStringList *failures)
{
    Catalogue catalogue;
    for (const QStringList &row :
         readRows(db, u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"_s,
                  failures)) {
        const QString &type = row.at(0);
        const QString &name = row.at(1);
        if (type == u"table") {
            readSqliteTable(db, name, row.at(3), &catalogue.tables[name], failures);
        } else if (type == u"index" && !row.at(3).isEmpty()) {
            Index index;
            index.table = row.at(2);
            index.method = u"btree"_s;
            QStringList written;
            indexParts(row.at(3), &written, &index.predicate);
            // seqno, cid, name, desc, coll, key
            const Rows info = readRows(db, u"PRAGMA index_xinfo(%1)"_s.arg(quoted(name)), failures);
            for (const QStringList &key : info) {
                if (key.at(5) != u"1")
                    continue; // the rowid every SQLite index ends with
                QString item = key.at(1) == u"-2"
                    ? canonical(written.value(key.at(0).toInt())
                                    .remove(QRegularExpression(
                                        u"\\s+(COLLATE\\s+\\w+\\s*)?(ASC|DESC)?\\s*$"_s,
                                        QRegularExpression::CaseInsensitiveOption)))
                    : key.at(2);
                if (key.at(3) == u"1")
                    item += u" desc"_s;
                if (key.at(4).compare(u"BINARY"_s, Qt::CaseInsensitive) != 0)
                    item += u" collate "_s + key.at(4).toLower();
                index.keys << item;
            }
            for (const QStringList &entry :
                 readRows(db, u"PRAGMA index_list(%1)"_s.arg(quoted(index.table)), failures)) {
                if (entry.at(1) == name)
                    index.unique = entry.at(2) == u"1";
            }
            catalogue.indexes.insert(name, index);
        } else if (type == u"trigger") {
            static const QRegularExpression shape(
                u"CREATE\\s+(?:TEMP\\w*\\s+)?TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[\\w\"]+\\s+"
                "(BEFORE|AFTER|INSTEAD\\s+OF)?\\s*(INSERT|UPDATE|DELETE)"
                "(?:\\s+OF\\s+([\\w\\s,\"]+?))?\\s+ON\\s"_s,
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = shape.match(withoutComments(row.at(3)));
            QString columns = match.captured(3);
            columns.remove(QRegularExpression(u"[\\s\"]"_s));
            // SQLite's triggers are all FOR EACH ROW; BEFORE when no timing is written.
            const QString timing
                = match.captured(1).isEmpty() ? u"BEFORE"_s : match.captured(1).toUpper();
            QString trigger = u"(unreadable) "_s + row.at(3);
            if (match.hasMatch())
                trigger = timing + u' ' + match.captured(2).toUpper()
                    + (columns.isEmpty() ? QString() : u" OF "_s + columns) + u" FOR EACH ROW"_s
                    + whenOf(withoutComments(row.at(3)), u"\\bBEGIN\\b"_s);
            catalogue.triggers.insert(name, { row.at(2), trigger, {} });
        } else if (type == u"view") {
            catalogue.others << u"view "_s + name;
        }
    }
    return catalogue;
}

// ---------------------------------------------------------------------------------------------
// The server: pg_catalog for the store's schema privacydesk (information_schema shows only what
// the reading role may use).

const QString inSchema = u"'privacydesk'::regnamespace"_s;
// Objects an extension brought (unaccent's functions and dictionary) are the extension's.
const QString notOfExtension
    = u"NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = %1 AND e.deptype = 'e')"_s;

void readServerTables(const QSqlDatabase &db, Catalogue *catalogue, QStringList *failures)
{
    for (const QStringList &row :
         readRows(db,
                  u"SELECT c.relname, c.relkind, c.relrowsecurity FROM pg_class c WHERE "
                  "c.relnamespace = %1 AND c.relkind NOT IN ('i', 'I', 'c', 't') AND %2 "
                  "AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid "
                  "= c.oid AND d.deptype IN ('a', 'i')))"_s.arg(inSchema,
                                                                notOfExtension.arg(u"c.oid"_s)),
                  failures)) {
        if (row.at(1) == u"r" || row.at(1) == u"p")
            catalogue->tables[row.at(0)];
        else if (row.at(1) == u"S")
            catalogue->sequences << row.at(0);
        else
            catalogue->others << u"relation "_s + row.at(0) + u" (relkind "_s + row.at(1) + u')';
        if (row.at(2) == u"true")
            catalogue->rowSecurity << row.at(0);
    }
    for (const QStringList &row : readRows(
             db,
             u"SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) || COALESCE(' "
             "collate ' || NULLIF(co.collname, 'default'), ''), a.attnotnull, "
             "pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '' FROM pg_attribute a JOIN "
             "pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid "
             "AND d.adnum = a.attnum LEFT JOIN pg_collation co ON co.oid = a.attcollation WHERE "
             "c.relnamespace = %1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT "
             "a.attisdropped ORDER BY c.relname, a.attnum"_s.arg(inSchema),
             failures)) {
        Column column;
        column.name = row.at(1);
        column.type = row.at(2);
        column.notNull = row.at(3) == u"true";
        column.defaultValue = canonical(row.at(4));
        column.handedOut = row.at(5) == u"true";
        catalogue->tables[row.at(0)].columns << column;
    }
    // Keys, references and checks; a column list in key order.
    const QString columnsOf = u"(SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM "
                              "unnest(%1) WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a "
                              "ON a.attrelid = %2 AND a.attnum = k.attnum)"_s;
    for (const QStringList &row : readRows(
             db,
             u"SELECT c.relname, con.contype, %1, f.relname, %2, con.confupdtype, "
             "con.confdeltype, con.condeferred, pg_get_constraintdef(con.oid) FROM "
             "pg_constraint con JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_class f "
             "ON f.oid = con.confrelid WHERE c.relnamespace = %3 AND con.contype IN ('p', "
             "'u', 'f', 'c')"_s.arg(columnsOf.arg(u"con.conkey"_s, u"con.conrelid"_s),
                                    columnsOf.arg(u"con.confkey"_s, u"con.confrelid"_s), inSchema),
             failures)) {
        static const QMap<QString, QString> actions = {
            { u"a"_s, u"no action"_s }, { u"r"_s, u"restrict"_s },    { u"c"_s, u"cascade"_s },
            { u"n"_s, u"set null"_s },  { u"d"_s, u"set default"_s },
        };
        Table &table = catalogue->tables[row.at(0)];
        const QString &type = row.at(1);
        if (type == u"p" || type == u"u") {
            table.keys << (type == u"p" ? u"primary key ("_s : u"unique ("_s) + row.at(2) + u')';
        } else if (type == u"f") {
            table.references << u'(' + row.at(2) + u") -> "_s + row.at(3) + u" ("_s + row.at(4)
                    + u") on update "_s + actions.value(row.at(5)) + u" on delete "_s
                    + actions.value(row.at(6))
                    + (row.at(7) == u"true" ? u" initially deferred"_s : QString());
        } else {
            QString check = row.at(8);
            check.remove(QRegularExpression(u"^CHECK\\s*"_s));
            table.checks.insert(canonical(check), check);
        }
    }
}

void readServerIndexes(const QSqlDatabase &db, Catalogue *catalogue, QStringList *failures)
{
    // Indexes that back a PRIMARY KEY or UNIQUE constraint are the constraint's. Each key as its
    // column or expression, " desc" and " collate <name>" when not the type's default.
    for (const QStringList &row : readRows(
             db,
             u"SELECT ic.relname, t.relname, i.indisunique, am.amname, pg_get_expr(i.indpred, "
             "i.indrelid), (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true) || CASE WHEN "
             "(i.indoption[k - 1] & 1) = 1 THEN ' desc' ELSE '' END || COALESCE(' collate ' || "
             "NULLIF(co.collname, 'default'), ''), E'\\x1f' ORDER BY k) FROM generate_series(1, "
             "i.indnkeyatts) AS k LEFT JOIN pg_collation co ON co.oid = i.indcollation[k - 1]) "
             "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid "
             "= i.indrelid JOIN pg_am am ON am.oid = ic.relam WHERE t.relnamespace = %1 AND NOT "
             "EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND "
             "con.contype IN ('p', 'u'))"_s.arg(inSchema),
             failures)) {
        Index index;
        index.table = row.at(1);
        index.unique = row.at(2) == u"true";
        index.method = row.at(3);
        index.predicate = canonical(row.at(4));
        for (const QString &key : row.at(5).split(QChar(0x1f))) {
            // A plain column stays its name (with its suffixes); an expression is canonical.
            static const QRegularExpression plain(u"^\\w+( desc)?( collate \\w+)?$"_s);
            index.keys << (plain.match(key).hasMatch() ? key : canonical(key));
        }
        catalogue->indexes.insert(row.at(0), index);
    }
}

void readServerTriggers(const QSqlDatabase &db, Catalogue *catalogue, QStringList *failures)
{
    // tgtype: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate, 64 instead of.
    for (const QStringList &row : readRows(
             db,
             u"SELECT t.tgname, c.relname, t.tgtype, p.proname, (SELECT string_agg(a.attname, "
             "',' ORDER BY k.n) FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, n) "
             "JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum), "
             "t.tgconstraint <> 0, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c "
             "ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal "
             "AND c.relnamespace = %1"_s.arg(inSchema),
             failures)) {
        const int type = row.at(2).toInt();
        QStringList events;
        for (const auto &[bit, event] : { std::pair { 4, "INSERT" }, std::pair { 16, "UPDATE" },
                                          std::pair { 8, "DELETE" }, std::pair { 32, "TRUNCATE" } })
            if (type & bit)
                events << QString::fromLatin1(event);
        const QString timing = (type & 64) ? u"INSTEAD OF"_s
            : (type & 2)                   ? u"BEFORE"_s
                                           : u"AFTER"_s;
        const QString shape = (row.at(5) == u"true" ? u"CONSTRAINT "_s : QString()) + timing + u' '
            + events.join(u" OR "_s) + (row.at(4).isEmpty() ? QString() : u" OF "_s + row.at(4))
            + ((type & 1) ? u" FOR EACH ROW"_s : u" FOR EACH STATEMENT"_s)
            + whenOf(row.at(6), u"\\s+EXECUTE\\s+(FUNCTION|PROCEDURE)\\b"_s);
        catalogue->triggers.insert(row.at(0), { row.at(1), shape, row.at(3) });
    }
}

Catalogue readServer(const QSqlDatabase &db, QStringList *failures)
{
    Catalogue catalogue;
    readServerTables(db, &catalogue, failures);
    readServerIndexes(db, &catalogue, failures);
    readServerTriggers(db, &catalogue, failures);
    const auto names = [&](const QString &sql) {
        QStringList list;
        for (const QStringList &row : readRows(db, sql, failures))
            list << row.at(0);
        return list;
    };
    catalogue.functions = names(u"SELECT p.proname FROM pg_proc p WHERE p.pronamespace = %1 AND "
                                "%2"_s.arg(inSchema, notOfExtension.arg(u"p.oid"_s)));
    catalogue.policies
        = names(u"SELECT c.relname || '.' || pol.polname FROM pg_policy pol JOIN "
                "pg_class c ON c.oid = pol.polrelid WHERE c.relnamespace = %1"_s.arg(inSchema));
    // The store's roles are named after its database (pd_group in audit.sql).
    catalogue.roles = names(u"SELECT '{database}' || substr(rolname, length(current_database()) "
                            "+ 1) FROM pg_roles WHERE starts_with(rolname, current_database() || "
                            "'_')"_s);
    catalogue.extensions
        = names(u"SELECT extname FROM pg_extension WHERE extnamespace = %1"_s.arg(inSchema));
    // Types of their own (domains, enums, ranges, composite types that are not a table's row) and
    // whatever lands in the schema public: nothing of the store's belongs there.
    catalogue.others += names(u"SELECT 'type ' || t.typname FROM pg_type t LEFT JOIN pg_class c ON "
                              "c.oid = t.typrelid WHERE t.typnamespace = %1 AND %2 AND (t.typtype "
                              "IN ('d', 'e', 'r', 'm') OR c.relkind = 'c')"_s.arg(
                                  inSchema, notOfExtension.arg(u"t.oid"_s)));
    catalogue.others += names(u"SELECT 'in schema public: ' || relname FROM pg_class WHERE "
                              "relnamespace = 'public'::regnamespace UNION ALL SELECT 'in schema "
                              "public: ' || proname FROM pg_proc WHERE pronamespace = "
                              "'public'::regnamespace"_s);
    return catalogue;
}

// ---------------------------------------------------------------------------------------------
// The comparison: what differs, by aspect, and which declarations it used.

class Comparison final
{
public:
    Comparison(const Catalogue &lite, const Catalogue &pg)
        : m_lite(lite)
        , m_pg(pg)
    { }

    QStringList tables();
    QStringList columns();
    QStringList keys();
    QStringList references() const;
    QStringList checks() const;
    QStringList indexes();
    QStringList triggers();
    QStringList serverObjects();
    // The declarations no comparison used: each names something that is no longer there, or no
    // longer different.
    QStringList unused() const;

private:
    bool isDeclared(Side side, Kind kind, const QString &name);
    QStringList tablesOnBoth() const;
    void compareColumn(const QString &table, const Column &lite, const Column &pg,
                       QStringList *drift);

    const Catalogue &m_lite;
    const Catalogue &m_pg;
    QSet<qsizetype> m_used; // positions in declared
};

bool Comparison::isDeclared(Side side, Kind kind, const QString &name)
{
    for (qsizetype i = 0; i < declared.size(); ++i) {
        const Declared &d = declared.at(i);
        if (d.side == side && d.kind == kind && d.name == name) {
            m_used.insert(i);
            return true;
        }
    }
    return false;
}

QStringList Comparison::unused() const
{
    QStringList stale;
    for (qsizetype i = 0; i < declared.size(); ++i) {
        if (!m_used.contains(i))
            stale << declared.at(i).name;
    }
    return stale;
}

QStringList Comparison::tablesOnBoth() const
{
    QStringList tables;
    for (const QString &table : m_lite.tables.keys()) {
        if (m_pg.tables.contains(table))
            tables << table;
    }
    return tables;
}

QStringList Comparison::tables()
{
    QStringList drift;
    for (const QString &table : m_lite.tables.keys()) {
        if (!m_pg.tables.contains(table) && !isDeclared(Side::Sqlite, Kind::Table, table))
            drift << u"table %1: only in SQLite"_s.arg(table);
    }
    for (const QString &table : m_pg.tables.keys()) {
        if (!m_lite.tables.contains(table) && !isDeclared(Side::Server, Kind::Table, table))
            drift << u"table %1: only on the server"_s.arg(table);
    }
    return drift;
}

void Comparison::compareColumn(const QString &table, const Column &lite, const Column &pg,
                               QStringList *drift)
{
    const QString what = u"column %1.%2"_s.arg(table, lite.name);
    if (pg.type != lite.type)
        *drift << what
                + u": type %1 on the server, %2 (%3) in SQLite"_s.arg(pg.type, lite.sqliteType,
                                                                      lite.type);
    const auto nullable = [](bool notNull) {
        return notNull ? u"NOT NULL"_s : u"NULL"_s;
    };
    if (pg.notNull != lite.notNull)
        *drift << what
                + u": %1 on the server, %2 in SQLite"_s.arg(nullable(pg.notNull),
                                                            nullable(lite.notNull));
    const auto value = [](const QString &v) {
        return v.isEmpty() ? u"none"_s : v;
    };
    if (pg.defaultValue != lite.defaultValue)
        *drift << what
                + u": default %1 on the server, %2 in SQLite"_s.arg(value(pg.defaultValue),
                                                                    value(lite.defaultValue));
    // SQLite hands out an INTEGER PRIMARY KEY that an INSERT leaves out (the rowid); the server
    // does that with an identity.
    const bool given
        = lite.handedOut && isDeclared(Side::Both, Kind::Identity, table + u'.' + lite.name);
    if (pg.handedOut != (lite.handedOut && !given))
        *drift << what
                + u": %1 on the server, %2 in SQLite"_s.arg(
                    pg.handedOut ? u"an identity"_s : u"no identity"_s,
                    lite.handedOut ? u"the rowid"_s : u"a given value"_s);
}

QStringList Comparison::columns()
{
    QStringList drift;
    for (const QString &table : tablesOnBoth()) {
        QMap<QString, Column> server;
        QStringList serverOrder;
        for (const Column &column : m_pg.tables.value(table).columns) {
            if (isDeclared(Side::Server, Kind::Column, table + u'.' + column.name))
                continue;
            server.insert(column.name, column);
            serverOrder << column.name;
        }
        QStringList liteOrder;
        for (const Column &lite : m_lite.tables.value(table).columns) {
            if (isDeclared(Side::Sqlite, Kind::Column, table + u'.' + lite.name))
                continue;
            liteOrder << lite.name;
            if (server.contains(lite.name))
                compareColumn(table, lite, server.take(lite.name), &drift);
            else
                drift << u"column %1.%2: only in SQLite"_s.arg(table, lite.name);
        }
        for (const QString &column : server.keys())
            drift << u"column %1.%2: only on the server"_s.arg(table, column);
        // The same order too: INSERT without a column list and SELECT * depend on it.
        serverOrder.removeIf([&liteOrder](const QString &c) { return !liteOrder.contains(c); });
        liteOrder.removeIf([&serverOrder](const QString &c) { return !serverOrder.contains(c); });
        if (serverOrder != liteOrder)
            drift << u"table %1: columns in the order %2 on the server, %3 in SQLite"_s.arg(
                table, serverOrder.join(u", "_s), liteOrder.join(u", "_s));
    }
    return drift;
}

QStringList Comparison::keys()
{
    QStringList drift;
    for (const QString &table : tablesOnBoth()) {
        const QStringList lite = m_lite.tables.value(table).keys;
        const QStringList pg = m_pg.tables.value(table).keys;
        for (const QString &key : lite) {
            if (!pg.contains(key) && !isDeclared(Side::Sqlite, Kind::Key, table + u": "_s + key))
                drift << u"table %1: %2 only in SQLite"_s.arg(table, key);
        }
        for (const QString &key : pg) {
            if (!lite.contains(key) && !isDeclared(Side::Server, Kind::Key, table + u": "_s + key))
                drift << u"table %1: %2 only on the server"_s.arg(table, key);
        }
    }
    return drift;
}

QStringList Comparison::references() const
{
    QStringList drift;
    for (const QString &table : tablesOnBoth()) {
        const QStringList lite = m_lite.tables.value(table).references;
        const QStringList pg = m_pg.tables.value(table).references;
        for (const QString &reference : lite) {
            if (!pg.contains(reference))
                drift << u"table %1: foreign key %2 only in SQLite"_s.arg(table, reference);
        }
        for (const QString &reference : pg) {
            if (!lite.contains(reference))
                drift << u"table %1: foreign key %2 only on the server"_s.arg(table, reference);
        }
    }
    return drift;
}

QStringList Comparison::checks() const
{
    QStringList drift;
    for (const QString &table : tablesOnBoth()) {
        const QMap<QString, QString> lite = m_lite.tables.value(table).checks;
        const QMap<QString, QString> pg = m_pg.tables.value(table).checks;
        for (auto it = lite.cbegin(); it != lite.cend(); ++it) {
            if (!pg.contains(it.key()))
                drift << u"table %1: CHECK (%2) only in SQLite"_s.arg(table, it.value());
        }
        for (auto it = pg.cbegin(); it != pg.cend(); ++it) {
            if (!lite.contains(it.key()))
                drift << u"table %1: CHECK %2 only on the server"_s.arg(table, it.value());
        }
    }
    return drift;
}

QStringList Comparison::indexes()
{
    QStringList drift;
    for (auto it = m_lite.indexes.cbegin(); it != m_lite.indexes.cend(); ++it) {
        const QString what = u"index %1 on %2"_s.arg(it.key(), it->table);
        if (!m_pg.indexes.contains(it.key())) {
            if (!isDeclared(Side::Sqlite, Kind::Index, it.key()))
                drift << what + u": only in SQLite"_s;
            continue;
        }
        const Index pg = m_pg.indexes.value(it.key());
        if (pg.table != it->table)
            drift << what + u": on %1 on the server"_s.arg(pg.table);
        if (pg.unique != it->unique)
            drift << what + u": %1 on the server"_s.arg(pg.unique ? u"unique"_s : u"not unique"_s);
        if ((pg.keys != it->keys || pg.method != it->method)
            && !isDeclared(Side::Both, Kind::IndexShape, it.key()))
            drift << what
                    + u": %1 (%2) on the server, %3 (%4) in SQLite"_s.arg(
                        pg.method, pg.keys.join(u", "_s), it->method, it->keys.join(u", "_s));
        if (pg.predicate != it->predicate)
            drift << what
                    + u": WHERE %1 on the server, %2 in SQLite"_s.arg(
                        pg.predicate.isEmpty() ? u"none"_s : pg.predicate,
                        it->predicate.isEmpty() ? u"none"_s : it->predicate);
    }
    for (auto it = m_pg.indexes.cbegin(); it != m_pg.indexes.cend(); ++it) {
        if (!m_lite.indexes.contains(it.key()) && !isDeclared(Side::Server, Kind::Index, it.key()))
            drift << u"index %1 on %2: only on the server"_s.arg(it.key(), it->table);
    }
    return drift;
}

QStringList Comparison::triggers()
{
    QStringList drift;
    for (auto it = m_lite.triggers.cbegin(); it != m_lite.triggers.cend(); ++it) {
        const QString what = u"trigger %1 on %2"_s.arg(it.key(), it->table);
        if (!m_pg.triggers.contains(it.key())) {
            if (!isDeclared(Side::Sqlite, Kind::Trigger, it.key()))
                drift << what + u": only in SQLite"_s;
            continue;
        }
        const Trigger pg = m_pg.triggers.value(it.key());
        if (pg.table != it->table || pg.shape != it->shape)
            drift << what
                    + u": %1 ON %2 on the server, %3 ON %4 in SQLite"_s.arg(pg.shape, pg.table,
                                                                            it->shape, it->table);
        // The server's body of a trigger both have is a function named after it (the baseline's
        // convention), so that the function is this trigger's and nothing else's.
        if (pg.function != it.key() + u"_fn"_s)
            drift << what + u": runs %1 on the server, not %2_fn"_s.arg(pg.function, it.key());
    }
    for (auto it = m_pg.triggers.cbegin(); it != m_pg.triggers.cend(); ++it) {
        if (m_lite.triggers.contains(it.key()) || isDeclared(Side::Server, Kind::Trigger, it.key())
            || isDeclared(Side::Server, Kind::TriggersOf, it->function))
            continue;
        drift << u"trigger %1 on %2 (%3, runs %4): only on the server"_s.arg(
            it.key(), it->table, it->shape, it->function);
    }
    return drift;
}

QStringList Comparison::serverObjects()
{
    QStringList drift;
    const auto check = [&](Kind kind, const QStringList &names, const QString &what) {
        for (const QString &name : names) {
            if (!isDeclared(Side::Server, kind, name))
                drift << what + u' ' + name + u": only on the server"_s;
        }
    };
    // A function that is the body of a trigger both backends have (<trigger>_fn) is that
    // trigger's, compared with it above.
    QStringList functions;
    for (const QString &function : m_pg.functions) {
        const QString trigger = function.endsWith(u"_fn"_s) ? function.chopped(3) : QString();
        if (!m_lite.triggers.contains(trigger) || m_pg.triggers.value(trigger).function != function)
            functions << function;
    }
    check(Kind::Function, functions, u"function"_s);
    check(Kind::Policy, m_pg.policies, u"policy"_s);
    check(Kind::RowSecurity, m_pg.rowSecurity, u"row-level security on"_s);
    check(Kind::Role, m_pg.roles, u"role"_s);
    check(Kind::Extension, m_pg.extensions, u"extension"_s);
    check(Kind::Sequence, m_pg.sequences, u"sequence"_s);
    for (const QString &other : m_pg.others + m_lite.others)
        drift << other + u": a kind of object this test does not compare"_s;
    return drift;
}

} // namespace

class TestSchemaParity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameTables();
    void sameColumns();
    void sameKeys();
    void sameReferences();
    void sameChecks();
    void sameIndexes();
    void sameTriggers();
    void serverOnlyObjectsAreDeclared();
    void everyDeclarationStillHolds();

private:
    // What each comparison found, by aspect; computed once, so that every declaration used is
    // known.
    QMap<QString, QStringList> m_drift;
};

// One line per difference (a failure message is cut short), then the failure.
#define PD_NO_DRIFT(aspect) \
    do { \
        const QStringList found = m_drift.value(QStringLiteral(aspect)); \
        for (const QString &line : found) \
            qWarning("%s", qPrintable(line)); \
        QVERIFY2(found.isEmpty(), \
                 qPrintable(QString::number(found.size()) + u" difference(s) in the "_s \
                            + QStringLiteral(aspect) + u", each named above"_s)); \
    } while (false)

void TestSchemaParity::initTestCase()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QStringList failures;
    Catalogue lite;
    {
        const auto store = createTestStore(tmp.filePath(u"kluis"_s));
        QVERIFY(store);
        lite = readSqlite(store->database(), &failures);
    }
    ServerStoreFixture server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Catalogue pg;
    {
        // The catalogue as the cluster's superuser sees it, on a connection of the test's own.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"schema-parity"_s);
        db.setHostName(server.cluster().socketDir());
        db.setPort(server.cluster().port());
        db.setUserName(PostgresCluster::superuser());
        db.setDatabaseName(QString::fromLatin1(ServerStoreFixture::database));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        pg = readServer(db, &failures);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema-parity"_s);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    // Something was read on both sides.
    QVERIFY(lite.tables.value(u"cases"_s).columns.size() > 20);
    QVERIFY(pg.tables.value(u"cases"_s).columns.size() > 20);
    QVERIFY(lite.indexes.size() > 20);
    QVERIFY(pg.triggers.size() > 10);
    const auto count = [](const Catalogue &catalogue, auto member) {
        qsizetype n = 0;
        for (const Table &table : catalogue.tables)
            n += (table.*member).size();
        return n;
    };
    QVERIFY(count(lite, &Table::references) > 20);
    QVERIFY(count(lite, &Table::checks) > 20);
    QVERIFY(count(pg, &Table::references) > 20);
    QVERIFY(count(pg, &Table::checks) > 20);

    Comparison comparison(lite, pg);
    m_drift.insert(u"tables"_s, comparison.tables());
    m_drift.insert(u"columns"_s, comparison.columns());
    m_drift.insert(u"keys"_s, comparison.keys());
    m_drift.insert(u"references"_s, comparison.references());
    m_drift.insert(u"checks"_s, comparison.checks());
    m_drift.insert(u"indexes"_s, comparison.indexes());
    m_drift.insert(u"triggers"_s, comparison.triggers());
    m_drift.insert(u"server objects"_s, comparison.serverObjects());
    m_drift.insert(u"unused"_s, comparison.unused());
}

void TestSchemaParity::sameTables()
{
    PD_NO_DRIFT("tables");
}

void TestSchemaParity::sameColumns()
{
    PD_NO_DRIFT("columns");
}

void TestSchemaParity::sameKeys()
{
    PD_NO_DRIFT("keys");
}

void TestSchemaParity::sameReferences()
{
    PD_NO_DRIFT("references");
}

void TestSchemaParity::sameChecks()
{
    PD_NO_DRIFT("checks");
}

void TestSchemaParity::sameIndexes()
{
    PD_NO_DRIFT("indexes");
}

void TestSchemaParity::sameTriggers()
{
    PD_NO_DRIFT("triggers");
}

void TestSchemaParity::serverOnlyObjectsAreDeclared()
{
    PD_NO_DRIFT("server objects");
}

void TestSchemaParity::everyDeclarationStillHolds()
{
    const QStringList stale = m_drift.value(u"unused"_s);
    QVERIFY2(stale.isEmpty(),
             qPrintable(u"declared, but not (or no longer) different: "_s + stale.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schema_parity.moc"
