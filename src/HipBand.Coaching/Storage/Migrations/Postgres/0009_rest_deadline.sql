-- The rest timer of a chat's open set lives with its state, written in the turn's own transaction: when the rest is
-- over and which set it comes before. The bot keeps one in-process timer queue, rebuilt from these at start.
ALTER TABLE dialog_states ADD COLUMN rest_due_at bigint NULL;
ALTER TABLE dialog_states ADD COLUMN rest_key text NULL;
CREATE INDEX ix_dialog_states_rest_due ON dialog_states (rest_due_at) WHERE rest_due_at IS NOT NULL;
