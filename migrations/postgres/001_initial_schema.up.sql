-- 001 initial schema (PostgreSQL): the seed's user, job, application and
-- automation tables with their named constraints and per-table indexes.
-- Deviations from the seed, each explained where it happens:
--   * constraint names are written out (users_email_key, <table>_<column>_fkey)
--     so errors name them the same way on every server,
--   * applications.job_posting_id and automation_tasks.application_id are
--     ON DELETE SET NULL (see those tables),
--   * job_postings.embedding arrives in 002 with the vector extension,
--   * user_analytics and platform_metrics arrive in 003.
-- schema_migrations is created by the migrator, not here.

-- User management -----------------------------------------------------------

-- password_hash holds an Argon2id string from libsodium crypto_pwhash_str,
-- at most crypto_pwhash_STRBYTES = 128 bytes including the NUL, so 255 is ample.
-- phone is kept for compatibility with the seed. jobhunt writes only
-- phone_encrypted (added in 006) and leaves phone NULL.
CREATE TABLE users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    first_name VARCHAR(100),
    last_name VARCHAR(100),
    phone VARCHAR(20),
    is_active BOOLEAN DEFAULT true,
    email_verified BOOLEAN DEFAULT false,
    subscription_tier VARCHAR(20) DEFAULT 'free',
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    last_login_at TIMESTAMP WITH TIME ZONE,
    -- The seed's "email VARCHAR(255) UNIQUE", under the name PostgreSQL would
    -- give it, spelled out so SQLite can use the same name for its index.
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT valid_email CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$')
);

CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_active ON users(is_active);

CREATE TABLE user_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT user_profiles_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    resume_file_url VARCHAR(500),
    resume_text TEXT,
    linkedin_url VARCHAR(255),
    github_url VARCHAR(255),
    portfolio_url VARCHAR(255),
    phone VARCHAR(20),
    location_city VARCHAR(100),
    location_state VARCHAR(50),
    location_country VARCHAR(50),
    willing_to_relocate BOOLEAN DEFAULT false,
    years_experience INTEGER,
    current_title VARCHAR(200),
    target_salary_min INTEGER,
    target_salary_max INTEGER,
    preferred_work_type VARCHAR(20), -- remote, hybrid, onsite
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT unique_user_profile UNIQUE (user_id),
    CONSTRAINT valid_experience CHECK (years_experience >= 0 AND years_experience <= 70)
);

-- Redundant with unique_user_profile's index, kept because the seed names it.
CREATE INDEX idx_user_profiles_user_id ON user_profiles(user_id);

CREATE TABLE user_skills (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT user_skills_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    skill_name VARCHAR(100) NOT NULL,
    skill_category VARCHAR(50), -- technical, soft, language, certification
    proficiency_level VARCHAR(20), -- beginner, intermediate, advanced, expert
    years_experience DECIMAL(3,1),
    is_primary BOOLEAN DEFAULT false,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_user_skills_user_id ON user_skills(user_id);
CREATE INDEX idx_user_skills_category ON user_skills(skill_category);
CREATE INDEX idx_user_skills_name ON user_skills(skill_name);

CREATE TABLE user_experiences (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT user_experiences_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    company_name VARCHAR(200) NOT NULL,
    job_title VARCHAR(200) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    is_current BOOLEAN DEFAULT false,
    description TEXT,
    achievements TEXT[],
    technologies_used TEXT[],
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    -- As the seed. CURRENT_DATE is the transaction's date in the session time
    -- zone: the driver sets TimeZone to UTC so this agrees with SQLite's
    -- date('now'). The check runs when a row is written, not as days pass.
    CONSTRAINT valid_date_range CHECK (start_date <= COALESCE(end_date, CURRENT_DATE))
);

CREATE INDEX idx_user_experiences_user_id ON user_experiences(user_id);
CREATE INDEX idx_user_experiences_current ON user_experiences(is_current);

-- Job discovery -------------------------------------------------------------

CREATE TABLE companies (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(255) NOT NULL,
    domain VARCHAR(255),
    industry VARCHAR(100),
    size_category VARCHAR(20), -- startup, small, medium, large, enterprise
    headquarters_city VARCHAR(100),
    headquarters_country VARCHAR(50),
    description TEXT,
    logo_url VARCHAR(500),
    career_page_url VARCHAR(500),
    glassdoor_rating DECIMAL(3,2),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_companies_name ON companies(name);
CREATE INDEX idx_companies_domain ON companies(domain);
CREATE INDEX idx_companies_industry ON companies(industry);

-- embedding VECTOR(384) is added by 002_add_vector_search.
-- company_id keeps the seed's default (NO ACTION): nothing deletes companies
-- that still have postings.
CREATE TABLE job_postings (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    external_id VARCHAR(255), -- ID from the source platform
    company_id UUID CONSTRAINT job_postings_company_id_fkey REFERENCES companies(id),
    title VARCHAR(300) NOT NULL,
    description TEXT NOT NULL,
    requirements TEXT,
    benefits TEXT,
    salary_min INTEGER,
    salary_max INTEGER,
    salary_currency VARCHAR(3) DEFAULT 'USD',
    experience_level VARCHAR(20), -- entry, mid, senior, lead, executive
    employment_type VARCHAR(20), -- full-time, part-time, contract, internship
    work_arrangement VARCHAR(20), -- remote, hybrid, onsite
    location_city VARCHAR(100),
    location_state VARCHAR(50),
    location_country VARCHAR(50),
    source_platform VARCHAR(50) NOT NULL, -- linkedin, indeed, glassdoor
    source_url VARCHAR(1000) NOT NULL,
    posted_date DATE,
    expires_date DATE,
    is_active BOOLEAN DEFAULT true,
    required_skills TEXT[],
    preferred_skills TEXT[],
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT valid_salary_range CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);

CREATE INDEX idx_job_postings_company_id ON job_postings(company_id);
CREATE INDEX idx_job_postings_active ON job_postings(is_active);
CREATE INDEX idx_job_postings_source ON job_postings(source_platform);
CREATE INDEX idx_job_postings_location ON job_postings(location_city, location_state);
CREATE INDEX idx_job_postings_experience ON job_postings(experience_level);
CREATE INDEX idx_job_postings_work_type ON job_postings(work_arrangement);
CREATE INDEX idx_job_postings_posted_date ON job_postings(posted_date);

CREATE TABLE job_search_preferences (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT job_search_preferences_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    search_name VARCHAR(100) NOT NULL,
    target_titles TEXT[], -- array of job titles to search for
    excluded_titles TEXT[], -- titles to exclude
    target_companies TEXT[], -- preferred companies
    excluded_companies TEXT[], -- companies to avoid
    min_salary INTEGER,
    max_salary INTEGER,
    experience_levels TEXT[], -- array of acceptable experience levels
    work_arrangements TEXT[], -- remote, hybrid, onsite
    employment_types TEXT[], -- full-time, contract, etc.
    locations TEXT[], -- preferred locations
    keywords TEXT[], -- must-have keywords
    excluded_keywords TEXT[], -- keywords to avoid
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_job_search_prefs_user_id ON job_search_preferences(user_id);
CREATE INDEX idx_job_search_prefs_active ON job_search_preferences(is_active);

-- Application management ----------------------------------------------------

-- user_id stays NOT NULL with ON DELETE CASCADE (correction: the seed's
-- delete_user_data set it to NULL, which NOT NULL forbids). Forgetting a user
-- deletes their applications with them.
-- job_posting_id is ON DELETE SET NULL (correction: the seed's default NO
-- ACTION made the one-year retention of job_postings fail as soon as anyone
-- had applied). The application keeps its own copies of company_name,
-- job_title and job_url, so it stays readable without the posting.
CREATE TABLE applications (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT applications_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    job_posting_id UUID CONSTRAINT applications_job_posting_id_fkey REFERENCES job_postings(id) ON DELETE SET NULL,
    company_name VARCHAR(255) NOT NULL,
    job_title VARCHAR(300) NOT NULL,
    job_url VARCHAR(1000),
    status VARCHAR(50) DEFAULT 'pending', -- pending, submitted, reviewing, interviewed, rejected, offered, withdrawn
    application_method VARCHAR(50), -- automated, manual, referral
    submitted_at TIMESTAMP WITH TIME ZONE,
    last_status_update TIMESTAMP WITH TIME ZONE,
    tailored_resume_url VARCHAR(500),
    cover_letter_url VARCHAR(500),
    notes TEXT,
    follow_up_date DATE,
    interview_dates TIMESTAMP WITH TIME ZONE[],
    rejection_reason VARCHAR(500),
    offer_salary INTEGER,
    offer_details JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT valid_application_status
        CHECK (status IN ('pending', 'submitted', 'reviewing', 'interviewed', 'rejected', 'offered', 'withdrawn'))
);

CREATE INDEX idx_applications_user_id ON applications(user_id);
CREATE INDEX idx_applications_status ON applications(status);
CREATE INDEX idx_applications_submitted_at ON applications(submitted_at);
CREATE INDEX idx_applications_job_posting_id ON applications(job_posting_id);

CREATE TABLE application_status_history (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id UUID NOT NULL CONSTRAINT application_status_history_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    status VARCHAR(50) NOT NULL,
    notes TEXT,
    changed_by VARCHAR(50), -- system, user, automatic
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_app_status_history_app_id ON application_status_history(application_id);
CREATE INDEX idx_app_status_history_created_at ON application_status_history(created_at);

-- Generated documents belong to their application: ON DELETE CASCADE as the
-- seed (the files they point to are removed by the application first).
CREATE TABLE generated_content (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id UUID NOT NULL CONSTRAINT generated_content_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    content_type VARCHAR(50) NOT NULL, -- resume, cover_letter, follow_up_email
    content_text TEXT,
    file_url VARCHAR(500),
    generation_prompt TEXT,
    model_used VARCHAR(50),
    generation_metadata JSONB,
    user_approved BOOLEAN DEFAULT false,
    user_edited BOOLEAN DEFAULT false,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_generated_content_app_id ON generated_content(application_id);
CREATE INDEX idx_generated_content_type ON generated_content(content_type);

-- Automation and tasks ------------------------------------------------------

-- application_id is ON DELETE SET NULL (the seed's NO ACTION would block
-- deleting an application that ever had a task): a task is the user's record
-- of work done and survives the application, the user_id cascade still
-- removes it when the user is forgotten.
CREATE TABLE automation_tasks (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT automation_tasks_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id UUID CONSTRAINT automation_tasks_application_id_fkey REFERENCES applications(id) ON DELETE SET NULL,
    task_type VARCHAR(50) NOT NULL, -- job_discovery, resume_generation, cover_letter_generation, application_submission
    status VARCHAR(50) DEFAULT 'pending', -- pending, running, completed, failed, cancelled
    priority INTEGER DEFAULT 5, -- 1-10, higher is more priority
    scheduled_at TIMESTAMP WITH TIME ZONE,
    started_at TIMESTAMP WITH TIME ZONE,
    completed_at TIMESTAMP WITH TIME ZONE,
    retry_count INTEGER DEFAULT 0,
    max_retries INTEGER DEFAULT 3,
    error_message TEXT,
    task_config JSONB,
    result_data JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT valid_task_status CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled'))
);

CREATE INDEX idx_automation_tasks_user_id ON automation_tasks(user_id);
CREATE INDEX idx_automation_tasks_status ON automation_tasks(status);
CREATE INDEX idx_automation_tasks_type ON automation_tasks(task_type);
CREATE INDEX idx_automation_tasks_scheduled_at ON automation_tasks(scheduled_at);
-- Not in the seed: serves the ON DELETE SET NULL above, which would otherwise
-- scan the whole queue for every deleted application.
CREATE INDEX idx_automation_tasks_application_id ON automation_tasks(application_id);

-- session_data and cookies are kept for compatibility with the seed. jobhunt
-- writes only session_data_encrypted and cookies_encrypted (added in 006).
CREATE TABLE browser_sessions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT browser_sessions_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    platform VARCHAR(50) NOT NULL, -- linkedin, indeed, workday, greenhouse
    session_data JSONB,
    cookies TEXT,
    user_agent VARCHAR(500),
    proxy_config JSONB,
    is_active BOOLEAN DEFAULT true,
    last_used_at TIMESTAMP WITH TIME ZONE,
    expires_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_browser_sessions_user_id ON browser_sessions(user_id);
CREATE INDEX idx_browser_sessions_platform ON browser_sessions(platform);
CREATE INDEX idx_browser_sessions_active ON browser_sessions(is_active);
