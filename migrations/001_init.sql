-- hrfaq's shared state for several replicas and AWS Lambda (issue 12).

-- The event log behind `npm run report`: the same fields as a line of the file log. Question text only for
-- no-match and did-you-mean events; users only as salted HMAC hashes.
CREATE TABLE events (
  id           bigserial PRIMARY KEY,
  time         timestamptz NOT NULL,
  kind         text NOT NULL,
  surface      text NOT NULL,
  faq          text,
  score        double precision,
  band         text,
  question     text,
  -- normalize(question), computed by the bot, so the report can group questions in SQL.
  question_key text,
  user_hash    text,
  vote         text,
  card         text
);
CREATE INDEX events_time ON events (time);
-- Each person's last vote per card.
CREATE INDEX events_votes ON events (user_hash, card, faq, time) WHERE kind = 'feedback';

-- Slack's retried event ids and slash commands' trigger ids, each let through once while it lives.
CREATE TABLE seen_ids (
  id         text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX seen_ids_expires ON seen_ids (expires_at);

-- Ask HR claims: one post per question within ten minutes, a handful per person an hour.
CREATE TABLE ask_hr_claims (
  id            bigserial PRIMARY KEY,
  user_hash     text NOT NULL,
  question_hash text NOT NULL,
  claimed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ask_hr_claims_user ON ask_hr_claims (user_hash, claimed_at);
