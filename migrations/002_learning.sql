-- What hrfaq learns from its users (issue 11), shared by every replica: the same facts as
-- DATA_DIR/learning.json. Questions only as normalised text; people only as salted HMAC hashes.

-- One row per question–FAQ pair anyone said something about, with HR's decisions on it.
CREATE TABLE learning_pairs (
  question   text NOT NULL,
  faq        text NOT NULL,
  -- When enough different people first chose this FAQ for this question.
  learned_at timestamptz,
  kept       boolean NOT NULL DEFAULT false,
  -- HR pressed Undo: never learned again.
  never      boolean NOT NULL DEFAULT false,
  -- Written into the FAQ files by `npm run learn -- --apply`.
  applied    boolean NOT NULL DEFAULT false,
  touched_at timestamptz NOT NULL,
  PRIMARY KEY (question, faq)
);
CREATE INDEX learning_pairs_touched ON learning_pairs (touched_at);

-- Each person's latest say on a pair: a second say replaces the first.
CREATE TABLE learning_signals (
  question  text NOT NULL,
  faq       text NOT NULL,
  user_hash text NOT NULL,
  kind      text NOT NULL CHECK (kind IN ('pick', 'up', 'down')),
  -- When this person joined their current side (pick and 👍 are one side, 👎 the other).
  said_at   timestamptz NOT NULL,
  PRIMARY KEY (question, faq, user_hash),
  FOREIGN KEY (question, faq) REFERENCES learning_pairs (question, faq) ON DELETE CASCADE
);

-- When the last weekly digest went out: one row at most.
CREATE TABLE learning_digest (
  id           boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_sent_at timestamptz NOT NULL
);
