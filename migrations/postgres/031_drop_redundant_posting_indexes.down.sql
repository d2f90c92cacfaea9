CREATE INDEX idx_job_postings_location ON job_postings(location_city, location_state);
CREATE INDEX idx_active_job_postings ON job_postings(created_at) WHERE is_active = true;
