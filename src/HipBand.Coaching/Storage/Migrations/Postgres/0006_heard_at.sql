-- When an update from the person last reached us (Unix ms), taken from the inbox by the turn it caused. A 403 for a
-- message sent before this moment came from before they unblocked the bot: it must not drop what they are told since.
ALTER TABLE trainees ADD COLUMN heard_at bigint NULL;
