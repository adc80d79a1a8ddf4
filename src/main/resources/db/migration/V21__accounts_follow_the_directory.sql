-- Accounts follow HR's list: every active employee has an account (user name = e-mail in lower case, no
-- password, Learner; Manager with active reports), a leaver's account is disabled and their sessions end on
-- every node. Set-based, so that it takes seconds for 100,000 employees. Ids are drawn with NEXTVAL for each
-- row, as the campaign launcher draws them: each draw moves the sequence by 50, so they never meet the blocks
-- Hibernate takes (on this node or another still running the old version), whatever runs at the same time.

-- Ending an account's sessions raises its generation here, in the transaction that disables the account. A
-- session remembers the generation its sign-in saw; every node checks the accounts it holds sessions for every
-- few seconds and ends those sessions that are older than the latest generation (security.SignedInSessions).
CREATE TABLE session_revocation (
    account_id BIGINT      NOT NULL,
    generation BIGINT      NOT NULL,
    revoked_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Data from here on (AccountsMigrationIT runs these statements again, in a transaction it rolls back).

-- 1. Leavers keep no working account: disable it, with an audit entry each.
INSERT INTO audit_entry (id, at, actor, action, subject_type, subject_id, summary, before_state, after_state)
SELECT NEXTVAL(audit_entry_seq), UTC_TIMESTAMP(6), 'system', 'account disabled', 'account', a.id,
       LEFT(CONCAT(a.username, ': ', e.first_name, ' ', e.last_name,
                   ' has left the organisation (employee list); disabled when accounts began to follow the list'), 500),
       'enabled', 'disabled'
FROM account a JOIN employee e ON e.id = a.employee_id
WHERE e.active = FALSE AND a.enabled = TRUE;

UPDATE account a JOIN employee e ON e.id = a.employee_id
SET a.enabled = FALSE, a.version = a.version + 1
WHERE e.active = FALSE AND a.enabled = TRUE;

-- 2. Who gets an account: active employees without one, user name = e-mail in lower case (at most 100
-- characters, as everywhere a user name is kept). Two active people with one address: the first by id.
CREATE TEMPORARY TABLE v21_opening (
    employee_id  BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    PRIMARY KEY (employee_id),
    UNIQUE KEY uk_v21_opening_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT IGNORE INTO v21_opening (employee_id, username, display_name, email)
SELECT e.id, LOWER(e.email), LEFT(CONCAT(e.first_name, ' ', e.last_name), 200), e.email
FROM employee e
WHERE e.active = TRUE AND CHAR_LENGTH(e.email) <= 100
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.employee_id = e.id)
ORDER BY e.id;

-- 3. An address that now belongs to an active person frees the user name of a leaver's account
-- (left-<account id>-<old user name>): the leaver cannot sign in anyway, and keeps their history.
INSERT INTO audit_entry (id, at, actor, action, subject_type, subject_id, summary, before_state, after_state)
SELECT NEXTVAL(audit_entry_seq), UTC_TIMESTAMP(6), 'system', 'account details changed', 'account', a.id,
       LEFT(CONCAT(a.username, ': the address now belongs to ', o.display_name, ', who is in the employee list; ',
                   'this leaver''s account gives up the user name'), 500),
       CONCAT('user name ', a.username), CONCAT('user name ', LEFT(CONCAT('left-', a.id, '-', a.username), 100))
FROM account a
JOIN employee le ON le.id = a.employee_id AND le.active = FALSE
JOIN v21_opening o ON o.username = a.username;

UPDATE account a
JOIN employee le ON le.id = a.employee_id AND le.active = FALSE
JOIN v21_opening o ON o.username = a.username
SET a.username = LEFT(CONCAT('left-', a.id, '-', a.username), 100), a.version = a.version + 1;

-- A user name held by any other account (one linked to no employee, such as the first administrator, or
-- another active person's) is left alone: that person gets no account, and the audit trail says why (step 6).
DELETE o FROM v21_opening o JOIN account a ON a.username = o.username;

-- 4. The accounts, their app roles (Learner; Manager for anyone with active direct reports).
INSERT INTO account (id, username, display_name, email, password_hash, employee_id, enabled, created_at, last_login_at,
                     version, sso_subject)
SELECT NEXTVAL(account_seq), o.username, o.display_name, o.email, NULL, o.employee_id,
       TRUE, UTC_TIMESTAMP(6), NULL, 0, NULL
FROM v21_opening o;

INSERT INTO account_role (account_id, role)
SELECT a.id, 'LEARNER' FROM account a JOIN v21_opening o ON o.employee_id = a.employee_id;

INSERT INTO account_role (account_id, role)
SELECT a.id, 'MANAGER' FROM account a JOIN v21_opening o ON o.employee_id = a.employee_id
WHERE EXISTS (SELECT 1 FROM employee r WHERE r.manager_id = a.employee_id AND r.active = TRUE);

-- 5. An audit entry for each account opened.
INSERT INTO audit_entry (id, at, actor, action, subject_type, subject_id, summary, before_state, after_state)
SELECT NEXTVAL(audit_entry_seq), UTC_TIMESTAMP(6), 'system', 'account created', 'account', a.id,
       LEFT(CONCAT(a.username, ' opened for ', a.display_name,
                   ', in the employee list when accounts began to follow it'), 500),
       NULL,
       CASE WHEN EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'MANAGER')
            THEN '[LEARNER, MANAGER]' ELSE '[LEARNER]' END
FROM account a JOIN v21_opening o ON o.employee_id = a.employee_id;

-- 6. Whoever is active and still has no account: why, in the audit trail, for an administrator to sort out.
INSERT INTO audit_entry (id, at, actor, action, subject_type, subject_id, summary, before_state, after_state)
SELECT NEXTVAL(audit_entry_seq), UTC_TIMESTAMP(6), 'system', 'account not opened', 'employee', e.id,
       LEFT(CONCAT(e.first_name, ' ', e.last_name, ' (', e.employee_number, ') has no account: ',
                   CASE WHEN CHAR_LENGTH(e.email) > 100
                        THEN 'the e-mail address is longer than a user name may be (100 characters)'
                        ELSE CONCAT('the user name ', LOWER(e.email), ' belongs to another account') END), 500),
       NULL, NULL
FROM employee e
WHERE e.active = TRUE AND NOT EXISTS (SELECT 1 FROM account a WHERE a.employee_id = e.id);

DROP TEMPORARY TABLE v21_opening;
