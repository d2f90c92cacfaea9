-- 003 analytics (PostgreSQL), undone.
DROP TABLE platform_metrics;
DROP TABLE user_analytics;
