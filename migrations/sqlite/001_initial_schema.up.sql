-- 001 initial schema (SQLite): the same tables, columns, constraint and index
-- names as migrations/postgres/001, in SQLite's terms. How types map (see
-- docs/schema.md for why):
--   UUID          TEXT, lower-case, DEFAULT a random version-4 UUID so raw
--                 INSERTs work (jobhunt itself writes v7 UUIDs)
--   TIMESTAMPTZ   TEXT, ISO-8601 UTC with microseconds,
--                 'YYYY-MM-DDTHH:MM:SS.ssssssZ', as the driver writes them,
--                 so text order is time order
--   DATE          TEXT 'YYYY-MM-DD', checked to be a real calendar date
--   BOOLEAN       INTEGER 0/1, checked
--   DECIMAL       REAL
--   TEXT[]        TEXT holding a JSON array, checked
--   JSONB         TEXT holding any valid JSON value, checked (as jsonb accepts)
--   VARCHAR(n)    TEXT: lengths are not enforced, the application checks them
-- Tables are STRICT so a value of the wrong storage class is refused, as
-- PostgreSQL refuses it. CHECK constraints are named so SQLite's message
-- "CHECK constraint failed: <name>" carries the seed's name. UNIQUE
-- constraints are unique indexes named like the PostgreSQL constraint.
-- Foreign keys need PRAGMA foreign_keys = ON, which the driver sets.

-- User management -----------------------------------------------------------

-- password_hash: an Argon2id string (crypto_pwhash_str, at most 127 chars).
-- phone: kept for the seed, jobhunt writes phone_encrypted (006) only.
-- valid_email is the seed's regular expression
-- ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$ without a regex engine:
-- a non-empty local part of allowed characters before the first '@', and a
-- domain of allowed characters (so no second '@') whose final run of letters
-- is at least 2 long and follows a '.' that has at least one character
-- before it. The domain part can only match the regex that way because the
-- letters after the last '\.' must run to the end.
CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    phone TEXT,
    is_active INTEGER DEFAULT 1 CONSTRAINT users_is_active_boolean CHECK (is_active IN (0, 1)),
    email_verified INTEGER DEFAULT 0 CONSTRAINT users_email_verified_boolean CHECK (email_verified IN (0, 1)),
    subscription_tier TEXT DEFAULT 'free',
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    last_login_at TEXT,
    CONSTRAINT valid_email CHECK (
        instr(email, '@') > 1
        AND substr(email, 1, instr(email, '@') - 1) NOT GLOB '*[^A-Za-z0-9._%+-]*'
        AND substr(email, instr(email, '@') + 1) NOT GLOB '*[^A-Za-z0-9.-]*'
        AND length(substr(email, instr(email, '@') + 1))
            - length(rtrim(substr(email, instr(email, '@') + 1), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')) >= 2
        AND rtrim(substr(email, instr(email, '@') + 1), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') GLOB '?*.'
    )
) STRICT;

-- The seed's "email ... UNIQUE", named as PostgreSQL names it.
CREATE UNIQUE INDEX users_email_key ON users(email);
CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_active ON users(is_active);

CREATE TABLE user_profiles (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT user_profiles_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    resume_file_url TEXT,
    resume_text TEXT,
    linkedin_url TEXT,
    github_url TEXT,
    portfolio_url TEXT,
    phone TEXT,
    location_city TEXT,
    location_state TEXT,
    location_country TEXT,
    willing_to_relocate INTEGER DEFAULT 0 CONSTRAINT user_profiles_willing_to_relocate_boolean CHECK (willing_to_relocate IN (0, 1)),
    years_experience INTEGER,
    current_title TEXT,
    target_salary_min INTEGER,
    target_salary_max INTEGER,
    preferred_work_type TEXT, -- remote, hybrid, onsite
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT valid_experience CHECK (years_experience >= 0 AND years_experience <= 70)
) STRICT;

CREATE UNIQUE INDEX unique_user_profile ON user_profiles(user_id);
-- Redundant with unique_user_profile, kept because the seed names it.
CREATE INDEX idx_user_profiles_user_id ON user_profiles(user_id);

CREATE TABLE user_skills (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT user_skills_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    skill_name TEXT NOT NULL,
    skill_category TEXT, -- technical, soft, language, certification
    proficiency_level TEXT, -- beginner, intermediate, advanced, expert
    years_experience REAL,
    is_primary INTEGER DEFAULT 0 CONSTRAINT user_skills_is_primary_boolean CHECK (is_primary IN (0, 1)),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_user_skills_user_id ON user_skills(user_id);
CREATE INDEX idx_user_skills_category ON user_skills(skill_category);
CREATE INDEX idx_user_skills_name ON user_skills(skill_name);

-- valid_date_range: the seed checks start_date <= COALESCE(end_date,
-- CURRENT_DATE), but SQLite forbids date('now') in a CHECK. The CHECK keeps
-- the deterministic half (start_date <= end_date when there is an end date),
-- and the two triggers below enforce the other half (no future start_date on
-- an open-ended row) with the same message, so both engines refuse the same
-- rows at write time. SQLite's date('now') is the UTC date; the PostgreSQL
-- driver sets TimeZone to UTC so CURRENT_DATE agrees.
CREATE TABLE user_experiences (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT user_experiences_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    company_name TEXT NOT NULL,
    job_title TEXT NOT NULL,
    start_date TEXT NOT NULL CONSTRAINT user_experiences_start_date_date CHECK (start_date IS date(julianday(start_date))),
    end_date TEXT CONSTRAINT user_experiences_end_date_date CHECK (end_date IS date(julianday(end_date))),
    is_current INTEGER DEFAULT 0 CONSTRAINT user_experiences_is_current_boolean CHECK (is_current IN (0, 1)),
    description TEXT,
    achievements TEXT CONSTRAINT user_experiences_achievements_json_array
        CHECK (achievements IS NULL OR CASE WHEN json_valid(achievements) THEN json_type(achievements) = 'array' ELSE 0 END),
    technologies_used TEXT CONSTRAINT user_experiences_technologies_used_json_array
        CHECK (technologies_used IS NULL OR CASE WHEN json_valid(technologies_used) THEN json_type(technologies_used) = 'array' ELSE 0 END),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT valid_date_range CHECK (end_date IS NULL OR start_date <= end_date)
) STRICT;

CREATE TRIGGER valid_date_range_insert BEFORE INSERT ON user_experiences
WHEN NEW.end_date IS NULL AND NEW.start_date > date('now')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: valid_date_range');
END;

CREATE TRIGGER valid_date_range_update BEFORE UPDATE OF start_date, end_date ON user_experiences
WHEN NEW.end_date IS NULL AND NEW.start_date > date('now')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: valid_date_range');
END;

CREATE INDEX idx_user_experiences_user_id ON user_experiences(user_id);
CREATE INDEX idx_user_experiences_current ON user_experiences(is_current);

-- Job discovery -------------------------------------------------------------

CREATE TABLE companies (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    name TEXT NOT NULL,
    domain TEXT,
    industry TEXT,
    size_category TEXT, -- startup, small, medium, large, enterprise
    headquarters_city TEXT,
    headquarters_country TEXT,
    description TEXT,
    logo_url TEXT,
    career_page_url TEXT,
    glassdoor_rating REAL,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_companies_name ON companies(name);
CREATE INDEX idx_companies_domain ON companies(domain);
CREATE INDEX idx_companies_industry ON companies(industry);

-- embedding is added by 002. company_id keeps the seed's NO ACTION.
CREATE TABLE job_postings (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    external_id TEXT, -- ID from the source platform
    company_id TEXT CONSTRAINT job_postings_company_id_fkey REFERENCES companies(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    requirements TEXT,
    benefits TEXT,
    salary_min INTEGER,
    salary_max INTEGER,
    salary_currency TEXT DEFAULT 'USD',
    experience_level TEXT, -- entry, mid, senior, lead, executive
    employment_type TEXT, -- full-time, part-time, contract, internship
    work_arrangement TEXT, -- remote, hybrid, onsite
    location_city TEXT,
    location_state TEXT,
    location_country TEXT,
    source_platform TEXT NOT NULL, -- linkedin, indeed, glassdoor
    source_url TEXT NOT NULL,
    posted_date TEXT CONSTRAINT job_postings_posted_date_date CHECK (posted_date IS date(julianday(posted_date))),
    expires_date TEXT CONSTRAINT job_postings_expires_date_date CHECK (expires_date IS date(julianday(expires_date))),
    is_active INTEGER DEFAULT 1 CONSTRAINT job_postings_is_active_boolean CHECK (is_active IN (0, 1)),
    required_skills TEXT CONSTRAINT job_postings_required_skills_json_array
        CHECK (required_skills IS NULL OR CASE WHEN json_valid(required_skills) THEN json_type(required_skills) = 'array' ELSE 0 END),
    preferred_skills TEXT CONSTRAINT job_postings_preferred_skills_json_array
        CHECK (preferred_skills IS NULL OR CASE WHEN json_valid(preferred_skills) THEN json_type(preferred_skills) = 'array' ELSE 0 END),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT valid_salary_range CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
) STRICT;

CREATE INDEX idx_job_postings_company_id ON job_postings(company_id);
CREATE INDEX idx_job_postings_active ON job_postings(is_active);
CREATE INDEX idx_job_postings_source ON job_postings(source_platform);
CREATE INDEX idx_job_postings_location ON job_postings(location_city, location_state);
CREATE INDEX idx_job_postings_experience ON job_postings(experience_level);
CREATE INDEX idx_job_postings_work_type ON job_postings(work_arrangement);
CREATE INDEX idx_job_postings_posted_date ON job_postings(posted_date);

CREATE TABLE job_search_preferences (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT job_search_preferences_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    search_name TEXT NOT NULL,
    target_titles TEXT CONSTRAINT job_search_preferences_target_titles_json_array
        CHECK (target_titles IS NULL OR CASE WHEN json_valid(target_titles) THEN json_type(target_titles) = 'array' ELSE 0 END), -- array of job titles to search for
    excluded_titles TEXT CONSTRAINT job_search_preferences_excluded_titles_json_array
        CHECK (excluded_titles IS NULL OR CASE WHEN json_valid(excluded_titles) THEN json_type(excluded_titles) = 'array' ELSE 0 END), -- titles to exclude
    target_companies TEXT CONSTRAINT job_search_preferences_target_companies_json_array
        CHECK (target_companies IS NULL OR CASE WHEN json_valid(target_companies) THEN json_type(target_companies) = 'array' ELSE 0 END), -- preferred companies
    excluded_companies TEXT CONSTRAINT job_search_preferences_excluded_companies_json_array
        CHECK (excluded_companies IS NULL OR CASE WHEN json_valid(excluded_companies) THEN json_type(excluded_companies) = 'array' ELSE 0 END), -- companies to avoid
    min_salary INTEGER,
    max_salary INTEGER,
    experience_levels TEXT CONSTRAINT job_search_preferences_experience_levels_json_array
        CHECK (experience_levels IS NULL OR CASE WHEN json_valid(experience_levels) THEN json_type(experience_levels) = 'array' ELSE 0 END), -- array of acceptable experience levels
    work_arrangements TEXT CONSTRAINT job_search_preferences_work_arrangements_json_array
        CHECK (work_arrangements IS NULL OR CASE WHEN json_valid(work_arrangements) THEN json_type(work_arrangements) = 'array' ELSE 0 END), -- remote, hybrid, onsite
    employment_types TEXT CONSTRAINT job_search_preferences_employment_types_json_array
        CHECK (employment_types IS NULL OR CASE WHEN json_valid(employment_types) THEN json_type(employment_types) = 'array' ELSE 0 END), -- full-time, contract, etc.
    locations TEXT CONSTRAINT job_search_preferences_locations_json_array
        CHECK (locations IS NULL OR CASE WHEN json_valid(locations) THEN json_type(locations) = 'array' ELSE 0 END), -- preferred locations
    keywords TEXT CONSTRAINT job_search_preferences_keywords_json_array
        CHECK (keywords IS NULL OR CASE WHEN json_valid(keywords) THEN json_type(keywords) = 'array' ELSE 0 END), -- must-have keywords
    excluded_keywords TEXT CONSTRAINT job_search_preferences_excluded_keywords_json_array
        CHECK (excluded_keywords IS NULL OR CASE WHEN json_valid(excluded_keywords) THEN json_type(excluded_keywords) = 'array' ELSE 0 END), -- keywords to avoid
    is_active INTEGER DEFAULT 1 CONSTRAINT job_search_preferences_is_active_boolean CHECK (is_active IN (0, 1)),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_job_search_prefs_user_id ON job_search_preferences(user_id);
CREATE INDEX idx_job_search_prefs_active ON job_search_preferences(is_active);

-- Application management ----------------------------------------------------

-- user_id NOT NULL ON DELETE CASCADE and job_posting_id ON DELETE SET NULL,
-- as in migrations/postgres/001 (the seed's delete_user_data and retention
-- corrections). interview_dates is a JSON array of ISO-8601 UTC strings.
CREATE TABLE applications (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT applications_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    job_posting_id TEXT CONSTRAINT applications_job_posting_id_fkey REFERENCES job_postings(id) ON DELETE SET NULL,
    company_name TEXT NOT NULL,
    job_title TEXT NOT NULL,
    job_url TEXT,
    status TEXT DEFAULT 'pending', -- pending, submitted, reviewing, interviewed, rejected, offered, withdrawn
    application_method TEXT, -- automated, manual, referral
    submitted_at TEXT,
    last_status_update TEXT,
    tailored_resume_url TEXT,
    cover_letter_url TEXT,
    notes TEXT,
    follow_up_date TEXT CONSTRAINT applications_follow_up_date_date CHECK (follow_up_date IS date(julianday(follow_up_date))),
    interview_dates TEXT CONSTRAINT applications_interview_dates_json_array
        CHECK (interview_dates IS NULL OR CASE WHEN json_valid(interview_dates) THEN json_type(interview_dates) = 'array' ELSE 0 END),
    rejection_reason TEXT,
    offer_salary INTEGER,
    offer_details TEXT CONSTRAINT applications_offer_details_json CHECK (offer_details IS NULL OR json_valid(offer_details)),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT valid_application_status
        CHECK (status IN ('pending', 'submitted', 'reviewing', 'interviewed', 'rejected', 'offered', 'withdrawn'))
) STRICT;

CREATE INDEX idx_applications_user_id ON applications(user_id);
CREATE INDEX idx_applications_status ON applications(status);
CREATE INDEX idx_applications_submitted_at ON applications(submitted_at);
CREATE INDEX idx_applications_job_posting_id ON applications(job_posting_id);

CREATE TABLE application_status_history (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    application_id TEXT NOT NULL CONSTRAINT application_status_history_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    notes TEXT,
    changed_by TEXT, -- system, user, automatic
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_app_status_history_app_id ON application_status_history(application_id);
CREATE INDEX idx_app_status_history_created_at ON application_status_history(created_at);

CREATE TABLE generated_content (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    application_id TEXT NOT NULL CONSTRAINT generated_content_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL, -- resume, cover_letter, follow_up_email
    content_text TEXT,
    file_url TEXT,
    generation_prompt TEXT,
    model_used TEXT,
    generation_metadata TEXT CONSTRAINT generated_content_generation_metadata_json
        CHECK (generation_metadata IS NULL OR json_valid(generation_metadata)),
    user_approved INTEGER DEFAULT 0 CONSTRAINT generated_content_user_approved_boolean CHECK (user_approved IN (0, 1)),
    user_edited INTEGER DEFAULT 0 CONSTRAINT generated_content_user_edited_boolean CHECK (user_edited IN (0, 1)),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_generated_content_app_id ON generated_content(application_id);
CREATE INDEX idx_generated_content_type ON generated_content(content_type);

-- Automation and tasks ------------------------------------------------------

-- application_id ON DELETE SET NULL, as in migrations/postgres/001.
CREATE TABLE automation_tasks (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT automation_tasks_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT CONSTRAINT automation_tasks_application_id_fkey REFERENCES applications(id) ON DELETE SET NULL,
    task_type TEXT NOT NULL, -- job_discovery, resume_generation, cover_letter_generation, application_submission
    status TEXT DEFAULT 'pending', -- pending, running, completed, failed, cancelled
    priority INTEGER DEFAULT 5, -- 1-10, higher is more priority
    scheduled_at TEXT,
    started_at TEXT,
    completed_at TEXT,
    retry_count INTEGER DEFAULT 0,
    max_retries INTEGER DEFAULT 3,
    error_message TEXT,
    task_config TEXT CONSTRAINT automation_tasks_task_config_json CHECK (task_config IS NULL OR json_valid(task_config)),
    result_data TEXT CONSTRAINT automation_tasks_result_data_json CHECK (result_data IS NULL OR json_valid(result_data)),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT valid_task_status CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled'))
) STRICT;

CREATE INDEX idx_automation_tasks_user_id ON automation_tasks(user_id);
CREATE INDEX idx_automation_tasks_status ON automation_tasks(status);
CREATE INDEX idx_automation_tasks_type ON automation_tasks(task_type);
CREATE INDEX idx_automation_tasks_scheduled_at ON automation_tasks(scheduled_at);
-- Not in the seed: serves the ON DELETE SET NULL above.
CREATE INDEX idx_automation_tasks_application_id ON automation_tasks(application_id);

-- session_data and cookies: kept for the seed, jobhunt writes only the
-- *_encrypted columns added in 006.
CREATE TABLE browser_sessions (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT browser_sessions_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    platform TEXT NOT NULL, -- linkedin, indeed, workday, greenhouse
    session_data TEXT CONSTRAINT browser_sessions_session_data_json CHECK (session_data IS NULL OR json_valid(session_data)),
    cookies TEXT,
    user_agent TEXT,
    proxy_config TEXT CONSTRAINT browser_sessions_proxy_config_json CHECK (proxy_config IS NULL OR json_valid(proxy_config)),
    is_active INTEGER DEFAULT 1 CONSTRAINT browser_sessions_is_active_boolean CHECK (is_active IN (0, 1)),
    last_used_at TEXT,
    expires_at TEXT,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_browser_sessions_user_id ON browser_sessions(user_id);
CREATE INDEX idx_browser_sessions_platform ON browser_sessions(platform);
CREATE INDEX idx_browser_sessions_active ON browser_sessions(is_active);
