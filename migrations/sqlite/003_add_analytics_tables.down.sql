-- 003 analytics (SQLite), undone.
DROP TABLE platform_metrics;
DROP TABLE user_analytics;
