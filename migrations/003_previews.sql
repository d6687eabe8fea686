-- "Did you mean…?" cards that showed the start of their likeliest FAQ's answer (issue 9), so HR's figures
-- can say how often the bot offered a guess. Rows written before this are plain "Did you mean…?" cards.
ALTER TABLE events ADD COLUMN previewed boolean NOT NULL DEFAULT false;
